#include "GuardianDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace kz {

namespace {

QComboBox* editableCombo(const QStringList& items, const QString& current, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->addItems(items);
    box->setCurrentText(current);
    return box;
}

} // namespace

GuardianDialog::GuardianDialog(const Guardian& guardian, const QStringList& languages, QWidget* parent)
    : QDialog(parent), m_guardian(guardian), m_name(new QLineEdit(guardian.name, this)),
      m_relation(editableCombo(
          {tr("mother"), tr("father"), tr("parent"), tr("foster parent"), tr("guardian"), tr("grandparent")},
          guardian.relation, this)),
      m_language(nullptr),
      m_interpreter(new QCheckBox(tr("An &interpreter is needed for conversations"), this)),
      m_phone(new QLineEdit(guardian.phone, this)), m_email(new QLineEdit(guardian.email, this))
{
    setWindowTitle(guardian.id || !guardian.name.isEmpty() ? tr("Parent or guardian")
                                                           : tr("Add a parent or guardian"));
    // The child's home languages first: most often the language the parents speak best.
    QStringList offered = languages;
    for (const QString& language : {tr("Dutch"), tr("English")})
        if (!offered.contains(language, Qt::CaseInsensitive))
            offered.append(language);
    m_language =
        editableCombo(offered,
                      guardian.preferredLanguage.isEmpty() && guardian.id == 0 ? offered.value(0)
                                                                               : guardian.preferredLanguage,
                      this);
    m_language->setToolTip(tr("The language in which conversations with this parent go best"));
    m_interpreter->setChecked(guardian.interpreterNeeded);
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_email->setPlaceholderText(tr("optional"));
    m_phone->setPlaceholderText(tr("optional"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Relation to the child"), m_relation);
    form->addRow(tr("&Language for conversations"), m_language);
    form->addRow(QString(), m_interpreter);
    form->addRow(tr("&Phone"), m_phone);
    form->addRow(tr("&E-mail"), m_email);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Ctrl+Enter"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (const auto key : {Qt::Key_Return, Qt::Key_Enter})
        connect(new QShortcut(QKeySequence(Qt::CTRL | key), this), &QShortcut::activated, this,
                &QDialog::accept);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

Guardian GuardianDialog::guardian() const
{
    Guardian g = m_guardian;
    g.name = m_name->text().trimmed();
    g.relation = m_relation->currentText().trimmed();
    g.preferredLanguage = m_language->currentText().trimmed();
    g.interpreterNeeded = m_interpreter->isChecked();
    g.phone = m_phone->text().trimmed();
    g.email = m_email->text().trimmed();
    return g;
}

} // namespace kz
