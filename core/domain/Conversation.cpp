#include "core/domain/Conversation.h"

namespace hd {
using namespace Qt::StringLiterals;

QString conversationStatusToString(ConversationStatus s)
{
    switch (s) {
    case ConversationStatus::Open: return u"open"_s;
    case ConversationStatus::Pending: return u"pending"_s;
    case ConversationStatus::Resolved: return u"resolved"_s;
    }
    return u"open"_s;
}

ConversationStatus conversationStatusFromString(const QString &s, bool *ok)
{
    if (ok)
        *ok = true;
    if (s == "open"_L1)
        return ConversationStatus::Open;
    if (s == "pending"_L1)
        return ConversationStatus::Pending;
    if (s == "resolved"_L1)
        return ConversationStatus::Resolved;
    if (ok)
        *ok = false;
    return ConversationStatus::Open;
}

QString priorityToString(Priority p)
{
    switch (p) {
    case Priority::Low: return u"low"_s;
    case Priority::Normal: return u"normal"_s;
    case Priority::High: return u"high"_s;
    case Priority::Urgent: return u"urgent"_s;
    }
    return u"normal"_s;
}

Priority priorityFromString(const QString &s, bool *ok)
{
    if (ok)
        *ok = true;
    if (s == "low"_L1)
        return Priority::Low;
    if (s == "normal"_L1)
        return Priority::Normal;
    if (s == "high"_L1)
        return Priority::High;
    if (s == "urgent"_L1)
        return Priority::Urgent;
    if (ok)
        *ok = false;
    return Priority::Normal;
}

} // namespace hd
