#pragma once

#include "core/common/Result.h"
#include "core/domain/Channel.h"
#include "core/workflow/sla/BusinessCalendar.h"
#include "core/workflow/sla/SlaTarget.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hd {

/// Response and resolution targets, where they apply and how their clock runs.
///
/// A conversation can run two clocks side by side: the marketplace's (kind Marketplace, usually calendar time,
/// e.g. Amazon's 24 h) and the company's own (kind Company, usually business hours). selectFor() picks them.
///
/// Storage: sla_policies(id, name, scope_json, first_response_minutes, next_response_minutes, resolution_minutes,
/// calendar_json, enabled). scope_json holds kind, preset and scope; calendar_json holds the time basis, the
/// business calendar and the clock flags (everything about how the clock runs).
struct SlaPolicy
{
    /// Stored as "company" / "marketplace".
    enum class Kind { Company, Marketplace };
    /// Stored as "calendar" (24/7 wall-clock time) / "business" (the policy's BusinessCalendar).
    enum class TimeBasis { Calendar, Business };

    /// Where the policy applies. An empty list matches anything; tags match when the conversation has any.
    struct Scope
    {
        QList<ChannelKind> channelKinds;
        QStringList marketplaces; ///< region or site codes ("US", "DE"), compared case-insensitively
        QStringList tags;         ///< compared case-insensitively

        bool matches(ChannelKind kind, const QString &marketplace, const QStringList &conversationTags) const;
        friend bool operator==(const Scope &, const Scope &) = default;
    };

    qint64 id = 0;
    QString name;
    Kind kind = Kind::Company;
    QString presetId; ///< "amazon", "walmart", ... for marketplace presets; empty for custom policies
    Scope scope;
    bool enabled = true;

    /// Targets in minutes of the policy's clock; 0 = no target.
    int firstResponseMinutes = 0;
    int nextResponseMinutes = 0;
    int resolutionMinutes = 0;

    TimeBasis basis = TimeBasis::Calendar;
    BusinessCalendar calendar; ///< used when basis is Business

    // How the clock runs.
    bool autoRepliesCount = false;            ///< an auto-reply satisfies a response target
    bool pausesWhilePending = true;           ///< waiting on the buyer pauses all targets
    bool noResponseNeededStops = true;        ///< "no response needed" stops the waiting response target
    bool resolvingStopsResponseClocks = true; ///< resolving without replying stops the response targets
    int messagingWindowMinutes = 0;           ///< Meta: standard reply window after the buyer's last message
    int humanAgentWindowMinutes = 0;          ///< Meta: HUMAN_AGENT tag window after the buyer's last message

    /// Target in minutes / ms for one SLA target (0 = none).
    int targetMinutes(SlaTarget target) const;
    qint64 targetMs(SlaTarget target) const { return qint64(targetMinutes(target)) * 60'000; }
    bool hasTargets() const { return firstResponseMinutes > 0 || nextResponseMinutes > 0 || resolutionMinutes > 0; }

    /// The calendar the clock runs on: 24/7 for calendar time, else `calendar`.
    BusinessCalendar clockCalendar() const;

    /// Rejects negative targets, a policy with no target and no messaging window, a business basis without
    /// opening hours, and an empty name.
    Status validate() const;

    /// The built-in marketplace policies, in this order: amazon, walmart, shopee, tiktok, etsy, ebay-returns,
    /// meta. Each is a Marketplace policy on calendar time, except eBay (3 business days, Mon–Fri).
    static QList<SlaPolicy> marketplacePresets();
    /// One preset by id, or nullopt.
    static std::optional<SlaPolicy> marketplacePreset(const QString &presetId);

    /// The clocks a conversation runs: the first enabled matching Marketplace policy and the first enabled
    /// matching Company policy, in list order (the list order is the priority). At most two policies.
    static QList<SlaPolicy>
    selectFor(const QList<SlaPolicy> &policies, ChannelKind kind, const QString &marketplace, const QStringList &tags);

    /// scope_json: {"kind": "marketplace", "preset": "amazon", "channels": ["amazon"], "marketplaces": [], "tags": []}
    QJsonObject scopeJson() const;
    /// calendar_json: {"basis": "business", "calendar": {...BusinessCalendar...}, "clock": {"autoRepliesCount":
    /// false, "pausesWhilePending": true, ...}}
    QJsonObject calendarJson() const;
    /// The whole policy (columns plus both JSON documents), for export and import.
    QJsonObject toJson() const;

    /// Rebuilds a policy from its database columns (JSON as text). Missing keys take the defaults above.
    static Result<SlaPolicy> fromColumns(qint64 id,
                                         const QString &name,
                                         const QString &scopeJson,
                                         int firstResponseMinutes,
                                         int nextResponseMinutes,
                                         int resolutionMinutes,
                                         const QString &calendarJson,
                                         bool enabled);
    /// Parses toJson()'s format and validates the result.
    static Result<SlaPolicy> fromJson(const QJsonObject &json);

    static QString kindToString(Kind kind);
    static Kind kindFromString(const QString &s, bool *ok = nullptr);
    static QString basisToString(TimeBasis basis);
    static TimeBasis basisFromString(const QString &s, bool *ok = nullptr);

    friend bool operator==(const SlaPolicy &, const SlaPolicy &) = default;
};

} // namespace hd
