#include "core/channels/OrderNumber.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

enum class Context {
    None,      ///< self-describing: found anywhere
    UnlessOwn, ///< needs an "order" word, except on the platform's own channel
    Always,    ///< needs an "order" word everywhere (bare digit runs that look like phones, barcodes)
};

struct Format
{
    ChannelKind platform;
    QRegularExpression re;
    Context context;
};

const std::array<Format, 7> &formats()
{
    static const std::array<Format, 7> f{
        Format{ChannelKind::Amazon, QRegularExpression(u"(?<![\\d-])\\d{3}-\\d{7}-\\d{7}(?![\\d-])"_s), Context::None},
        Format{ChannelKind::Ebay, QRegularExpression(u"(?<![\\d-])\\d{2}-\\d{5}-\\d{5}(?![\\d-])"_s), Context::None},
        // Shopee order SN: YYMMDD then 8 upper-case letters/digits, at least one letter.
        Format{ChannelKind::Shopee,
               QRegularExpression(u"(?<![0-9A-Za-z])\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])"
                                  "(?=[0-9A-Z]{0,7}[A-Z])[0-9A-Z]{8}(?![0-9A-Za-z])"_s),
               Context::None},
        Format{ChannelKind::TikTokShop, QRegularExpression(u"(?<![\\d-])\\d{18}(?![\\d-])"_s), Context::UnlessOwn},
        Format{ChannelKind::Walmart, QRegularExpression(u"(?<![\\d-])\\d{13}(?![\\d-])"_s), Context::Always},
        Format{ChannelKind::Etsy, QRegularExpression(u"(?<![\\d-])\\d{9,11}(?![\\d-])"_s), Context::Always},
        Format{ChannelKind::Shopify, QRegularExpression(u"(?<![\\w#])#\\d{3,7}(?![\\d-])"_s), Context::UnlessOwn},
    };
    return f;
}

/// An "order" word shortly before the number, in the languages buyers write in.
bool hasOrderWordBefore(const QString &text, qsizetype position)
{
    static const QRegularExpression word(
        u"(?:order|orden|pedido|bestell|auftrag|commande|ordine|bestelling|zam[oó]wieni|заказ|receipt|"
        "purchase|quittung|注文|订单|訂單|单号|單號|주문|\\bpo\\b|p\\.o\\.)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    constexpr qsizetype kWindow = 32; // characters before the number
    const qsizetype from = std::max<qsizetype>(0, position - kWindow);
    return word.match(text.mid(from, position - from)).hasMatch();
}

} // namespace

std::optional<ChannelKind> OrderNumber::platformOf(ChannelKind channel)
{
    switch (channel) {
    case ChannelKind::Amazon:
    case ChannelKind::Ebay:
    case ChannelKind::Etsy:
    case ChannelKind::Walmart:
    case ChannelKind::Shopify:
    case ChannelKind::Shopee:
    case ChannelKind::TikTokShop: return channel;
    case ChannelKind::Email:
    case ChannelKind::AliExpress:
    case ChannelKind::Facebook:
    case ChannelKind::Instagram: break;
    }
    return std::nullopt;
}

QList<OrderNumberMatch> OrderNumber::find(const QString &text, std::optional<ChannelKind> platform)
{
    QList<OrderNumberMatch> out;
    if (text.isEmpty())
        return out;
    QSet<QString> seen;
    for (const Format &f : formats()) {
        if (platform && *platform != f.platform)
            continue;
        const bool own = platform.has_value();
        auto it = f.re.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const bool needsWord = f.context == Context::Always || (f.context == Context::UnlessOwn && !own);
            if (needsWord && !hasOrderWordBefore(text, m.capturedStart()))
                continue;
            const QString number = m.captured();
            const QString key = channelKindToString(f.platform) + u'|' + number;
            if (seen.contains(key))
                continue;
            seen.insert(key);
            out << OrderNumberMatch{f.platform, number, m.capturedStart()};
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const OrderNumberMatch &a, const OrderNumberMatch &b) {
        return a.position < b.position;
    });
    return out;
}

bool OrderNumber::isValid(ChannelKind platform, const QString &s)
{
    for (const Format &f : formats()) {
        if (f.platform != platform)
            continue;
        const QRegularExpressionMatch m = f.re.match(s);
        return m.hasMatch() && m.capturedStart() == 0 && m.capturedLength() == s.size();
    }
    return false;
}

} // namespace hd
