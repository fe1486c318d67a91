#pragma once

#include "core/domain/Channel.h"
#include "core/templates/ComplianceIssue.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

namespace hd {

/// The content rules a channel can impose on outgoing messages. Ids via complianceRuleId().
enum class ComplianceRule {
    UnfilledPlaceholder, ///< "{{order.id}}" or "[[order.id missing]]" left in the text
    ExternalLink,        ///< links to sites other than the platform's own
    EmailAddress,
    PhoneNumber,
    Marketing,          ///< coupons, "% off", "follow us", newsletters
    ReviewRequest,      ///< asking for a positive review / 5 stars
    ReviewIncentive,    ///< offering something for a review ("好评返现")
    OffPlatformContact, ///< "contact me on WhatsApp", "buy directly from our website"
    OffPlatformPayment, ///< "pay via PayPal directly", bank transfer
    EnglishOnly,        ///< Walmart US / CA
    MessagingWindow,    ///< Messenger / Instagram: 24 h, HUMAN_AGENT tag up to 7 days
};

/// "unfilled_placeholder", "external_link", "email_address", "phone_number", "marketing",
/// "review_request", "review_incentive", "off_platform_contact", "off_platform_payment",
/// "english_only", "messaging_window".
QString complianceRuleId(ComplianceRule rule);
ComplianceRule complianceRuleFromId(const QString &id, bool *ok = nullptr);
QString complianceSeverityToString(ComplianceSeverity s);
ComplianceSeverity complianceSeverityFromString(const QString &s, bool *ok = nullptr);

/// Which rules apply to a channel, and how hard. Built by forChannel(); tests and settings may
/// build their own.
struct CompliancePolicy
{
    QString id;           ///< "amazon", "walmart_us", "ebay", ... ("none" for an empty policy)
    QString platformName; ///< "Amazon": used in the messages to the agent
    QMap<ComplianceRule, ComplianceSeverity> rules;
    /// Link hosts allowed despite ExternalLink. "amazon.*" = amazon.<any public suffix> and its
    /// subdomains (amazon.de, sellercentral.amazon.co.uk; not amazon.com.evil.io); "amzn.to" = that
    /// host and its subdomains.
    QStringList allowedLinkDomains;

    bool has(ComplianceRule rule) const { return rules.contains(rule); }
    ComplianceSeverity severity(ComplianceRule rule) const { return rules.value(rule, ComplianceSeverity::Warn); }

    /// The built-in profile of a channel kind; `marketplace` ("US", "CA", "DE") refines it (Walmart
    /// US and CA: English only; other Walmart sites not). Every profile blocks unfilled placeholders.
    static CompliancePolicy forChannel(ChannelKind kind, const QString &marketplace = {});
};

} // namespace hd
