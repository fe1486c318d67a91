#include "core/templates/TemplateIntents.h"

#include <QHash>

namespace hd::TemplateIntents {
using namespace Qt::StringLiterals;

const QStringList &all()
{
    // Same labels, same order as MessageClassifier::intentLabels().
    static const QStringList labels{u"where_is_my_order"_s,
                                    u"delivery_delay"_s,
                                    u"refund"_s,
                                    u"return_exchange"_s,
                                    u"cancellation"_s,
                                    u"damaged_or_wrong_item"_s,
                                    u"address_change"_s,
                                    u"payment_problem"_s,
                                    u"invoice"_s,
                                    u"pre_sales_question"_s,
                                    u"complaint"_s,
                                    u"chargeback_or_legal"_s,
                                    u"praise"_s,
                                    u"other"_s};
    return labels;
}

QString normalize(const QString &intent)
{
    static const QHash<QString, QString> aliases{
        {u"presales_question"_s, u"pre_sales_question"_s},
        {u"presales"_s, u"pre_sales_question"_s},
        {u"pre_sales"_s, u"pre_sales_question"_s},
        {u"wismo"_s, u"where_is_my_order"_s},
        {u"return"_s, u"return_exchange"_s},
        {u"exchange"_s, u"return_exchange"_s},
        {u"damaged_item"_s, u"damaged_or_wrong_item"_s},
        {u"wrong_item"_s, u"damaged_or_wrong_item"_s},
        {u"delay"_s, u"delivery_delay"_s},
    };
    const QString key = intent.trimmed().toLower().replace(u'-', u'_').replace(u' ', u'_');
    if (key.isEmpty())
        return {};
    if (all().contains(key))
        return key;
    return aliases.value(key);
}

} // namespace hd::TemplateIntents
