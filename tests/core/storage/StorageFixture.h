#pragma once

// Opens a fresh workspace on each engine for the storage tests: a temp SQLite file, and the
// PostgreSQL server named by HARBORDESK_PG_URL with an emptied schema.

#include "core/Workspace.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace hd::test {

inline QString pgUrl()
{
    return qEnvironmentVariable("HARBORDESK_PG_URL");
}

/// Adds "sqlite" and, when a server is configured, "postgresql" rows. In CI a missing server fails.
inline void addEngineRows()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    if (!pgUrl().isEmpty())
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    else if (qEnvironmentVariable("CI") == QLatin1String("true"))
        QTest::newRow("postgresql (HARBORDESK_PG_URL missing)") << QStringLiteral("missing-pg");
}

/// Drops every table of the PostgreSQL test database, so each case starts from an empty schema.
inline bool resetPostgres()
{
    const QString name = QStringLiteral("hd-test-reset");
    bool ok = false;
    {
        auto loc = WorkspaceLocation::parse(pgUrl());
        if (!loc)
            return false;
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(loc->host);
        db.setPort(loc->port);
        db.setDatabaseName(loc->database);
        db.setUserName(loc->user);
        db.setPassword(loc->password);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("DROP SCHEMA public CASCADE")) && q.exec(QStringLiteral("CREATE SCHEMA public"));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

/// Opens a fresh workspace on the engine; fails the test with a clear message if it cannot.
inline std::unique_ptr<Workspace> openFresh(const QString &engine, QTemporaryDir &dir, const Clock &clock)
{
    if (engine == QLatin1String("missing-pg")) {
        QTest::qFail("CI=true but HARBORDESK_PG_URL is not set: scripts/test.sh must start PostgreSQL", __FILE__, __LINE__);
        return {};
    }
    QString location;
    if (engine == QLatin1String("postgresql")) {
        if (!resetPostgres()) {
            QTest::qFail("cannot reset the PostgreSQL test database named by HARBORDESK_PG_URL", __FILE__, __LINE__);
            return {};
        }
        location = pgUrl();
    } else {
        location = dir.filePath(QStringLiteral("ws.sqlite"));
    }
    auto ws = Workspace::open(location, clock);
    if (!ws) {
        QTest::qFail(qPrintable(ws.error().message + QLatin1String(" | ") + ws.error().detail), __FILE__, __LINE__);
        return {};
    }
    return std::move(ws).value();
}

} // namespace hd::test
