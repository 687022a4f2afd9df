#pragma once

namespace kz {

class Database;

// Whether the organisation's server answers now. Asking runs one trivial statement, which opens a
// new connection when the old one was lost (Database::reconnectAfter). A file always answers.
class ServerContact
{
public:
    static bool answers(const Database& db);
};

} // namespace kz
