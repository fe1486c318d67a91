#pragma once

#include <QString>
#include <QStringList>

namespace hd {

/// Every difference between SQLite and PostgreSQL lives here; repositories write portable SQL and
/// ask the dialect for the rest.
class SqlDialect final {
public:
    enum class Kind { Sqlite, Postgres };
    explicit SqlDialect(Kind kind) : m_kind(kind) {}

    Kind kind() const { return m_kind; }
    bool isSqlite() const { return m_kind == Kind::Sqlite; }
    bool isPostgres() const { return m_kind == Kind::Postgres; }

    /// Replaces {{PK}}, {{BIGINT}}, {{BLOB}} in schema text with this engine's types.
    QString schema(const QString &ddl) const;

    /// The two-argument maximum: max(a, b) on SQLite, GREATEST(a, b) on PostgreSQL.
    QString greatest(const QString &a, const QString &b) const;

    /// Statement that adds one row to the full-text index; binds :id and :text.
    QString ftsInsert() const;
    /// Statement that removes a row from the full-text index; binds :id and :text (the indexed text).
    QString ftsDelete() const;
    /// SELECT returning matching message ids, newest first or ranked; binds :q and :limit.
    QString ftsSearch(bool ranked) const;
    /// Turns normalised query tokens into this engine's full-text query string.
    QString ftsQuery(const QList<QStringList> &phrases) const;

private:
    Kind m_kind;
};

} // namespace hd
