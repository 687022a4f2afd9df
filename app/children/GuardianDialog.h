#pragma once

#include "domain/Guardian.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace kz {

// One parent or guardian: who, how related, the language for conversations and whether an
// interpreter is needed. Saved with the child's dialog, where core checks it.
class GuardianDialog : public QDialog
{
    Q_OBJECT

public:
    // languages: the child's home languages, offered first for the conversations.
    GuardianDialog(const Guardian& guardian, const QStringList& languages, QWidget* parent = nullptr);

    Guardian guardian() const;
    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* relationBox() const { return m_relation; }
    QComboBox* languageBox() const { return m_language; }
    QCheckBox* interpreterBox() const { return m_interpreter; }
    QLineEdit* phoneEdit() const { return m_phone; }
    QLineEdit* emailEdit() const { return m_email; }

private:
    Guardian m_guardian;
    QLineEdit* m_name;
    QComboBox* m_relation;
    QComboBox* m_language;
    QCheckBox* m_interpreter;
    QLineEdit* m_phone;
    QLineEdit* m_email;
};

} // namespace kz
