#include "core/storage/SqlDialect.h"

namespace hd {
using namespace Qt::StringLiterals;

QString SqlDialect::schema(const QString &ddl) const
{
    QString out = ddl;
    if (isSqlite()) {
        out.replace(u"{{PK}}"_s, u"INTEGER PRIMARY KEY"_s);
        out.replace(u"{{BIGINT}}"_s, u"INTEGER"_s);
        out.replace(u"{{BLOB}}"_s, u"BLOB"_s);
    } else {
        out.replace(u"{{PK}}"_s, u"BIGSERIAL PRIMARY KEY"_s);
        out.replace(u"{{BIGINT}}"_s, u"BIGINT"_s);
        out.replace(u"{{BLOB}}"_s, u"BYTEA"_s);
    }
    return out;
}

QString SqlDialect::greatest(const QString &a, const QString &b) const
{
    return (isSqlite() ? u"max("_s : u"GREATEST("_s) + a + u", "_s + b + u')';
}

QString SqlDialect::ftsInsert() const
{
    if (isSqlite())
        return u"INSERT INTO message_fts(rowid, body) VALUES (:id, :text)"_s;
    return u"INSERT INTO message_fts(message_id, tsv) VALUES (:id, to_tsvector('simple', :text)) "
           "ON CONFLICT (message_id) DO UPDATE SET tsv = EXCLUDED.tsv"_s;
}

QString SqlDialect::ftsDelete() const
{
    if (isSqlite())
        return u"INSERT INTO message_fts(message_fts, rowid, body) VALUES ('delete', :id, :text)"_s;
    return u"DELETE FROM message_fts WHERE message_id = :id AND :text IS NOT NULL"_s;
}

QString SqlDialect::ftsSearch(bool ranked) const
{
    if (isSqlite()) {
        return ranked ? u"SELECT rowid FROM message_fts WHERE message_fts MATCH :q ORDER BY rank LIMIT :limit"_s
                      : u"SELECT rowid FROM message_fts WHERE message_fts MATCH :q ORDER BY rowid DESC LIMIT :limit"_s;
    }
    return ranked ? u"SELECT message_id FROM message_fts, to_tsquery('simple', :q) query WHERE tsv @@ query "
                    "ORDER BY ts_rank(tsv, query) DESC, message_id DESC LIMIT :limit"_s
                  : u"SELECT message_id FROM message_fts WHERE tsv @@ to_tsquery('simple', :q) "
                    "ORDER BY message_id DESC LIMIT :limit"_s;
}

QString SqlDialect::ftsQuery(const QList<QStringList> &phrases) const
{
    QStringList parts;
    for (const QStringList &phrase : phrases) {
        if (phrase.isEmpty())
            continue;
        if (isSqlite()) {
            QStringList quoted;
            for (const QString &t : phrase)
                quoted << u'"' + QString(t).replace(u'"', u"\"\""_s) + u'"';
            // The last token of a single-word phrase is a prefix ("refun" finds "refund").
            QString p = quoted.join(u' ');
            if (phrase.size() == 1)
                p += u'*';
            else
                p = u"\""_s + phrase.join(u' ') + u"\""_s;
            parts << p;
        } else {
            QStringList toks;
            for (const QString &t : phrase) {
                QString clean = t;
                clean.remove(u'\'');
                clean.remove(u'\\');
                clean.remove(u':');
                toks << u'\'' + clean + u'\'';
            }
            QString p = toks.join(u" <-> "_s);
            if (phrase.size() == 1)
                p += u":*"_s;
            else
                p = u'(' + p + u')';
            parts << p;
        }
    }
    return parts.join(isSqlite() ? u" "_s : u" & "_s);
}

} // namespace hd
