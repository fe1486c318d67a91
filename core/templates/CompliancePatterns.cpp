#include "core/templates/CompliancePatterns.h"

#include <QHash>
#include <QSet>

namespace hd::CompliancePatterns {
using namespace Qt::StringLiterals;

namespace {

constexpr auto kOptions = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

/// A Latin-script phrase: must not start or end inside a word.
QRegularExpression latin(const QString &fragment)
{
    QRegularExpression re(u"(?<![\\p{L}\\p{N}])(?:"_s + fragment + u")(?![\\p{L}\\p{N}])"_s, kOptions);
    Q_ASSERT_X(re.isValid(), "CompliancePatterns", qPrintable(re.errorString() + u": "_s + fragment));
    return re;
}

/// A CJK phrase: no word boundaries in Chinese or Japanese text.
QRegularExpression cjk(const QString &fragment)
{
    QRegularExpression re(fragment, kOptions);
    Q_ASSERT_X(re.isValid(), "CompliancePatterns", qPrintable(re.errorString() + u": "_s + fragment));
    return re;
}

// Inside one sentence: no sentence punctuation or line break in between.
const QString kSame = u"[^.!?;\\n]"_s;
const QString kSameCjk = u"[^。！？；，,.!?;\\n]"_s;
const QString kApos = u"['’]"_s;

} // namespace

const QList<Phrase> &marketing()
{
    static const QList<Phrase> list = [] {
        QList<Phrase> l;
        auto strong = [&](const QRegularExpression &re) { l.append({re, true}); };
        auto weak = [&](const QRegularExpression &re) { l.append({re, false}); };
        // English
        strong(latin(u"coupons?(?:[- ]codes?)?"_s));
        strong(latin(u"promo(?:tional)?[- ]?codes?|promos?|promotions?|promotional offers?"_s));
        strong(latin(u"vouchers?(?:[- ]codes?)?|discount[- ]codes?|gift[- ]codes?"_s));
        strong(latin(u"\\d{1,3}\\s?%\\s?(?:off|discount)"_s));
        strong(latin(
            u"follow us|like us on (?:facebook|instagram)|subscribe to our|sign up (?:to|for) our|newsletters?"_s));
        strong(latin(
            u"new arrivals?|black friday|cyber monday|flash sales?|(?:big|huge|summer|winter|holiday|clearance) sales?"_s));
        strong(latin(
            u"limited[- ]time (?:offers?|deals?)|special offers?|exclusive (?:offers?|deals?)|buy one,? get one|bogo|shop now"_s));
        strong(
            latin(u"check out (?:our|my) (?:other|new|latest) (?:products|items|listings|collections?)|free gifts?"_s));
        weak(latin(u"discount(?:s|ed)?|on sale"_s));
        // German
        strong(latin(
            u"gutschein(?:code)?(?:e|s)?|rabatt(?:code|aktion)(?:e|s|en)?|aktionscodes?|folgen sie uns|sonderangebot(?:e)?|newsletter"_s));
        weak(latin(u"rabatt(?:e)?|preisnachlass"_s));
        // Spanish
        strong(latin(
            u"cup[oó]n(?:es)?|c[oó]digos? (?:de )?(?:descuento|promoci[oó]n(?:al)?)|s[ií]guenos|ofertas? especial(?:es)?|promoci[oó]n(?:es)?|rebajas"_s));
        weak(latin(u"descuentos?"_s));
        // French
        strong(latin(u"codes? promo|bons? de r[ée]duction|suivez[- ]nous|offres? sp[ée]ciales?|soldes"_s));
        weak(latin(u"r[ée]ductions?"_s)); // not "remise": also "handed over" (remise au transporteur)
        // Italian
        strong(latin(u"codic[ei] (?:sconto|promozional[ei])|seguic[ie]|offert[ae] special[ei]|promozion[ei]|saldi"_s));
        weak(latin(u"scont[oi]"_s));
        // Japanese
        strong(cjk(u"クーポン|セール|フォローして|キャンペーン|ポイント\\d+倍"_s));
        weak(cjk(u"割引"_s));
        // Chinese (Simplified, Traditional)
        strong(cjk(
            u"优惠券|优惠码|優惠券|優惠碼|打折|促销|促銷|关注(?:我们|本店|店铺)|關注我們|领券|满减|新品上(?:市|架)|限时(?:优惠|折扣|抢购)|收藏店铺"_s));
        weak(cjk(u"折扣"_s));
        return l;
    }();
    return list;
}

const QList<QRegularExpression> &reviewRequest()
{
    static const QList<QRegularExpression> list = [] {
        const QString verbsEn =
            u"(?:leave|leaving|give|giving|write|post|rate us|rate it|consider|(?:would|'d|’d) (?:really |greatly |much )?(?:appreciate|love)|hope for|hoping for|ask(?:ing)? for|kindly|please)"_s;
        const QString positiveEn =
            u"(?:(?:5|five)[- ]?stars?|(?:positive|good|great|excellent|glowing|nice|5[- ]star|five[- ]star) (?:feedback|reviews?|ratings?))"_s;
        return QList<QRegularExpression>{
            latin(verbsEn + kSame + u"{0,30}?"_s + positiveEn),
            latin(u"(?:5|five)[- ]?stars?"_s + kSame
                  + u"{0,30}?(?:would be|is|are) (?:much |greatly |really )?(?:appreciated|helpful)"_s),
            latin(u"(?:hinterlassen|geben|schreiben|würden uns über|bitten)"_s + kSame
                  + u"{0,40}?(?:5[- ]?Sterne|(?:positive|gute)[n]? (?:Bewertung|Rezension))"_s),
            latin(u"(?:5[- ]?Sterne|(?:positive|gute)[n]? (?:Bewertung|Rezension))"_s + kSame
                  + u"{0,40}?(?:freuen|hinterlassen|geben|dankbar)"_s),
            latin(u"bewerten Sie"_s + kSame + u"{0,30}?(?:5|fünf) Sternen?"_s),
            latin(
                u"(?:dej(?:ar|e|en|arnos|enos)|d[eé]janos|escrib(?:ir|a)|agradecer[ií]amos|nos encantar[ií]a|pon(?:er|ga)|califica(?:r|nos))"_s
                + kSame
                + u"{0,40}?(?:(?:5|cinco) estrellas|(?:valoraci[oó]n|opini[oó]n|rese[ñn]a|calificaci[oó]n) positiva)"_s),
            latin(u"(?:laisser|laissez|donner|donnez|[ée]crire|appr[ée]cierions|serions ravis)"_s + kSame
                  + u"{0,40}?(?:(?:5|cinq) [ée]toiles|(?:avis|commentaire|[ée]valuation) positi(?:f|ve)|bon avis)"_s),
            latin(u"(?:lasciare|lasci(?:a|ate)?|dare|dateci|scrivere|apprezzeremmo|saremmo felici)"_s + kSame
                  + u"{0,40}?(?:(?:5|cinque) stelle|(?:recensione|valutazione) positiva|feedback positivo)"_s),
            cjk(u"(?:星5|★5|★★★★★|高評価|5つ星)"_s + kSameCjk + u"{0,20}?(?:お願い|いただけ|下さい|ください)"_s),
            cjk(u"(?:给|給|请|請|求|麻烦|麻煩|帮忙|幫忙)"_s + kSameCjk
                + u"{0,10}?(?:好评|好評|五星|5星)|五星好评|五星好評"_s),
        };
    }();
    return list;
}

const QList<QRegularExpression> &reviewIncentive()
{
    static const QList<QRegularExpression> list = [] {
        const QString word = u"\\s+[\\p{L}\\p{N}'’$€£-]+"_s;
        const QString inc =
            u"(?:refunds?|cash ?back|money back|gift cards?|free (?:gifts?|items?|products?|samples?|shipping)|vouchers?|coupons?|discounts?|rewards?|bonus|compensation|[$€£]\\s?\\d+)"_s;
        const QString rev = u"(?:reviews?|feedback|ratings?|(?:5|five)[- ]?stars?)"_s;
        const QString conn = u"(?:for|in exchange for|in return for|if you|when you|once you|after you)"_s;
        return QList<QRegularExpression>{
            latin(inc + u"(?:"_s + word + u"){0,5}?\\s+"_s + conn + u"(?:"_s + word + u"){0,4}?\\s+"_s + rev),
            latin(rev + u"(?:"_s + word + u"){0,5}?\\s+(?:and|to)\\s+(?:we"_s + kApos + u"ll|we will|you"_s + kApos
                  + u"ll|you will)?\\s*(?:send|give|refund|pay|get|receive|earn)(?:"_s + word + u"){0,4}?\\s+"_s + inc),
            latin(
                u"(?:in exchange|in return) for (?:a |an |your )?(?:honest |positive |good |5[- ]star |five[- ]star )?"_s
                + rev),
            latin(u"(?:Bewertung|Rezension|Sterne)"_s + kSame
                  + u"{0,40}?(?:erhalten Sie|bekommen Sie|schenken wir|erstatten wir)"_s),
            latin(u"(?:Gutschein|Erstattung|Rückerstattung|Geschenk|gratis)"_s + kSame
                  + u"{0,30}?(?:für|gegen) (?:eine |Ihre )?(?:positive |gute |5-Sterne-)?(?:Bewertung|Rezension)"_s),
            latin(u"(?:reembolso|regalo|cup[oó]n|descuento|gratis)"_s + kSame
                  + u"{0,30}?(?:por|a cambio de) (?:una |su |tu )?(?:rese[ñn]a|valoraci[oó]n|opini[oó]n)"_s),
            latin(
                u"(?:remboursement|cadeau|bon d['’]achat|r[ée]duction|gratuit)"_s + kSame
                + u"{0,30}?(?:pour|en [ée]change d['’]|contre) (?:un |une |votre )?(?:avis|commentaire|[ée]valuation)"_s),
            latin(u"(?:rimborso|regalo|coupon|sconto|omaggio)"_s + kSame
                  + u"{0,30}?(?:per|in cambio di) (?:una |la sua )?(?:recensione|valutazione)"_s),
            cjk(u"(?:レビュー|評価)"_s + kSameCjk + u"{0,15}?(?:プレゼント|返金|無料|ギフト|特典|クーポン)"_s),
            cjk(u"(?:プレゼント|返金|特典|クーポン)"_s + kSameCjk + u"{0,15}?(?:レビュー|評価)"_s),
            cjk(u"好评返现|好評返現|晒图返现|(?:好评|好評|评价|晒图|五星)"_s + kSameCjk
                + u"{0,8}?(?:返现|返現|返款|红包|紅包|送|礼品|禮品|赠品|贈品|优惠券)"_s),
            cjk(u"(?:返现|返現|红包|紅包|礼品|禮品|赠品|贈品)"_s + kSameCjk + u"{0,8}?(?:好评|好評|五星|晒图)"_s),
        };
    }();
    return list;
}

const QList<QRegularExpression> &offPlatformContact()
{
    static const QList<QRegularExpression> list = [] {
        const QString apps =
            u"(?:whats ?app|wechat|telegram|line|signal|viber|skype|instagram|facebook|messenger|e-?mail|our (?:own )?(?:website|site))"_s;
        const QString site = u"(?:website|site|web ?shop|online (?:store|shop)|own (?:store|shop))"_s;
        const QString platforms = u"(?:ebay|etsy|amazon|shopee|walmart|aliexpress|tiktok|the platform)"_s;
        return QList<QRegularExpression>{
            latin(
                u"(?:contact|message|text|call|reach|add|find|chat with|write to|email) (?:me|us)(?: directly)?(?:\\s+[\\p{L}]+){0,2}?\\s+(?:on|via|at|through|in|by|over) "_s
                + apps),
            latin(
                u"(?:whats ?app|wechat|telegram|viber|signal) (?:me|us)|(?:my|our) (?:whats ?app|wechat|telegram|viber)(?: (?:number|id|account))?|wechat id|whats ?app (?:number|no\\.?)"_s),
            latin(
                u"(?:buy|purchase|order)(?: (?:it|them|this|these|the item|the items|again))?(?: directly)? (?:from|on|at|through|via) (?:our|my) (?:own )?"_s
                + site),
            latin(
                u"(?:cheaper|lower prices?|better prices?|better deals?)(?:\\s+[\\p{L}]+){0,3}?\\s+(?:on|at|from|in) our (?:own )?"_s
                + site),
            latin(u"visit our (?:own )?(?:website|site|web ?shop|online (?:store|shop))"_s),
            latin(u"outside (?:of )?"_s + platforms + u"|off[- ](?:ebay|etsy|amazon|shopee|walmart)"_s),
            // German, Spanish, French, Italian
            latin(
                u"(?:direkt )?(?:über|in|auf|bei) unsere(?:m|r|n)? (?:eigenen? )?(?:Website|Webseite|Homepage|Online-?Shop|Webshop)|(?:per|über|auf) WhatsApp|außerhalb von (?:eBay|Etsy|Amazon|Shopee|Walmart)"_s),
            latin(
                u"(?:en|desde|a trav[eé]s de) nuestra (?:propia )?(?:web|p[aá]gina web|tienda online|tienda en l[ií]nea)|por WhatsApp|fuera de (?:eBay|Etsy|Amazon|Shopee|Walmart)"_s),
            latin(
                u"sur notre (?:propre )?(?:site|boutique en ligne)|par WhatsApp|en dehors d['’](?:eBay|Etsy|Amazon|Shopee|Walmart)"_s),
            latin(u"sul nostro (?:sito|negozio online)|su WhatsApp|fuori da (?:eBay|Etsy|Amazon|Shopee|Walmart)"_s),
            // Chinese, Japanese
            cjk(u"加(?:我|我们|我們)?(?:的)?(?:微信|WhatsApp|QQ|VX|vx|Line|LINE)|微信号|微信號|私聊|官网(?:下单|购买)|官網(?:下單|購買)|独立站|平台外(?:交易|下单|购买)"_s),
            cjk(u"LINE(?:で|に)(?:連絡|ご連絡|追加)|公式サイト(?:で|から)(?:購入|ご購入|注文|ご注文)|直接(?:連絡|ご連絡)"_s),
        };
    }();
    return list;
}

const QList<QRegularExpression> &offPlatformPayment()
{
    static const QList<QRegularExpression> list = [] {
        const QString methods =
            u"(?:paypal|venmo|zelle|cash ?app|western union|moneygram|wise|bank transfer|wire transfer|crypto|bitcoin|usdt)"_s;
        return QList<QRegularExpression>{
            latin(u"pay(?:ing|ment)? (?:me |us )?(?:directly )?(?:via|through|by|with|on|using|over) "_s + methods),
            latin(
                u"paypal (?:me|directly|friends (?:and|&) family|f&f|gift)|friends (?:and|&) family|send (?:the )?(?:money|payment|funds) (?:directly|to my|to our|via|by|through)"_s),
            latin(
                u"bank (?:transfer|wire|details)|wire transfer|western union|moneygram|venmo|zelle|cash ?app|invoice you directly|pay (?:me |us )?outside"_s),
            latin(
                u"(?:per|via|mit) PayPal (?:direkt|Freunde)|direkt (?:per|über) PayPal|(?:per|via) Überweisung|Bankverbindung|IBAN"_s),
            latin(u"transferencia bancaria|pag(?:ar|ue|a|arnos) directamente|(?:por|con|v[ií]a) bizum"_s),
            latin(u"virement bancaire|payer directement|par virement"_s),
            latin(u"bonifico(?: bancario)?|pagare direttamente|ricarica postepay|postepay"_s),
            cjk(u"(?:私下|线下|線下)(?:交易|付款|转账|轉賬)|直接转账|直接轉賬|(?:微信|支付宝|支付寶)(?:转账|轉賬|付款|支付)|银行转账|銀行轉賬"_s),
            cjk(u"銀行振込|直接(?:取引|お支払い|振込)|PayPalで直接"_s),
        };
    }();
    return list;
}

const QRegularExpression &phoneCue()
{
    static const QRegularExpression re = [] {
        const QString latinCues =
            u"(?<![\\p{L}\\p{N}])(?:call|calling|phone|tel|telephone|mobile|cell|whats ?app|text (?:me|us)|sms|hotline|"
            u"telefon|handy|mobil|tel[ée]fono|llam[ae]|llamar|m[oó]vil|t[ée]l[ée]phone|appelez|portable|telefono|"
            u"cellulare|chiam[ai]|chiamare)(?![\\p{L}])"_s;
        return QRegularExpression(latinCues + u"|電話|电话|手机|手機|携帯|微信|联系|聯繫"_s, kOptions);
    }();
    return re;
}

QString dominantNonEnglishLatinLanguage(const QString &text)
{
    static const QHash<QString, QSet<QString>> stopwords{
        {u"en"_s,
         {u"the"_s,
          u"and"_s,
          u"you"_s,
          u"your"_s,
          u"is"_s,
          u"to"_s,
          u"we"_s,
          u"for"_s,
          u"of"_s,
          u"it"_s,
          u"this"_s,
          u"with"_s,
          u"have"_s,
          u"be"_s,
          u"will"_s,
          u"please"_s,
          u"thank"_s,
          u"thanks"_s,
          u"our"_s}},
        {u"de"_s,
         {u"und"_s,
          u"der"_s,
          u"die"_s,
          u"das"_s,
          u"sie"_s,
          u"ihre"_s,
          u"ist"_s,
          u"nicht"_s,
          u"wir"_s,
          u"mit"_s,
          u"für"_s,
          u"bitte"_s,
          u"vielen"_s,
          u"dank"_s,
          u"ich"_s,
          u"eine"_s,
          u"zu"_s,
          u"ihnen"_s,
          u"bestellung"_s}},
        {u"es"_s,
         {u"el"_s,
          u"los"_s,
          u"las"_s,
          u"que"_s,
          u"y"_s,
          u"su"_s,
          u"es"_s,
          u"por"_s,
          u"para"_s,
          u"gracias"_s,
          u"pedido"_s,
          u"con"_s,
          u"usted"_s,
          u"le"_s,
          u"una"_s,
          u"del"_s}},
        {u"fr"_s,
         {u"le"_s,
          u"les"_s,
          u"et"_s,
          u"vous"_s,
          u"votre"_s,
          u"est"_s,
          u"pour"_s,
          u"merci"_s,
          u"nous"_s,
          u"avec"_s,
          u"des"_s,
          u"une"_s,
          u"commande"_s,
          u"du"_s,
          u"pas"_s}},
        {u"it"_s,
         {u"il"_s,
          u"che"_s,
          u"di"_s,
          u"per"_s,
          u"grazie"_s,
          u"suo"_s,
          u"sua"_s,
          u"ordine"_s,
          u"con"_s,
          u"non"_s,
          u"siamo"_s,
          u"è"_s,
          u"gli"_s,
          u"della"_s}},
        {u"pt"_s,
         {u"os"_s,
          u"que"_s,
          u"para"_s,
          u"obrigado"_s,
          u"obrigada"_s,
          u"seu"_s,
          u"sua"_s,
          u"pedido"_s,
          u"com"_s,
          u"não"_s,
          u"você"_s,
          u"uma"_s,
          u"do"_s}},
        {u"nl"_s,
         {u"het"_s,
          u"een"_s,
          u"en"_s,
          u"van"_s,
          u"uw"_s,
          u"niet"_s,
          u"wij"_s,
          u"bedankt"_s,
          u"bestelling"_s,
          u"met"_s,
          u"voor"_s,
          u"je"_s}},
    };
    QHash<QString, int> hits;
    qsizetype start = -1;
    const QString lower = text.toLower();
    for (qsizetype i = 0; i <= lower.size(); ++i) {
        const bool letter = i < lower.size() && lower[i].isLetter();
        if (letter && start < 0)
            start = i;
        if (!letter && start >= 0) {
            const QString w = lower.mid(start, i - start);
            for (auto it = stopwords.cbegin(); it != stopwords.cend(); ++it)
                if (it.value().contains(w))
                    ++hits[it.key()];
            start = -1;
        }
    }
    const int en = hits.value(u"en"_s);
    QString best;
    int bestHits = 0;
    for (auto it = hits.cbegin(); it != hits.cend(); ++it) {
        if (it.key() != "en"_L1 && it.value() > bestHits) {
            best = it.key();
            bestHits = it.value();
        }
    }
    return bestHits >= 3 && bestHits > 2 * en ? best : QString();
}

} // namespace hd::CompliancePatterns
