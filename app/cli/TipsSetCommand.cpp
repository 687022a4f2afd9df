// kindzicht-cli tips set LOCATION DOMAIN FILE: a location's own tips for home, one a line.
#include "ArgumentLookup.h"
#include "CommandContext.h"
#include "CommandLine.h"
#include "Commands.h"
#include "Error.h"
#include "domain/PlainLanguageCheck.h"
#include "store/ParentTipStore.h"

#include <QFile>

namespace kz {

namespace {

class TipsSetCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kz::CommandLine)

public:
    QString name() const override { return QStringLiteral("tips set"); }
    QString synopsis() const override { return tr("LOCATION DOMAIN FILE [--language nl|en]"); }
    QString description() const override
    {
        return tr("Replace the tips for home of a location for one domain (managers of the location).");
    }
    QString details() const override
    {
        return tr("FILE holds one tip a line (UTF-8), in Dutch unless --language en; an empty file goes "
                  "back to the tips Kindzicht ships. Each tip is checked for language level B1: what is too "
                  "hard is named, so it can be rewritten before a summary for parents uses it.");
    }
    bool acceptsArguments(qsizetype count) const override { return count == 3; }

    int execute(CommandContext& context) const override
    {
        const QString language = context.isSet(QStringLiteral("language"))
                                     ? context.value(QStringLiteral("language"))
                                     : QStringLiteral("nl");
        QFile file(context.argument(2));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            throw Error(Error::Kind::Io, tr("%1 could not be read.").arg(context.argument(2)),
                        file.errorString());
        const QStringList tips =
            QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const LoggedIn session = context.openAndLogin();
        const qint64 location = ArgumentLookup::location(session.db, session.actor, context.argument(0));
        const qint64 domainId = ArgumentLookup::domain(session.db, context.argument(1));
        ParentTipStore(session.db).setTips(session.actor, location, domainId, language, tips);
        for (const QString& tip : tips)
            for (const PlainLanguageFinding& finding : PlainLanguageCheck::check(tip, language))
                context.err() << tr("Too hard for B1: %1").arg(finding.message()) << Qt::endl;
        context.out() << (tips.isEmpty()
                              ? tr("The location uses the tips Kindzicht ships again.")
                              : tr("%n tip(s) saved for this location.", nullptr, int(tips.size())))
                      << Qt::endl;
        return CommandLine::exitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeTipsSetCommand()
{
    return std::make_unique<TipsSetCommand>();
}

} // namespace kz
