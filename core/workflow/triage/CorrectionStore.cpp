#include "core/workflow/triage/CorrectionStore.h"

#include "core/storage/Database.h"
#include "core/workflow/classification/MessageClassifier.h"
#include "core/workflow/classification/TextNormalizer.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

constexpr double kMinSimilarity = 0.6;
constexpr int kMinShared = 3;

} // namespace

CorrectionStore::CorrectionStore(const Database &db)
    : m_db(db)
{
}

QSet<QString> CorrectionStore::signature(const QString &text)
{
    const NormalizedText n = TextNormalizer::normalize(text);
    QSet<QString> out;
    for (qsizetype i = 0; i < n.units.size(); ++i) {
        // Order numbers, amounts and dates differ between otherwise identical messages.
        if (i < n.flags.size() && (n.flags[i] & NormalizedText::Number))
            continue;
        out.insert(n.units[i]);
    }
    return out;
}

double CorrectionStore::similarity(const QSet<QString> &a, const QSet<QString> &b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0.0;
    const qsizetype shared = QSet<QString>(a).intersect(b).size();
    const qsizetype all = a.size() + b.size() - shared;
    if (a == b)
        return 1.0;
    if (shared < kMinShared)
        return 0.0;
    return double(shared) / double(all);
}

Status CorrectionStore::load()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, field, language, new_value, text FROM classifier_corrections ORDER BY id"_s))
        return databaseError(q, u"corrections"_s);
    QList<Entry> entries;
    while (q.next())
        entries << Entry{q.value(0).toLongLong(),
                         q.value(1).toString(),
                         q.value(2).toString(),
                         q.value(3).toString(),
                         signature(q.value(4).toString())};
    QWriteLocker lock(&m_lock);
    m_entries = std::move(entries);
    m_loaded = true;
    return {};
}

Result<CorrectionRecord>
CorrectionStore::add(qint64 messageId, const QString &field, const QString &value, qint64 agentId, qint64 nowMs)
{
    const QStringList &labels = field == "intent"_L1 ? MessageClassifier::intentLabels()
        : field == "sentiment"_L1                    ? MessageClassifier::sentimentLabels()
                                                     : QStringList();
    if (labels.isEmpty())
        return Error::make(
            Error::Code::InvalidArgument,
            QCoreApplication::translate("hd::CorrectionStore", "Only intent and sentiment can be corrected."),
            field);
    if (!labels.contains(value))
        return Error::make(
            Error::Code::InvalidArgument,
            QCoreApplication::translate("hd::CorrectionStore", "\u201c%1\u201d is not a %2 label.").arg(value, field),
            labels.join(u", "_s));
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT conversation_id, "_s + field
              + u", language, body_text FROM messages WHERE id = ? AND direction = 'inbound'"_s);
    q.addBindValue(messageId);
    if (!q.exec())
        return databaseError(q, u"correction"_s);
    if (!q.next())
        return Error::make(Error::Code::NotFound,
                           QCoreApplication::translate("hd::CorrectionStore", "No buyer message #%1.").arg(messageId));
    CorrectionRecord r;
    r.messageId = messageId;
    r.conversationId = q.value(0).toLongLong();
    r.field = field;
    r.oldValue = q.value(1).toString();
    r.newValue = value;
    r.language = q.value(2).toString();
    r.agentId = agentId;
    r.createdAt = nowMs;
    const QString text = q.value(3).toString();
    q.finish();

    q.prepare(u"INSERT INTO classifier_corrections(message_id, conversation_id, field, old_value, new_value, language,"
              " text, agent_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    for (const QVariant &v : {QVariant(messageId),
                              QVariant(r.conversationId),
                              QVariant(field),
                              QVariant(r.oldValue),
                              QVariant(value),
                              QVariant(r.language),
                              QVariant(text),
                              QVariant(agentId),
                              QVariant(nowMs)})
        q.addBindValue(sqlValue(v));
    if (!q.exec() || !q.next())
        return databaseError(q, u"correction"_s);
    r.id = q.value(0).toLongLong();
    q.finish();
    // field is one of two fixed column names (checked above), never user text.
    q.prepare(u"UPDATE messages SET "_s + field + u" = ? WHERE id = ?"_s);
    q.addBindValue(value);
    q.addBindValue(messageId);
    if (!q.exec())
        return databaseError(q, u"correction"_s);
    // The conversation shows the label of its latest buyer message.
    q.prepare(u"UPDATE conversations SET "_s + field
              + u" = ?, version = version + 1 WHERE id = ? AND NOT EXISTS"
                " (SELECT 1 FROM messages m WHERE m.conversation_id = ? AND m.direction = 'inbound' AND m.id > ?)"_s);
    q.addBindValue(value);
    q.addBindValue(r.conversationId);
    q.addBindValue(r.conversationId);
    q.addBindValue(messageId);
    if (!q.exec())
        return databaseError(q, u"correction"_s);

    QWriteLocker lock(&m_lock);
    m_entries << Entry{r.id, field, r.language, value, signature(text)};
    return r;
}

std::optional<CorrectionStore::Match>
CorrectionStore::lookup(const QString &field, const QString &text, const QString &language) const
{
    QReadLocker lock(&m_lock);
    if (m_entries.isEmpty())
        return std::nullopt;
    const QSet<QString> units = signature(text);
    std::optional<Match> best;
    for (const Entry &e : m_entries) {
        if (e.field != field)
            continue;
        if (!language.isEmpty() && !e.language.isEmpty() && e.language != language)
            continue;
        const double s = similarity(units, e.units);
        if (s < kMinSimilarity)
            continue;
        if (!best || s >= best->similarity)
            best = Match{e.value, s, e.id, {}};
    }
    if (best)
        best->explanation =
            u"corrected by an agent on a similar message (similarity %1)"_s.arg(best->similarity, 0, 'f', 2);
    return best;
}

Result<QList<CorrectionRecord>> CorrectionStore::forConversation(qint64 conversationId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, message_id, conversation_id, field, old_value, new_value, language, agent_id, created_at"
              " FROM classifier_corrections WHERE conversation_id = ? ORDER BY id"_s);
    q.addBindValue(conversationId);
    if (!q.exec())
        return databaseError(q, u"corrections"_s);
    QList<CorrectionRecord> out;
    while (q.next())
        out << CorrectionRecord{q.value(0).toLongLong(),
                                q.value(1).toLongLong(),
                                q.value(2).toLongLong(),
                                q.value(3).toString(),
                                q.value(4).toString(),
                                q.value(5).toString(),
                                q.value(6).toString(),
                                q.value(7).toLongLong(),
                                q.value(8).toLongLong()};
    return out;
}

} // namespace hd
