#include "core/channels/ebay/EbayCursor.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace hd {
using namespace Qt::StringLiterals;

QString EbayCursor::toString() const
{
    const QJsonObject o{{u"v"_s, 1},
                        {u"phase"_s, phase == Phase::Orders ? u"orders"_s : u"conversations"_s},
                        {u"since"_s, since},
                        {u"offset"_s, offset},
                        {u"high"_s, high},
                        {u"ordersSince"_s, ordersSince},
                        {u"ordersOffset"_s, ordersOffset},
                        {u"ordersHigh"_s, ordersHigh}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

EbayCursor EbayCursor::fromString(const QString &s, bool *ok)
{
    if (ok)
        *ok = true;
    EbayCursor c;
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
    c.since = o.value(u"since"_s).toInteger();
    c.offset = qMax(0, o.value(u"offset"_s).toInt());
    c.high = o.value(u"high"_s).toInteger();
    c.ordersSince = o.value(u"ordersSince"_s).toInteger();
    c.ordersOffset = qMax(0, o.value(u"ordersOffset"_s).toInt());
    c.ordersHigh = o.value(u"ordersHigh"_s).toInteger();
    return c;
}

} // namespace hd
