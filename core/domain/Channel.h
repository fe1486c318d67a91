#pragma once

#include <QString>
#include <QtGlobal>

namespace hd {

/// The kinds of channel a buyer can write on. Stored as stable strings (see channelKindToString).
enum class ChannelKind {
    Email,
    Amazon,     ///< buyer-seller messaging, reaches the seller by e-mail relay
    Ebay,
    Etsy,
    Walmart,
    Shopify,
    Shopee,
    AliExpress,
    TikTokShop,
    Facebook,
    Instagram,
};

QString channelKindToString(ChannelKind kind);
ChannelKind channelKindFromString(const QString &s, bool *ok = nullptr);
/// Human name of the platform ("Amazon", "TikTok Shop"); not translated (brand names).
QString channelKindDisplayName(ChannelKind kind);

/// A connected account on one channel (e.g. "Amazon DE", "eBay US store").
struct Channel {
    qint64 id = 0;
    ChannelKind kind = ChannelKind::Email;
    QString name;
    QString marketplace; ///< region or site, e.g. "DE", "US", "SG"
    QString configJson;  ///< non-secret settings; secrets live in the keychain
    bool enabled = true;
    qint64 createdAt = 0;
};

} // namespace hd
