#include "ui/inbox/SlaBadge.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace hd {

SlaBadge SlaBadge::of(const Conversation &c, qint64 nowMs)
{
    SlaBadge badge;
    if (c.slaDueAt <= 0)
        return badge;
    const qint64 remaining = c.slaDueAt - nowMs;
    // The clock started at the buyer's message; without one, assume the common 24 h rule.
    const qint64 start =
        c.lastInboundAt > 0 && c.lastInboundAt < c.slaDueAt ? c.lastInboundAt : c.slaDueAt - 24 * 3'600'000LL;
    badge.text = SlaDisplay::countdownText(remaining);
    badge.urgency = SlaDisplay::urgency(remaining, c.slaDueAt - start);
    const QString due =
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(c.slaDueAt).toLocalTime(), QLocale::ShortFormat);
    badge.toolTip = remaining < 0 ? QCoreApplication::translate("hd::SlaBadge", "Reply was due %1").arg(due)
                                  : QCoreApplication::translate("hd::SlaBadge", "Reply due by %1").arg(due);
    return badge;
}

QColor SlaBadge::colour(SlaDisplay::Urgency urgency)
{
    switch (urgency) {
    case SlaDisplay::Urgency::Ok:
        return QColor(0x3d, 0x7a, 0x57);
    case SlaDisplay::Urgency::Warning:
        return QColor(0xd9, 0x77, 0x06);
    case SlaDisplay::Urgency::Critical:
    case SlaDisplay::Urgency::Overdue:
        return QColor(0xc8, 0x1e, 0x1e);
    case SlaDisplay::Urgency::None:
        break;
    }
    return QColor(0x80, 0x80, 0x80);
}

} // namespace hd
