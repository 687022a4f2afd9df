#include "CommandRegistry.h"

#include "Commands.h"
#include "UsageError.h"

#include <QSet>

namespace kz {

namespace {

QStringList wordsOf(const Command& command)
{
    return command.name().split(QLatin1Char(' '));
}

} // namespace

CommandRegistry::CommandRegistry()
{
    for (auto make : {makeInitCommand,
                      makeDemoCommand,
                      makeGenerateCommand,
                      makeReportGroupsCommand,
                      makeBackupCommand,
                      makeBackupKeyCreateCommand,
                      makeRestoreCommand,
                      makeRetentionPurgeCommand,
                      makeInzageCommand,
                      makeCaseSummaryCommand,
                      makePartnersImportCommand,
                      makePartnersExportCommand,
                      makeHandoverConsentCommand,
                      makeHandoverExportCommand,
                      makeLocationsCommand,
                      makeGroupsCommand,
                      makeUsersCommand,
                      makeChildrenListCommand,
                      makeChildrenCommand,
                      makeChildrenImportCommand,
                      makeConversationAddCommand,
                      makeParentSummaryCommand,
                      makeTipsShowCommand,
                      makeTipsSetCommand,
                      makeServerInitCommand,
                      makeServerUpgradeCommand,
                      makeCopyCommand})
        m_commands.push_back(make());
    m_familyUsage.insert(QStringLiteral("backup"),
                         tr("Use \"backup FILE\", \"backup --auto [--folder DIR]\" or \"backup key create "
                            "--recovery-file FILE\"."));
    m_familyUsage.insert(QStringLiteral("server"),
                         tr("Use \"server init URI --admin NAME\" or \"server upgrade URI\"."));
    m_familyUsage.insert(QStringLiteral("tips"),
                         tr("Use \"tips show LOCATION DOMAIN\" or \"tips set LOCATION DOMAIN FILE\"."));
    m_familyUsage.insert(QStringLiteral("partners"),
                         tr("Use \"partners import FILE\" or \"partners export --format csv|vcard|hsds\"."));
    m_familyUsage.insert(
        QStringLiteral("handover"),
        tr("Use \"handover consent CHILD --school PARTNER --state given|awaiting|denied --given-by "
           "NAME\" or \"handover export CHILD --school PARTNER --output FILE.pdf\"."));
}

const Command& CommandRegistry::find(const QStringList& words, qsizetype& nameLength) const
{
    if (words.isEmpty())
        throw UsageError{tr("No command given; see --help.")};
    const Command* best = nullptr;
    for (const auto& command : m_commands) {
        const QStringList name = wordsOf(*command);
        if (words.mid(0, name.size()) == name && (!best || name.size() > nameLength) &&
            command->acceptsArguments(words.size() - name.size())) {
            best = command.get();
            nameLength = name.size();
        }
    }
    if (best)
        return *best;
    if (m_familyUsage.contains(words.first()) && words.size() >= 2)
        throw UsageError{m_familyUsage.value(words.first())};
    throw UsageError{tr("Unknown command \"%1\"; see --help.").arg(words.join(QLatin1Char(' ')))};
}

QList<const Command*> CommandRegistry::named(const QStringList& words) const
{
    const Command* best = nullptr;
    qsizetype bestLength = 0;
    for (const auto& command : m_commands) {
        const QStringList name = wordsOf(*command);
        if (words.mid(0, name.size()) == name && name.size() > bestLength) {
            best = command.get();
            bestLength = name.size();
        }
    }
    if (best)
        return {best};
    QList<const Command*> under;
    for (const auto& command : m_commands)
        if (wordsOf(*command).mid(0, words.size()) == words)
            under.append(command.get());
    return under;
}

QList<QCommandLineOption> CommandRegistry::allOptions() const
{
    QList<QCommandLineOption> options;
    QSet<QString> seen;
    for (const auto& command : m_commands)
        for (const QCommandLineOption& option : command->options())
            if (!seen.contains(option.names().constFirst())) {
                seen.insert(option.names().constFirst());
                options.append(option);
            }
    return options;
}

} // namespace kz
