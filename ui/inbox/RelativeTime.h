#pragma once

#include <QCoreApplication>
#include <QString>

namespace hd {

/// How the inbox says when something happened: "Just now", "5 min", "3 h", "Yesterday", "Mon",
/// "12 Mar", "12/03/2023". Times are UTC ms; days are counted in the local time zone.
class RelativeTime final {
    Q_DECLARE_TR_FUNCTIONS(RelativeTime)
public:
    static QString format(qint64 thenMs, qint64 nowMs);
    /// Short local date and time ("20/11/2026 13:43"), for order dates.
    static QString dateTime(qint64 thenMs);
    /// Full local date and time, for tooltips.
    static QString full(qint64 thenMs);
};

} // namespace hd
