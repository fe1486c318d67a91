#include "core/workflow/rules/RuleEvent.h"

#include <array>

namespace hd {
namespace {
using namespace Qt::StringLiterals;

struct EventName
{
    RuleEvent event;
    QLatin1StringView key;
    QLatin1StringView display;
};

constexpr std::array kEvents{
    EventName{RuleEvent::ConversationCreated, "conversation_created"_L1, "conversation created"_L1},
    EventName{RuleEvent::MessageReceived, "message_received"_L1, "message received"_L1},
    EventName{RuleEvent::MessageSent, "message_sent"_L1, "message sent"_L1},
    EventName{RuleEvent::StatusChanged, "status_changed"_L1, "status changed"_L1},
    EventName{RuleEvent::SlaWarning, "sla_warning"_L1, "SLA warning"_L1},
    EventName{RuleEvent::SlaBreached, "sla_breached"_L1, "SLA breached"_L1},
    EventName{RuleEvent::OrderUpdated, "order_updated"_L1, "order updated"_L1},
    EventName{RuleEvent::Schedule, "schedule"_L1, "schedule"_L1},
};
} // namespace

QString ruleEventToString(RuleEvent event)
{
    for (const auto &e : kEvents)
        if (e.event == event)
            return QString(e.key);
    return u"message_received"_s;
}

RuleEvent ruleEventFromString(const QString &s, bool *ok)
{
    for (const auto &e : kEvents) {
        if (s == e.key) {
            if (ok)
                *ok = true;
            return e.event;
        }
    }
    if (ok)
        *ok = false;
    return RuleEvent::MessageReceived;
}

QStringList ruleEventNames()
{
    QStringList out;
    for (const auto &e : kEvents)
        out << QString(e.key);
    return out;
}

QString ruleEventDisplayName(RuleEvent event)
{
    for (const auto &e : kEvents)
        if (e.event == event)
            return QString(e.display);
    return QString();
}

} // namespace hd
