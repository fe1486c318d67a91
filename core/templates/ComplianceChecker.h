#pragma once

#include "core/templates/ComplianceContext.h"
#include "core/templates/ComplianceIssue.h"
#include "core/templates/CompliancePolicy.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace hd {

/// Lints the final text of a reply against a channel's policy before it is queued. Pure: no I/O,
/// the time comes from the context. Phrase lists cover en, de, es, fr, it, ja and zh.
///
/// Detection in short: links (scheme, www., or a bare domain with a known TLD; hosts matching the
/// policy's allowedLinkDomains pass), e-mail addresses (also "name (at) shop (dot) com"), phone
/// numbers (international "+"/"00" prefixes, (area) codes, NANP 3-3-4, trunk-prefixed national
/// numbers, or any 7-15 digit number next to a word such as "call"/"WhatsApp"/"电话"; order numbers in
/// Amazon 3-7-7 and eBay 2-5-5 form, dates, amounts and ctx.protectedTerms are never phones), phrase
/// lists for marketing, review requests and incentives, off-platform contact and payment, a language
/// check for English-only sites, and the Messenger / Instagram reply window.
class ComplianceChecker final
{
    Q_DECLARE_TR_FUNCTIONS(hd::ComplianceChecker)

public:
    /// Where a Messenger / Instagram reply stands relative to the buyer's last message.
    enum class MessagingWindow {
        Standard,      ///< within 24 h: a normal reply
        HumanAgentTag, ///< 24 h to 7 days: only with the HUMAN_AGENT message tag
        Closed,        ///< after 7 days: the platform refuses the message
        Unknown,       ///< no buyer message known
    };

    static constexpr qint64 kStandardWindowMs = 24LL * 60 * 60 * 1000;
    static constexpr qint64 kHumanAgentWindowMs = 7LL * 24 * 60 * 60 * 1000;

    /// All issues, ordered by position (whole-message issues first), Block before Warn at the same place.
    QList<ComplianceIssue>
    check(const QString &text, const CompliancePolicy &policy, const ComplianceContext &ctx) const;

    /// True when any issue blocks the send.
    static bool blocksSending(const QList<ComplianceIssue> &issues);

    /// The reply window for Meta channels: the sender sets the HUMAN_AGENT tag for HumanAgentTag.
    static MessagingWindow messagingWindow(const ComplianceContext &ctx);

    /// Whether a link host is allowed by patterns like "amazon.*" or "amzn.to" (see CompliancePolicy).
    static bool isAllowedHost(const QString &host, const QStringList &allowedDomains);
};

} // namespace hd
