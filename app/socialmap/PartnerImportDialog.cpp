#include "PartnerImportDialog.h"

#include "Error.h"
#include "shell/HeaderToolTips.h"
#include "shell/Session.h"
#include "shell/ViewStyle.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kz {

namespace {

QString actionText(ImportRow::Action action)
{
    switch (action) {
    case ImportRow::Action::Add:
        return PartnerImportDialog::tr("Add");
    case ImportRow::Action::Update:
        return PartnerImportDialog::tr("Update");
    case ImportRow::Action::Unchanged:
        return PartnerImportDialog::tr("Unchanged");
    case ImportRow::Action::Reject:
        return PartnerImportDialog::tr("Rejected");
    }
    return {};
}

QColor actionColour(ImportRow::Action action)
{
    switch (action) {
    case ImportRow::Action::Add:
        return {0x1B, 0x6E, 0x3A};
    case ImportRow::Action::Update:
        return {0x1F, 0x4E, 0x8C};
    case ImportRow::Action::Unchanged:
        return {0x77, 0x77, 0x77};
    case ImportRow::Action::Reject:
        return {0xB3, 0x26, 0x1E};
    }
    return {};
}

} // namespace

PartnerImportDialog::PartnerImportDialog(const Session& session, ImportPreview preview, QWidget* parent)
    : QDialog(parent), m_session(session), m_preview(std::move(preview)), m_summary(new QLabel(this)),
      m_table(new QTableWidget(0, 4, this)), m_error(new QLabel(this)), m_import(nullptr)
{
    setWindowTitle(tr("Import into the social map"));
    const int add = m_preview.count(ImportRow::Action::Add);
    const int update = m_preview.count(ImportRow::Action::Update);
    m_summary->setText(summaryHtml());
    m_summary->setWordWrap(true);
    setUpTable();
    fillTable();

    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("Import: add %1, update %2").arg(add).arg(update),
                                  QDialogButtonBox::AcceptRole);
    m_import->setEnabled(m_preview.hasChanges());
    m_import->setDefault(m_preview.hasChanges());
    connect(buttons, &QDialogButtonBox::accepted, this, &PartnerImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(900, 520);
}

// What the import will do in one paragraph: the counts, what it adds besides partners, and warnings.
QString PartnerImportDialog::summaryHtml() const
{
    const int rejected = m_preview.count(ImportRow::Action::Reject);
    QString text = tr("<b>%1</b> (%2): %3 to add, %4 to update, %5 unchanged, %6 rejected.")
                       .arg(m_preview.source.toHtmlEscaped(), m_preview.format)
                       .arg(m_preview.count(ImportRow::Action::Add))
                       .arg(m_preview.count(ImportRow::Action::Update))
                       .arg(m_preview.count(ImportRow::Action::Unchanged))
                       .arg(rejected);
    // New categories and wijken are added with the import, not refused: say which.
    QStringList categories;
    for (const PartnerCategory& c : m_preview.newCategories)
        categories << (QLocale().language() == QLocale::Dutch ? c.labelNl : c.labelEn);
    QStringList areas;
    for (const Area& a : m_preview.newAreas)
        areas << (a.parent.isEmpty() ? a.name : tr("%1 (in %2)").arg(a.name, a.parent));
    if (!categories.isEmpty())
        text += QStringLiteral("<br>") +
                tr("New categories: %1").arg(categories.join(QStringLiteral(", ")).toHtmlEscaped());
    if (!areas.isEmpty())
        text += QStringLiteral("<br>") +
                tr("New neighbourhoods: %1").arg(areas.join(QStringLiteral(", ")).toHtmlEscaped());
    if (!m_preview.unknownColumns.isEmpty())
        text += QStringLiteral("<br>") +
                tr("Columns not used: %1")
                    .arg(m_preview.unknownColumns.join(QStringLiteral(", ")).toHtmlEscaped());
    if (const qsizetype narrowing = m_preview.narrowings().size(); narrowing > 0)
        text +=
            QStringLiteral("<br><b>") +
            tr("%n change(s) drop wijken or other details, or empty a field: you are asked to confirm them.",
               nullptr, static_cast<int>(narrowing)) +
            QStringLiteral("</b>");
    if (rejected > 0)
        text += QStringLiteral("<br>") +
                tr("Rejected rows are skipped; correct the file and import it again to add them.");
    return text;
}

void PartnerImportDialog::setUpTable()
{
    m_table->setHorizontalHeaderLabels({tr("Where"), tr("What"), tr("Organisation"), tr("Details")});
    HeaderToolTips::set(m_table->horizontalHeader(),
                        {tr("The line or record in the file"), tr("Added, updated, unchanged or rejected"),
                         tr("The organisation it concerns"), tr("What changes, or why it is rejected")});
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("What the import does, row by row"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(2, 280);
}

void PartnerImportDialog::fillTable()
{
    // Rejections first, then what changes; unchanged rows last.
    QList<const ImportRow*> rows;
    for (const ImportRow::Action action : {ImportRow::Action::Reject, ImportRow::Action::Add,
                                           ImportRow::Action::Update, ImportRow::Action::Unchanged})
        for (const ImportRow& row : m_preview.rows)
            if (row.action == action)
                rows.append(&row);
    m_table->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const ImportRow& row = *rows.at(r);
        QStringList details;
        if (row.action == ImportRow::Action::Reject)
            details = row.reasons;
        else if (row.action == ImportRow::Action::Update)
            for (const FieldChange& change : row.fieldChanges)
                details.append(change.narrows ? tr("%1 (narrows)").arg(change.text()) : change.text());
        details += row.newThings;
        const QStringList cells{row.where, actionText(row.action), row.partner.name,
                                details.join(QLatin1Char('\n'))};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            if (c == 1)
                item->setForeground(actionColour(row.action));
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeRowsToContents(); // an update shows each field on its own line, from what to what
}

QString PartnerImportDialog::summaryText() const
{
    return m_summary->text();
}

QString PartnerImportDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool PartnerImportDialog::confirmNarrowing()
{
    const QStringList narrowings = m_preview.narrowings();
    if (narrowings.isEmpty())
        return true;
    QMessageBox box(
        QMessageBox::Warning, tr("Confirm narrower details"),
        tr("This import drops wijken or other details of partners, or empties a field. A practitioner "
           "looking for help in a dropped wijk will no longer find the partner."),
        QMessageBox::NoButton, this);
    box.setInformativeText(QStringLiteral("• ") + narrowings.join(QStringLiteral("\n• ")));
    QPushButton* import = box.addButton(tr("&Import these changes"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == import;
}

void PartnerImportDialog::accept()
{
    if (!confirmNarrowing())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        PartnerImport::apply(m_session.db, m_session.actor, m_preview, PartnerImport::Narrowing::Confirmed);
        QApplication::restoreOverrideCursor();
        QDialog::accept();
    } catch (const Error& e) {
        QApplication::restoreOverrideCursor();
        m_error->setText(e.userMessage());
        m_error->show();
    }
}

} // namespace kz
