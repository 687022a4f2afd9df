#include "RecoverySheet.h"

#include <QFileInfo>
#include <QLocale>
#include <QStringList>

namespace kz {

RecoverySheet::RecoverySheet(RecoveryKit kit, QString organisationName)
    : m_kit(std::move(kit)), m_organisation(std::move(organisationName))
{}

QString RecoverySheet::title() const
{
    return tr("Kindzicht recovery sheet");
}

QString RecoverySheet::html() const
{
    const QLocale locale;
    // The code in rows of groups, large and in a font where 0 and O, 1 and I differ.
    const QStringList groups = m_kit.recoveryCode.split(QLatin1Char('-'));
    QString code;
    for (qsizetype i = 0; i < groups.size(); ++i)
        code += groups[i] + (i + 1 == groups.size()
                                 ? QString()
                                 : (i % 4 == 3 ? QStringLiteral("<br>") : QStringLiteral(" &nbsp; ")));
    return QStringLiteral(
               "<h1 style='color:#2f6f62'>%1</h1>"
               "<p><b>%2</b><br>%3<br>%4</p>"
               "<p style='color:#8a1c1c'><b>%5</b></p>"
               "<table border='1' cellpadding='14' cellspacing='0' width='100%' style='border-color:#2f6f62'>"
               "<tr><td><p style='font-size:9pt'>%6</p>"
               "<p style='font-family:\"DejaVu Sans Mono\"; font-size:17pt; "
               "font-weight:bold'>%7</p></td></tr>"
               "</table>%8")
        .arg(title().toHtmlEscaped(), m_organisation.toHtmlEscaped(),
             tr("Backup key %1, made on %2")
                 .arg(m_kit.keyCheck, locale.toString(m_kit.createdAt.date(), QLocale::LongFormat))
                 .toHtmlEscaped(),
             tr("Recovery file: %1").arg(QFileInfo(m_kit.recoveryFile).fileName()).toHtmlEscaped(),
             tr("This code opens every automatic backup made with this key. Keep the sheet locked away, "
                "apart from the computer and the backups, and never store it as a file.")
                 .toHtmlEscaped(),
             tr("Recovery code").toHtmlEscaped(), code, instructions());
}

QString RecoverySheet::instructions() const
{
    const QStringList steps = {
        tr("Install Kindzicht on a working computer and copy the newest backup (a .kzbackup file) from "
           "the backup folder to it."),
        tr("In Kindzicht: Administration, Retention and backup, Restore into a new file. Choose the backup, "
           "then the recovery file and its passphrase; or type this code instead."),
        tr("On the command line, where the code is asked for (or give --recovery-file FILE and its "
           "passphrase):"),
        tr("Kindzicht checks the backup before it writes the new database; a damaged backup or a mistyped "
           "code is reported and nothing is written."),
        tr("When the backup key is replaced, keep this sheet as long as backups made with this key are kept "
           "(at most the backup plan's months)."),
    };
    // The command on a line of its own, never broken at its dashes.
    const QString command =
        QStringLiteral("<br><span style='font-family:\"DejaVu Sans Mono\"; white-space:pre'>"
                       "kindzicht-cli --database NEW.db restore BACKUP.kzbackup "
                       "--recovery-code</span>");
    QString list;
    for (qsizetype i = 0; i < steps.size(); ++i)
        list += QStringLiteral("<li>%1%2</li>").arg(steps[i].toHtmlEscaped(), i == 2 ? command : QString());
    return QStringLiteral("<h3>%1</h3><ol>%2</ol><h3>%3</h3><p>%4<br><br>%5</p>")
        .arg(tr("Restoring a backup").toHtmlEscaped(), list, tr("Kept by").toHtmlEscaped(),
             tr("Where the recovery file is kept: ______________________________").toHtmlEscaped(),
             tr("Who knows its passphrase: ______________________________").toHtmlEscaped());
}

PagedDocument RecoverySheet::paged() const
{
    const QLocale locale;
    PageFrame frame{m_organisation, locale.toString(m_kit.createdAt.date(), QLocale::LongFormat), title(),
                    [](int page, int pages) { return tr("page %1 of %2").arg(page).arg(pages); }};
    return PagedDocument(html(), std::move(frame), QFont(QStringLiteral("DejaVu Sans"), 10));
}

} // namespace kz
