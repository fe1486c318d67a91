#pragma once

#include "core/common/Result.h"
#include "core/workflow/ReportingEventKind.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace hd {

class Database;

/// One row of reporting_events (columns documented in ReportingEventKind.h).
struct ReportingEventRow
{
    ReportingEventKind kind = ReportingEventKind::FirstResponse;
    qint64 conversationId = 0;
    qint64 messageId = 0;
    qint64 channelId = 0;
    qint64 agentId = 0;
    QString target;
    QString policy;
    qint64 occurredAt = 0;
    qint64 durationMs = 0;
    qint64 businessDurationMs = 0;
    bool automated = false;
    QJsonObject detail;
};

/// Writes and reads reporting_events. Writes are idempotent (the dedupe index drops a repeated fact) and
/// never open a transaction.
class ReportingEventRepository final
{
public:
    explicit ReportingEventRepository(const Database &db)
        : m_db(db)
    {
    }

    Status add(const ReportingEventRow &row) const;
    Status add(const QList<ReportingEventRow> &rows) const;
    /// Rows of one conversation in time order (for the UI and tests).
    Result<QList<ReportingEventRow>> forConversation(qint64 conversationId) const;

private:
    const Database &m_db;
};

} // namespace hd
