#include "EditConflictDialog.h"

#include "SetAsideText.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kz {

namespace {

QPlainTextEdit* readOnlyText(const QString& text, QWidget* parent)
{
    auto* view = new QPlainTextEdit(text, parent);
    view->setReadOnly(true);
    view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    view->setTabChangesFocus(true);
    view->setMinimumHeight(120);
    return view;
}

} // namespace

EditConflictDialog::EditConflictDialog(const EditConflictError& error, const QString& yours,
                                       const QString& theirs, QWidget* parent)
    : QDialog(parent), m_yours(readOnlyText(yours, this)), m_theirs(readOnlyText(theirs, this)),
      m_theirsTitle(new QLabel(tr("Their version, as it is saved now:"), this)),
      m_showTheirs(new QPushButton(tr("&Show their version"), this)),
      m_keepMine(new QPushButton(tr("&Keep mine"), this)),
      m_startFromTheirs(new QPushButton(tr("Start again from &theirs"), this)),
      m_back(new QPushButton(tr("&Back to editing"), this))
{
    setWindowTitle(tr("Someone else saved first"));
    auto* message = new QLabel(error.userMessage(), this);
    message->setWordWrap(true);
    QFont bold = message->font();
    bold.setBold(true);
    message->setFont(bold);
    auto* explanation = new QLabel(
        tr("Keep mine saves your version over theirs (the audit trail records it). Start again from theirs "
           "shows their version in the form; what you typed stays in a window of its own to copy from."),
        this);
    explanation->setWordWrap(true);

    auto* texts = new QGridLayout;
    auto* yoursTitle = new QLabel(tr("What you typed:"), this);
    yoursTitle->setBuddy(m_yours);
    m_theirsTitle->setBuddy(m_theirs);
    texts->addWidget(yoursTitle, 0, 0);
    texts->addWidget(m_yours, 1, 0);
    texts->addWidget(m_theirsTitle, 0, 1);
    texts->addWidget(m_theirs, 1, 1);
    m_theirsTitle->hide();
    m_theirs->hide();

    m_keepMine->setToolTip(tr("Save your version over the newer one"));
    m_startFromTheirs->setToolTip(tr("Load their version into the form; your text stays available to copy"));
    m_back->setToolTip(tr("Close this message; the form keeps what you typed"));
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_showTheirs, QDialogButtonBox::ActionRole);
    buttons->addButton(m_keepMine, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_startFromTheirs, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_back, QDialogButtonBox::RejectRole);
    m_back->setDefault(true);
    connect(m_showTheirs, &QPushButton::clicked, this, &EditConflictDialog::toggleTheirs);
    connect(m_keepMine, &QPushButton::clicked, this, [this] { choose(Choice::KeepMine); });
    connect(m_startFromTheirs, &QPushButton::clicked, this, [this] { choose(Choice::StartFromTheirs); });
    connect(m_back, &QPushButton::clicked, this, [this] { choose(Choice::BackToEditing); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(message);
    layout->addWidget(explanation);
    layout->addLayout(texts, 1);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

void EditConflictDialog::toggleTheirs()
{
    const bool show = m_theirs->isHidden();
    m_theirs->setVisible(show);
    m_theirsTitle->setVisible(show);
    m_showTheirs->setText(show ? tr("&Hide their version") : tr("&Show their version"));
    if (show)
        resize(std::max(width(), 820), height());
}

void EditConflictDialog::choose(Choice choice)
{
    m_choice = choice;
    if (choice == Choice::BackToEditing)
        reject();
    else
        accept();
}

EditConflictDialog::Choice EditConflictDialog::ask(const EditConflictError& error, const QString& yours,
                                                   const QString& theirs, QWidget* parent)
{
    EditConflictDialog dialog(error, yours, theirs, parent);
    dialog.exec();
    if (dialog.choice() == Choice::StartFromTheirs)
        SetAsideText::show(yours, parent);
    return dialog.choice();
}

} // namespace kz
