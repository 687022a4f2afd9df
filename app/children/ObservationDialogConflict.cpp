#include "ObservationDialog.h"
#include "common/EditConflictDialog.h"
#include "shell/Session.h"
#include "store/ObservationStore.h"

#include <QLabel>

namespace kz {

void ObservationDialog::resolveConflict(const EditConflictError& error, const Observation& mine)
{
    m_error->setText(error.userMessage());
    m_error->show();
    const Observation theirs = ObservationStore(m_session.db).get(m_session.actor, mine.id);
    switch (EditConflictDialog::ask(error, mine.body, theirs.body, this)) {
    case EditConflictDialog::Choice::KeepMine:
        m_editing->version = error.conflict().currentVersion;
        m_overwrite = Overwrite::Yes;
        accept();
        return;
    case EditConflictDialog::Choice::StartFromTheirs:
        m_editing = theirs;
        m_overwrite = Overwrite::No;
        apply(theirs);
        m_error->hide();
        return;
    case EditConflictDialog::Choice::BackToEditing:
        return;
    }
}

} // namespace kz
