// kindzicht-cli partners import FILE: the sociale kaart from CSV or HSDS JSON, previewed first.
#include "CommandContext.h"
#include "CommandLine.h"
#include "Commands.h"
#include "Error.h"
#include "services/PartnerImport.h"

#include <QFile>
#include <QFileInfo>

namespace kz {

namespace {

class PartnersImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kz::CommandLine)

public:
    QString name() const override { return QStringLiteral("partners import"); }
    QString synopsis() const override { return tr("FILE [--dry-run] [--allow-narrowing]"); }
    QString description() const override
    {
        return tr("Partners into the sociale kaart from CSV (',' or ';') or HSDS JSON.");
    }
    QString details() const override
    {
        return tr("Shows what is added, updated (each field old -> new) or rejected, then writes it in one "
                  "go. Rejected rows are skipped and make the exit code 1. An update that drops wijken, "
                  "narrows the ages or empties a field needs --allow-narrowing.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{QStringLiteral("dry-run"), tr("Show what would be done, change nothing.")},
                {QStringLiteral("allow-narrowing"),
                 tr("With partners import: also write updates that drop wijken, narrow ages or empty a "
                    "field.")}};
    }
    bool acceptsArguments(qsizetype count) const override { return count == 1; }

    int execute(CommandContext& context) const override
    {
        const LoggedIn session = context.openAndLogin();
        const QString fileName = context.argument(0);
        const ImportPreview preview = PartnerImport::preview(session.db, session.actor, contents(fileName),
                                                             QFileInfo(fileName).fileName());
        show(context.out(), preview);
        const int rejected = preview.count(ImportRow::Action::Reject);
        const bool allowNarrowing = context.isSet(QStringLiteral("allow-narrowing"));
        const QStringList narrowings = preview.narrowings();
        if (context.isSet(QStringLiteral("dry-run"))) {
            context.out() << tr("Nothing was written (--dry-run).") << Qt::endl;
        } else if (!narrowings.isEmpty() && !allowNarrowing) {
            QTextStream& err = context.err();
            err << tr("This import drops wijken or other details of partners, or empties a field:")
                << Qt::endl;
            for (const QString& narrowing : narrowings)
                err << QStringLiteral("  ") << narrowing << Qt::endl;
            err << tr("Nothing was written. Check these changes, then run the import again with "
                      "--allow-narrowing.")
                << Qt::endl;
            return CommandLine::exitRefused;
        } else if (preview.hasChanges()) {
            PartnerImport::apply(session.db, session.actor, preview,
                                 allowNarrowing ? PartnerImport::Narrowing::Confirmed
                                                : PartnerImport::Narrowing::Refuse);
            context.out() << tr("Written to the sociale kaart.") << Qt::endl;
        } else {
            context.out() << tr("Nothing to write.") << Qt::endl;
        }
        return rejected > 0 ? CommandLine::exitRefused : CommandLine::exitOk;
    }

private:
    static QByteArray contents(const QString& fileName)
    {
        QFile file(fileName);
        if (!file.exists())
            throw Error(Error::Kind::NotFound, tr("There is no file %1.").arg(fileName));
        if (file.size() > 64LL * 1024 * 1024)
            throw Error(Error::Kind::Validation,
                        tr("%1 is larger than 64 MB; this is not a partner list.").arg(fileName));
        if (!file.open(QIODevice::ReadOnly))
            throw Error(Error::Kind::Io, tr("%1 could not be read.").arg(fileName), file.errorString());
        return file.readAll();
    }

    // Each row that changes something, with its changes and warnings, then the counts.
    static void show(QTextStream& out, const ImportPreview& preview)
    {
        if (!preview.unknownColumns.isEmpty())
            out << tr("Columns not used: %1").arg(preview.unknownColumns.join(QStringLiteral(", ")))
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
            out << line << Qt::endl;
            for (const QString& warning : row.warnings)
                out << tr("%1: warning: %2").arg(row.where, warning) << Qt::endl;
        }
        out << tr("%1 (%2): %3 to add, %4 to update, %5 unchanged, %6 rejected.")
                   .arg(preview.source, preview.format)
                   .arg(preview.count(ImportRow::Action::Add))
                   .arg(preview.count(ImportRow::Action::Update))
                   .arg(preview.count(ImportRow::Action::Unchanged))
                   .arg(preview.count(ImportRow::Action::Reject))
            << Qt::endl;
    }
};

} // namespace

std::unique_ptr<Command> makePartnersImportCommand()
{
    return std::make_unique<PartnersImportCommand>();
}

} // namespace kz
