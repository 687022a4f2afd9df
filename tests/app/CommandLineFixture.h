#pragma once

#include "../QtPrinters.h"
#include "CommandLine.h"
#include "demo/DemoDatabase.h"

#include <QTemporaryDir>
#include <QTextStream>
#include <gtest/gtest.h>

// Runs kindzicht-cli in-process, as a user with the demo password, in a temporary folder.
class CommandLineFixture : public ::testing::Test
{
protected:
    struct Result
    {
        int code;
        QString out;
        QString err;
    };

    Result run(QStringList arguments,
               const QString& password = QString::fromLatin1(kz::DemoDatabase::password))
    {
        if (password.isEmpty())
            qunsetenv("KINDZICHT_PASSWORD");
        else
            qputenv("KINDZICHT_PASSWORD", password.toUtf8());
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        kz::CommandLine cli(outStream, errStream, nullptr);
        arguments.prepend(QStringLiteral("kindzicht-cli"));
        const int code = cli.run(arguments);
        outStream.flush();
        errStream.flush();
        qunsetenv("KINDZICHT_PASSWORD");
        return {code, out, err};
    }
    QString path(const QString& name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
};
