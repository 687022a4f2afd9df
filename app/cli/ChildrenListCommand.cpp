// kindzicht-cli children list: the children the user may see, as a table or as CSV.
#include "ArgumentLookup.h"
#include "Clock.h"
#include "CommandContext.h"
#include "CommandLine.h"
#include "Commands.h"
#include "IsoDates.h"
#include "TextTable.h"
#include "UsageError.h"
#include "domain/Age.h"
#include "domain/Labels.h"
#include "domain/NeedLevel.h"
#include "io/CsvWriter.h"
#include "store/ChildOverviewQuery.h"

namespace kz {

namespace {

class ChildrenListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kz::CommandLine)

public:
    QString name() const override { return QStringLiteral("children list"); }
    QString synopsis() const override { return tr("[--group G] [--format text|csv] [--include-left]"); }
    QString description() const override { return tr("The children you may see."); }
    QString details() const override
    {
        return tr("The text is a table for the terminal (levels in words); the CSV is data (levels as "
                  "numbers), and its export is recorded in the audit trail.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{QStringLiteral("group"), tr("With children list: only this group."), tr("GROUP")},
                {QStringLiteral("format"), tr("Output format: text or csv."), tr("FORMAT"),
                 QStringLiteral("text")},
                {QStringLiteral("include-left"), tr("With children list: also the children who left.")}};
    }

    int execute(CommandContext& context) const override
    {
        const QString format = context.value(QStringLiteral("format"));
        if (format != QLatin1String("text") && format != QLatin1String("csv"))
            throw UsageError{tr("Unknown format \"%1\"; use text or csv.").arg(format)};
        const LoggedIn session = context.openAndLogin();
        ChildOverviewFilter filter;
        filter.includeLeft = context.isSet(QStringLiteral("include-left"));
        if (context.isSet(QStringLiteral("group")))
            filter.groupId =
                ArgumentLookup::group(session.db, session.actor, context.value(QStringLiteral("group"))).id;
        const ChildOverviewQuery children(session.db, session.actor, filter);
        const QStringList header = {
            tr("Id"),       tr("Name"), tr("Birth date"), tr("Age"),           tr("Group"),
            tr("Location"), tr("Wijk"), tr("Open needs"), tr("Highest level"), tr("Last observation"),
            tr("End date")};
        const bool csv = format == QLatin1String("csv");
        const QDate today = Clock::today();
        const QString ageFormat = tr("%1y %2m");
        QTextStream& out = context.out();
        if (csv) {
            // Data leaving the application: audited, then written row by row as the database reads it.
            out << CsvWriter::line(header);
            children.exportEach(
                [&](const ChildSummary& s) { out << CsvWriter::line(fields(s, today, csv, ageFormat)); });
        } else {
            // Text on the terminal is a look: its columns are as wide as their widest cell.
            QList<QStringList> rows;
            children.forEach([&](const ChildSummary& s) { rows.append(fields(s, today, csv, ageFormat)); });
            TextTable::write(out, header, rows);
            out << tr("%n child(ren)", nullptr, static_cast<int>(rows.size())) << Qt::endl;
        }
        out.flush();
        return CommandLine::exitOk;
    }

private:
    // Dates are written by hand (IsoDates) and the age's words translated once: 100,000 rows.
    static QStringList fields(const ChildSummary& s, const QDate& today, bool csv, const QString& ageFormat)
    {
        const Age age = Age::between(s.child.birthDate, today);
        // Text on the terminal is a look (levels in words); CSV is data, and keeps the number.
        const QString level = csv ? (s.highestOpenLevel ? QString::number(s.highestOpenLevel) : QString())
                                  : Labels::level(s.highestOpenLevel);
        return {QString::number(s.child.id),
                s.child.fullName(),
                iso::date(s.child.birthDate),
                ageFormat.arg(QString::number(age.years), QString::number(age.months)),
                s.groupName,
                s.locationName,
                s.child.neighbourhood,
                QString::number(s.openNeeds),
                level,
                s.lastObservation ? iso::date(*s.lastObservation) : QString(),
                s.child.endDate ? iso::date(*s.child.endDate) : QString()};
    }
};

} // namespace

std::unique_ptr<Command> makeChildrenListCommand()
{
    return std::make_unique<ChildrenListCommand>();
}

} // namespace kz
