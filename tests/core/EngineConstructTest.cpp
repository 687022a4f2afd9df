// One seam for the database engine: whatever SQLite (or a later engine) spells its own way lives in
// core/db/Dialect.* and core/db/<engine>/. Everywhere else the core writes SQL every engine reads.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QStringList>
#include <gtest/gtest.h>

namespace {

struct Construct
{
    const char* name;
    QRegularExpression pattern;
};

const QList<Construct>& engineConstructs()
{
    static const QList<Construct> constructs = {
        {"PRAGMA", QRegularExpression(QStringLiteral("\\bPRAGMA\\b"))},
        {"BEGIN IMMEDIATE", QRegularExpression(QStringLiteral("BEGIN\\s+IMMEDIATE"))},
        {"INSERT OR IGNORE/REPLACE", QRegularExpression(QStringLiteral("INSERT\\s+OR\\s+(IGNORE|REPLACE)"))},
        {"MATCH", QRegularExpression(QStringLiteral("\\bMATCH\\b"))},
        {"snippet(", QRegularExpression(QStringLiteral("\\bsnippet\\("))},
        {"bm25(", QRegularExpression(QStringLiteral("\\bbm25\\("))},
        {"julianday",
         QRegularExpression(QStringLiteral("julianday"), QRegularExpression::CaseInsensitiveOption)},
        {"date('now')",
         QRegularExpression(QStringLiteral("date\\('now"), QRegularExpression::CaseInsensitiveOption)},
        {"date arithmetic", QRegularExpression(QStringLiteral("'[+-]?\\d*\\s*(days|months|years)'"))},
        {"strftime(", QRegularExpression(QStringLiteral("\\bstrftime\\("))},
        {"GROUP_CONCAT",
         QRegularExpression(QStringLiteral("GROUP_CONCAT"), QRegularExpression::CaseInsensitiveOption)},
        {"COLLATE NOCASE",
         QRegularExpression(QStringLiteral("COLLATE\\s+NOCASE"), QRegularExpression::CaseInsensitiveOption)},
        {"VACUUM", QRegularExpression(QStringLiteral("\\bVACUUM\\b"))},
        {"lastInsertId", QRegularExpression(QStringLiteral("lastInsertId"))},
        {"QSQLITE", QRegularExpression(QStringLiteral("QSQLITE"))},
        {"sqlite_master", QRegularExpression(QStringLiteral("sqlite_(master|schema)"))},
        {"RAISE(", QRegularExpression(QStringLiteral("\\bRAISE\\s*\\("))},
    };
    return constructs;
}

bool insideDialect(const QString& relative)
{
    return relative.startsWith(QLatin1String("core/db/Dialect.")) ||
           relative.startsWith(QLatin1String("core/db/sqlite/")) ||
           relative.startsWith(QLatin1String("core/db/postgres/"));
}

} // namespace

TEST(EngineConstructTest, NoEngineSpecificSqlOutsideTheDialectFolder)
{
    const QString root = QStringLiteral(KINDZICHT_SOURCE_DIR);
    QStringList found;
    int files = 0;
    QDirIterator it(root + QStringLiteral("/core"), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = path.mid(root.size() + 1);
        if (insideDialect(relative))
            continue;
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
        ++files;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i)
            for (const Construct& construct : engineConstructs())
                if (construct.pattern.match(lines[i]).hasMatch())
                    found.append(QStringLiteral("%1:%2: %3")
                                     .arg(relative)
                                     .arg(i + 1)
                                     .arg(QString::fromLatin1(construct.name)));
    }
    EXPECT_GT(files, 50) << "the core's sources were not found under " << root.toStdString();
    EXPECT_TRUE(found.isEmpty()) << "engine-specific SQL outside core/db/Dialect.* and core/db/sqlite/:\n"
                                 << found.join(QLatin1Char('\n')).toStdString();
}

TEST(EngineConstructTest, TheCheckRecognisesEachConstruct)
{
    const QStringList samples = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("BEGIN IMMEDIATE"),
        QStringLiteral("INSERT OR IGNORE INTO t"),
        QStringLiteral("WHERE fts MATCH :q"),
        QStringLiteral("snippet(fts, 0)"),
        QStringLiteral("ORDER BY bm25(fts)"),
        QStringLiteral("julianday(x)"),
        QStringLiteral("date('now')"),
        QStringLiteral("date(x, '-4 years')"),
        QStringLiteral("strftime('%Y', x)"),
        QStringLiteral("GROUP_CONCAT(x)"),
        QStringLiteral("ORDER BY name COLLATE NOCASE"),
        QStringLiteral("VACUUM INTO :file"),
        QStringLiteral("q.lastInsertId()"),
        QStringLiteral("addDatabase(\"QSQLITE\")"),
        QStringLiteral("FROM sqlite_master"),
        QStringLiteral("SELECT RAISE(ABORT, 'no')"),
    };
    ASSERT_EQ(samples.size(), engineConstructs().size());
    for (qsizetype i = 0; i < samples.size(); ++i)
        EXPECT_TRUE(engineConstructs().at(i).pattern.match(samples[i]).hasMatch())
            << samples[i].toStdString();
    // Portable spellings pass.
    for (const QString& portable : {QStringLiteral("INSERT INTO t VALUES (1) ON CONFLICT DO NOTHING"),
                                    QStringLiteral("ORDER BY lower(p.name)"), QStringLiteral("RETURNING id"),
                                    QStringLiteral("c.birth_date > (SELECT born_after FROM params)")})
        for (const Construct& construct : engineConstructs())
            EXPECT_FALSE(construct.pattern.match(portable).hasMatch()) << portable.toStdString();
}
