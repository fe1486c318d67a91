#include "core/templates/PlaceholderValues.h"

#include "core/templates/TemplateLanguage.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

QLocale localeFor(const QString &language)
{
    const QString tag = TemplateLanguage::normalize(language);
    if (tag.isEmpty())
        return QLocale(QLocale::English, QLocale::UnitedStates);
    if (tag == "zh_TW"_L1)
        return QLocale(QLocale::Chinese, QLocale::TraditionalHanScript, QLocale::Taiwan);
    return QLocale(tag);
}

bool isCjk(QChar c)
{
    const auto s = c.script();
    return s == QChar::Script_Han || s == QChar::Script_Hiragana || s == QChar::Script_Katakana
        || s == QChar::Script_Hangul;
}

bool hasCjk(const QString &s)
{
    for (QChar c : s)
        if (isCjk(c))
            return true;
    return false;
}

/// A token that cannot be used to address someone: an initial ("J."), a title, a user name.
bool isUsableNamePart(const QString &token)
{
    static const QStringList titles{u"mr"_s,
                                    u"mrs"_s,
                                    u"ms"_s,
                                    u"miss"_s,
                                    u"dr"_s,
                                    u"prof"_s,
                                    u"herr"_s,
                                    u"frau"_s,
                                    u"sr"_s,
                                    u"sra"_s,
                                    u"m"_s,
                                    u"mme"_s,
                                    u"mlle"_s,
                                    u"sig"_s,
                                    u"sig.ra"_s};
    QString t = token;
    while (t.endsWith(u'.'))
        t.chop(1);
    if (t.size() < 2)
        return false;
    if (titles.contains(t.toLower()))
        return false;
    for (QChar c : t)
        if (c.isDigit() || c == u'_' || c == u'@')
            return false;
    return true;
}

/// "ANNA" -> "Anna", "anna-lena" -> "Anna-Lena"; mixed case ("McDonald", "van") is left alone.
QString tidyCase(const QString &name)
{
    if (name != name.toUpper() && name != name.toLower())
        return name;
    QString out = name.toLower();
    bool start = true;
    for (QChar &c : out) {
        if (start && c.isLetter())
            c = c.toUpper();
        start = !c.isLetter() && c != u'\'';
    }
    return out;
}

struct NameParts
{
    QString first;
    QString last;
};

NameParts splitName(const QString &displayName)
{
    QString name = displayName.simplified();
    if (name.isEmpty() || name.contains(u'@'))
        return {};
    if (const qsizetype comma = name.indexOf(u','); comma > 0) {
        // "Müller, Anna"
        const QString last = name.left(comma).trimmed();
        const QString first = name.mid(comma + 1).trimmed().section(u' ', 0, 0);
        return {isUsableNamePart(first) ? tidyCase(first) : QString(),
                isUsableNamePart(last) ? tidyCase(last) : QString()};
    }
    const QStringList tokens = name.split(u' ', Qt::SkipEmptyParts);
    if (hasCjk(name)) {
        // East Asian order: family name first. Without a space we cannot split, so the whole name
        // serves as the form of address ("王小明您好").
        if (tokens.size() == 1)
            return {name, QString()};
        return {tokens.mid(1).join(u' '), tokens.first()};
    }
    NameParts parts;
    // A title or an initial in front ("Mr. Smith", "J. Smith") leaves no usable first name.
    if (isUsableNamePart(tokens.first()))
        parts.first = tidyCase(tokens.first());
    if (tokens.size() > 1 && isUsableNamePart(tokens.last()))
        parts.last = tidyCase(tokens.last());
    return parts;
}

int minorDigits(const QString &currency)
{
    static const QStringList
        zeroDigit{u"JPY"_s, u"KRW"_s, u"VND"_s, u"CLP"_s, u"ISK"_s, u"UGX"_s, u"PYG"_s, u"XAF"_s, u"XOF"_s};
    return zeroDigit.contains(currency) ? 0 : 2;
}

QString currencySymbol(const QString &iso, const QLocale &locale)
{
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == iso)
        return locale.currencySymbol(QLocale::CurrencySymbol);
    static const QHash<QString, QString> symbols{
        {u"EUR"_s, u"€"_s},
        {u"GBP"_s, u"£"_s},
        {u"USD"_s, u"US$"_s},
        {u"CAD"_s, u"CA$"_s},
        {u"AUD"_s, u"A$"_s},
        {u"NZD"_s, u"NZ$"_s},
        {u"JPY"_s, u"JP¥"_s},
        {u"CNY"_s, u"CN¥"_s},
        {u"SGD"_s, u"S$"_s},
        {u"MXN"_s, u"MX$"_s},
        {u"HKD"_s, u"HK$"_s},
        {u"TWD"_s, u"NT$"_s},
        {u"INR"_s, u"₹"_s},
        {u"KRW"_s, u"₩"_s},
        {u"BRL"_s, u"R$"_s},
        {u"PLN"_s, u"zł"_s},
    };
    return symbols.value(iso, iso);
}

QString statusWordFor(const QString &status, const QString &lang)
{
    // Columns: en, de, es, fr, it, ja, zh_CN, zh_TW, pt, nl.
    struct Row
    {
        const char16_t *status;
        const char16_t *words[10];
    };
    static const Row rows[] = {
        {u"pending",
         {u"pending",
          u"in Bearbeitung",
          u"pendiente",
          u"en attente",
          u"in attesa",
          u"処理中",
          u"待处理",
          u"待處理",
          u"pendente",
          u"in behandeling"}},
        {u"paid",
         {u"paid",
          u"bezahlt",
          u"pagado",
          u"payée",
          u"pagato",
          u"支払い済み",
          u"已付款",
          u"已付款",
          u"pago",
          u"betaald"}},
        {u"shipped",
         {u"shipped",
          u"versandt",
          u"enviado",
          u"expédiée",
          u"spedito",
          u"発送済み",
          u"已发货",
          u"已出貨",
          u"enviado",
          u"verzonden"}},
        {u"delivered",
         {u"delivered",
          u"zugestellt",
          u"entregado",
          u"livrée",
          u"consegnato",
          u"配達済み",
          u"已送达",
          u"已送達",
          u"entregue",
          u"bezorgd"}},
        {u"cancelled",
         {u"cancelled",
          u"storniert",
          u"cancelado",
          u"annulée",
          u"annullato",
          u"キャンセル済み",
          u"已取消",
          u"已取消",
          u"cancelado",
          u"geannuleerd"}},
        {u"refunded",
         {u"refunded",
          u"erstattet",
          u"reembolsado",
          u"remboursée",
          u"rimborsato",
          u"返金済み",
          u"已退款",
          u"已退款",
          u"reembolsado",
          u"terugbetaald"}},
        {u"returned",
         {u"returned",
          u"zurückgesendet",
          u"devuelto",
          u"retournée",
          u"reso",
          u"返品済み",
          u"已退货",
          u"已退貨",
          u"devolvido",
          u"geretourneerd"}},
    };
    static const QStringList
        columns{u"en"_s, u"de"_s, u"es"_s, u"fr"_s, u"it"_s, u"ja"_s, u"zh_CN"_s, u"zh_TW"_s, u"pt"_s, u"nl"_s};
    const QString key = status.trimmed().toLower() == "canceled"_L1 ? u"cancelled"_s : status.trimmed().toLower();
    const QString tag = TemplateLanguage::normalize(lang);
    qsizetype col = columns.indexOf(tag);
    if (col < 0)
        col = columns.indexOf(TemplateLanguage::primary(tag));
    if (col < 0)
        col = 0;
    for (const Row &r : rows) {
        if (key == QStringView(r.status))
            return QString::fromUtf16(r.words[col]);
    }
    return status.trimmed();
}

} // namespace

const QStringList &PlaceholderValues::knownKeys()
{
    static const QStringList keys{u"customer.first_name"_s,
                                  u"customer.last_name"_s,
                                  u"customer.name"_s,
                                  u"order.id"_s,
                                  u"order.tracking_number"_s,
                                  u"order.carrier"_s,
                                  u"order.items"_s,
                                  u"order.total"_s,
                                  u"order.status"_s,
                                  u"order.date"_s,
                                  u"order.shipped_date"_s,
                                  u"order.delivered_date"_s,
                                  u"agent.name"_s,
                                  u"agent.first_name"_s,
                                  u"store.name"_s,
                                  u"channel.name"_s,
                                  u"conversation.subject"_s};
    return keys;
}

PlaceholderValues PlaceholderValues::fromSources(const PlaceholderSources &src)
{
    PlaceholderValues v;
    const QString lang = src.language.isEmpty() ? u"en"_s : src.language;
    if (src.customer) {
        const NameParts parts = splitName(src.customer->displayName);
        v.set(u"customer.first_name"_s, parts.first);
        v.set(u"customer.last_name"_s, parts.last);
        if (!src.customer->displayName.contains(u'@'))
            v.set(u"customer.name"_s, src.customer->displayName.simplified());
    }
    if (src.order) {
        const Order &o = *src.order;
        v.set(u"order.id"_s, o.externalId);
        v.set(u"order.tracking_number"_s, o.trackingNumber);
        v.set(u"order.carrier"_s, o.carrier);
        v.set(u"order.items"_s, formatItems(o.items, lang));
        if (!o.currency.isEmpty() && (o.totalCents > 0 || !o.items.isEmpty()))
            v.set(u"order.total"_s, formatMoney(o.totalCents, o.currency, lang));
        if (!o.status.isEmpty())
            v.set(u"order.status"_s, statusWord(o.status, lang));
        v.set(u"order.date"_s, formatDate(o.orderedAt, lang));
        v.set(u"order.shipped_date"_s, formatDate(o.shippedAt, lang));
        v.set(u"order.delivered_date"_s, formatDate(o.deliveredAt, lang));
    }
    if (src.agent) {
        v.set(u"agent.name"_s, src.agent->name.simplified());
        v.set(u"agent.first_name"_s, splitName(src.agent->name).first);
    }
    v.set(u"store.name"_s, src.storeName.simplified());
    if (src.channel)
        v.set(u"channel.name"_s, channelKindDisplayName(src.channel->kind));
    if (src.conversation)
        v.set(u"conversation.subject"_s, src.conversation->subject.simplified());
    return v;
}

void PlaceholderValues::set(const QString &key, const QString &value)
{
    m_values.insert(key.trimmed().toLower(), value);
}

void PlaceholderValues::clear(const QString &key)
{
    m_values.remove(key.trimmed().toLower());
}

bool PlaceholderValues::isKnown(const QString &key) const
{
    const QString k = key.trimmed().toLower();
    return m_values.contains(k) || knownKeys().contains(k);
}

bool PlaceholderValues::hasValue(const QString &key) const
{
    return !value(key).trimmed().isEmpty();
}

QString PlaceholderValues::value(const QString &key) const
{
    return m_values.value(key.trimmed().toLower());
}

QString PlaceholderValues::firstName(const QString &displayName)
{
    return splitName(displayName).first;
}

QString PlaceholderValues::lastName(const QString &displayName)
{
    return splitName(displayName).last;
}

QString PlaceholderValues::formatMoney(qint64 minorUnits, const QString &currency, const QString &language)
{
    const QString iso = currency.trimmed().toUpper();
    const QLocale locale = localeFor(language);
    const int digits = minorDigits(iso);
    const double amount = digits == 0 ? double(minorUnits) : double(minorUnits) / 100.0;
    return locale.toCurrencyString(amount, currencySymbol(iso, locale), digits);
}

QString PlaceholderValues::formatItems(const QList<OrderItem> &items, const QString &language)
{
    const QLocale locale = localeFor(language);
    const bool cjk = TemplateLanguage::primary(language) == "zh"_L1 || TemplateLanguage::primary(language) == "ja"_L1;
    QStringList parts;
    for (const OrderItem &item : items) {
        const QString title = item.title.simplified().isEmpty() ? item.sku.simplified() : item.title.simplified();
        if (title.isEmpty())
            continue;
        const QString qty = locale.toString(qMax(1, item.quantity));
        // CJK shops write the count after the product ("台灯 ×2"); European ones before it.
        parts << (cjk ? title + u" ×"_s + qty : qty + u" × "_s + title);
    }
    return locale.createSeparatedList(parts);
}

QString PlaceholderValues::statusWord(const QString &status, const QString &language)
{
    return statusWordFor(status, language);
}

QString PlaceholderValues::formatDate(qint64 utcMs, const QString &language)
{
    if (utcMs <= 0)
        return {};
    const QLocale locale = localeFor(language);
    QString format = locale.dateFormat(QLocale::LongFormat);
    static const QRegularExpression weekday(u"\\s*d{4}[,،]?\\s*"_s);
    format.replace(weekday, u" "_s);
    format = format.trimmed();
    while (format.endsWith(u',') || format.startsWith(u','))
        format = (format.endsWith(u',') ? format.chopped(1) : format.mid(1)).trimmed();
    const QDate day = QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc()).date();
    return locale.toString(day, format);
}

} // namespace hd
