#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace kz {

struct Session;

// Records a conversation with the child's parents: when, who took part, the language and the
// interpreter (prefilled from the parents' preferred language), what was discussed and agreed, the
// next date, and which open needs the parents were told about. Ctrl+Enter saves.
class ConversationDialog : public QDialog
{
    Q_OBJECT

public:
    ConversationDialog(const Session& session, qint64 childId, QWidget* parent = nullptr);

    qint64 conversationId() const { return m_conversationId; }
    QLineEdit* participants() const { return m_participants; }
    QComboBox* language() const { return m_language; }
    QCheckBox* interpreter() const { return m_interpreter; }
    QLineEdit* interpreterLanguage() const { return m_interpreterLanguage; }
    QPlainTextEdit* discussed() const { return m_discussed; }
    QPlainTextEdit* agreed() const { return m_agreed; }
    QCheckBox* hasNext() const { return m_hasNext; }
    QDateEdit* next() const { return m_next; }
    QListWidget* informedNeeds() const { return m_needs; }
    QLabel* error() const { return m_error; }

    void accept() override;

private:
    void prefillFromParents();
    void fillNeeds();

    const Session& m_session;
    qint64 m_childId = 0;
    qint64 m_conversationId = 0;
    QDateEdit* m_date;
    QLineEdit* m_participants;
    QComboBox* m_language;
    QCheckBox* m_interpreter;
    QLineEdit* m_interpreterLanguage;
    QPlainTextEdit* m_discussed;
    QPlainTextEdit* m_agreed;
    QCheckBox* m_hasNext;
    QDateEdit* m_next;
    QListWidget* m_needs;
    QLabel* m_error;
    QFormLayout* m_form = nullptr;
};

} // namespace kz
