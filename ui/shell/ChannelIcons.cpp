#include "ui/shell/ChannelIcons.h"

#include <QHash>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

namespace hd {
namespace {
using namespace Qt::StringLiterals;

struct Badge {
    QColor background;
    QColor background2; ///< second gradient stop; invalid = flat
    QColor foreground;
    QColor accent;      ///< thin stripe under the letter; invalid = none
    QString letter;
};

Badge badgeFor(ChannelKind kind)
{
    switch (kind) {
    case ChannelKind::Amazon:
        return {QColor(0xFF9900), {}, QColor(0x232F3E), QColor(0x232F3E), u"a"_s};
    case ChannelKind::Ebay:
        return {QColor(0x0064D2), {}, QColor(Qt::white), QColor(0xE53238), u"e"_s};
    case ChannelKind::Etsy:
        return {QColor(0xF1641E), {}, QColor(Qt::white), {}, u"E"_s};
    case ChannelKind::Walmart:
        return {QColor(0x0071CE), {}, QColor(0xFFC220), {}, u"W"_s};
    case ChannelKind::Shopify:
        return {QColor(0x5E8E3E), QColor(0x95BF47), QColor(Qt::white), {}, u"S"_s};
    case ChannelKind::Shopee:
        return {QColor(0xEE4D2D), {}, QColor(Qt::white), {}, u"S"_s};
    case ChannelKind::AliExpress:
        return {QColor(0xE62E04), QColor(0xFF6A00), QColor(Qt::white), {}, u"A"_s};
    case ChannelKind::TikTokShop:
        return {QColor(0x111111), {}, QColor(Qt::white), QColor(0x25F4EE), u"T"_s};
    case ChannelKind::Facebook:
        return {QColor(0x1877F2), {}, QColor(Qt::white), {}, u"f"_s};
    case ChannelKind::Instagram:
        return {QColor(0xF58529), QColor(0x8134AF), QColor(Qt::white), {}, u"I"_s};
    case ChannelKind::Email:
        break;
    }
    return {QColor(0x6B7280), {}, QColor(Qt::white), {}, u"@"_s};
}

QPixmap render(ChannelKind kind, int size, qreal dpr)
{
    const Badge b = badgeFor(kind);
    QPixmap pm(QSize(size, size) * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);

    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const QRectF r(0.5, 0.5, size - 1.0, size - 1.0);
    QPainterPath path;
    path.addRoundedRect(r, size * 0.24, size * 0.24);
    if (b.background2.isValid()) {
        QLinearGradient g(r.topLeft(), r.bottomRight());
        g.setColorAt(0, b.background);
        g.setColorAt(1, b.background2);
        p.fillPath(path, g);
    } else {
        p.fillPath(path, b.background);
    }

    QFont f(u"DejaVu Sans"_s);
    f.setBold(true);
    f.setPixelSize(qMax(7, qRound(size * 0.62)));
    p.setFont(f);
    p.setPen(b.foreground);
    QRectF textRect = r;
    if (b.accent.isValid())
        textRect.adjust(0, -size * 0.06, 0, -size * 0.06);
    p.drawText(textRect, Qt::AlignCenter, b.letter);

    if (b.accent.isValid()) {
        const qreal w = size * 0.42;
        const qreal h = qMax(1.0, size * 0.08);
        p.fillRect(QRectF((size - w) / 2.0, size * 0.80, w, h), b.accent);
    }
    return pm;
}
} // namespace

QPixmap ChannelIcons::pixmap(ChannelKind kind, int size, qreal devicePixelRatio)
{
    static QHash<QString, QPixmap> cache;
    const QString key = channelKindToString(kind) % u'/' % QString::number(size) % u'/'
        % QString::number(devicePixelRatio);
    auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    QPixmap pm = render(kind, size, devicePixelRatio);
    cache.insert(key, pm);
    return pm;
}

QIcon ChannelIcons::icon(ChannelKind kind)
{
    static QHash<int, QIcon> cache;
    const int k = static_cast<int>(kind);
    auto it = cache.constFind(k);
    if (it != cache.constEnd())
        return *it;
    QIcon icon;
    for (int size : {16, 20, 24, 32})
        for (qreal dpr : {1.0, 2.0})
            icon.addPixmap(pixmap(kind, size, dpr));
    cache.insert(k, icon);
    return icon;
}

QColor ChannelIcons::brandColor(ChannelKind kind)
{
    return badgeFor(kind).background;
}

QString ChannelIcons::label(ChannelKind kind, const QString &marketplace)
{
    const QString name = channelKindDisplayName(kind);
    return marketplace.isEmpty() ? name : name % u" · "_s % marketplace;
}

} // namespace hd
