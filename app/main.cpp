#include "Version.h"
#include "shell/GuiApplication.h"

#include <cstdio>
#include <string_view>

int main(int argc, char* argv[])
{
    // --version and --help answer without a window, so they work on a machine without a display too.
    for (int i = 1; i < argc; ++i) {
        const std::string_view argument(argv[i]);
        if (argument == "--version" || argument == "-v") {
            std::printf("%s %s\n", kz::applicationName, kz::version);
            return 0;
        }
        if (argument == "--help" || argument == "-h") {
            std::printf("Usage: kindzicht [--database FILE|URI] [--language nl|en]\n\n"
                        "  --database FILE   the database to open (default: the application data folder),\n"
                        "                    or the organisation's server: postgresql://user@host/database\n"
                        "  --language nl|en  the language of the interface (remembered)\n"
                        "  --version         print the version\n\n"
                        "Without a display, use kindzicht-cli (see kindzicht-cli --help).\n");
            return 0;
        }
    }
    if (const QString missing = kz::GuiApplication::missingDisplayMessage(); !missing.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(missing));
        return 1;
    }
    return kz::GuiApplication::run(argc, argv);
}
