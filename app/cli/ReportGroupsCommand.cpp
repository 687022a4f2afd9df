// kindzicht-cli report groups: support needs per group, aggregates only, small counts suppressed.
#include "Clock.h"
#include "CommandContext.h"
#include "CommandLine.h"
#include "Commands.h"
#include "TextTable.h"
#include "UsageError.h"
#include "documents/GroupReport.h"
#include "io/CsvWriter.h"
#include "io/OutputFile.h"
#include "services/GroupNeeds.h"
#include "store/DomainStore.h"

#include <QFileInfo>

namespace kz {

namespace {

class ReportGroupsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kz::CommandLine)

public:
    QString name() const override { return QStringLiteral("report groups"); }
    QString synopsis() const override
    {
        return tr("[--format text|csv|pdf] [--output FILE] [--language nl|en]");
    }
    QString description() const override
    {
        return tr("Needs per group, small counts suppressed (counts below 3 shown as <3).");
    }
    QString details() const override
    {
        return tr("Aggregates only, no child's name: this report may leave the location. A PDF needs "
                  "--output.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{QStringLiteral("format"), tr("Output format: text, csv or pdf."), tr("FORMAT"),
                 QStringLiteral("text")},
                {QStringLiteral("output"), tr("Write to this file instead of the terminal."), tr("FILE")}};
    }

    int execute(CommandContext& context) const override
    {
        const QString format = context.value(QStringLiteral("format"));
        if (format != QLatin1String("text") && format != QLatin1String("csv") &&
            format != QLatin1String("pdf"))
            throw UsageError{tr("Unknown format \"%1\"; use text, csv or pdf.").arg(format)};
        const QString output = context.value(QStringLiteral("output"));
        if (format == QLatin1String("pdf") && output.isEmpty())
            throw UsageError{tr("A PDF needs --output FILE.")};
        const LoggedIn session = context.openAndLogin();
        const QList<DevelopmentDomain> domains = DomainStore(session.db).all();
        if (format == QLatin1String("pdf")) {
            GroupNeedsFilter withTrend; // the report counts the attention lists, it does not list them
            withTrend.attentionRows = 0;
            const GroupNeeds view(session.db, session.actor, withTrend);
            GroupReport(view, domains, tr("Support needs per group"), Clock::today()).writePdf(output);
            context.out() << tr("Report written to %1.").arg(QFileInfo(output).absoluteFilePath())
                          << Qt::endl;
            return CommandLine::exitOk;
        }
        // The text and CSV print aggregates only: the attention lists are counted, not read; no trend.
        GroupNeedsFilter counts;
        counts.attentionRows = 0;
        counts.trend = false;
        const GroupNeeds view(session.db, session.actor, counts);
        const QString text = format == QLatin1String("csv") ? csv(view, domains) : table(view, domains);
        if (output.isEmpty()) {
            context.out() << text;
            context.out().flush();
            return CommandLine::exitOk;
        }
        OutputFile::write(output, text.toUtf8(), OutputFile::Access::Shared);
        context.out() << tr("Report written to %1.").arg(QFileInfo(output).absoluteFilePath()) << Qt::endl;
        return CommandLine::exitOk;
    }

private:
    static QStringList header(const QList<DevelopmentDomain>& domains)
    {
        QStringList header = {tr("Location"), tr("Group"), tr("Children"), tr("Capacity"),
                              tr("Level 2+"), tr("Share"), tr("Level 3")};
        for (const DevelopmentDomain& d : domains)
            header.append(d.labelEn);
        return header;
    }

    // Aggregates only, small counts suppressed: this report may leave the location.
    static QList<QStringList> rows(const GroupNeeds& view, const QList<DevelopmentDomain>& domains)
    {
        QList<QStringList> rows;
        for (const GroupFigures& g : view.groups()) {
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
        return rows;
    }

    static QString csv(const GroupNeeds& view, const QList<DevelopmentDomain>& domains)
    {
        QString text = CsvWriter::line(header(domains));
        for (const QStringList& row : rows(view, domains))
            text += CsvWriter::line(row);
        return text;
    }

    static QString table(const GroupNeeds& view, const QList<DevelopmentDomain>& domains)
    {
        QString text;
        QTextStream stream(&text);
        stream << tr("Support needs per group on %1; counts below 3 are shown as <3.")
                      .arg(Clock::today().toString(Qt::ISODate))
               << Qt::endl
               << Qt::endl;
        TextTable::write(stream, header(domains), rows(view, domains));
        const auto total = [&view](AttentionList list) {
            return GroupNeeds::suppressed(view.attentionTotal(list));
        };
        stream << Qt::endl
               << tr("Reviews overdue: %1").arg(total(AttentionList::OverdueReviews)) << Qt::endl
               << tr("Parents not informed within 14 days: %1").arg(total(AttentionList::ParentsNotInformed))
               << Qt::endl
               << tr("Referrals waiting: %1 (longest %2 days)")
                      .arg(total(AttentionList::WaitingReferrals))
                      .arg(view.longestWaitDays())
               << Qt::endl
               << tr("Escalations to level 3: %1").arg(total(AttentionList::Escalations)) << Qt::endl;
        stream.flush();
        return text;
    }
};

} // namespace

std::unique_ptr<Command> makeReportGroupsCommand()
{
    return std::make_unique<ReportGroupsCommand>();
}

} // namespace kz
