#include "core/storage/SearchRepository.h"

#include "core/storage/Database.h"
#include "core/storage/SearchText.h"

#include <QSqlQuery>
#include <QVariant>

namespace hd {
using namespace Qt::StringLiterals;

Result<QList<SearchHit>> SearchRepository::search(const QString &query, Order order, int limit) const
{
    const auto phrases = SearchText::queryPhrases(query);
    if (phrases.isEmpty())
        return QList<SearchHit>{};
    const SqlDialect &dialect = m_db.dialect();
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(dialect.ftsSearch(order == Order::Relevance));
    q.bindValue(u":q"_s, sqlValue(dialect.ftsQuery(phrases)));
    q.bindValue(u":limit"_s, sqlValue(limit));
    if (!q.exec())
        return databaseError(q, u"search"_s);
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    q.finish();
    if (ids.isEmpty())
        return QList<SearchHit>{};

    // Fetch the display fields for the (at most `limit`) hits by primary key, keeping the order.
    QStringList marks;
    marks.fill(u"?"_s, ids.size());
    QSqlQuery d(db);
    d.setForwardOnly(true);
    d.prepare(u"SELECT m.id, m.conversation_id, ch.kind, ch.name, cu.display_name, c.subject, m.body_text, m.sent_at"
              " FROM messages m JOIN conversations c ON c.id = m.conversation_id"
              " JOIN channels ch ON ch.id = m.channel_id JOIN customers cu ON cu.id = c.customer_id"
              " WHERE m.id IN ("_s
              + marks.join(u',') + u")"_s);
    for (qint64 id : std::as_const(ids))
        d.addBindValue(sqlValue(id));
    if (!d.exec())
        return databaseError(d, u"search"_s);
    QHash<qint64, SearchHit> byId;
    while (d.next()) {
        SearchHit h;
        h.messageId = d.value(0).toLongLong();
        h.conversationId = d.value(1).toLongLong();
        h.channelKind = channelKindFromString(d.value(2).toString());
        h.channelName = d.value(3).toString();
        h.customerName = d.value(4).toString();
        h.subject = d.value(5).toString();
        h.snippet = d.value(6).toString().simplified().left(200);
        h.sentAt = d.value(7).toLongLong();
        byId.insert(h.messageId, h);
    }
    QList<SearchHit> hits;
    hits.reserve(ids.size());
    for (qint64 id : std::as_const(ids))
        if (auto it = byId.constFind(id); it != byId.cend())
            hits << *it;
    return hits;
}

} // namespace hd
