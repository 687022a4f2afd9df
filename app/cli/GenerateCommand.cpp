// kindzicht-cli generate: a large synthetic organisation in a new file, for scale tests.
#include "CommandContext.h"
#include "CommandLine.h"
#include "Commands.h"
#include "Error.h"
#include "UsageError.h"
#include "demo/DemoDatabase.h"
#include "demo/SyntheticOrganisation.h"

#include <QElapsedTimer>
#include <QFileInfo>

namespace kz {

namespace {

class GenerateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kz::CommandLine)

public:
    QString name() const override { return QStringLiteral("generate"); }
    QString synopsis() const override { return tr("[--locations L] [--children N] [--observations M]"); }
    QString description() const override
    {
        return tr("A large synthetic organisation, for scale tests (a new file only).");
    }
    QString details() const override
    {
        return tr("admin, directie (every location), manager1 and pm1-1..8 log in with the demo password "
                  "%1.")
            .arg(QString::fromLatin1(DemoDatabase::password));
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            {QStringLiteral("locations"), tr("With generate: the number of locations."), tr("L"),
             QStringLiteral("10")},
            {QStringLiteral("children"), tr("With generate: the number of children."), tr("N"),
             QStringLiteral("1000")},
            {QStringLiteral("observations"), tr("With generate: the number of observations."), tr("M"),
             QStringLiteral("10000")},
        };
    }

    int execute(CommandContext& context) const override
    {
        const SyntheticSize size = sizeOf(context);
        const QString path = context.databasePath();
        const QFileInfo info(path);
        if (info.exists() && info.size() > 0)
            throw Error(Error::Kind::Conflict,
                        tr("%1 exists already; generate writes a new file only.").arg(path));
        QElapsedTimer timer;
        timer.start();
        Database::createAtomically(path, tr("%1 exists already; generate writes a new file only.").arg(path),
                                   [&](const Database& db) {
                                       SyntheticOrganisation::generate(db, size, [&context](int percent) {
                                           context.err()
                                               << QStringLiteral("\r%1%").arg(percent, 3) << Qt::flush;
                                       });
                                   });
        context.err() << Qt::endl;
        context.out()
            << tr("Synthetic organisation written to %1: %2 locations, %3 children, %4 observations, "
                  "in %5 s.")
                   .arg(info.absoluteFilePath())
                   .arg(size.locations)
                   .arg(size.children)
                   .arg(size.observations)
                   .arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 1)
            << Qt::endl;
        context.out() << tr("Accounts with the password \"%1\": admin (administrator), %2 (manager of every "
                            "location), manager1 (Locatie 1) and pm1-1 to pm1-8 (its groups). The other "
                            "locations' accounts (managerL, pmL-G) have no password.")
                             .arg(QString::fromLatin1(DemoDatabase::password),
                                  QString::fromLatin1(SyntheticOrganisation::directieName))
                      << Qt::endl;
        return CommandLine::exitOk;
    }

private:
    static SyntheticSize sizeOf(const CommandContext& context)
    {
        const auto number = [&context](const QString& option) {
            bool ok = false;
            const int value = context.value(option).toInt(&ok);
            if (!ok || value < 0)
                throw UsageError{tr("--%1 takes a whole number.").arg(option)};
            return value;
        };
        SyntheticSize size;
        size.locations = number(QStringLiteral("locations"));
        size.children = number(QStringLiteral("children"));
        size.observations = number(QStringLiteral("observations"));
        return size;
    }
};

} // namespace

std::unique_ptr<Command> makeGenerateCommand()
{
    return std::make_unique<GenerateCommand>();
}

} // namespace kz
