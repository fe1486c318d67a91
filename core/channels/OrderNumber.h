#pragma once

#include "core/domain/Channel.h"

#include <QList>
#include <QString>

#include <optional>

namespace hd {

/// One order number found in a buyer's text.
struct OrderNumberMatch
{
    ChannelKind platform = ChannelKind::Email;
    QString number;         ///< as the platform stores it (Order::externalId), e.g. "#1001" for Shopify
    qsizetype position = 0; ///< offset in the text
};

/// Recognises order numbers in free text, per platform (pure, no I/O):
/// Amazon 3-7-7 digits, eBay 2-5-5 digits, Shopee order SN (YYMMDD + 8 upper-case alphanumerics),
/// TikTok Shop 18 digits, Walmart 13 digits, Etsy receipt ids (9-11 digits), Shopify "#1001".
/// The self-describing formats (Amazon, eBay, Shopee) are found anywhere; bare digit runs (TikTok,
/// Walmart, Etsy) and Shopify names only next to an "order" word ("order", "Bestellung", "订单", ...),
/// or, for TikTok and Shopify, on their own channel, so that phone numbers and barcodes are not taken
/// for orders.
class OrderNumber final
{
public:
    /// Every distinct order number in text, in order of appearance. With a platform, only that
    /// platform's formats are looked for; without one (e-mail), every platform's.
    static QList<OrderNumberMatch> find(const QString &text, std::optional<ChannelKind> platform = std::nullopt);
    /// The platform whose order numbers a channel carries; nullopt for e-mail and social channels,
    /// which may mention any platform's orders.
    static std::optional<ChannelKind> platformOf(ChannelKind channel);
    /// True when s, on its own, is an order number of the platform.
    static bool isValid(ChannelKind platform, const QString &s);
};

} // namespace hd
