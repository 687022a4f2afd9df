// kindzicht-cli handover consent CHILD: the parents' answer about a handover to a school.
#include "Clock.h"
#include "CommandContext.h"
#include "CommandLine.h"
#include "Commands.h"
#include "HandoverTarget.h"
#include "UsageError.h"
#include "domain/Labels.h"
#include "store/HandoverRules.h"
#include "store/HandoverStore.h"

namespace kz {

namespace {

class HandoverConsentCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kz::CommandLine)

public:
    QString name() const override { return QStringLiteral("handover consent"); }
    QString synopsis() const override
    {
        return tr("CHILD --school PARTNER --state given|awaiting|denied --given-by NAME [--sections LIST] "
                  "[--date yyyy-mm-dd] [--notes TEXT]");
    }
    QString description() const override { return tr("The parents' answer about a handover to a school."); }
    QString details() const override
    {
        return tr("CHILD: number or full name. LIST: personal,development,support,partners,ve,parents_view "
                  "(given covers every section when --sections is left out). Denied deletes the draft.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            HandoverTarget::schoolOption(),
            {QStringLiteral("state"), tr("With handover consent: given, awaiting or denied."), tr("STATE")},
            {QStringLiteral("given-by"), tr("With handover consent: who answered for the parents."),
             tr("NAME")},
            {QStringLiteral("sections"),
             tr("With handover consent: the sections consented to, comma separated."), tr("LIST")},
            {QStringLiteral("date"), tr("With handover consent: the date of the answer (default today)."),
             tr("DATE")},
            {QStringLiteral("notes"), tr("With handover consent: a note about the answer."), tr("TEXT")},
        };
    }
    bool acceptsArguments(qsizetype count) const override { return count == 1; }

    int execute(CommandContext& context) const override
    {
        const LoggedIn session = context.openAndLogin();
        const HandoverTarget target = HandoverTarget::from(context, session);
        const HandoverConsent consent = consentOf(context);
        HandoverStore(session.db).recordConsent(session.actor, target.child.id, target.schoolId, consent);
        context.out() << tr("Consent for the handover of %1 to %2 recorded: %3.")
                             .arg(target.child.fullName(), target.schoolName,
                                  Labels::consentState(consent.state));
        if (consent.state == ConsentState::Given)
            context.out() << QLatin1Char(' ')
                          << tr("It covers: %1.").arg(Labels::handoverSections(consent.sections));
        context.out() << Qt::endl;
        return CommandLine::exitOk;
    }

private:
    static HandoverConsent consentOf(const CommandContext& context)
    {
        const std::optional<ConsentState> state =
            consentStateFromCode(context.value(QStringLiteral("state")));
        if (!state || *state == ConsentState::NotRequested)
            throw UsageError{tr("Give --state given, awaiting or denied.")};
        HandoverConsent consent;
        consent.state = *state;
        consent.givenBy = context.value(QStringLiteral("given-by"));
        consent.notes = context.value(QStringLiteral("notes"));
        const QString date = context.value(QStringLiteral("date"));
        consent.date = date.isEmpty() ? Clock::today() : QDate::fromString(date, Qt::ISODate);
        if (!consent.date->isValid())
            throw UsageError{tr("Give --date as yyyy-mm-dd.")};
        if (context.isSet(QStringLiteral("sections")))
            consent.sections = sectionsOf(context.value(QStringLiteral("sections")));
        else if (consent.state == ConsentState::Given)
            consent.sections = everyHandoverSection();
        return consent;
    }

    static QSet<HandoverSection> sectionsOf(const QString& list)
    {
        QSet<HandoverSection> sections;
        for (const QString& code : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const std::optional<HandoverSection> section = handoverSectionFromCode(code);
            if (!section)
                throw UsageError{
                    tr("Unknown section \"%1\"; use personal, development, support, partners, ve "
                       "or parents_view.")
                        .arg(code.trimmed())};
            sections.insert(*section);
        }
        return sections;
    }
};

} // namespace

std::unique_ptr<Command> makeHandoverConsentCommand()
{
    return std::make_unique<HandoverConsentCommand>();
}

} // namespace kz
