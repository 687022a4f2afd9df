#pragma once

#include <QCoreApplication>

class QWidget;

namespace kz {

struct Session;

// What a location manager does with a child's enrolment, from the children list and from the
// dossier: each opens its dialog and returns true when something changed. Core decides who may;
// a refusal to even open (a child out of reach) is thrown as kz::Error for the view to show.
class ChildActions
{
    Q_DECLARE_TR_FUNCTIONS(kz::ChildActions)

public:
    static bool mayManageChildren(const Session& session);
    // Returns the new child's id, or 0 when nothing was enrolled.
    static qint64 enrol(const Session& session, QWidget* parent);
    static bool editDetails(const Session& session, qint64 childId, QWidget* parent);
    static bool move(const Session& session, qint64 childId, QWidget* parent);
    static bool leave(const Session& session, qint64 childId, QWidget* parent);
    // Asks for the CSV file first; returns how many children were added or updated.
    static int importChildren(const Session& session, QWidget* parent);
};

} // namespace kz
