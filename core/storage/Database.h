#pragma once

#include "core/common/Result.h"
#include "core/storage/SqlDialect.h"
#include "core/storage/WorkspaceLocation.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace hd {

/// An open workspace database. Hands each thread its own connection (Qt Sql connections are
/// per-thread). On SQLite the process writes through one connection at a time (see DESIGN.md on
/// the 3.40 WAL bug); reads may come from any thread's connection.
class Database final {
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens (creating if needed) and migrates the workspace. Fails with a one-line reason when the
    /// file cannot be opened or the server cannot be reached.
    static Result<std::unique_ptr<Database>> open(const WorkspaceLocation &location);

    /// The calling thread's connection, opened on first use.
    QSqlDatabase connection() const;
    const SqlDialect &dialect() const { return m_dialect; }
    const WorkspaceLocation &location() const { return m_location; }

    /// Reads or writes one value in workspace_meta.
    QString meta(const QString &key, const QString &fallback = {}) const;
    Status setMeta(const QString &key, const QString &value) const;

private:
    Database(WorkspaceLocation location, QString baseName);
    Status configure(QSqlDatabase &db) const;

    WorkspaceLocation m_location;
    SqlDialect m_dialect;
    QString m_baseName;
    mutable QMutex m_mutex;
    mutable QStringList m_connectionNames;
};

/// RAII transaction: rolls back unless commit() succeeded.
class Transaction final {
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    bool isActive() const { return m_active; }
    Status commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

/// Qt binds a null QString as SQL NULL; our text columns are NOT NULL, so bind "" instead.
inline QVariant sqlValue(const QVariant &v)
{
    if (v.metaType() == QMetaType::fromType<QString>() && v.toString().isNull())
        return QVariant(QString(QLatin1String("")));
    return v;
}

/// Builds a Database error from a failed query, for the log, with a generic user message.
Error databaseError(const class QSqlQuery &q, const QString &what);

} // namespace hd
