// kindzicht-cli conversation add CHILD: a conversation with the parents, as a record of the file.
#include "ArgumentLookup.h"
#include "Clock.h"
#include "CommandContext.h"
#include "CommandLine.h"
#include "Commands.h"
#include "OptionValues.h"
#include "UsageError.h"
#include "store/ConversationStore.h"

namespace kz {

namespace {

class ConversationAddCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kz::CommandLine)

public:
    QString name() const override { return QStringLiteral("conversation add"); }
    QString synopsis() const override
    {
        return tr("CHILD --date DATE --participants TEXT --held-in LANGUAGE [--interpreter LANGUAGE] "
                  "--discussed TEXT [--agreed TEXT] [--next DATE]");
    }
    QString description() const override { return tr("Record a conversation with the child's parents."); }
    QString details() const override
    {
        return tr("--held-in names the language the conversation was held in (Nederlands, Turks, ...); "
                  "without it, --language nl or en says Dutch or English. --interpreter gives the language "
                  "an interpreter spoke, when one took part.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            {QStringLiteral("date"), tr("The day the conversation was held (default today)."), tr("DATE")},
            {QStringLiteral("participants"), tr("Who took part, comma separated."), tr("TEXT")},
            {QStringLiteral("held-in"), tr("The language of the conversation."), tr("LANGUAGE")},
            {QStringLiteral("interpreter"), tr("An interpreter took part, speaking this language."),
             tr("LANGUAGE")},
            {QStringLiteral("discussed"), tr("What was discussed."), tr("TEXT")},
            {QStringLiteral("agreed"), tr("What was agreed."), tr("TEXT")},
            {QStringLiteral("next"), tr("The date of the next conversation."), tr("DATE")}};
    }
    bool acceptsArguments(qsizetype count) const override { return count == 1; }

    int execute(CommandContext& context) const override
    {
        const QCommandLineParser& parser = context.parser();
        const QString command = name();
        ParentConversation talk;
        talk.heldOn = OptionValues::date(parser, QStringLiteral("date")).value_or(Clock::today());
        talk.participants = OptionValues::required(parser, QStringLiteral("participants"), command);
        talk.discussed = OptionValues::required(parser, QStringLiteral("discussed"), command);
        talk.agreed = parser.value(QStringLiteral("agreed")).trimmed();
        talk.language = parser.value(QStringLiteral("held-in")).trimmed();
        if (talk.language.isEmpty() && parser.isSet(QStringLiteral("language")))
            talk.language =
                parser.value(QStringLiteral("language")) == QLatin1String("nl") ? tr("Dutch") : tr("English");
        if (talk.language.isEmpty())
            throw UsageError{tr("%1 needs --held-in (or --language nl|en).").arg(command)};
        if (parser.isSet(QStringLiteral("interpreter"))) {
            talk.interpreterUsed = true;
            talk.interpreterLanguage = OptionValues::required(parser, QStringLiteral("interpreter"), command);
        }
        talk.nextOn = OptionValues::date(parser, QStringLiteral("next"));
        const LoggedIn session = context.openAndLogin();
        talk.childId = ArgumentLookup::child(session.db, session.actor, context.argument(0));
        ConversationStore(session.db).create(session.actor, talk);
        context.out()
            << tr("Conversation of %1 recorded.").arg(QLocale().toString(talk.heldOn, QLocale::ShortFormat))
            << Qt::endl;
        return CommandLine::exitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeConversationAddCommand()
{
    return std::make_unique<ConversationAddCommand>();
}

} // namespace kz
