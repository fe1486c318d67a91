#pragma once

#include "core/common/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QtGlobal>

namespace hd {

/// What a dashboard or report looks at: a period and optional narrowing filters.
///
/// The period is [fromMs, toMs), UTC ms. Filters narrow the conversations counted (a message or an
/// event counts when its conversation matches). Empty / 0 means "any".
struct AnalyticsFilter
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QList<qint64> channelIds; ///< marketplace accounts (a channel row is one account, e.g. "Amazon DE")
    QString channelKind;      ///< platform, as channelKindToString ("amazon", "ebay", ...)
    qint64 agentId = 0;       ///< the conversation's assignee
    QString team;             ///< assignee belongs to this team (agents.teams, comma separated)
    QString tag;              ///< conversation carries this tag
    QString language;         ///< conversation language (ISO 639-1)

    qint64 lengthMs() const { return toMs - fromMs; }
    /// The period of the same length that ends where this one starts (for "change vs previous").
    AnalyticsFilter previousPeriod() const;
    bool hasConversationFilters() const;

    /// {"from": ms, "to": ms, "channels": [ids], "channelKind": "...", "agent": id, "team": "...",
    ///  "tag": "...", "language": "..."}; a report definition stores it without from/to.
    QJsonObject toJson() const;
    static Result<AnalyticsFilter> fromJson(const QJsonObject &json);
    /// Checks the period: to > from, both set.
    Status validate() const;

    friend bool operator==(const AnalyticsFilter &, const AnalyticsFilter &) = default;
};

} // namespace hd
