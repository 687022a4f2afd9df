#include "SetAsideText.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kz {

SetAsideText::SetAsideText(const QString& text, QWidget* parent)
    : QDialog(parent), m_text(new QPlainTextEdit(text, this))
{
    setObjectName(QStringLiteral("setAsideText"));
    setWindowTitle(tr("What you typed"));
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto* note = new QLabel(tr("Your version, set aside when you started again from theirs. Copy what you "
                               "still need into the form."),
                            this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("&Copy all"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_text->toPlainText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(420, 300);
}

SetAsideText* SetAsideText::show(const QString& text, QWidget* form)
{
    auto* window = new SetAsideText(text, form);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setModal(false);
    if (form)
        window->move(form->frameGeometry().topRight() + QPoint(12, 0));
    window->QDialog::show();
    return window;
}

} // namespace kz
