#pragma once

#include "db/Database.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace kz {

class DatabaseAddress;
class Settings;

// Which database this computer works on, at start-up: the remembered file or server, a new
// organisation, the demo, another file, or the organisation's server. A server that asks for a
// password or cannot be reached is asked about in words, never a dead end. What the user picks
// is remembered in the settings (a server's address without its password).
class DatabaseChooser
{
    Q_DECLARE_TR_FUNCTIONS(kz::DatabaseChooser)

public:
    explicit DatabaseChooser(Settings& settings) : m_settings(settings) {}

    // Opens what `requested` names (a file or a postgresql:// address); nullopt when the user
    // cancels. Throws kz::Error for what the user cannot choose around (a damaged file).
    std::optional<Database> open(const QString& requested);
    // The dialog to connect to a server; the opened server is remembered. nullopt on cancel.
    std::optional<Database> connectToServer(const DatabaseAddress* start = nullptr, const QString& why = {});

private:
    std::optional<Database> openFile(QString path);
    std::optional<Database> openServer(const DatabaseAddress& address);
    void remember(const QString& address);

    Settings& m_settings;
};

} // namespace kz
