#pragma once

#include "core/domain/Conversation.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace hd {

/// One reason a conversation scored what it did: "+30 SLA due in 40 min".
struct PriorityContribution
{
    QString factor; ///< stable key: sla, intent, sentiment, order_value, lifetime_value, repeat_contacts, vip
    int points = 0;
    QString text; ///< "+30 SLA due in 40 min", "+35 chargeback or legal threat"
};

/// PriorityScorer's answer: 0..100, the Priority it maps to, and the contributions, largest first.
struct PriorityScore
{
    int score = 0;
    Priority priority = Priority::Low;
    QList<PriorityContribution> contributions;
    bool capped = false; ///< the contributions added up to more than 100

    /// The contribution texts, largest first; "no urgency signals" when there are none.
    QStringList explanation() const
    {
        using namespace Qt::StringLiterals;
        QStringList out;
        for (const auto &c : contributions)
            out << c.text;
        if (out.isEmpty())
            out << u"no urgency signals"_s;
        if (capped)
            out << u"capped at 100"_s;
        return out;
    }
};

} // namespace hd
