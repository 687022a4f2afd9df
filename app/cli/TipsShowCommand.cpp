// kindzicht-cli tips show LOCATION DOMAIN: the tips for home a summary for parents uses.
#include "ArgumentLookup.h"
#include "CommandContext.h"
#include "CommandLine.h"
#include "Commands.h"
#include "domain/HomeTipLibrary.h"
#include "store/DomainStore.h"
#include "store/ParentTipStore.h"

namespace kz {

namespace {

class TipsShowCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kz::CommandLine)

public:
    QString name() const override { return QStringLiteral("tips show"); }
    QString synopsis() const override { return tr("LOCATION DOMAIN [--language nl|en]"); }
    QString description() const override
    {
        return tr("The tips for home that summaries for parents of a location use for one domain.");
    }
    QString details() const override
    {
        return tr("The location's own tips when it wrote them (tips set), otherwise the ones Kindzicht "
                  "ships; in Dutch unless --language en. DOMAIN is its code (language, social_emotional, "
                  "...) or its name.");
    }
    bool acceptsArguments(qsizetype count) const override { return count == 2; }

    int execute(CommandContext& context) const override
    {
        const QString language = context.isSet(QStringLiteral("language"))
                                     ? context.value(QStringLiteral("language"))
                                     : QStringLiteral("nl");
        const LoggedIn session = context.openAndLogin();
        const qint64 location = ArgumentLookup::location(session.db, session.actor, context.argument(0));
        const qint64 domainId = ArgumentLookup::domain(session.db, context.argument(1));
        const std::optional<QStringList> own = ParentTipStore(session.db).tips(location, domainId, language);
        QString code;
        for (const DevelopmentDomain& d : DomainStore(session.db).all(true))
            if (d.id == domainId)
                code = d.code;
        context.out() << (own ? tr("The location's own tips:") : tr("The tips Kindzicht ships:")) << Qt::endl;
        for (const QString& tip : own ? *own : HomeTipLibrary::forDomain(code, language).tips)
            context.out() << tip << Qt::endl;
        return CommandLine::exitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeTipsShowCommand()
{
    return std::make_unique<TipsShowCommand>();
}

} // namespace kz
