#pragma once

#include <QString>
#include <QStringList>

namespace hd {

/// The e-commerce intent taxonomy shared with the message classifier. Stored as these stable strings.
namespace TemplateIntents {

/// where_is_my_order, delivery_delay, refund, return_exchange, cancellation, damaged_or_wrong_item,
/// address_change, payment_problem, invoice, pre_sales_question, complaint, chargeback_or_legal,
/// praise, other.
const QStringList &all();

/// Lower-cases and maps aliases ("presales_question", "wismo") to the canonical label; returns an
/// empty string when the label is not part of the taxonomy. Empty input stays empty.
QString normalize(const QString &intent);

} // namespace TemplateIntents
} // namespace hd
