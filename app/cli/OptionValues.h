#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <optional>

namespace kz {

// Typed values from command-line options. A value that does not parse is bad usage (exit 2),
// named with its option, so a script's author sees at once what to correct.
class OptionValues
{
    Q_DECLARE_TR_FUNCTIONS(kz::OptionValues)

public:
    // yyyy-mm-dd as well as the Dutch dd-mm-jjjj and d-m-jjjj.
    static QDate date(const QString& text, const QString& option);
    static std::optional<QDate> date(const QCommandLineParser& parser, const QString& option);
    static QString required(const QCommandLineParser& parser, const QString& option, const QString& command);
    static int number(const QCommandLineParser& parser, const QString& option, int minimum, int maximum);
    // "24-48" as a pair of whole numbers, the first not above the second.
    static std::pair<int, int> range(const QCommandLineParser& parser, const QString& option);
    // A comma-separated list, trimmed; an empty value gives an empty list (to clear a choice).
    static QStringList list(const QCommandLineParser& parser, const QString& option);
    static bool anySet(const QCommandLineParser& parser, const QStringList& options);
};

} // namespace kz
