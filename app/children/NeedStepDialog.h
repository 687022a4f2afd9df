#pragma once

#include "domain/EditConflict.h"
#include "domain/SupportNeed.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QPlainTextEdit;

namespace kz {

struct Session;
class SupportNeedStore;

// One step of a signalering: a new one, a status with a note, parents informed, a review date,
// a level (with the escalation prompt at 3), or closing with a reason. Core records each step.
class NeedStepDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Step
    {
        Create,
        Status,
        ParentsInformed,
        ReviewDate,
        Level,
        Close
    };

    // need: the signalering to change (ignored for Create, which uses childId and observationId).
    NeedStepDialog(const Session& session, Step step, const SupportNeed& need, QWidget* parent = nullptr,
                   qint64 observationId = 0);

    QComboBox* domainBox() const { return m_domain; }
    QComboBox* statusBox() const { return m_status; }
    // The levels in words; the chosen level is the current item's data.
    QComboBox* levelBox() const { return m_level; }
    int chosenLevel() const;
    QDateEdit* dateEdit() const { return m_date; }
    QPlainTextEdit* textEdit() const { return m_text; }
    QString errorText() const;
    qint64 createdNeedId() const { return m_createdId; }

    void accept() override;

private:
    void addFields(QFormLayout* form);
    QPlainTextEdit* addText(QFormLayout* form, const QString& label, const QString& placeholder,
                            const QString& value = {});
    void addDate(QFormLayout* form, const QString& label, const QDate& value);
    bool confirmEscalation();
    void runStep(SupportNeedStore& needs, const QString& text);
    // Someone else changed the need after the dialog opened (NeedStepConflict.cpp).
    void resolveConflict(const EditConflictError& error);
    QString describeStep() const;
    static QString describe(const SupportNeed& need);

    const Session& m_session;
    Step m_step;
    SupportNeed m_need;
    qint64 m_observationId;
    QComboBox* m_domain = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_level = nullptr;
    QDateEdit* m_date = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QPlainTextEdit* m_strengths = nullptr;
    QLabel* m_error;
    qint64 m_createdId = 0;
    Overwrite m_overwrite = Overwrite::No; // set when she chose to keep her step over a newer version
};

} // namespace kz
