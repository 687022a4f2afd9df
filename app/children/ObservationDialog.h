#pragma once

#include "domain/EditConflict.h"
#include "domain/Observation.h"

#include <QDialog>
#include <optional>

class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QHBoxLayout;
class QLabel;
class QLayout;
class QPlainTextEdit;
class QTimer;

namespace kz {

class ChildChooser;
class DomainChips;
class PresenceNote;
struct Session;

// Logging an observation between two other things: pick the child by typing, toggle domains,
// strength or concern, type, save. The text is saved as a draft while typing, so a crash, a lock
// or a closed window never loses it.
class ObservationDialog : public QDialog
{
    Q_OBJECT

public:
    // childId: the child to log about (0: choose); editing: an existing observation to change.
    ObservationDialog(const Session& session, qint64 childId, QWidget* parent = nullptr,
                      std::optional<Observation> editing = std::nullopt);

    QComboBox* childBox() const;
    // Who else has the chosen child open for editing.
    PresenceNote* presenceNote() const { return m_presence; }
    QPlainTextEdit* textEdit() const { return m_text; }
    QAbstractButton* domainButton(const QString& code) const;
    QAbstractButton* strengthButton() const;
    QAbstractButton* concernButton() const;
    QCheckBox* restrictedBox() const { return m_restricted; }
    QDateTimeEdit* momentEdit() const { return m_moment; }
    QString errorText() const;
    qint64 savedObservationId() const { return m_savedId; }
    bool restoredDraft() const { return m_restoredDraft; }

    // Saves the draft now (also done on a timer while typing).
    void saveDraft();
    // Someone else takes over the computer: what was typed becomes a draft, the dialog closes without asking.
    void keepAsDraftAndClose();

    void accept() override;
    void reject() override;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QLayout* createKindButtons();
    void styleFields();
    void layOut(QLayout* kinds);
    void restoreEditedOrDraft();
    Observation current() const;
    void apply(const Observation& observation);
    bool confirmLeaving();
    // Someone else saved the note after it was opened (ObservationDialogConflict.cpp).
    void resolveConflict(const EditConflictError& error, const Observation& mine);
    void orderTabs();
    QHBoxLayout* kindButtons();

    const Session& m_session;
    std::optional<Observation> m_editing;
    ChildChooser* m_child;
    PresenceNote* m_presence;
    DomainChips* m_domains;
    QButtonGroup* m_kind;
    QPlainTextEdit* m_text;
    QDateTimeEdit* m_moment;
    QCheckBox* m_restricted;
    QLabel* m_notice;
    QLabel* m_error;
    QTimer* m_draftTimer;
    qint64 m_savedId = 0;
    bool m_restoredDraft = false;
    bool m_leaving = false;
    Overwrite m_overwrite = Overwrite::No; // set when she chose to keep her version over a newer one
};

} // namespace kz
