#pragma once

#include "core/domain/Conversation.h"
#include "core/workflow/sla/SlaDisplay.h"

#include <QColor>
#include <QString>

namespace hd {

/// How the inbox shows a conversation's response clock: the countdown text ("3h 12m",
/// "overdue 2h 5m") and its colour by urgency. Empty text when no clock runs.
struct SlaBadge {
    QString text;
    QString toolTip;
    SlaDisplay::Urgency urgency = SlaDisplay::Urgency::None;

    /// The badge of a conversation at `nowMs` (UTC ms). The target is the time from the buyer's
    /// message to the deadline (the marketplace's rule, e.g. 24 h on Amazon).
    static SlaBadge of(const Conversation &c, qint64 nowMs);
    /// grey-green while ok, orange in warning, red when critical or overdue.
    static QColor colour(SlaDisplay::Urgency urgency);
    bool isBold() const { return urgency == SlaDisplay::Urgency::Overdue; }
};

} // namespace hd
