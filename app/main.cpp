#include "shell/GuiApplication.h"

#include <cstdio>

int main(int argc, char* argv[])
{
    if (const QString missing = kz::GuiApplication::missingDisplayMessage(); !missing.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(missing));
        return 1;
    }
    return kz::GuiApplication::run(argc, argv);
}
