#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <functional>

namespace kz {

class Database;
struct Actor;
struct Group;
struct User;

// kindzicht-cli: the command-line face of core, for admins' scripts and acceptance tests.
// Exit codes: 0 success, 1 a refused or invalid request (one line on stderr), 2 bad usage.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(kz::CommandLine)

public:
    using PasswordPrompt = std::function<QString(const QString& username)>;

    CommandLine(QTextStream& out, QTextStream& err, PasswordPrompt prompt);

    int run(const QStringList& arguments);

    static constexpr int exitOk = 0;
    static constexpr int exitRefused = 1;
    static constexpr int exitUsage = 2;

private:
    int generate(const QString& path, const QCommandLineParser& parser);
    int reportGroups(const Database& db, const Actor& actor, const QString& format, const QString& output);
    static void writeTable(QTextStream& stream, const QStringList& header, const QList<QStringList>& rows);
    int partners(const Database& db, const Actor& actor, const QStringList& command,
                 const QCommandLineParser& parser);
    int partnersImport(const Database& db, const Actor& actor, const QString& file, bool dryRun,
                       bool allowNarrowing);
    int partnersExport(const Database& db, const Actor& actor, const QCommandLineParser& parser);
    int handover(const Database& db, const Actor& actor, const QStringList& command,
                 const QCommandLineParser& parser);
    qint64 childArgument(const Database& db, const Actor& actor, const QString& text);
    qint64 schoolArgument(const Database& db, const QString& text);
    void writeOutput(const QString& output, const QByteArray& bytes, const QString& written);
    int childrenList(const Database& db, const Actor& actor, const QCommandLineParser& parser);
    // Setting up an organisation: locations, groups, accounts, children (SetupOptions.cpp and the
    // *Commands.cpp).
    static QList<QCommandLineOption> setupOptions();
    static QString setupHelp();
    int setup(const Database& db, const Actor& actor, const QStringList& command,
              const QCommandLineParser& parser);
    int locations(const Database& db, const Actor& actor, const QStringList& command,
                  const QCommandLineParser& parser);
    int groups(const Database& db, const Actor& actor, const QStringList& command,
               const QCommandLineParser& parser);
    int users(const Database& db, const Actor& actor, const QStringList& command,
              const QCommandLineParser& parser);
    void applyUserOptions(const Database& db, const Actor& actor, User& user,
                          const QCommandLineParser& parser);
    int children(const Database& db, const Actor& actor, const QStringList& command,
                 const QCommandLineParser& parser);
    int childrenShow(const Database& db, const Actor& actor, qint64 childId);
    int childrenImport(const Database& db, const Actor& actor, const QString& file, bool dryRun);
    qint64 locationArgument(const Database& db, const Actor& actor, const QString& text);
    Group groupArgument(const Database& db, const Actor& actor, const QString& text);
    User userArgument(const Database& db, const Actor& actor, const QString& text);
    QString newPassword(const QString& username);
    static Database openExisting(const QString& path);
    Actor login(const Database& db, const QString& username);
    QString passphrase(const QString& backupFile);

    QTextStream& m_out;
    QTextStream& m_err;
    PasswordPrompt m_prompt;
};

} // namespace kz
