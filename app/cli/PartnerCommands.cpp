// kindzicht-cli partners import|export: the sociale kaart in and out.
#include "CommandLine.h"
#include "Error.h"
#include "UsageError.h"
#include "db/Database.h"
#include "io/OutputFile.h"
#include "services/PartnerExport.h"
#include "services/PartnerImport.h"
#include "store/PartnerStore.h"

#include <QFile>
#include <QFileInfo>

namespace kz {

int CommandLine::partners(const Database& db, const Actor& actor, const QStringList& command,
                          const QCommandLineParser& parser)
{
    if (command.at(1) == QLatin1String("import") && command.size() == 3)
        return partnersImport(db, actor, command.at(2), parser.isSet(QStringLiteral("dry-run")),
                              parser.isSet(QStringLiteral("allow-narrowing")));
    if (command.at(1) == QLatin1String("export") && command.size() == 2)
        return partnersExport(db, actor, parser);
    throw UsageError{tr("Use \"partners import FILE\" or \"partners export --format csv|vcard|hsds\".")};
}

int CommandLine::partnersImport(const Database& db, const Actor& actor, const QString& fileName, bool dryRun,
                                bool allowNarrowing)
{
    QFile file(fileName);
    if (!file.exists())
        throw Error(Error::Kind::NotFound, tr("There is no file %1.").arg(fileName));
    if (file.size() > 64LL * 1024 * 1024)
        throw Error(Error::Kind::Validation,
                    tr("%1 is larger than 64 MB; this is not a partner list.").arg(fileName));
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Io, tr("%1 could not be read.").arg(fileName), file.errorString());
    const ImportPreview preview =
        PartnerImport::preview(db, actor, file.readAll(), QFileInfo(fileName).fileName());

    if (!preview.unknownColumns.isEmpty())
        m_out << tr("Columns not used: %1").arg(preview.unknownColumns.join(QStringLiteral(", ")))
              << Qt::endl;
    for (const ImportRow& row : preview.rows) {
        QString line;
        switch (row.action) {
        case ImportRow::Action::Add:
            line = tr("%1: add %2").arg(row.where, row.partner.name);
            break;
        case ImportRow::Action::Update:
            line = tr("%1: update %2").arg(row.where, row.partner.name);
            for (const FieldChange& change : row.fieldChanges)
                line += QStringLiteral("\n    ") + change.text();
            break;
        case ImportRow::Action::Unchanged:
            continue;
        case ImportRow::Action::Reject:
            line = tr("%1: rejected: %2").arg(row.where, row.reasons.join(QStringLiteral("; ")));
            break;
        }
        if (!row.newThings.isEmpty())
            line += QStringLiteral(" [") + row.newThings.join(QStringLiteral(", ")) + QLatin1Char(']');
        m_out << line << Qt::endl;
        for (const QString& warning : row.warnings)
            m_out << tr("%1: warning: %2").arg(row.where, warning) << Qt::endl;
    }
    const int rejected = preview.count(ImportRow::Action::Reject);
    m_out << tr("%1 (%2): %3 to add, %4 to update, %5 unchanged, %6 rejected.")
                 .arg(preview.source, preview.format)
                 .arg(preview.count(ImportRow::Action::Add))
                 .arg(preview.count(ImportRow::Action::Update))
                 .arg(preview.count(ImportRow::Action::Unchanged))
                 .arg(rejected)
          << Qt::endl;
    const QStringList narrowings = preview.narrowings();
    if (dryRun) {
        m_out << tr("Nothing was written (--dry-run).") << Qt::endl;
    } else if (!narrowings.isEmpty() && !allowNarrowing) {
        m_err << tr("This import drops wijken or other details of partners, or empties a field:") << Qt::endl;
        for (const QString& narrowing : narrowings)
            m_err << QStringLiteral("  ") << narrowing << Qt::endl;
        m_err << tr("Nothing was written. Check these changes, then run the import again with "
                    "--allow-narrowing.")
              << Qt::endl;
        return exitRefused;
    } else if (preview.hasChanges()) {
        PartnerImport::apply(db, actor, preview,
                             allowNarrowing ? PartnerImport::Narrowing::Confirmed
                                            : PartnerImport::Narrowing::Refuse);
        m_out << tr("Written to the sociale kaart.") << Qt::endl;
    } else {
        m_out << tr("Nothing to write.") << Qt::endl;
    }
    return rejected > 0 ? exitRefused : exitOk;
}

int CommandLine::partnersExport(const Database& db, const Actor& actor, const QCommandLineParser& parser)
{
    QString name = parser.value(QStringLiteral("format"));
    if (name == QLatin1String("vcard")) {
        const QString version = parser.value(QStringLiteral("vcard-version"));
        if (version == QLatin1String("3.0") || version == QLatin1String("3"))
            name = QStringLiteral("vcard3");
        else if (version != QLatin1String("4.0") && version != QLatin1String("4"))
            throw UsageError{tr("Unknown vCard version \"%1\"; use 4.0 or 3.0.").arg(version)};
    }
    const auto format = PartnerExport::formatFromName(name);
    if (!parser.isSet(QStringLiteral("format")) || !format)
        throw UsageError{tr("Choose --format csv, vcard or hsds.")};
    const QList<Partner> all = PartnerStore(db).list(actor);
    const QByteArray bytes =
        PartnerExport::render(db, actor, all, *format, parser.value(QStringLiteral("language")));
    writeOutput(parser.value(QStringLiteral("output")), bytes,
                tr("%n partner(s) written to %1.", nullptr, static_cast<int>(all.size())));
    return exitOk;
}

void CommandLine::writeOutput(const QString& output, const QByteArray& bytes, const QString& written)
{
    if (output.isEmpty()) {
        m_out.flush();
        m_out << QString::fromUtf8(bytes);
        m_out.flush();
        return;
    }
    OutputFile::write(output, bytes, OutputFile::Access::Shared);
    m_out << written.arg(QFileInfo(output).absoluteFilePath()) << Qt::endl;
}

} // namespace kz
