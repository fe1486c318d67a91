#include "core/domain/Channel.h"

#include <array>
#include <utility>

namespace hd {
namespace {
using namespace Qt::StringLiterals;
struct KindName {
    ChannelKind kind;
    QLatin1StringView key;
    QLatin1StringView display;
};
constexpr std::array kKinds{
    KindName{ChannelKind::Email, "email"_L1, "E-mail"_L1},
    KindName{ChannelKind::Amazon, "amazon"_L1, "Amazon"_L1},
    KindName{ChannelKind::Ebay, "ebay"_L1, "eBay"_L1},
    KindName{ChannelKind::Etsy, "etsy"_L1, "Etsy"_L1},
    KindName{ChannelKind::Walmart, "walmart"_L1, "Walmart"_L1},
    KindName{ChannelKind::Shopify, "shopify"_L1, "Shopify"_L1},
    KindName{ChannelKind::Shopee, "shopee"_L1, "Shopee"_L1},
    KindName{ChannelKind::AliExpress, "aliexpress"_L1, "AliExpress"_L1},
    KindName{ChannelKind::TikTokShop, "tiktok"_L1, "TikTok Shop"_L1},
    KindName{ChannelKind::Facebook, "facebook"_L1, "Facebook"_L1},
    KindName{ChannelKind::Instagram, "instagram"_L1, "Instagram"_L1},
};
} // namespace

QString channelKindToString(ChannelKind kind)
{
    for (const auto &k : kKinds)
        if (k.kind == kind)
            return QString(k.key);
    return u"email"_s;
}

ChannelKind channelKindFromString(const QString &s, bool *ok)
{
    for (const auto &k : kKinds) {
        if (s == k.key) {
            if (ok)
                *ok = true;
            return k.kind;
        }
    }
    if (ok)
        *ok = false;
    return ChannelKind::Email;
}

QString channelKindDisplayName(ChannelKind kind)
{
    for (const auto &k : kKinds)
        if (k.kind == kind)
            return QString(k.display);
    return {};
}

} // namespace hd
