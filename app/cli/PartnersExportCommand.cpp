// kindzicht-cli partners export: the whole sociale kaart as CSV, vCard or HSDS JSON.
#include "CommandContext.h"
#include "CommandLine.h"
#include "Commands.h"
#include "UsageError.h"
#include "services/PartnerExport.h"
#include "store/PartnerStore.h"

namespace kz {

namespace {

class PartnersExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kz::CommandLine)

public:
    QString name() const override { return QStringLiteral("partners export"); }
    QString synopsis() const override
    {
        return tr("--format csv|vcard|hsds [--output FILE] [--vcard-version 4.0|3.0] [--language nl|en]");
    }
    QString description() const override { return tr("The whole sociale kaart."); }
    QList<QCommandLineOption> options() const override
    {
        return {{QStringLiteral("format"), tr("Output format: csv, vcard or hsds."), tr("FORMAT")},
                {QStringLiteral("output"), tr("Write to this file instead of the terminal."), tr("FILE")},
                {QStringLiteral("vcard-version"),
                 tr("With partners export --format vcard: 4.0, or 3.0 for older Outlook."), tr("VERSION"),
                 QStringLiteral("4.0")}};
    }

    int execute(CommandContext& context) const override
    {
        const LoggedIn session = context.openAndLogin();
        QString name = context.value(QStringLiteral("format"));
        if (name == QLatin1String("vcard")) {
            const QString version = context.value(QStringLiteral("vcard-version"));
            if (version == QLatin1String("3.0") || version == QLatin1String("3"))
                name = QStringLiteral("vcard3");
            else if (version != QLatin1String("4.0") && version != QLatin1String("4"))
                throw UsageError{tr("Unknown vCard version \"%1\"; use 4.0 or 3.0.").arg(version)};
        }
        const auto format = PartnerExport::formatFromName(name);
        if (!context.isSet(QStringLiteral("format")) || !format)
            throw UsageError{tr("Choose --format csv, vcard or hsds.")};
        const QList<Partner> all = PartnerStore(session.db).list(session.actor);
        const QByteArray bytes = PartnerExport::render(session.db, session.actor, all, *format,
                                                       context.value(QStringLiteral("language")));
        context.writeOutput(context.value(QStringLiteral("output")), bytes,
                            tr("%n partner(s) written to %1.", nullptr, static_cast<int>(all.size())));
        return CommandLine::exitOk;
    }
};

} // namespace

std::unique_ptr<Command> makePartnersExportCommand()
{
    return std::make_unique<PartnersExportCommand>();
}

} // namespace kz
