#include "core/templates/CompliancePolicy.h"

#include <array>

namespace hd {
using namespace Qt::StringLiterals;

namespace {
struct RuleName
{
    ComplianceRule rule;
    QLatin1StringView id;
};
constexpr std::array kRules{
    RuleName{ComplianceRule::UnfilledPlaceholder, "unfilled_placeholder"_L1},
    RuleName{ComplianceRule::ExternalLink, "external_link"_L1},
    RuleName{ComplianceRule::EmailAddress, "email_address"_L1},
    RuleName{ComplianceRule::PhoneNumber, "phone_number"_L1},
    RuleName{ComplianceRule::Marketing, "marketing"_L1},
    RuleName{ComplianceRule::ReviewRequest, "review_request"_L1},
    RuleName{ComplianceRule::ReviewIncentive, "review_incentive"_L1},
    RuleName{ComplianceRule::OffPlatformContact, "off_platform_contact"_L1},
    RuleName{ComplianceRule::OffPlatformPayment, "off_platform_payment"_L1},
    RuleName{ComplianceRule::EnglishOnly, "english_only"_L1},
    RuleName{ComplianceRule::MessagingWindow, "messaging_window"_L1},
};
} // namespace

QString complianceRuleId(ComplianceRule rule)
{
    for (const auto &r : kRules)
        if (r.rule == rule)
            return QString(r.id);
    return {};
}

ComplianceRule complianceRuleFromId(const QString &id, bool *ok)
{
    for (const auto &r : kRules) {
        if (id == r.id) {
            if (ok)
                *ok = true;
            return r.rule;
        }
    }
    if (ok)
        *ok = false;
    return ComplianceRule::UnfilledPlaceholder;
}

QString complianceSeverityToString(ComplianceSeverity s)
{
    return s == ComplianceSeverity::Block ? u"block"_s : u"warn"_s;
}

ComplianceSeverity complianceSeverityFromString(const QString &s, bool *ok)
{
    if (ok)
        *ok = s == "block"_L1 || s == "warn"_L1;
    return s == "block"_L1 ? ComplianceSeverity::Block : ComplianceSeverity::Warn;
}

CompliancePolicy CompliancePolicy::forChannel(ChannelKind kind, const QString &marketplace)
{
    constexpr auto Block = ComplianceSeverity::Block;
    constexpr auto Warn = ComplianceSeverity::Warn;
    using R = ComplianceRule;

    CompliancePolicy p;
    p.id = channelKindToString(kind);
    p.platformName = channelKindDisplayName(kind);
    p.rules[R::UnfilledPlaceholder] = Block;
    // Offering something for a review is against every marketplace's rules and consumer law
    // (FTC 16 CFR 465, EU UCPD), on our own channels too.
    p.rules[R::ReviewIncentive] = Block;

    switch (kind) {
    case ChannelKind::Amazon:
        // Buyer-Seller Messaging guidelines: no external links, contact details, marketing, or
        // requests for positive reviews; communication stays on Amazon.
        p.rules[R::ExternalLink] = Block;
        p.rules[R::EmailAddress] = Block;
        p.rules[R::PhoneNumber] = Block;
        p.rules[R::Marketing] = Block;
        p.rules[R::ReviewRequest] = Block;
        p.rules[R::OffPlatformContact] = Block;
        p.rules[R::OffPlatformPayment] = Block;
        p.allowedLinkDomains = {u"amazon.*"_s, u"amzn.to"_s, u"amzn.eu"_s, u"a.co"_s};
        break;
    case ChannelKind::Walmart: {
        // Customer Care policy: no marketing, no links to non-Walmart sites, no contact outside
        // Walmart; English for US and Canada.
        p.rules[R::ExternalLink] = Block;
        p.rules[R::Marketing] = Block;
        p.rules[R::OffPlatformContact] = Block;
        p.rules[R::OffPlatformPayment] = Block;
        p.rules[R::EmailAddress] = Warn;
        p.rules[R::PhoneNumber] = Warn;
        p.rules[R::ReviewRequest] = Warn;
        p.allowedLinkDomains = {u"walmart.*"_s};
        const QString site = marketplace.trimmed().toUpper();
        if (site.isEmpty() || site == "US"_L1 || site == "CA"_L1) {
            p.rules[R::EnglishOnly] = Block;
            p.id = site == "CA"_L1 ? u"walmart_ca"_s : u"walmart_us"_s;
        }
        break;
    }
    case ChannelKind::Ebay:
        // Offers to buy or sell outside eBay and sharing contact details for that are prohibited.
        p.rules[R::OffPlatformContact] = Block;
        p.rules[R::OffPlatformPayment] = Block;
        p.rules[R::ExternalLink] = Warn;
        p.rules[R::EmailAddress] = Warn;
        p.rules[R::PhoneNumber] = Warn;
        p.rules[R::ReviewRequest] = Warn;
        p.allowedLinkDomains = {u"ebay.*"_s, u"ebay.us"_s};
        break;
    case ChannelKind::Etsy:
        // Payments must go through Etsy; keep communication in Etsy Messages.
        p.rules[R::OffPlatformPayment] = Block;
        p.rules[R::OffPlatformContact] = Warn;
        p.rules[R::ExternalLink] = Warn;
        p.rules[R::ReviewRequest] = Warn;
        p.allowedLinkDomains = {u"etsy.*"_s, u"etsy.me"_s};
        break;
    case ChannelKind::Shopee:
    case ChannelKind::TikTokShop:
        // Steering buyers off the platform is prohibited.
        p.rules[R::OffPlatformContact] = Block;
        p.rules[R::OffPlatformPayment] = Block;
        p.rules[R::ExternalLink] = Warn;
        p.rules[R::EmailAddress] = Warn;
        p.rules[R::PhoneNumber] = Warn;
        p.rules[R::ReviewRequest] = Warn;
        p.allowedLinkDomains = kind == ChannelKind::Shopee
            ? QStringList{u"shopee.*"_s, u"shp.ee"_s}
            : QStringList{u"tiktok.*"_s, u"tiktokshop.*"_s, u"vt.tiktok.com"_s};
        break;
    case ChannelKind::AliExpress:
        p.rules[R::OffPlatformPayment] = Block;
        p.rules[R::OffPlatformContact] = Warn;
        p.rules[R::ExternalLink] = Warn;
        p.rules[R::ReviewRequest] = Warn;
        p.allowedLinkDomains = {u"aliexpress.*"_s, u"a.aliexpress.com"_s};
        break;
    case ChannelKind::Facebook:
    case ChannelKind::Instagram: p.rules[R::MessagingWindow] = Block; break;
    case ChannelKind::Shopify:
    case ChannelKind::Email: break; // our own channels: only the universal rules
    }
    return p;
}

} // namespace hd
