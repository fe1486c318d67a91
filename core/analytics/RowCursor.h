#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace hd {

/// A forward-only read of one SELECT for the analytics hot paths. On SQLite it steps the statement
/// through the sqlite3 C API on the connection's own handle (no QVariant per column: Qt Sql's
/// conversion of every cell was ~44% of the dashboard's time on 1M messages); on other drivers it
/// is a forward-only QSqlQuery. Values read as Qt Sql would give them: NULL is 0, an empty blob or
/// a null string.
class RowCursor final
{
public:
    explicit RowCursor(const QSqlDatabase &db);
    ~RowCursor();
    RowCursor(const RowCursor &) = delete;
    RowCursor &operator=(const RowCursor &) = delete;

    /// Prepares and runs `sql` with positional `?` binds (ints, doubles, strings, byte arrays, null).
    bool exec(const QString &sql, const QVariantList &binds = {});
    /// SQLite: lets this connection read up to `bytes` of the file through a memory map instead of
    /// read() into its page cache (a setting of the connection; a fresh worker connection then
    /// starts warm from the OS cache). Other drivers: nothing.
    void mapFile(qint64 bytes);
    bool next();
    /// Ends the statement (also done by the next exec() and the destructor).
    void finish();

    qint64 int64(int column) const;
    /// Shares one QString per distinct value of a column among rows (statuses, intents, languages).
    QString text(int column);
    /// The column's bytes; on SQLite they point into the row and are valid until next().
    QByteArray blob(int column) const;
    bool isNative() const { return m_handle != nullptr; }
    /// True when the last exec() or next() stopped on an error rather than at the end.
    bool failed() const;

    /// A database error for the log, naming `what`.
    Error error(const QString &what) const;

private:
    struct Interned
    {
        QByteArray utf8;
        QString text;
    };

    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QSqlQuery m_query;
    QString m_sql;
    QString m_error;
    std::vector<std::vector<Interned>> m_interned; // per column
};

} // namespace hd
