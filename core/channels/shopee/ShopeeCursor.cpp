#include "core/channels/shopee/ShopeeCursor.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace hd {
using namespace Qt::StringLiterals;

QString ShopeeCursor::toString() const
{
    // Nanosecond values exceed 2^53: stored as strings so no JSON reader rounds them.
    const QJsonObject o{{u"v"_s, 1},
                        {u"phase"_s, phase == Phase::Orders ? u"orders"_s : u"conversations"_s},
                        {u"watermark"_s, QString::number(watermarkNano)},
                        {u"low"_s, QString::number(lowWatermarkNano)},
                        {u"scanFrom"_s, QString::number(scanFromNano)},
                        {u"scanHigh"_s, QString::number(scanHighNano)},
                        {u"ordersFrom"_s, ordersFromSec},
                        {u"orderCursor"_s, orderCursor}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

ShopeeCursor ShopeeCursor::fromString(const QString &s, bool *ok)
{
    if (ok)
        *ok = true;
    ShopeeCursor c;
    if (s.isEmpty())
        return c;
    const QJsonDocument doc = QJsonDocument::fromJson(s.toUtf8());
    const QJsonObject o = doc.object();
    if (!doc.isObject() || o.value(u"v"_s).toInt() != 1) {
        if (ok)
            *ok = false;
        return c;
    }
    c.phase = o.value(u"phase"_s).toString() == u"orders"_s ? Phase::Orders : Phase::Conversations;
    c.watermarkNano = o.value(u"watermark"_s).toString().toLongLong();
    c.lowWatermarkNano = o.value(u"low"_s).toString().toLongLong();
    c.scanFromNano = o.value(u"scanFrom"_s).toString().toLongLong();
    c.scanHighNano = o.value(u"scanHigh"_s).toString().toLongLong();
    c.ordersFromSec = o.value(u"ordersFrom"_s).toInteger();
    c.orderCursor = o.value(u"orderCursor"_s).toString();
    return c;
}

} // namespace hd
