#include "ChildActions.h"

#include "ChildDialog.h"
#include "ChildImportDialog.h"
#include "LeaveChildDialog.h"
#include "MoveChildDialog.h"
#include "shell/Session.h"

#include <QFileDialog>

namespace kz {

bool ChildActions::mayManageChildren(const Session& session)
{
    // Only shows or hides the actions; core checks each one against the child's location.
    return session.actor.hasRole(Role::Manager);
}

qint64 ChildActions::enrol(const Session& session, QWidget* parent)
{
    ChildDialog dialog(session, 0, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.childId() : 0;
}

bool ChildActions::editDetails(const Session& session, qint64 childId, QWidget* parent)
{
    if (childId <= 0)
        return false;
    ChildDialog dialog(session, childId, parent);
    return dialog.exec() == QDialog::Accepted;
}

bool ChildActions::move(const Session& session, qint64 childId, QWidget* parent)
{
    if (childId <= 0)
        return false;
    MoveChildDialog dialog(session, childId, parent);
    return dialog.exec() == QDialog::Accepted;
}

bool ChildActions::leave(const Session& session, qint64 childId, QWidget* parent)
{
    if (childId <= 0)
        return false;
    LeaveChildDialog dialog(session, childId, parent);
    return dialog.exec() == QDialog::Accepted;
}

int ChildActions::importChildren(const Session& session, QWidget* parent)
{
    const QString path = QFileDialog::getOpenFileName(parent, tr("Import children"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return 0;
    ChildImportDialog dialog(session, parent);
    dialog.loadFile(path);
    return dialog.exec() == QDialog::Accepted ? dialog.importedCount() : 0;
}

} // namespace kz
