#include "CommandLine.h"

#include "Clock.h"
#include "Error.h"
#include "UsageError.h"
#include "Version.h"
#include "access/AccessPolicy.h"
#include "access/AuditLog.h"
#include "db/Database.h"
#include "db/Migrations.h"
#include "demo/DemoDatabase.h"
#include "demo/SyntheticOrganisation.h"
#include "documents/GroupReport.h"
#include "domain/Age.h"
#include "i18n/Translations.h"
#include "io/CsvWriter.h"
#include "io/OutputFile.h"
#include "services/AccessRequest.h"
#include "services/Authenticator.h"
#include "services/Backup.h"
#include "services/GroupNeeds.h"
#include "services/Retention.h"
#include "settings/Settings.h"
#include "store/ChildStore.h"
#include "store/DomainStore.h"
#include "store/OrganisationStore.h"
#include "store/UserStore.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>

namespace kz {

namespace {

QString databasePath(const QCommandLineParser& parser)
{
    if (parser.isSet(QStringLiteral("database")))
        return parser.value(QStringLiteral("database"));
    const QString configured = Settings().databasePath();
    return configured.isEmpty() ? Database::defaultPath() : configured;
}

} // namespace

CommandLine::CommandLine(QTextStream& out, QTextStream& err, PasswordPrompt prompt)
    : m_out(out), m_err(err), m_prompt(std::move(prompt))
{}

Database CommandLine::openExisting(const QString& path)
{
    // Commands that read or change data never create a database by accident.
    if (!QFileInfo::exists(path))
        throw Error(Error::Kind::NotFound, tr("There is no database at %1.").arg(path));
    return Database::open(path);
}

Actor CommandLine::login(const Database& db, const QString& username)
{
    if (username.isEmpty())
        throw UsageError{tr("This command needs --user NAME.")};
    QString password = qEnvironmentVariable("KINDZICHT_PASSWORD");
    if (password.isEmpty() && m_prompt)
        password = m_prompt(username);
    if (password.isEmpty())
        throw Error(Error::Kind::AccessDenied,
                    tr("No password: set KINDZICHT_PASSWORD or run the command in a terminal."));
    return Authenticator::login(db, username, password);
}

QString CommandLine::passphrase(const QString& backupFile)
{
    QString secret = qEnvironmentVariable("KINDZICHT_BACKUP_PASSPHRASE");
    if (secret.isEmpty() && m_prompt)
        secret = m_prompt(tr("the backup %1").arg(QFileInfo(backupFile).fileName()));
    if (secret.isEmpty())
        throw Error(Error::Kind::AccessDenied,
                    tr("No passphrase: set KINDZICHT_BACKUP_PASSPHRASE or run the command in a terminal."));
    return secret;
}

int CommandLine::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Kindzicht on the command line.\n\nCommands:\n"
           "  init                      create an empty database at the current schema [--admin NAME]\n"
           "                            [--organisation NAME]\n"
           "  demo                      create the demo database (a new file)\n"
           "  generate                  a large synthetic organisation, for scale tests (a new file)\n"
           "                            [--locations L] [--children N] [--observations M]; admin,\n"
           "                            directie (every location), manager1 and pm1-1..8 log in with\n"
           "                            the demo password kindzicht-demo\n"
           "  report groups             needs per group, small counts suppressed\n"
           "                            [--format text|csv|pdf] [--output FILE] [--language nl|en]\n"
           "  backup FILE               an encrypted backup (admins; passphrase from "
           "KINDZICHT_BACKUP_PASSPHRASE)\n"
           "  restore FILE              replace the database with a backup, after checking it\n"
           "  retention purge           remove the files of children who left longer ago than the\n"
           "                            retention period (admins) [--dry-run]\n"
           "  inzage CHILD              everything held about one child, and who saw it [--output DIR]\n"
           "  partners import FILE      CSV (',' or ';') or HSDS JSON: shows what is added, updated or\n"
           "                            rejected, then writes it in one go [--dry-run]; rejected rows\n"
           "                            are skipped and make the exit code 1; an update that drops\n"
           "                            wijken or empties a field needs --allow-narrowing\n"
           "  partners export           the sociale kaart --format csv|vcard|hsds [--output FILE]\n"
           "                            [--vcard-version 4.0|3.0] [--language nl|en]\n"
           "  handover consent CHILD    the parents' answer about a handover to a school (CHILD: number or\n"
           "                            full name) --school PARTNER --state given|awaiting|denied\n"
           "                            --given-by NAME [--sections LIST] [--date yyyy-mm-dd] [--notes "
           "TEXT]\n"
           "                            LIST: personal,development,support,partners,ve,parents_view\n"
           "  handover export CHILD     the overdracht as PDF, only with consent --school PARTNER\n"
           "                            --output FILE.pdf [--language nl|en] (default nl)") +
        setupHelp());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("database"), tr("The database file (default: the application data folder)."),
         tr("FILE")},
        {QStringLiteral("user"),
         tr("Act as this user; the password comes from KINDZICHT_PASSWORD or a prompt."), tr("NAME")},
        {QStringLiteral("group"),
         tr("With children list: only this group; with children add|move: the group (name or number)."),
         tr("GROUP")},
        {QStringLiteral("format"), tr("Output format: text or csv."), tr("FORMAT"), QStringLiteral("text")},
        {QStringLiteral("verbose"), tr("On failure, also print the technical detail.")},
        {QStringLiteral("dry-run"), tr("Show what would be done, change nothing.")},
        {QStringLiteral("allow-narrowing"),
         tr("With partners import: also write updates that drop wijken, narrow ages or empty a field.")},
        {QStringLiteral("admin"),
         tr("With init: create this first administrator (password from KINDZICHT_PASSWORD)."), tr("NAME")},
        {QStringLiteral("output"), tr("Write to this file instead of the terminal."), tr("FILE")},
        {QStringLiteral("language"), tr("The language of the output: nl or en (default en)."), tr("LANG"),
         QStringLiteral("en")},
        {QStringLiteral("locations"),
         tr("With generate: the number of locations; with users add|edit: the locations a manager runs."),
         tr("L"), QStringLiteral("10")},
        {QStringLiteral("children"), tr("With generate: the number of children."), tr("N"),
         QStringLiteral("1000")},
        {QStringLiteral("observations"), tr("With generate: the number of observations."), tr("M"),
         QStringLiteral("10000")},
        {QStringLiteral("vcard-version"),
         tr("With partners export --format vcard: 4.0, or 3.0 for older Outlook."), tr("VERSION"),
         QStringLiteral("4.0")},
        {QStringLiteral("school"), tr("With handover: the school (name or number in the sociale kaart)."),
         tr("PARTNER")},
        {QStringLiteral("state"), tr("With handover consent: given, awaiting or denied."), tr("STATE")},
        {QStringLiteral("given-by"), tr("With handover consent: who answered for the parents."), tr("NAME")},
        {QStringLiteral("sections"), tr("With handover consent: the sections consented to, comma separated."),
         tr("LIST")},
        {QStringLiteral("date"), tr("With handover consent: the date of the answer (default today)."),
         tr("DATE")},
        {QStringLiteral("notes"), tr("With handover consent: a note about the answer."), tr("TEXT")},
    });
    parser.addOptions(setupOptions());
    parser.addPositionalArgument(QStringLiteral("command"), tr("The command to run; see above."));

    if (!parser.parse(arguments)) {
        m_err << parser.errorText() << Qt::endl;
        return exitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return exitOk;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        m_out << QString::fromLatin1(applicationName) << QLatin1Char(' ') << QString::fromLatin1(version)
              << Qt::endl;
        return exitOk;
    }

    const QStringList command = parser.positionalArguments();
    const QString language = parser.value(QStringLiteral("language"));
    if (language != QLatin1String("nl") && language != QLatin1String("en")) {
        m_err << tr("Unknown language \"%1\"; use nl or en.").arg(language) << Qt::endl;
        return exitUsage;
    }
    installTranslations(language);
    try {
        if (command.isEmpty())
            throw UsageError{tr("No command given; see --help.")};
        const QString path = databasePath(parser);
        const QString& verb = command.first();
        if (verb == QLatin1String("init") && command.size() == 1) {
            if (parser.isSet(QStringLiteral("organisation")) && !parser.isSet(QStringLiteral("admin")))
                throw UsageError{tr("--organisation goes with --admin NAME.")};
            QString password;
            if (parser.isSet(QStringLiteral("admin"))) {
                password = qEnvironmentVariable("KINDZICHT_PASSWORD");
                if (password.isEmpty() && m_prompt)
                    password = m_prompt(parser.value(QStringLiteral("admin")));
                // Nobody could log in as an administrator without a password, nor give her one.
                if (password.isEmpty())
                    throw Error(
                        Error::Kind::Validation,
                        tr("The first administrator needs a password: set KINDZICHT_PASSWORD or run the "
                           "command in a terminal. Nothing was created."));
            }
            const Database db = Database::open(path);
            if (parser.isSet(QStringLiteral("admin"))) {
                const QString name = parser.value(QStringLiteral("admin"));
                const Actor admin = UserStore(db).createFirstAdmin(name, name, password);
                m_out << tr("First administrator %1 created.").arg(name) << Qt::endl;
                if (parser.isSet(QStringLiteral("organisation")))
                    OrganisationStore(db).setOrganisationName(admin,
                                                              parser.value(QStringLiteral("organisation")));
            }
            m_out << tr("Database %1 is ready at schema version %2.").arg(db.path()).arg(db.schemaVersion())
                  << Qt::endl;
            return exitOk;
        }
        if (verb == QLatin1String("demo") && command.size() == 1) {
            const DemoSummary s = DemoDatabase::create(path);
            m_out
                << tr("Demo database written to %1: %2 locations, %3 groups, %4 children, %5 support needs, "
                      "%6 observations, %7 referrals, %8 partners, %9 users.")
                       .arg(QFileInfo(path).absoluteFilePath())
                       .arg(s.locations)
                       .arg(s.groups)
                       .arg(s.children)
                       .arg(s.needs)
                       .arg(s.observations)
                       .arg(s.referrals)
                       .arg(s.partners)
                       .arg(s.users)
                << Qt::endl;
            return exitOk;
        }
        if (verb == QLatin1String("report") && command.size() == 2 &&
            command.at(1) == QLatin1String("groups")) {
            const QString format = parser.value(QStringLiteral("format"));
            if (format != QLatin1String("text") && format != QLatin1String("csv") &&
                format != QLatin1String("pdf"))
                throw UsageError{tr("Unknown format \"%1\"; use text, csv or pdf.").arg(format)};
            if (format == QLatin1String("pdf") && parser.value(QStringLiteral("output")).isEmpty())
                throw UsageError{tr("A PDF needs --output FILE.")};
            const Database db = openExisting(path);
            const Actor actor = login(db, parser.value(QStringLiteral("user")));
            return reportGroups(db, actor, format, parser.value(QStringLiteral("output")));
        }
        if (verb == QLatin1String("backup") && command.size() == 2) {
            const Database db = openExisting(path);
            const Actor actor = login(db, parser.value(QStringLiteral("user")));
            Backup::create(db, actor, command.at(1), passphrase(command.at(1)));
            m_out << tr("Backup written to %1.").arg(QFileInfo(command.at(1)).absoluteFilePath()) << Qt::endl;
            return exitOk;
        }
        if (verb == QLatin1String("restore") && command.size() == 2) {
            if (!QFileInfo::exists(command.at(1)))
                throw Error(Error::Kind::NotFound, tr("There is no backup at %1.").arg(command.at(1)));
            // Replacing a database takes its administrator; restoring where there is none takes the
            // passphrase.
            if (QFileInfo::exists(path)) {
                Database db = Database::open(path);
                const Actor actor = login(db, parser.value(QStringLiteral("user")));
                Backup::restore(std::move(db), actor, command.at(1), passphrase(command.at(1)));
            } else {
                Backup::restore(command.at(1), passphrase(command.at(1)), path);
            }
            m_out
                << tr("Database %1 restored from %2.").arg(QFileInfo(path).absoluteFilePath(), command.at(1))
                << Qt::endl;
            return exitOk;
        }
        if (verb == QLatin1String("retention") && command.size() == 2 &&
            command.at(1) == QLatin1String("purge")) {
            const Database db = openExisting(path);
            const Actor actor = login(db, parser.value(QStringLiteral("user")));
            const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
            const RetentionResult result =
                dryRun ? Retention::preview(db, actor) : Retention::purge(db, actor);
            for (const RetentionCandidate& c : result.children)
                m_out << tr("child %1, left on %2: %3 support needs, %4 observations, %5 referrals")
                             .arg(c.childId)
                             .arg(c.leftOn.toString(Qt::ISODate))
                             .arg(c.supportNeeds)
                             .arg(c.observations)
                             .arg(c.referrals)
                      << Qt::endl;
            m_out << (dryRun ? tr("%1 children would be removed (retention %2 months); nothing was changed.")
                             : tr("%1 children removed (retention %2 months)."))
                         .arg(result.children.size())
                         .arg(Retention::months(db))
                  << Qt::endl;
            if (result.wipePending)
                m_out << tr("Their old pages are still in the database file (%1); the wipe finishes at the "
                            "next "
                            "opening of the database.")
                             .arg(result.wipeProblem.isEmpty() ? tr("another Kindzicht has the database open")
                                                               : result.wipeProblem)
                      << Qt::endl;
            return exitOk;
        }
        if (verb == QLatin1String("inzage") && command.size() == 2) {
            bool ok = false;
            const qint64 child = command.at(1).toLongLong(&ok);
            if (!ok)
                throw UsageError{tr("inzage takes the child's number (see children list).")};
            const Database db = openExisting(path);
            const Actor actor = login(db, parser.value(QStringLiteral("user")));
            const QString folder = parser.value(QStringLiteral("output")).isEmpty()
                                       ? QStringLiteral(".")
                                       : parser.value(QStringLiteral("output"));
            const QString json = AccessRequest::exportTo(db, actor, child, folder);
            m_out << tr("Written: %1 and the same as HTML.").arg(QFileInfo(json).absoluteFilePath())
                  << Qt::endl;
            return exitOk;
        }
        if (verb == QLatin1String("partners") && command.size() >= 2) {
            const Database db = openExisting(path);
            const Actor actor = login(db, parser.value(QStringLiteral("user")));
            return partners(db, actor, command, parser);
        }
        if (verb == QLatin1String("handover") && command.size() >= 2) {
            const Database db = openExisting(path);
            const Actor actor = login(db, parser.value(QStringLiteral("user")));
            return handover(db, actor, command, parser);
        }
        if (verb == QLatin1String("generate") && command.size() == 1)
            return generate(path, parser);
        if (verb == QLatin1String("children") && command.size() == 2 &&
            command.at(1) == QLatin1String("list")) {
            const QString format = parser.value(QStringLiteral("format"));
            if (format != QLatin1String("text") && format != QLatin1String("csv"))
                throw UsageError{tr("Unknown format \"%1\"; use text or csv.").arg(format)};
            const Database db = openExisting(path);
            const Actor actor = login(db, parser.value(QStringLiteral("user")));
            return childrenList(db, actor, parser);
        }
        if (QStringList{QStringLiteral("locations"), QStringLiteral("groups"), QStringLiteral("users"),
                        QStringLiteral("children")}
                .contains(verb) &&
            command.size() >= 2) {
            const Database db = openExisting(path);
            const Actor actor = login(db, parser.value(QStringLiteral("user")));
            return setup(db, actor, command, parser);
        }
        throw UsageError{tr("Unknown command \"%1\"; see --help.").arg(command.join(QLatin1Char(' ')))};
    } catch (const UsageError& usage) {
        m_err << usage.message << Qt::endl;
        return exitUsage;
    } catch (const Error& error) {
        m_err << error.userMessage() << Qt::endl;
        if (parser.isSet(QStringLiteral("verbose")) && !error.detail().isEmpty())
            m_err << error.detail() << Qt::endl;
        return exitRefused;
    }
}

int CommandLine::reportGroups(const Database& db, const Actor& actor, const QString& format,
                              const QString& output)
{
    const QList<DevelopmentDomain> domains = DomainStore(db).all();
    if (format == QLatin1String("pdf")) {
        GroupNeedsFilter withTrend; // the report counts the attention lists, it does not list them
        withTrend.attentionRows = 0;
        const GroupNeeds view(db, actor, withTrend);
        GroupReport(view, domains, tr("Support needs per group"), Clock::today()).writePdf(output);
        m_out << tr("Report written to %1.").arg(QFileInfo(output).absoluteFilePath()) << Qt::endl;
        return exitOk;
    }
    // The text and CSV print aggregates only: the attention lists are counted, not read; no trend.
    GroupNeedsFilter counts;
    counts.attentionRows = 0;
    counts.trend = false;
    const GroupNeeds view(db, actor, counts);
    QStringList header = {tr("Location"), tr("Group"), tr("Children"), tr("Capacity"),
                          tr("Level 2+"), tr("Share"), tr("Level 3")};
    for (const DevelopmentDomain& d : domains)
        header.append(d.labelEn);
    QList<QStringList> rows;
    for (const GroupFigures& g : view.groups()) {
        // Aggregates only, small counts suppressed: this report may leave the location.
        QStringList row = {g.locationName,
                           g.groupName,
                           GroupNeeds::suppressed(g.children),
                           QString::number(g.capacity),
                           GroupNeeds::suppressed(g.childrenLevel2Plus),
                           g.childrenLevel2Plus >= 3
                               ? QStringLiteral("%1%").arg(qRound(100 * g.shareLevel2Plus()))
                               : QString(),
                           GroupNeeds::suppressed(g.escalations)};
        for (const DevelopmentDomain& d : domains)
            row.append(GroupNeeds::suppressed(g.perDomain.value(d.id)));
        rows.append(row);
    }
    QString text;
    QTextStream stream(&text);
    if (format == QLatin1String("csv")) {
        stream << CsvWriter::line(header);
        for (const QStringList& row : rows)
            stream << CsvWriter::line(row);
    } else {
        stream << tr("Support needs per group on %1; counts below 3 are shown as <3.")
                      .arg(Clock::today().toString(Qt::ISODate))
               << Qt::endl
               << Qt::endl;
        writeTable(stream, header, rows);
        const auto total = [&view](AttentionList list) {
            return GroupNeeds::suppressed(view.attentionTotal(list));
        };
        const int longest = view.longestWaitDays();
        stream << Qt::endl
               << tr("Reviews overdue: %1").arg(total(AttentionList::OverdueReviews)) << Qt::endl
               << tr("Parents not informed within 14 days: %1").arg(total(AttentionList::ParentsNotInformed))
               << Qt::endl
               << tr("Referrals waiting: %1 (longest %2 days)")
                      .arg(total(AttentionList::WaitingReferrals))
                      .arg(longest)
               << Qt::endl
               << tr("Escalations to level 3: %1").arg(total(AttentionList::Escalations)) << Qt::endl;
    }
    stream.flush();
    if (output.isEmpty()) {
        m_out << text;
        m_out.flush();
        return exitOk;
    }
    OutputFile::write(output, text.toUtf8(), OutputFile::Access::Shared);
    m_out << tr("Report written to %1.").arg(QFileInfo(output).absoluteFilePath()) << Qt::endl;
    return exitOk;
}

void CommandLine::writeTable(QTextStream& stream, const QStringList& header, const QList<QStringList>& rows)
{
    QList<qsizetype> widths(header.size(), 0);
    for (qsizetype i = 0; i < header.size(); ++i)
        widths[i] = header[i].size();
    for (const QStringList& row : rows)
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    auto print = [&](const QStringList& row) {
        QStringList cells;
        for (qsizetype i = 0; i < row.size(); ++i)
            cells.append(row[i].leftJustified(widths[i]));
        stream << cells.join(QStringLiteral("  ")).trimmed() << Qt::endl;
    };
    print(header);
    for (const QStringList& row : rows)
        print(row);
}

int CommandLine::generate(const QString& path, const QCommandLineParser& parser)
{
    SyntheticSize size;
    const auto number = [&parser](const QString& option) {
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value < 0)
            throw UsageError{tr("--%1 takes a whole number.").arg(option)};
        return value;
    };
    size.locations = number(QStringLiteral("locations"));
    size.children = number(QStringLiteral("children"));
    size.observations = number(QStringLiteral("observations"));
    const QFileInfo info(path);
    if (info.exists() && info.size() > 0)
        throw Error(Error::Kind::Conflict,
                    tr("%1 exists already; generate writes a new file only.").arg(path));
    QElapsedTimer timer;
    timer.start();
    Database::createAtomically(path, tr("%1 exists already; generate writes a new file only.").arg(path),
                               [&](const Database& db) {
                                   SyntheticOrganisation::generate(db, size, [this](int percent) {
                                       m_err << QStringLiteral("\r%1%").arg(percent, 3) << Qt::flush;
                                   });
                               });
    m_err << Qt::endl;
    m_out << tr("Synthetic organisation written to %1: %2 locations, %3 children, %4 observations, in %5 s.")
                 .arg(info.absoluteFilePath())
                 .arg(size.locations)
                 .arg(size.children)
                 .arg(size.observations)
                 .arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 1)
          << Qt::endl;
    m_out << tr("Accounts with the password \"%1\": admin (administrator), %2 (manager of every location), "
                "manager1 (Locatie 1) and pm1-1 to pm1-8 (its groups). The other locations' accounts "
                "(managerL, pmL-G) have no password.")
                 .arg(QString::fromLatin1(DemoDatabase::password),
                      QString::fromLatin1(SyntheticOrganisation::directieName))
          << Qt::endl;
    return exitOk;
}

} // namespace kz
