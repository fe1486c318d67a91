#include "core/storage/CustomerMergeRepository.h"

#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

const char *const kCtx = "hd::CustomerMergeRepository";

Result<QList<qint64>> ids(QSqlDatabase db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(sqlValue(v));
    if (!q.exec())
        return databaseError(q, u"customer merge"_s);
    QList<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

Status exec(QSqlDatabase db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(sqlValue(v));
    if (!q.exec())
        return databaseError(q, u"customer merge"_s);
    return {};
}

QJsonArray toJson(const QList<qint64> &list)
{
    QJsonArray a;
    for (qint64 v : list)
        a.append(v);
    return a;
}

QList<qint64> fromJson(const QJsonValue &v)
{
    QList<qint64> out;
    for (const QJsonValue &x : v.toArray())
        out << x.toInteger();
    return out;
}

/// Moves rows by id back to a customer, only where they still belong to `from`.
Status moveBack(QSqlDatabase db, const QString &table, const QList<qint64> &rowIds, qint64 from, qint64 to)
{
    for (qint64 id : rowIds) {
        if (auto s = exec(db,
                          u"UPDATE "_s + table + u" SET customer_id = ? WHERE id = ? AND customer_id = ?"_s,
                          {to, id, from});
            !s)
            return s;
    }
    return {};
}

Result<Customer> readCustomer(QSqlDatabase db, qint64 id)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        u"SELECT id, display_name, email, phone, country, language, postcode, created_at, COALESCE(merged_into, 0)"
        " FROM customers WHERE id = ?"_s);
    q.addBindValue(sqlValue(id));
    if (!q.exec())
        return databaseError(q, u"customer"_s);
    if (!q.next())
        return Error::make(Error::Code::NotFound,
                           QCoreApplication::translate(kCtx, "The buyer no longer exists."),
                           u"customer "_s + QString::number(id));
    Customer c;
    c.id = q.value(0).toLongLong();
    c.displayName = q.value(1).toString();
    c.email = q.value(2).toString();
    c.phone = q.value(3).toString();
    c.country = q.value(4).toString();
    c.language = q.value(5).toString();
    c.postcode = q.value(6).toString();
    c.createdAt = q.value(7).toLongLong();
    c.mergedInto = q.value(8).toLongLong();
    return c;
}

Status audit(QSqlDatabase db,
             qint64 at,
             const QString &actor,
             const QString &action,
             qint64 mergeId,
             const QJsonObject &detail)
{
    return exec(
        db,
        u"INSERT INTO audit_log(at, actor, action, entity, entity_id, detail_json) VALUES (?, ?, ?, 'customer_merge', ?, ?)"_s,
        {at, actor, action, mergeId, QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))});
}

} // namespace

Result<CustomerFacts> CustomerMergeRepository::facts(qint64 customerId) const
{
    QSqlDatabase db = m_db.connection();
    auto customer = readCustomer(db, customerId);
    if (!customer)
        return customer.error();
    CustomerFacts f;
    f.customerId = customerId;
    f.name = customer->displayName;
    f.postcode = customer->postcode;
    if (!customer->email.isEmpty())
        f.emails << customer->email;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // E-mail identities (e-mail channels and relays know the buyer by address).
    q.prepare(u"SELECT external_id FROM customer_identities WHERE customer_id = ?"_s);
    q.addBindValue(sqlValue(customerId));
    if (!q.exec())
        return databaseError(q, u"merge facts"_s);
    while (q.next())
        if (const QString e = q.value(0).toString(); e.contains(u'@') && !f.emails.contains(e))
            f.emails << e;
    // Orders of the profile, and orders its conversations are about.
    q.prepare(u"SELECT external_id, ship_to_postcode FROM orders WHERE customer_id = ?"
              " UNION SELECT o.external_id, o.ship_to_postcode FROM conversations c JOIN orders o ON o.id = c.order_id"
              " WHERE c.customer_id = ?"_s);
    q.addBindValue(sqlValue(customerId));
    q.addBindValue(sqlValue(customerId));
    if (!q.exec())
        return databaseError(q, u"merge facts"_s);
    while (q.next()) {
        f.orderNumbers << q.value(0).toString();
        if (f.postcode.isEmpty())
            f.postcode = q.value(1).toString();
    }
    return f;
}

Result<QList<MergeSuggestion>> CustomerMergeRepository::suggest(qint64 customerId, int limit) const
{
    QSqlDatabase db = m_db.connection();
    auto mine = facts(customerId);
    if (!mine)
        return mine.error();
    QSet<qint64> candidates;
    auto add = [&](const Result<QList<qint64>> &r) -> Status {
        if (!r)
            return r.error();
        for (qint64 id : *r)
            if (id != customerId)
                candidates.insert(id);
        return {};
    };
    for (const QString &e : mine->emails) {
        const QString email = CustomerMergeScorer::normalizeEmail(e);
        if (auto s = add(ids(db, u"SELECT id FROM customers WHERE LOWER(email) = ? LIMIT 50"_s, {email})); !s)
            return s.error();
        if (auto s = add(ids(db,
                             u"SELECT customer_id FROM customer_identities WHERE LOWER(external_id) = ? LIMIT 50"_s,
                             {email}));
            !s)
            return s.error();
    }
    for (const QString &order : mine->orderNumbers) {
        if (auto s = add(ids(db,
                             u"SELECT customer_id FROM orders WHERE external_id = ? AND customer_id IS NOT NULL"
                             " UNION SELECT c.customer_id FROM conversations c JOIN orders o ON o.id = c.order_id"
                             " WHERE o.external_id = ? LIMIT 50"_s,
                             {order, order}));
            !s)
            return s.error();
    }
    if (!mine->postcode.isEmpty()) {
        if (auto s = add(ids(db,
                             u"SELECT id FROM customers WHERE postcode = ? UNION SELECT customer_id FROM orders"
                             " WHERE ship_to_postcode = ? AND customer_id IS NOT NULL LIMIT 200"_s,
                             {mine->postcode, mine->postcode}));
            !s)
            return s.error();
    }
    auto dismissed = ids(db,
                         u"SELECT customer_b FROM customer_merge_dismissals WHERE customer_a = ?"
                         " UNION SELECT customer_a FROM customer_merge_dismissals WHERE customer_b = ?"_s,
                         {customerId, customerId});
    if (!dismissed)
        return dismissed.error();
    for (qint64 id : *dismissed)
        candidates.remove(id);

    QList<MergeSuggestion> out;
    for (qint64 id : std::as_const(candidates)) {
        auto other = readCustomer(db, id);
        if (!other)
            return other.error();
        if (other->mergedInto != 0)
            continue;
        auto theirs = facts(id);
        if (!theirs)
            return theirs.error();
        const MergeScore score = CustomerMergeScorer::score(*mine, *theirs);
        if (score.score >= CustomerMergeScorer::kSuggestThreshold)
            out << MergeSuggestion{*other, score};
    }
    std::sort(out.begin(), out.end(), [](const MergeSuggestion &a, const MergeSuggestion &b) {
        return a.score.score != b.score.score ? a.score.score > b.score.score : a.other.id < b.other.id;
    });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

Result<qint64> CustomerMergeRepository::merge(qint64 survivorId, qint64 mergedId, const QString &actor)
{
    if (survivorId == mergedId || survivorId <= 0 || mergedId <= 0)
        return Error::make(Error::Code::InvalidArgument,
                           QCoreApplication::translate(kCtx, "Choose two different buyer profiles to merge."));
    // Score before anything moves, for the record.
    auto a = facts(survivorId);
    if (!a)
        return a.error();
    auto b = facts(mergedId);
    if (!b)
        return b.error();
    const MergeScore score = CustomerMergeScorer::score(*a, *b);

    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return Error::make(Error::Code::Database,
                           QCoreApplication::translate(kCtx, "The workspace is busy; try again."));
    auto survivor = readCustomer(db, survivorId);
    if (!survivor)
        return survivor.error();
    auto merged = readCustomer(db, mergedId);
    if (!merged)
        return merged.error();
    if (survivor->mergedInto != 0 || merged->mergedInto != 0)
        return Error::make(Error::Code::Conflict,
                           QCoreApplication::translate(kCtx, "One of these profiles was already merged into another."));

    auto identityIds = ids(db, u"SELECT id FROM customer_identities WHERE customer_id = ?"_s, {mergedId});
    auto conversationIds = ids(db, u"SELECT id FROM conversations WHERE customer_id = ?"_s, {mergedId});
    auto orderIds = ids(db, u"SELECT id FROM orders WHERE customer_id = ?"_s, {mergedId});
    for (const auto *r : {&identityIds, &conversationIds, &orderIds})
        if (!*r)
            return r->error();

    // The survivor keeps its own values; blanks are filled from the merged profile and recorded.
    QJsonObject filled;
    auto fill = [&](const char *column, const QString &mine, const QString &theirs) {
        if (mine.isEmpty() && !theirs.isEmpty())
            filled.insert(QLatin1StringView(column), theirs);
    };
    fill("display_name", survivor->displayName, merged->displayName);
    fill("email", survivor->email, merged->email);
    fill("phone", survivor->phone, merged->phone);
    fill("country", survivor->country, merged->country);
    fill("language", survivor->language, merged->language);
    fill("postcode", survivor->postcode, merged->postcode);
    for (auto it = filled.begin(); it != filled.end(); ++it) {
        // Column names come from the fixed list above, never from input.
        if (auto s = exec(db,
                          u"UPDATE customers SET "_s + it.key() + u" = ? WHERE id = ?"_s,
                          {it.value().toString(), survivorId});
            !s)
            return s.error();
    }
    for (const QString &table : {u"customer_identities"_s, u"conversations"_s, u"orders"_s})
        if (auto s = exec(db,
                          u"UPDATE "_s + table + u" SET customer_id = ? WHERE customer_id = ?"_s,
                          {survivorId, mergedId});
            !s)
            return s.error();
    if (auto s = exec(db, u"UPDATE customers SET merged_into = ? WHERE id = ?"_s, {survivorId, mergedId}); !s)
        return s.error();

    const QJsonObject snapshot{{u"identities"_s, toJson(*identityIds)},
                               {u"conversations"_s, toJson(*conversationIds)},
                               {u"orders"_s, toJson(*orderIds)},
                               {u"filled"_s, filled}};
    const qint64 now = m_clock.nowMs();
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO customer_merges(surviving_id, merged_id, score, reasons, snapshot_json, merged_at)"
              " VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s);
    for (const QVariant &v : {QVariant(survivorId),
                              QVariant(mergedId),
                              QVariant(score.score),
                              QVariant(score.reasons.join(u',')),
                              QVariant(QString::fromUtf8(QJsonDocument(snapshot).toJson(QJsonDocument::Compact))),
                              QVariant(now)})
        q.addBindValue(sqlValue(v));
    if (!q.exec() || !q.next())
        return databaseError(q, u"customer merge"_s);
    const qint64 mergeId = q.value(0).toLongLong();
    q.finish();
    if (auto s = audit(db,
                       now,
                       actor,
                       u"customer.merge"_s,
                       mergeId,
                       {{u"surviving_id"_s, survivorId}, {u"merged_id"_s, mergedId}, {u"score"_s, score.score}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return mergeId;
}

Status CustomerMergeRepository::undo(qint64 mergeId, const QString &actor)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return Error::make(Error::Code::Database,
                           QCoreApplication::translate(kCtx, "The workspace is busy; try again."));
    QSqlQuery q(db);
    q.prepare(u"SELECT surviving_id, merged_id, snapshot_json, undone_at FROM customer_merges WHERE id = ?"_s);
    q.addBindValue(sqlValue(mergeId));
    if (!q.exec())
        return databaseError(q, u"customer merge"_s);
    if (!q.next())
        return Error::make(Error::Code::NotFound, QCoreApplication::translate(kCtx, "That merge no longer exists."));
    const qint64 survivorId = q.value(0).toLongLong();
    const qint64 mergedId = q.value(1).toLongLong();
    const QJsonObject snapshot = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
    if (q.value(3).toLongLong() != 0)
        return Error::make(Error::Code::Conflict, QCoreApplication::translate(kCtx, "This merge was already undone."));
    q.finish();
    auto merged = readCustomer(db, mergedId);
    if (!merged)
        return merged.error();
    if (merged->mergedInto != survivorId)
        return Error::make(
            Error::Code::Conflict,
            QCoreApplication::translate(kCtx, "The profiles changed since the merge; it cannot be undone."));
    // The survivor may itself have been merged away since: move back from wherever the rows are now.
    qint64 holder = survivorId;
    for (auto c = readCustomer(db, holder); c && c->mergedInto != 0; c = readCustomer(db, holder))
        holder = c->mergedInto;
    if (auto s = moveBack(db, u"customer_identities"_s, fromJson(snapshot.value("identities"_L1)), holder, mergedId);
        !s)
        return s;
    if (auto s = moveBack(db, u"conversations"_s, fromJson(snapshot.value("conversations"_L1)), holder, mergedId); !s)
        return s;
    if (auto s = moveBack(db, u"orders"_s, fromJson(snapshot.value("orders"_L1)), holder, mergedId); !s)
        return s;
    const QJsonObject filled = snapshot.value("filled"_L1).toObject();
    static const QStringList kColumns{u"display_name"_s,
                                      u"email"_s,
                                      u"phone"_s,
                                      u"country"_s,
                                      u"language"_s,
                                      u"postcode"_s};
    for (auto it = filled.begin(); it != filled.end(); ++it) {
        if (!kColumns.contains(it.key()))
            continue;
        // Only if the agent has not changed the value since.
        if (auto s = exec(db,
                          u"UPDATE customers SET "_s + it.key() + u" = '' WHERE id = ? AND "_s + it.key() + u" = ?"_s,
                          {survivorId, it.value().toString()});
            !s)
            return s;
    }
    if (auto s = exec(db, u"UPDATE customers SET merged_into = NULL WHERE id = ?"_s, {mergedId}); !s)
        return s;
    const qint64 now = m_clock.nowMs();
    if (auto s = exec(db, u"UPDATE customer_merges SET undone_at = ? WHERE id = ?"_s, {now, mergeId}); !s)
        return s;
    if (auto s = audit(db,
                       now,
                       actor,
                       u"customer.merge_undone"_s,
                       mergeId,
                       {{u"surviving_id"_s, survivorId}, {u"merged_id"_s, mergedId}});
        !s)
        return s;
    return tx.commit();
}

Status CustomerMergeRepository::dismiss(qint64 customerA, qint64 customerB, const QString &actor)
{
    if (customerA == customerB)
        return Error::make(Error::Code::InvalidArgument,
                           QCoreApplication::translate(kCtx, "Choose two different buyer profiles."));
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return Error::make(Error::Code::Database,
                           QCoreApplication::translate(kCtx, "The workspace is busy; try again."));
    const qint64 lo = std::min(customerA, customerB);
    const qint64 hi = std::max(customerA, customerB);
    const qint64 now = m_clock.nowMs();
    if (auto s = exec(db,
                      u"INSERT INTO customer_merge_dismissals(customer_a, customer_b, dismissed_at) VALUES (?, ?, ?)"
                      " ON CONFLICT(customer_a, customer_b) DO NOTHING"_s,
                      {lo, hi, now});
        !s)
        return s;
    if (auto s =
            audit(db, now, actor, u"customer.merge_dismissed"_s, 0, {{u"customer_a"_s, lo}, {u"customer_b"_s, hi}});
        !s)
        return s;
    return tx.commit();
}

Result<QList<CustomerMergeRecord>> CustomerMergeRepository::activeMerges(qint64 customerId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT m.id, m.surviving_id, m.merged_id, c.display_name, m.score, m.reasons, m.merged_at, m.undone_at"
              " FROM customer_merges m JOIN customers c ON c.id = m.merged_id"
              " WHERE m.surviving_id = ? AND m.undone_at = 0 ORDER BY m.merged_at DESC, m.id DESC"_s);
    q.addBindValue(sqlValue(customerId));
    if (!q.exec())
        return databaseError(q, u"customer merges"_s);
    QList<CustomerMergeRecord> out;
    while (q.next()) {
        CustomerMergeRecord r;
        r.id = q.value(0).toLongLong();
        r.survivingId = q.value(1).toLongLong();
        r.mergedId = q.value(2).toLongLong();
        r.mergedName = q.value(3).toString();
        r.score = q.value(4).toInt();
        r.reasons = q.value(5).toString().split(u',', Qt::SkipEmptyParts);
        r.mergedAtMs = q.value(6).toLongLong();
        r.undoneAtMs = q.value(7).toLongLong();
        out << r;
    }
    return out;
}

} // namespace hd
