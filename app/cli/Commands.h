#pragma once

#include "Command.h"

#include <memory>

namespace kz {

// The verbs of kindzicht-cli, one class each in its own file (InitCommand.cpp, ...).
std::unique_ptr<Command> makeInitCommand();
std::unique_ptr<Command> makeDemoCommand();
std::unique_ptr<Command> makeGenerateCommand();
std::unique_ptr<Command> makeReportGroupsCommand();
std::unique_ptr<Command> makeBackupCommand();
std::unique_ptr<Command> makeCopyCommand();
std::unique_ptr<Command> makeBackupKeyCreateCommand();
std::unique_ptr<Command> makeRestoreCommand();
std::unique_ptr<Command> makeRetentionPurgeCommand();
std::unique_ptr<Command> makeInzageCommand();
std::unique_ptr<Command> makeCaseSummaryCommand();
std::unique_ptr<Command> makePartnersImportCommand();
std::unique_ptr<Command> makePartnersExportCommand();
std::unique_ptr<Command> makeHandoverConsentCommand();
std::unique_ptr<Command> makeHandoverExportCommand();
std::unique_ptr<Command> makeLocationsCommand();
std::unique_ptr<Command> makeGroupsCommand();
std::unique_ptr<Command> makeUsersCommand();
std::unique_ptr<Command> makeChildrenListCommand();
std::unique_ptr<Command> makeChildrenCommand();
std::unique_ptr<Command> makeChildrenImportCommand();
std::unique_ptr<Command> makeConversationAddCommand();
std::unique_ptr<Command> makeParentSummaryCommand();
std::unique_ptr<Command> makeTipsShowCommand();
std::unique_ptr<Command> makeTipsSetCommand();
std::unique_ptr<Command> makeServerInitCommand();
std::unique_ptr<Command> makeServerUpgradeCommand();

} // namespace kz
