#include "core/domain/Message.h"

namespace hd {
using namespace Qt::StringLiterals;

QString messageDirectionToString(MessageDirection d)
{
    switch (d) {
    case MessageDirection::Inbound: return u"inbound"_s;
    case MessageDirection::Outbound: return u"outbound"_s;
    case MessageDirection::Note: return u"note"_s;
    }
    return u"inbound"_s;
}

MessageDirection messageDirectionFromString(const QString &s, bool *ok)
{
    if (ok)
        *ok = true;
    if (s == "inbound"_L1)
        return MessageDirection::Inbound;
    if (s == "outbound"_L1)
        return MessageDirection::Outbound;
    if (s == "note"_L1)
        return MessageDirection::Note;
    if (ok)
        *ok = false;
    return MessageDirection::Inbound;
}

QString messageStatusToString(MessageStatus s)
{
    switch (s) {
    case MessageStatus::Received: return u"received"_s;
    case MessageStatus::Queued: return u"queued"_s;
    case MessageStatus::Sent: return u"sent"_s;
    case MessageStatus::Failed: return u"failed"_s;
    }
    return u"received"_s;
}

MessageStatus messageStatusFromString(const QString &s, bool *ok)
{
    if (ok)
        *ok = true;
    if (s == "received"_L1)
        return MessageStatus::Received;
    if (s == "queued"_L1)
        return MessageStatus::Queued;
    if (s == "sent"_L1)
        return MessageStatus::Sent;
    if (s == "failed"_L1)
        return MessageStatus::Failed;
    if (ok)
        *ok = false;
    return MessageStatus::Received;
}

} // namespace hd
