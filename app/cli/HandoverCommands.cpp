// kindzicht-cli handover consent|export: the overdracht to school, consent first.
#include "Clock.h"
#include "CommandLine.h"
#include "Error.h"
#include "UsageError.h"
#include "db/Database.h"
#include "documents/HandoverExport.h"
#include "services/HandoverComposer.h"
#include "store/ChildStore.h"
#include "store/HandoverRules.h"
#include "store/HandoverStore.h"

#include <QFileInfo>

namespace kz {

qint64 CommandLine::childArgument(const Database& db, const Actor& actor, const QString& text)
{
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    if (isNumber)
        return id;
    // A full name works too, when it names exactly one child the user may see (left ones included).
    ChildFilter everyone;
    everyone.includeLeft = true;
    QList<qint64> found;
    for (const ChildSummary& c : ChildStore(db).list(actor, everyone))
        if (c.child.fullName().compare(text.simplified(), Qt::CaseInsensitive) == 0)
            found.append(c.child.id);
    if (found.size() == 1)
        return found.constFirst();
    throw Error(Error::Kind::NotFound,
                found.isEmpty()
                    ? tr("No child \"%1\" among the children you may see (see children list).").arg(text)
                    : tr("More than one child is called \"%1\": use the number from children "
                         "list.")
                          .arg(text));
}

qint64 CommandLine::schoolArgument(const Database& db, const QString& text)
{
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    if (isNumber)
        return id;
    QList<SchoolRef> partial;
    for (const SchoolRef& s : HandoverStore(db).schools()) {
        if (s.name.compare(text.simplified(), Qt::CaseInsensitive) == 0)
            return s.id;
        if (s.name.contains(text.simplified(), Qt::CaseInsensitive))
            partial.append(s);
    }
    if (partial.size() == 1)
        return partial.constFirst().id;
    if (partial.isEmpty())
        throw Error(Error::Kind::NotFound, tr("No school \"%1\" in the sociale kaart.").arg(text));
    QStringList names;
    for (const SchoolRef& s : partial)
        names.append(s.name);
    throw Error(Error::Kind::NotFound,
                tr("\"%1\" matches several schools: %2.").arg(text, names.join(QStringLiteral(", "))));
}

int CommandLine::handover(const Database& db, const Actor& actor, const QStringList& command,
                          const QCommandLineParser& parser)
{
    if (command.size() != 3 ||
        (command.at(1) != QLatin1String("consent") && command.at(1) != QLatin1String("export")))
        throw UsageError{
            tr("Use \"handover consent CHILD --school PARTNER --state given|awaiting|denied --given-by "
               "NAME\" or \"handover export CHILD --school PARTNER --output FILE.pdf\".")};
    const QString schoolText = parser.value(QStringLiteral("school"));
    if (schoolText.isEmpty())
        throw UsageError{tr("Name the school with --school (its name or number in the sociale kaart).")};
    const qint64 childId = childArgument(db, actor, command.at(2));
    const qint64 schoolId = schoolArgument(db, schoolText);
    const Child child = ChildStore(db).get(actor, childId);
    HandoverStore store(db);
    const QString schoolName = store.school(schoolId).name;

    if (command.at(1) == QLatin1String("consent")) {
        const QString stateText = parser.value(QStringLiteral("state"));
        const std::optional<ConsentState> state = consentStateFromCode(stateText);
        if (!state || *state == ConsentState::NotRequested)
            throw UsageError{tr("Give --state given, awaiting or denied.")};
        HandoverConsent consent;
        consent.state = *state;
        consent.givenBy = parser.value(QStringLiteral("given-by"));
        consent.notes = parser.value(QStringLiteral("notes"));
        const QString date = parser.value(QStringLiteral("date"));
        consent.date = date.isEmpty() ? Clock::today() : QDate::fromString(date, Qt::ISODate);
        if (!consent.date->isValid())
            throw UsageError{tr("Give --date as yyyy-mm-dd.")};
        if (parser.isSet(QStringLiteral("sections"))) {
            for (const QString& code :
                 parser.value(QStringLiteral("sections")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const std::optional<HandoverSection> section = handoverSectionFromCode(code);
                if (!section)
                    throw UsageError{
                        tr("Unknown section \"%1\"; use personal, development, support, partners, ve "
                           "or parents_view.")
                            .arg(code.trimmed())};
                consent.sections.insert(*section);
            }
        } else if (consent.state == ConsentState::Given) {
            consent.sections = everyHandoverSection();
        }
        store.recordConsent(actor, childId, schoolId, consent);
        m_out << tr("Consent for the handover of %1 to %2 recorded: %3.")
                     .arg(child.fullName(), schoolName, HandoverRules::stateLabel(consent.state));
        if (consent.state == ConsentState::Given)
            m_out << QLatin1Char(' ')
                  << tr("It covers: %1.").arg(HandoverRules::sectionLabels(consent.sections));
        m_out << Qt::endl;
        return exitOk;
    }

    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        throw UsageError{tr("A handover needs --output FILE.pdf.")};
    // The document's language is its own choice: Dutch unless asked otherwise.
    const QString language = parser.isSet(QStringLiteral("language"))
                                 ? parser.value(QStringLiteral("language"))
                                 : QStringLiteral("nl");
    const std::optional<Handover> saved = store.find(actor, childId, schoolId);
    HandoverContent content;
    QSet<HandoverSection> left;
    if (saved && saved->draft) {
        content = *saved->draft;
    } else {
        // Without a draft from the wizard, the prefill goes out without the sections it has nothing for.
        content = HandoverComposer::prefill(db, actor, childId, schoolId, language);
        left = HandoverComposer::dropEmptySections(content);
    }
    const HandoverSnapshot snapshot =
        HandoverExport::toFile(db, actor, childId, schoolId, content, language, output);
    m_out << tr("Handover of %1 to %2 written to %3 (version %4, SHA-256 %5).")
                 .arg(child.fullName(), schoolName, QFileInfo(output).absoluteFilePath())
                 .arg(snapshot.version)
                 .arg(snapshot.sha256)
          << Qt::endl;
    if (!left.isEmpty())
        m_out << tr("Left out, as there was nothing in them yet: %1.").arg(HandoverRules::sectionLabels(left))
              << Qt::endl;
    return exitOk;
}

} // namespace kz
