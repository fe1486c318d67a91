#include "core/analytics/RowCursor.h"

#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace hd {
using namespace Qt::StringLiterals;

RowCursor::RowCursor(const QSqlDatabase &db)
    : m_query(db)
{
    // The QSQLITE driver hands out its sqlite3* (Debian's driver links the system libsqlite3, the
    // same library as ours). Any other driver takes the Qt Sql path.
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    m_query.setForwardOnly(true);
}

RowCursor::~RowCursor()
{
    finish();
}

void RowCursor::finish()
{
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    m_query.finish();
}

bool RowCursor::exec(const QString &sql, const QVariantList &binds)
{
    finish();
    m_sql = sql;
    m_error.clear();
    m_interned.clear();
    if (!m_handle) {
        if (!m_query.prepare(sql))
            return false;
        for (const QVariant &v : binds)
            m_query.addBindValue(sqlValue(v));
        return m_query.exec();
    }
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_handle, utf8.constData(), int(utf8.size()), &m_stmt, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
        m_stmt = nullptr;
        return false;
    }
    int index = 1;
    for (const QVariant &v : binds) {
        int rc = SQLITE_OK;
        switch (v.isNull() && v.typeId() != QMetaType::QString ? QMetaType::UnknownType : v.typeId()) {
        case QMetaType::UnknownType: rc = sqlite3_bind_null(m_stmt, index); break;
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::ULong:
        case QMetaType::LongLong:
        case QMetaType::ULongLong: rc = sqlite3_bind_int64(m_stmt, index, v.toLongLong()); break;
        case QMetaType::Double:
        case QMetaType::Float: rc = sqlite3_bind_double(m_stmt, index, v.toDouble()); break;
        case QMetaType::QByteArray: {
            const QByteArray b = v.toByteArray();
            rc = sqlite3_bind_blob64(m_stmt, index, b.constData(), sqlite3_uint64(b.size()), SQLITE_TRANSIENT);
            break;
        }
        default: {
            // Strings, like sqlValue(): a null QString binds "" (text columns are NOT NULL).
            const QByteArray s = v.toString().toUtf8();
            rc = sqlite3_bind_text64(m_stmt,
                                     index,
                                     s.constData(),
                                     sqlite3_uint64(s.size()),
                                     SQLITE_TRANSIENT,
                                     SQLITE_UTF8);
            break;
        }
        }
        if (rc != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
            return false;
        }
        ++index;
    }
    return true; // the first step happens in next()
}

void RowCursor::mapFile(qint64 bytes)
{
    if (!m_handle)
        return;
    // A failure only means the ordinary read path: nothing to report.
    const QByteArray pragma = "PRAGMA mmap_size=" + QByteArray::number(bytes);
    sqlite3_exec(m_handle, pragma.constData(), nullptr, nullptr, nullptr);
}

bool RowCursor::next()
{
    if (!m_handle)
        return m_query.next();
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    return false;
}

qint64 RowCursor::int64(int column) const
{
    if (!m_handle)
        return m_query.value(column).toLongLong();
    return sqlite3_column_int64(m_stmt, column);
}

QString RowCursor::text(int column)
{
    if (!m_handle)
        return m_query.value(column).toString();
    if (sqlite3_column_type(m_stmt, column) == SQLITE_NULL)
        return {};
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    const QByteArrayView view(bytes, size);
    if (size_t(column) >= m_interned.size())
        m_interned.resize(size_t(column) + 1);
    auto &seen = m_interned[size_t(column)];
    for (const Interned &i : seen)
        if (i.utf8 == view)
            return i.text;
    QString text = QString::fromUtf8(view);
    // Few distinct values are worth sharing; free text (names) is converted each time.
    if (seen.size() < 32)
        seen.push_back({QByteArray(bytes, size), text});
    return text;
}

QByteArray RowCursor::blob(int column) const
{
    if (!m_handle)
        return m_query.value(column).toByteArray();
    const auto *bytes = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return size > 0 ? QByteArray::fromRawData(bytes, size) : QByteArray();
}

bool RowCursor::failed() const
{
    if (!m_handle)
        return m_query.lastError().isValid();
    return !m_error.isEmpty();
}

Error RowCursor::error(const QString &what) const
{
    if (!m_handle)
        return databaseError(m_query, what);
    return Error::make(Error::Code::Database,
                       QCoreApplication::translate("hd::Database", "A database operation failed: %1").arg(what),
                       m_error + u" | "_s + m_sql.left(300));
}

} // namespace hd
