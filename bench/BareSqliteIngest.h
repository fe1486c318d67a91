#pragma once

#include "core/domain/Agent.h"
#include "core/domain/Channel.h"
#include "core/domain/InboundMessage.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <string>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace hd::bench {

/// The reference for the ingest ratio: the same rows IngestPipeline writes, written the fastest
/// honest way with the sqlite3 C API. Same file settings (WAL, synchronous=NORMAL, foreign keys,
/// 64 MiB cache), the exact DDL from Migrations::steps(), the same statements (find-or-insert the
/// buyer, identity, order, conversation and tags; INSERT ... ON CONFLICT DO NOTHING for the message;
/// contentless FTS5 insert of IngestPipeline::indexText(); one UPDATE per touched conversation per
/// batch), the same id caches, the same batch transactions; prepared once, bound by index, text
/// bound as UTF-16 without copies. No Qt Sql, no QVariant, no analysis step.
class BareSqliteIngest final
{
public:
    explicit BareSqliteIngest(QString path);
    ~BareSqliteIngest();
    BareSqliteIngest(const BareSqliteIngest &) = delete;
    BareSqliteIngest &operator=(const BareSqliteIngest &) = delete;

    /// Creates the file with the workspace schema. False with a reason on failure.
    bool open(QString *error);
    /// Stores the channels and agents the messages reference; returns channel ids in order.
    bool
    addDirectory(const QList<Channel> &channels, const QList<Agent> &agents, QList<qint64> *channelIds, QString *error);
    /// One transaction for the batch, like IngestPipeline::ingest().
    bool ingest(const QList<InboundMessage> &batch, qint64 nowMs, int *inserted, QString *error);
    /// Records where the CPU time goes: per statement (sqlite3_step) and for the index text.
    /// Costs two clock_gettime() calls per step, so the ratio run keeps it off.
    void setProfiling(bool on) { m_profiling = on; }
    /// Calls and CPU ms per statement, with profiling on.
    QJsonObject profile() const;
    /// Row counts of the tables ingest writes, to check that two runs stored the same rows.
    static QJsonObject rowCounts(const QString &path);

private:
    struct Cost
    {
        qint64 calls = 0;
        double ms = 0;
    };
    int step(sqlite3_stmt *s);
    bool exec(const char *sql, QString *error);
    bool prepareAll(QString *error);
    QString lastError() const;

    QString m_path;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_findIdentity = nullptr, *m_findCustomerByEmail = nullptr, *m_insertCustomer = nullptr,
                 *m_insertIdentity = nullptr, *m_findOrder = nullptr, *m_insertOrder = nullptr,
                 *m_findConversation = nullptr, *m_insertConversation = nullptr, *m_insertMessage = nullptr,
                 *m_updateConversation = nullptr, *m_ftsInsert = nullptr, *m_insertTag = nullptr, *m_linkTag = nullptr,
                 *m_begin = nullptr, *m_commit = nullptr, *m_rollback = nullptr;
    std::unordered_map<std::u16string, qint64> m_customers;
    std::unordered_map<qint64, QString> m_customerNames;
    std::unordered_map<std::u16string, qint64> m_orders;
    std::unordered_map<std::u16string, qint64> m_conversations;
    std::unordered_map<qint64, QString> m_conversationOrder;
    std::unordered_map<std::u16string, qint64> m_agents;
    std::unordered_map<std::u16string, qint64> m_tags;
    std::unordered_map<sqlite3_stmt *, Cost> m_costs;
    std::unordered_map<sqlite3_stmt *, QString> m_names;
    Cost m_indexTextCost;
    bool m_profiling = false;
};

} // namespace hd::bench
