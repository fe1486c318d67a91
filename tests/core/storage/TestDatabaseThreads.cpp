// One connection per thread (Database::connection()), with threads that come and go as pool
// threads do: every new thread gets a working connection even when its QThread is allocated where
// a finished one was (the old naming by QThread address handed it the dead thread's connection,
// which Qt refuses across threads), and a finished thread's connection is closed, not piled up.

#include "core/Workspace.h"
#include "core/common/Clock.h"
#include "core/storage/Database.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace hd;
using namespace Qt::StringLiterals;

class TestDatabaseThreads : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void eachNewThreadGetsAWorkingConnection()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        FakeClock clock(1'795'348'800'000);
        auto ws = Workspace::open(dir.filePath(u"ws.sqlite"_s), clock);
        QVERIFY2(ws.ok(), ws.ok() ? "" : qPrintable(ws.error().detail));
        const Database &db = ws.value()->database();
        QVERIFY(QSqlQuery(db.connection()).exec(u"SELECT 1"_s)); // the main thread's connection
        const qsizetype before = QSqlDatabase::connectionNames().size();

        QSet<quintptr> addresses;
        for (int i = 0; i < 40; ++i) {
            bool ok = false;
            QString error;
            QThread *thread = QThread::create([&db, &ok, &error] {
                QSqlQuery q(db.connection());
                ok = q.exec(u"SELECT COUNT(*) FROM channels"_s) && q.next();
                if (!ok)
                    error = q.lastError().text();
            });
            addresses.insert(reinterpret_cast<quintptr>(thread));
            thread->start();
            QVERIFY(thread->wait(10'000));
            delete thread;
            QVERIFY2(ok, qPrintable(u"thread %1: %2"_s.arg(i).arg(error)));
            // The finished thread's connection is gone.
            QCOMPARE(QSqlDatabase::connectionNames().size(), before);
        }
        qInfo("%lld distinct QThread addresses over 40 threads", qlonglong(addresses.size()));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseThreads)
#include "TestDatabaseThreads.moc"
