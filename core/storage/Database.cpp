#include "core/storage/Database.h"

#include "core/common/Log.h"
#include "core/storage/Migrations.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <atomic>

namespace hd {
using namespace Qt::StringLiterals;

namespace {
QAtomicInt g_counter;

QString tr(const char *s)
{
    return QCoreApplication::translate("hd::Database", s);
}

/// A number per thread, never reused in this process. Not the QThread's address: a pool thread
/// that expires frees its QThread, the next one may be allocated at the same address, and it would
/// find the dead thread's connection, which Qt refuses to hand to another thread ("requested
/// database does not belong to the calling thread"), so its queries would all fail.
quint64 threadSerial()
{
    static std::atomic<quint64> next{0};
    thread_local const quint64 serial = ++next;
    return serial;
}

/// Closes and forgets one connection; on the thread that owns it.
void closeConnection(const QString &name)
{
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}
} // namespace

Error databaseError(const QSqlQuery &q, const QString &what)
{
    return Error::make(Error::Code::Database,
                       tr("A database operation failed: %1").arg(what),
                       q.lastError().text() + u" | "_s + q.lastQuery().left(300));
}

Database::Database(WorkspaceLocation location, QString baseName)
    : m_location(std::move(location))
    , m_dialect(m_location.engine == WorkspaceLocation::Engine::Sqlite ? SqlDialect::Kind::Sqlite
                                                                       : SqlDialect::Kind::Postgres)
    , m_baseName(std::move(baseName))
{
}

Database::~Database()
{
    QMutexLocker lock(&m_mutex);
    for (const QString &name : std::as_const(m_connectionNames)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

Result<std::unique_ptr<Database>> Database::open(const WorkspaceLocation &location)
{
    const QString driver = location.engine == WorkspaceLocation::Engine::Sqlite ? u"QSQLITE"_s : u"QPSQL"_s;
    if (!QSqlDatabase::isDriverAvailable(driver))
        return Error::make(Error::Code::Unavailable, tr("The Qt SQL driver %1 is not installed.").arg(driver));
    if (location.engine == WorkspaceLocation::Engine::Sqlite && location.path != ":memory:"_L1) {
        const QFileInfo fi(location.path);
        if (!QDir().mkpath(fi.absolutePath()))
            return Error::make(Error::Code::Unavailable,
                               tr("Cannot create the folder for the workspace: %1").arg(fi.absolutePath()));
        if (fi.exists() && !fi.isFile())
            return Error::make(Error::Code::InvalidArgument,
                               tr("The workspace path is not a file: %1").arg(location.path));
    }
    std::unique_ptr<Database> db(new Database(location, u"hd-%1"_s.arg(g_counter.fetchAndAddRelaxed(1))));
    QSqlDatabase conn = db->connection();
    if (!conn.isOpen())
        return Error::make(
            Error::Code::Unavailable,
            tr("Cannot open the workspace %1: %2").arg(location.displayName(), conn.lastError().text().simplified()),
            conn.lastError().text());
    if (auto s = Migrations::apply(conn, db->dialect()); !s)
        return s.error();
    return db;
}

QSqlDatabase Database::connection() const
{
    const QString name = m_baseName + u"-t"_s + QString::number(threadSerial());
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, true);
    const QString driver = m_dialect.isSqlite() ? u"QSQLITE"_s : u"QPSQL"_s;
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
    {
        QMutexLocker lock(&m_mutex);
        m_connectionNames << name;
    }
    // A worker thread's connection goes with the thread (pool threads come and go: their
    // connections must not pile up); the main thread's are closed by ~Database. `finished` is
    // emitted on the ending thread itself, before wait() returns, so the close runs where it must.
    const QCoreApplication *app = QCoreApplication::instance();
    if (QThread *thread = QThread::currentThread(); app && thread != app->thread())
        QObject::connect(
            thread,
            &QThread::finished,
            thread,
            [name] { closeConnection(name); },
            Qt::DirectConnection);
    if (m_dialect.isSqlite()) {
        db.setDatabaseName(m_location.path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    } else {
        db.setHostName(m_location.host);
        db.setPort(m_location.port);
        db.setDatabaseName(m_location.database);
        db.setUserName(m_location.user);
        db.setPassword(m_location.password);
        db.setConnectOptions(m_location.options);
    }
    if (!db.open()) {
        log::error("storage", u"cannot open %1: %2"_s.arg(m_location.displayName(), db.lastError().text()));
        return db;
    }
    if (auto s = configure(db); !s)
        log::error("storage", s.error().detail);
    return db;
}

Status Database::configure(QSqlDatabase &db) const
{
    QSqlQuery q(db);
    QStringList pragmas;
    if (m_dialect.isSqlite()) {
        // Debian's SQLite defaults to synchronous=FULL; WAL+NORMAL never corrupts and survives app crashes.
        pragmas = {u"PRAGMA journal_mode=WAL"_s,
                   u"PRAGMA synchronous=NORMAL"_s,
                   u"PRAGMA foreign_keys=ON"_s,
                   u"PRAGMA cache_size=-65536"_s,
                   u"PRAGMA temp_store=MEMORY"_s};
    } else {
        pragmas = {u"SET client_min_messages TO WARNING"_s, u"SET TIME ZONE 'UTC'"_s};
    }
    for (const QString &p : std::as_const(pragmas))
        if (!q.exec(p))
            return Error::make(Error::Code::Database, tr("Cannot configure the database."), q.lastError().text());
    return {};
}

QString Database::meta(const QString &key, const QString &fallback) const
{
    QSqlQuery q(connection());
    q.prepare(u"SELECT value FROM workspace_meta WHERE key = ?"_s);
    q.addBindValue(sqlValue(key));
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

Status Database::setMeta(const QString &key, const QString &value) const
{
    QSqlQuery q(connection());
    q.prepare(
        u"INSERT INTO workspace_meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(sqlValue(key));
    q.addBindValue(sqlValue(value));
    if (!q.exec())
        return databaseError(q, u"workspace_meta"_s);
    return {};
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_active = m_db.transaction();
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return Error::make(Error::Code::Database, tr("No transaction is open."), m_db.lastError().text());
    m_active = false;
    if (!m_db.commit()) {
        const QString err = m_db.lastError().text();
        m_db.rollback();
        return Error::make(Error::Code::Database, tr("Saving failed."), err);
    }
    return {};
}

} // namespace hd
