#pragma once

#include "core/workflow/rules/ConditionOperator.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace hd {

/// One thing a rule condition can look at, with its type (which decides the operators and the value it
/// takes). The catalogue (all()) is what a rules editor offers; RuleContext::value() reads each field.
///
/// | name                       | type     | meaning                                                        |
/// |----------------------------|----------|----------------------------------------------------------------|
/// | channel                    | Text     | channel kind: amazon, ebay, email, ... (channelKindToString)   |
/// | marketplace                | Text     | site/region code of the channel account: US, DE, SG            |
/// | region                     | Text     | buyer's country, ISO 3166-1 alpha-2                            |
/// | language                   | Text     | buyer's language, ISO 639-1                                    |
/// | subject, text              | Text     | conversation subject; latest message body                      |
/// | direction                  | Text     | latest message: inbound, outbound, note                        |
/// | intent, sentiment          | Text     | classifier labels (refund, chargeback_or_legal; negative ...)  |
/// | status                     | Text     | open, pending, resolved                                        |
/// | priority                   | Priority | low < normal < high < urgent (ordered: gt/lt work)             |
/// | assignee                   | AgentId  | agent id; empty = unassigned                                   |
/// | tags                       | Tags     | conversation tags                                              |
/// | order_status               | Text     | pending, paid, shipped, delivered, cancelled, refunded, ...    |
/// | order_value                | Number   | order total in major currency units; empty = no order          |
/// | customer_order_count       | Number   | orders by this buyer                                           |
/// | customer_lifetime_value    | Number   | buyer's total spend, major units                               |
/// | repeat_contacts_7d         | Number   | earlier contacts by this buyer in the 7 days before now        |
/// | vip                        | Bool     | buyer is a VIP                                                 |
/// | sla_minutes_left           | Number   | minutes to the next SLA due time, < 0 overdue; empty = no clock |
/// | business_hours             | Bool     | now is within business hours                                   |
/// | minutes_since_last_inbound | Number   | minutes since the buyer last wrote; empty = never              |
struct RuleField
{
    enum class Type {
        Text,     ///< eq ne in not_in contains not_contains matches is_empty; case-insensitive
        Number,   ///< eq ne in not_in gt lt gte lte is_empty; JSON numbers
        Bool,     ///< eq ne; JSON true/false
        Tags,     ///< contains not_contains in not_in is_empty; case-insensitive tag names
        AgentId,  ///< eq ne in not_in is_empty; JSON integers (agent ids)
        Priority, ///< eq ne in not_in gt lt gte lte; "low" "normal" "high" "urgent"
    };

    QString name; ///< stable key used in JSON
    Type type = Type::Text;
    QString label;       ///< used in explanations: "order value 120.00 > 100"
    int decimals = 0;    ///< how Number values are shown in explanations
    QStringList choices; ///< known values for an editor's drop-down (may be empty: free text)

    /// The operators this field accepts, in the order an editor should offer them.
    QList<ConditionOperator> operators() const;
    bool accepts(ConditionOperator op) const { return operators().contains(op); }

    /// The whole catalogue, in editor order.
    static const QList<RuleField> &all();
    /// The field named name, or nullptr.
    static const RuleField *find(const QString &name);
};

QString ruleFieldTypeToString(RuleField::Type type);

} // namespace hd
