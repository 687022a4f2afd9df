#pragma once

#include <QString>

namespace kz {

// Installs Kindzicht's and Qt's translations for "nl" or "en" and sets the default locale for
// dates and numbers. Returns the language installed. Shared by the desktop application and the
// command line (whose reports are written in a language of their own choosing).
QString installTranslations(const QString& language);

} // namespace kz
