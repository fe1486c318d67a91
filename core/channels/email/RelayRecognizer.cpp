#include "core/channels/email/RelayRecognizer.h"

#include <QHash>
#include <QRegularExpression>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

QString domainOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    return at < 0 ? QString() : address.mid(at + 1).toLower().trimmed();
}

/// Marketplace code of a country-code suffix, shared by Amazon and eBay domains.
QString marketplaceOfSuffix(const QString &suffix)
{
    static const QHash<QString, QString> map{
        {u"com"_s, u"US"_s},    {u"ca"_s, u"CA"_s},     {u"com.mx"_s, u"MX"_s}, {u"com.br"_s, u"BR"_s},
        {u"co.uk"_s, u"UK"_s},  {u"uk"_s, u"UK"_s},     {u"de"_s, u"DE"_s},     {u"fr"_s, u"FR"_s},
        {u"it"_s, u"IT"_s},     {u"es"_s, u"ES"_s},     {u"nl"_s, u"NL"_s},     {u"se"_s, u"SE"_s},
        {u"pl"_s, u"PL"_s},     {u"com.tr"_s, u"TR"_s}, {u"com.be"_s, u"BE"_s}, {u"be"_s, u"BE"_s},
        {u"ae"_s, u"AE"_s},     {u"sa"_s, u"SA"_s},     {u"eg"_s, u"EG"_s},     {u"in"_s, u"IN"_s},
        {u"co.jp"_s, u"JP"_s},  {u"jp"_s, u"JP"_s},     {u"com.au"_s, u"AU"_s}, {u"sg"_s, u"SG"_s},
        {u"com.sg"_s, u"SG"_s}, {u"at"_s, u"AT"_s},     {u"ch"_s, u"CH"_s},     {u"ie"_s, u"IE"_s},
        {u"com.hk"_s, u"HK"_s}, {u"ph"_s, u"PH"_s},     {u"com.my"_s, u"MY"_s},
    };
    return map.value(suffix);
}

QString suffixAfter(const QString &domain, const QString &prefix)
{
    return domain.startsWith(prefix) ? domain.mid(prefix.size()) : QString();
}

QString firstMatch(const QRegularExpression &re, const QString &text, int group = 1)
{
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(group) : QString();
}

/// The order id in the subject first (relays put it there), then in the body.
QString orderIn(const QRegularExpression &re, const ParsedMail &mail)
{
    QString id = firstMatch(re, mail.subject);
    if (id.isEmpty())
        id = firstMatch(re, mail.bodyText.left(20000));
    return id;
}

} // namespace

QString RelayRecognizer::amazonMarketplace(const QString &domain)
{
    return marketplaceOfSuffix(suffixAfter(domain.toLower(), u"marketplace.amazon."_s));
}

QString RelayRecognizer::ebayMarketplace(const QString &domain)
{
    return marketplaceOfSuffix(suffixAfter(domain.toLower(), u"members.ebay."_s));
}

QString RelayRecognizer::findAmazonToken(const QString &text)
{
    static const QRegularExpression token(u"\\[commMgrTok:[A-Za-z0-9_\\-]{1,64}\\]"_s);
    return firstMatch(token, text, 0);
}

RelayInfo RelayRecognizer::recognize(const ParsedMail &mail)
{
    RelayInfo info;
    // The relay address is the sender; a Reply-To on the same relay wins (that is where answers go).
    QString address = mail.fromAddress.toLower();
    QString domain = domainOf(address);
    const QString replyDomain = domainOf(mail.replyToAddress.toLower());
    if (!amazonMarketplace(replyDomain).isEmpty() || !ebayMarketplace(replyDomain).isEmpty()
        || replyDomain == "relay.walmart.com"_L1) {
        address = mail.replyToAddress.toLower();
        domain = replyDomain;
    }

    // Only known marketplace domains count: "marketplace.amazon.evil.example" is not Amazon.
    if (domain.startsWith(u"marketplace.amazon."_s) && !amazonMarketplace(domain).isEmpty()) {
        static const QRegularExpression order(u"(?<![0-9])([0-9]{3}-[0-9]{7}-[0-9]{7})(?![0-9])"_s);
        static const QRegularExpression buyerInSubject(u"Amazon customer ([^()]{1,60}?)\\s*\\(Order"_s,
                                                       QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression nameSuffix(u"\\s*-\\s*Amazon Marketplace\\s*$"_s,
                                                   QRegularExpression::CaseInsensitiveOption);
        info.isRelay = true;
        info.platform = ChannelKind::Amazon;
        info.marketplace = amazonMarketplace(domain);
        info.relayAddress = address;
        info.orderId = orderIn(order, mail);
        info.relayToken = findAmazonToken(mail.bodyText);
        if (info.relayToken.isEmpty())
            info.relayToken = findAmazonToken(mail.bodyHtml);
        info.buyerName = mail.fromName;
        info.buyerName.remove(nameSuffix);
        if (info.buyerName.isEmpty())
            info.buyerName = firstMatch(buyerInSubject, mail.subject).trimmed();
        return info;
    }
    if (domain.startsWith(u"members.ebay."_s) && !ebayMarketplace(domain).isEmpty()) {
        static const QRegularExpression order(u"(?<![0-9])([0-9]{2}-[0-9]{5}-[0-9]{5})(?![0-9])"_s);
        info.isRelay = true;
        info.platform = ChannelKind::Ebay;
        info.marketplace = ebayMarketplace(domain);
        info.relayAddress = address;
        info.orderId = orderIn(order, mail);
        info.buyerName = mail.fromName;
        return info;
    }
    if (domain == "relay.walmart.com"_L1) {
        // purchaseOrderId / customerOrderId: 13-15 digits, taken only next to an "order" word.
        static const QRegularExpression order(u"order[^0-9\\n]{0,24}(?<![0-9])([0-9]{13,15})(?![0-9])"_s,
                                              QRegularExpression::CaseInsensitiveOption);
        info.isRelay = true;
        info.platform = ChannelKind::Walmart;
        info.marketplace = u"US"_s;
        info.relayAddress = address;
        info.orderId = orderIn(order, mail);
        info.buyerName = mail.fromName;
        return info;
    }
    if (domain == "mail.etsy.com"_L1 || domain == "etsy.com"_L1 || domain.endsWith(u".etsy.com"_s)) {
        static const QRegularExpression link(u"https://(?:www\\.)?etsy\\.com/(?:your/)?(?:conversations|messages|"
                                             "your/orders|transaction)[^\\s\"'<>)\\]]*"_s);
        static const QRegularExpression anyLink(u"https://(?:www\\.)?etsy\\.com/[^\\s\"'<>)\\]]*"_s);
        static const QRegularExpression receipt(u"(?:order|receipt)[^0-9\\n]{0,16}#?(?<![0-9])([0-9]{9,11})(?![0-9])"_s,
                                                QRegularExpression::CaseInsensitiveOption);
        info.isRelay = true;
        info.platform = ChannelKind::Etsy;
        info.readOnly = true;
        info.relayAddress = address;
        const QString text = mail.bodyText.left(50000) + u'\n' + mail.bodyHtml.left(50000);
        info.link = firstMatch(link, text, 0);
        if (info.link.isEmpty())
            info.link = firstMatch(anyLink, text, 0);
        info.orderId = orderIn(receipt, mail);
        // "Message from Jane" style names are not the buyer's; keep the display name only when it
        // is not Etsy's own.
        if (!mail.fromName.contains(u"Etsy"_s, Qt::CaseInsensitive))
            info.buyerName = mail.fromName;
        return info;
    }
    return info;
}

} // namespace hd
