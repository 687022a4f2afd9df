#include "Error.h"
#include "ObservationDialog.h"
#include "common/EditConflictDialog.h"
#include "db/ChangeNotifier.h"
#include "shell/EventLoopGuard.h"
#include "shell/Session.h"
#include "store/DraftStore.h"
#include "store/ObservationStore.h"

#include <QLabel>
#include <QPlainTextEdit>

// What keeps typed text from being lost: the draft, and the choice when someone else saved first.
namespace kz {

void ObservationDialog::saveDraft()
{
    if (m_editing || m_leaving || m_text->toPlainText().trimmed().isEmpty())
        return;
    try {
        DraftStore(m_session.db).save(m_session.actor, current());
        if (m_error->property("draftFailed").toBool()) {
            m_error->setProperty("draftFailed", false);
            m_error->hide();
        }
    } catch (const Error& e) {
        m_error->setText(e.userMessage());
        m_error->setProperty("draftFailed", true);
        m_error->show();
        if (e.kind() == Error::Kind::Database)
            EventLoopGuard::explain(); // a lost server: the window says so too, and keeps trying
        // Saved again once the server is back: reconnecting announces everything (ChangeFeed),
        // and so does any change meanwhile. Without a new try for every pause in typing.
        connect(m_session.db.changes(), &ChangeNotifier::committed, this, &ObservationDialog::saveDraft,
                Qt::UniqueConnection);
    }
}

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
