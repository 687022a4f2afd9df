#include "ChildImportDialog.h"

#include "DateEdits.h"
#include "Error.h"
#include "shell/HeaderToolTips.h"
#include "shell/Session.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kz {

namespace {

QString actionText(ChildImportAction action)
{
    switch (action) {
    case ChildImportAction::Add:
        return ChildImportDialog::tr("Add");
    case ChildImportAction::Update:
        return ChildImportDialog::tr("Update");
    case ChildImportAction::Unchanged:
        return ChildImportDialog::tr("Unchanged");
    case ChildImportAction::Rejected:
        return ChildImportDialog::tr("Rejected");
    }
    return {};
}

QColor actionColour(ChildImportAction action)
{
    switch (action) {
    case ChildImportAction::Add:
        return {0x1B, 0x6E, 0x3A};
    case ChildImportAction::Update:
        return {0x1F, 0x4E, 0x8C};
    case ChildImportAction::Unchanged:
        return {0x77, 0x77, 0x77};
    case ChildImportAction::Rejected:
        return {0xB3, 0x26, 0x1E};
    }
    return {};
}

QString day(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, dateFormat()) : QString();
}

} // namespace

ChildImportDialog::ChildImportDialog(const Session& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_choose(new QPushButton(tr("&Choose a file..."), this)),
      m_summary(new QLabel(this)), m_table(new QTableWidget(0, 4, this)), m_notInFileTitle(new QLabel(this)),
      m_notInFile(new QListWidget(this)), m_error(new QLabel(this)), m_import(nullptr)
{
    setWindowTitle(tr("Import children"));
    m_summary->setWordWrap(true);
    m_summary->setText(
        tr("Choose the CSV file from the administration system: one child a line, with columns such "
           "as voornaam, tussenvoegsel, achternaam, geboortedatum, groep and startdatum."));
    m_table->setHorizontalHeaderLabels({tr("What"), tr("Line"), tr("Child"), tr("What changes, or why not")});
    HeaderToolTips::set(m_table->horizontalHeader(),
                        {tr("Added, updated, unchanged or rejected"), tr("The line in the file"),
                         tr("The child on that line"),
                         tr("What the import changes, or why the line is rejected")});
    m_table->setAccessibleName(tr("Preview of the import"));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(2, 260);
    m_notInFileTitle->setWordWrap(true);
    m_notInFileTitle->setBuddy(m_notInFile);
    m_notInFile->setAccessibleName(tr("Children not in the file"));
    m_notInFile->setMaximumHeight(110);
    m_notInFileTitle->hide();
    m_notInFile->hide();
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChildImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_choose, &QPushButton::clicked, this, &ChildImportDialog::chooseFile);

    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_choose, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_notInFileTitle);
    layout->addWidget(m_notInFile);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(960, 600);
}

void ChildImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import children"), QFileInfo(m_path).path(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool ChildImportDialog::loadFile(const QString& path)
{
    m_path = path;
    m_error->hide();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        m_preview = ChildImport::previewFile(m_session.db, m_session.actor, path);
        QApplication::restoreOverrideCursor();
    } catch (const Error& e) {
        QApplication::restoreOverrideCursor();
        m_preview = {};
        showPreview();
        showError(e.userMessage());
        return false;
    }
    showPreview();
    return true;
}

void ChildImportDialog::showPreview()
{
    const int add = m_preview.count(ChildImportAction::Add);
    const int update = m_preview.count(ChildImportAction::Update);
    const int rejected = m_preview.count(ChildImportAction::Rejected);
    QString summary = tr("<b>%1</b>: %2 to add, %3 to update, %4 unchanged, %5 rejected.")
                          .arg(QFileInfo(m_path).fileName().toHtmlEscaped())
                          .arg(add)
                          .arg(update)
                          .arg(m_preview.count(ChildImportAction::Unchanged))
                          .arg(rejected);
    if (!m_preview.unknownGroups.isEmpty())
        summary += QStringLiteral("<br>") +
                   tr("Groups not found at your locations: %1. Add the group in Beheer or correct the file.")
                       .arg(m_preview.unknownGroups.join(QStringLiteral(", ")).toHtmlEscaped());
    if (!m_preview.unknownColumns.isEmpty())
        summary += QStringLiteral("<br>") +
                   tr("Columns not used: %1")
                       .arg(m_preview.unknownColumns.join(QStringLiteral(", ")).toHtmlEscaped());
    if (rejected > 0)
        summary += QStringLiteral("<br>") +
                   tr("Rejected lines are skipped; correct the file and import it again to add them.");
    m_summary->setText(summary);

    // Rejections first, then what changes; unchanged lines last.
    QList<const ChildImportItem*> items;
    for (const ChildImportAction action : {ChildImportAction::Rejected, ChildImportAction::Add,
                                           ChildImportAction::Update, ChildImportAction::Unchanged})
        for (const ChildImportItem& item : m_preview.items)
            if (item.action == action)
                items.append(&item);
    m_table->setRowCount(static_cast<int>(items.size()));
    for (int r = 0; r < items.size(); ++r) {
        const ChildImportItem& item = *items.at(r);
        QString child = item.child.fullName().trimmed();
        if (item.child.birthDate.isValid())
            child += QStringLiteral(" (%1)").arg(day(item.child.birthDate));
        if (!item.groupName.isEmpty())
            child += QStringLiteral(", ") + item.groupName;
        QString details;
        if (item.action == ChildImportAction::Rejected)
            details = item.reason;
        else if (item.action == ChildImportAction::Update)
            details = tr("changes: %1").arg(item.changedFields.join(QStringLiteral(", ")));
        else if (item.action == ChildImportAction::Add)
            details = tr("new child");
        const QStringList cells{actionText(item.action), QString::number(item.line), child, details};
        for (int c = 0; c < cells.size(); ++c) {
            auto* cell = new QTableWidgetItem(cells.at(c));
            cell->setToolTip(cells.at(c));
            if (c == 0)
                cell->setForeground(actionColour(item.action));
            m_table->setItem(r, c, cell);
        }
    }

    m_notInFile->clear();
    for (const ChildSummary& s : m_preview.notInFile)
        m_notInFile->addItem(
            QStringLiteral("%1 (%2), %3").arg(s.child.fullName(), day(s.child.birthDate), s.groupName));
    m_notInFileTitle->setText(
        tr("%n child(ren) of your locations are not in the file. They stay as they are; "
           "record it yourself when a child left:",
           nullptr, static_cast<int>(m_preview.notInFile.size())));
    m_notInFileTitle->setVisible(!m_preview.notInFile.isEmpty());
    m_notInFile->setVisible(!m_preview.notInFile.isEmpty());

    m_import->setText(tr("&Import: add %1, update %2").arg(add).arg(update));
    m_import->setEnabled(add + update > 0);
    m_import->setDefault(add + update > 0);
}

QString ChildImportDialog::summaryText() const
{
    return m_summary->text();
}

QString ChildImportDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ChildImportDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void ChildImportDialog::accept()
{
    if (m_preview.count(ChildImportAction::Add) + m_preview.count(ChildImportAction::Update) == 0)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        m_imported = ChildImport::apply(m_session.db, m_session.actor, m_preview);
        QApplication::restoreOverrideCursor();
        QDialog::accept();
    } catch (const Error& e) {
        QApplication::restoreOverrideCursor();
        showError(e.userMessage());
    }
}

} // namespace kz
