#pragma once

#include "Command.h"

#include <QCoreApplication>
#include <QHash>
#include <memory>
#include <vector>

namespace kz {

// Every verb of kindzicht-cli, in the order --help lists them, and how the words on the command
// line choose one.
class CommandRegistry
{
    Q_DECLARE_TR_FUNCTIONS(kz::CommandLine)

public:
    CommandRegistry();

    // The command whose name starts the words and that accepts the words after it, the longest
    // name first; nameLength is set to its number of words. Bad usage (UsageError) when none does.
    const Command& find(const QStringList& words, qsizetype& nameLength) const;
    // For help: the command named by the words (a family also for its verbs' words), else every
    // command whose name starts with them ("partners"); empty when nothing is called so.
    QList<const Command*> named(const QStringList& words) const;
    // Every option of every command, each name once: the first declaration counts.
    QList<QCommandLineOption> allOptions() const;
    const std::vector<std::unique_ptr<Command>>& commands() const { return m_commands; }

private:
    std::vector<std::unique_ptr<Command>> m_commands;
    // What to say for "partners frobnicate": the verbs that share the first word.
    QHash<QString, QString> m_familyUsage;
};

} // namespace kz
