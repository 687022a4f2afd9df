#pragma once

#include "db/Database.h"
#include "domain/User.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <functional>

namespace kz {

// Asks the person at the terminal for a password or passphrase (named by the text); empty when
// nobody can answer.
using PasswordPrompt = std::function<QString(const QString& whose)>;

// A database opened by a command and the person who logged in to it.
struct LoggedIn
{
    Database db;
    Actor actor;
};

// What a command works with: the terminal, the options and words it was given, and the ways to
// the database (open it, log in, ask for a passphrase) that every command shares.
class CommandContext
{
    Q_DECLARE_TR_FUNCTIONS(kz::CommandLine)

public:
    CommandContext(QTextStream& out, QTextStream& err, PasswordPrompt prompt,
                   const QCommandLineParser& parser, QStringList arguments);

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    const QCommandLineParser& parser() const { return m_parser; }
    // The words after the command's name, such as the FILE of "backup FILE".
    const QStringList& arguments() const { return m_arguments; }
    QString argument(qsizetype index) const { return m_arguments.value(index); }
    QString value(const QString& option) const { return m_parser.value(option); }
    bool isSet(const QString& option) const { return m_parser.isSet(option); }

    // --database, else the configured database, else the default in the application data folder.
    QString databasePath() const;
    // Commands that read or change data never create a database by accident.
    Database openExisting() const;
    // --user with the password from KINDZICHT_PASSWORD or the prompt.
    Actor login(const Database& db) const;
    LoggedIn openAndLogin() const;
    // The backup's passphrase from KINDZICHT_BACKUP_PASSPHRASE or the prompt.
    QString passphrase(const QString& backupFile) const;
    // A new account's password from KINDZICHT_NEW_PASSWORD, or asked for twice.
    QString newPassword(const QString& username) const;
    // The first administrator's password (init, server init) from KINDZICHT_PASSWORD or the
    // prompt; asked before anything is made, since nobody could log in without it.
    QString firstAdminPassword(const QString& username) const;
    QString prompt(const QString& whose) const { return m_prompt ? m_prompt(whose) : QString(); }
    // Bytes to --output (then `written`, with %1 the file), or to the terminal.
    void writeOutput(const QString& output, const QByteArray& bytes, const QString& written);

private:
    QTextStream& m_out;
    QTextStream& m_err;
    PasswordPrompt m_prompt;
    const QCommandLineParser& m_parser;
    QStringList m_arguments;
};

} // namespace kz
