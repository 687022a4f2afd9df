#pragma once

#include <QStringList>

namespace kz {

// Schema version 11: talking with parents. Adds parent_conversations (the conversation as a record
// of the child's file), support_needs.parents_informed_conversation_id (the "parents informed" step
// names the conversation it happened in), parent_summary_snapshots (what was given to the parents,
// kept as given) and parent_tips (a location's own tips for home, over the ones Kindzicht ships).
QStringList schemaV11Statements();

} // namespace kz
