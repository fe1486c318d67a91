#pragma once

#include <QString>
#include <QtGlobal>

namespace hd {

/// Where a Shopee sync stands (the channel's opaque cursor, compact JSON). Conversations are
/// walked from "now" backwards (direction=older) until the stored watermark, as the reference
/// advises; then orders by update_time in windows of at most 15 days.
struct ShopeeCursor
{
    enum class Phase { Conversations, Orders };
    Phase phase = Phase::Conversations;
    qint64 watermarkNano = 0;    ///< conversations with activity after this are (re)read; 0 = first sync
    qint64 lowWatermarkNano = 0; ///< the watermark before the last scan: message walks reach back to it,
                                 ///< so a conversation bumped past a running scan loses nothing
    qint64 scanFromNano = 0;     ///< next page starts older than this; 0 = from now
    qint64 scanHighNano = 0;     ///< newest activity seen in this scan
    qint64 ordersFromSec = 0;    ///< order window start (Unix s); 0 = first sync
    QString orderCursor;

    QString toString() const;
    static ShopeeCursor fromString(const QString &s, bool *ok = nullptr);
};

} // namespace hd
