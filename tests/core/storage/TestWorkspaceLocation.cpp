#include "core/storage/WorkspaceLocation.h"

#include <QTest>

using namespace hd;
using namespace Qt::StringLiterals;

class TestWorkspaceLocation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<bool>("postgres");
        QTest::addColumn<QString>("hostOrPath");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::newRow("plain sqlite path") << u"/tmp/a.sqlite"_s << true << false << u"/tmp/a.sqlite"_s << 5432 << QString();
        QTest::newRow("sqlite url") << u"sqlite:///tmp/b.db"_s << true << false << u"/tmp/b.db"_s << 5432 << QString();
        QTest::newRow("postgres url with port") << u"postgresql://u:p@127.0.0.1:55432/hd"_s << true << true
                                                << u"127.0.0.1"_s << 55432 << u"hd"_s;
        QTest::newRow("postgres short scheme") << u"postgres://u@db.example/team"_s << true << true << u"db.example"_s
                                               << 5432 << u"team"_s;
        QTest::newRow("postgres without database") << u"postgresql://u@host/"_s << false << true << QString() << 0
                                                   << QString();
        QTest::newRow("empty") << QString() << false << false << QString() << 0 << QString();
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(bool, postgres);
        QFETCH(QString, hostOrPath);
        QFETCH(int, port);
        QFETCH(QString, database);
        const auto r = WorkspaceLocation::parse(text);
        QCOMPARE(r.ok(), ok);
        if (!ok) {
            QVERIFY(!r.error().message.isEmpty());
            return;
        }
        QCOMPARE(r->engine == WorkspaceLocation::Engine::Postgres, postgres);
        QCOMPARE(postgres ? r->host : r->path, hostOrPath);
        if (postgres) {
            QCOMPARE(r->port, port);
            QCOMPARE(r->database, database);
        }
    }
    void displayNameHidesPassword()
    {
        const auto r = WorkspaceLocation::parse(u"postgresql://agent:s3cret@127.0.0.1:5432/hd"_s);
        QVERIFY(r.ok());
        QVERIFY(!r->displayName().contains(u"s3cret"_s));
        QVERIFY(r->displayName().contains(u"agent@127.0.0.1"_s));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceLocation)
#include "TestWorkspaceLocation.moc"
