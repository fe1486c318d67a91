#include "core/templates/ComplianceChecker.h"

#include "core/templates/CompliancePatterns.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

constexpr auto kOptions = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

struct Range
{
    qsizetype start = 0;
    qsizetype length = 0;
    qsizetype end() const { return start + length; }
    bool overlaps(const Range &o) const { return start < o.end() && o.start < end(); }
    bool within(const Range &o) const { return start >= o.start && end() <= o.end(); }
};

bool overlapsAny(const Range &r, const QList<Range> &ranges)
{
    return std::any_of(ranges.cbegin(), ranges.cend(), [&](const Range &o) { return r.overlaps(o); });
}

QList<Range> findAll(const QRegularExpression &re, const QString &text)
{
    QList<Range> out;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedLength() > 0)
            out.append({m.capturedStart(), m.capturedLength()});
    }
    return out;
}

/// Labels that double as words ("arrived.it", "contact.me", "pedido.es"): a bare domain ending in
/// one only counts when written in lower case with a real-looking name in front.
const QSet<QString> &ambiguousTlds()
{
    static const QSet<QString> s{u"it"_s, u"me"_s, u"to"_s, u"co"_s, u"at"_s, u"in"_s, u"no"_s, u"us"_s,
                                 u"be"_s, u"is"_s, u"so"_s, u"do"_s, u"go"_s, u"my"_s, u"id"_s, u"by"_s,
                                 u"as"_s, u"am"_s, u"es"_s, u"de"_s, u"se"_s, u"ca"_s, u"tv"_s, u"cc"_s};
    return s;
}

const QSet<QString> &knownTlds()
{
    static const QSet<QString> s = [] {
        QSet<QString> t{u"com"_s,  u"net"_s,  u"org"_s,  u"info"_s, u"biz"_s, u"shop"_s, u"store"_s, u"online"_s,
                        u"site"_s, u"xyz"_s,  u"top"_s,  u"app"_s,  u"ly"_s,  u"link"_s, u"club"_s,  u"website"_s,
                        u"tech"_s, u"page"_s, u"blog"_s, u"live"_s, u"io"_s,  u"uk"_s,   u"fr"_s,    u"nl"_s,
                        u"pl"_s,   u"dk"_s,   u"fi"_s,   u"ie"_s,   u"pt"_s,  u"cn"_s,   u"jp"_s,    u"kr"_s,
                        u"tw"_s,   u"hk"_s,   u"sg"_s,   u"au"_s,   u"nz"_s,  u"mx"_s,   u"br"_s,    u"ar"_s,
                        u"cl"_s,   u"ru"_s,   u"tr"_s,   u"ae"_s,   u"eu"_s,  u"ch"_s,   u"cz"_s,    u"hu"_s,
                        u"gr"_s,   u"ro"_s,   u"sk"_s,   u"vn"_s,   u"th"_s,  u"ph"_s,   u"ee"_s,    u"lt"_s,
                        u"lv"_s,   u"gl"_s,   u"gd"_s,   u"ws"_s};
        t.unite(ambiguousTlds());
        return t;
    }();
    return s;
}

/// The host of a link match: "https://user@Shop.Example.com:8080/x?y" -> "shop.example.com".
QString hostOf(QString link)
{
    link = link.toLower();
    if (const qsizetype scheme = link.indexOf(u"://"_s); scheme >= 0)
        link = link.mid(scheme + 3);
    static const QRegularExpression pathStart(u"[/?#]"_s);
    const qsizetype cut = link.indexOf(pathStart);
    if (cut >= 0)
        link.truncate(cut);
    if (const qsizetype at = link.lastIndexOf(u'@'); at >= 0)
        link = link.mid(at + 1);
    if (const qsizetype colon = link.indexOf(u':'); colon >= 0)
        link.truncate(colon);
    while (link.endsWith(u'.'))
        link.chop(1);
    return link;
}

/// Trailing punctuation belongs to the sentence, not the link ("see amazon.de/help.").
qsizetype trimLinkEnd(const QString &text, qsizetype start, qsizetype end)
{
    while (end > start) {
        const QChar c = text[end - 1];
        if (QStringView(u".,;:!?'\"»”’").contains(c)) {
            --end;
        } else if (c == u')' || c == u']') {
            const QStringView body = QStringView(text).mid(start, end - start);
            const QChar open = c == u')' ? u'(' : u'[';
            if (body.count(open) < body.count(c))
                --end;
            else
                break;
        } else {
            break;
        }
    }
    return end;
}

struct LinkMatch
{
    Range range;
    QString host;
};

QList<LinkMatch> findLinks(const QString &text)
{
    static const QRegularExpression withScheme(
        u"(?:https?|ftp)://[^\\s<>\"'，。、）】「」]+|(?<![\\p{Latin}\\p{N}.@-])www\\.[^\\s<>\"'，。、）】「」]+"_s,
        kOptions);
    static const QRegularExpression bare(
        u"(?<![\\p{Latin}\\p{N}@._/"
        u"-])((?:[\\p{Latin}\\p{N}](?:[\\p{Latin}\\p{N}-]{0,61}[\\p{Latin}\\p{N}])?\\.)+([A-Za-z]{2,12}))"
        u"(?![\\p{Latin}\\p{N}-])(/[^\\s<>\"'，。、）】「」]*)?"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    QList<LinkMatch> out;
    QList<Range> taken;
    for (const Range &r : findAll(withScheme, text)) {
        const qsizetype end = trimLinkEnd(text, r.start, r.end());
        const Range trimmed{r.start, end - r.start};
        out.append({trimmed, hostOf(text.mid(trimmed.start, trimmed.length))});
        taken.append(trimmed);
    }
    auto it = bare.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString host = m.captured(1);
        const QString tld = m.captured(2).toLower();
        const bool hasPath = m.capturedLength(3) > 1;
        if (!knownTlds().contains(tld))
            continue;
        const QStringList labels = host.split(u'.');
        if (ambiguousTlds().contains(tld) && !hasPath) {
            // "arrived.It works" is a typo, "tienda-online.es" is a link.
            if (host != host.toLower() || (labels.size() < 3 && labels.first().size() < 4))
                continue;
        }
        if (labels.size() == 2 && labels.first().size() == 1)
            continue; // "e.g", "i.e"-like abbreviations
        const qsizetype end = trimLinkEnd(text, m.capturedStart(0), m.capturedEnd(0));
        const Range r{m.capturedStart(0), end - m.capturedStart(0)};
        if (overlapsAny(r, taken))
            continue;
        out.append({r, host.toLower()});
    }
    return out;
}

QList<Range> findEmails(const QString &text)
{
    static const QRegularExpression plain(
        u"(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]+[@＠][\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.[A-Za-z]{2,}(?![\\p{L}\\p{N}])"_s,
        kOptions);
    static const QRegularExpression obfuscated(
        // The look-behind covers the whole name class: a match may only start where a name starts,
        // otherwise "a.a.a..." would be rescanned from every dot (quadratic).
        u"(?<![\\p{L}\\p{N}._+-])[\\p{L}\\p{N}._+-]+\\s*(?:\\(at\\)|\\[at\\]|\\{at\\}|\\s+at\\s+)\\s*[\\p{L}\\p{N}-]+"
        u"\\s*"
        u"(?:\\(dot\\)|\\[dot\\]|\\{dot\\}|\\s+dot\\s+)\\s*(?:com|net|org|de|fr|it|es|co\\.uk|uk|cn|jp)(?![\\p{L}\\p{N}])"_s,
        kOptions);
    QList<Range> out = findAll(plain, text);
    for (const Range &r : findAll(obfuscated, text))
        if (!overlapsAny(r, out))
            out.append(r);
    return out;
}

/// Decides whether a digit run is a phone number; see ComplianceChecker's class comment.
bool looksLikePhone(const QString &candidate, bool cueNearby)
{
    int digits = 0;
    for (QChar c : candidate)
        if (c.isDigit())
            ++digits;
    if (digits < 7 || digits > 15)
        return false;
    static const QRegularExpression notPhone(u"^(?:\\d{3}-\\d{7}-\\d{7}"            // Amazon order
                                             u"|\\d{2}-\\d{5}-\\d{5}"               // eBay order
                                             u"|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}"   // ISO-ish date
                                             u"|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}" // day/month/year
                                             u"|\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?"   // 1.299.000 amounts
                                             u")$"_s);
    if (notPhone.match(candidate).hasMatch())
        return false;
    static const QRegularExpression international(u"^(?:\\+|00)\\s?[1-9]"_s);
    static const QRegularExpression areaCode(u"^\\(\\d{2,5}\\)\\s?\\d"_s);
    static const QRegularExpression nanp(u"^\\d{3}[-. ]\\d{3}[-. ]\\d{4}$"_s);
    static const QRegularExpression trunk(u"^0\\d*[ ./-]"_s);
    static const QRegularExpression grouped(u"^\\d{2,4}(?:[ .-]\\d{2,4}){2,4}$"_s);
    if (international.match(candidate).hasMatch() || areaCode.match(candidate).hasMatch()
        || nanp.match(candidate).hasMatch())
        return true;
    if (trunk.match(candidate).hasMatch() && digits >= 9 && digits <= 12)
        return true;
    if (grouped.match(candidate).hasMatch() && digits >= 8 && digits <= 11)
        return true;
    return cueNearby;
}

QList<Range> findPhones(const QString &text, const QList<Range> &exclude)
{
    static const QRegularExpression candidates(
        // Latin letters only around the number: CJK text runs straight into it ("お電話は03-1234-5678まで").
        u"(?<![\\p{Latin}\\p{N}_#/.,-])(?:\\+|\\()?\\d[\\d \\x{00A0}().\\-/]{4,24}\\d(?![\\p{Latin}\\p{N}_])"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    QList<Range> out;
    auto it = candidates.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        QString cand = m.captured(0);
        qsizetype start = m.capturedStart(0);
        // A "+" directly before a letter-free run belongs to the number; a trailing ")" only if opened.
        if (cand.endsWith(u')') && cand.count(u'(') < cand.count(u')'))
            cand.chop(1);
        const Range r{start, cand.size()};
        if (overlapsAny(r, exclude))
            continue;
        const qsizetype cueFrom = qMax<qsizetype>(0, start - 30);
        const bool cue = CompliancePatterns::phoneCue().match(text.mid(cueFrom, start - cueFrom)).hasMatch();
        if (looksLikePhone(cand.trimmed(), cue))
            out.append(r);
    }
    return out;
}

/// Ranges of the protected terms (order and tracking numbers) in the text.
QList<Range> protectedRanges(const QString &text, const QStringList &terms)
{
    QList<Range> out;
    for (const QString &term : terms) {
        const QString t = term.trimmed();
        if (t.size() < 3)
            continue;
        qsizetype from = 0;
        while ((from = text.indexOf(t, from, Qt::CaseInsensitive)) >= 0) {
            out.append({from, t.size()});
            from += t.size();
        }
    }
    return out;
}

QString languageName(const QString &code)
{
    const QLocale::Language lang = QLocale(code).language();
    if (lang == QLocale::C || lang == QLocale::AnyLanguage)
        return code;
    return QLocale::languageToString(lang);
}

/// Share of letters in a script other than Latin (CJK, Cyrillic, Arabic, ...) and the first run of them.
Range nonLatinShare(const QString &text, double *share)
{
    int letters = 0;
    int foreign = 0;
    qsizetype first = -1;
    qsizetype last = -1;
    bool runClosed = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!c.isLetter())
            continue;
        ++letters;
        const auto script = c.script();
        if (script != QChar::Script_Latin && script != QChar::Script_Common && script != QChar::Script_Inherited) {
            ++foreign;
            if (first < 0)
                first = i;
            if (!runClosed)
                last = i;
        } else if (first >= 0) {
            runClosed = true;
        }
    }
    *share = letters ? double(foreign) / letters : 0.0;
    return first < 0 ? Range{0, 0} : Range{first, last - first + 1};
}

} // namespace

bool ComplianceChecker::isAllowedHost(const QString &host, const QStringList &allowedDomains)
{
    const QString h = host.toLower();
    const QStringList labels = h.split(u'.', Qt::SkipEmptyParts);
    for (const QString &pattern : allowedDomains) {
        const QString p = pattern.toLower();
        if (p.endsWith(".*"_L1)) {
            const QString brand = p.chopped(2);
            // brand.<suffix> where suffix is "de", "com" or "co.uk" / "com.au" shaped.
            for (qsizetype i = 0; i < labels.size(); ++i) {
                if (labels[i] != brand)
                    continue;
                const QStringList suffix = labels.mid(i + 1);
                if (suffix.size() == 1 && suffix[0].size() >= 2)
                    return true;
                if (suffix.size() == 2
                    && QStringList{u"co"_s, u"com"_s, u"org"_s, u"net"_s, u"ac"_s}.contains(suffix[0])
                    && suffix[1].size() == 2)
                    return true;
            }
        } else if (h == p || h.endsWith(u'.' + p)) {
            return true;
        }
    }
    return false;
}

ComplianceChecker::MessagingWindow ComplianceChecker::messagingWindow(const ComplianceContext &ctx)
{
    if (ctx.lastBuyerMessageAt <= 0)
        return MessagingWindow::Unknown;
    const qint64 age = ctx.nowMs - ctx.lastBuyerMessageAt;
    if (age <= kStandardWindowMs)
        return MessagingWindow::Standard;
    if (age <= kHumanAgentWindowMs)
        return MessagingWindow::HumanAgentTag;
    return MessagingWindow::Closed;
}

bool ComplianceChecker::blocksSending(const QList<ComplianceIssue> &issues)
{
    return std::any_of(issues.cbegin(), issues.cend(), [](const ComplianceIssue &i) {
        return i.severity == ComplianceSeverity::Block;
    });
}

QList<ComplianceIssue>
ComplianceChecker::check(const QString &text, const CompliancePolicy &policy, const ComplianceContext &ctx) const
{
    using R = ComplianceRule;
    QList<ComplianceIssue> issues;
    const QString platform = policy.platformName.isEmpty() ? tr("This channel") : policy.platformName;
    auto add = [&](R rule, ComplianceSeverity severity, const QString &message, const Range &r) {
        issues.append({complianceRuleId(rule),
                       severity,
                       message,
                       int(r.start),
                       int(r.length),
                       r.length > 0 ? text.mid(r.start, r.length) : QString()});
    };
    auto blockOrWarn = [&](R rule, const QString &blockMessage, const QString &warnMessage, const Range &r) {
        const ComplianceSeverity s = policy.severity(rule);
        add(rule, s, s == ComplianceSeverity::Block ? blockMessage : warnMessage, r);
    };
    auto phrases = [&](R rule,
                       const QList<QRegularExpression> &patterns,
                       const QString &blockMessage,
                       const QString &warnMessage) {
        QList<Range> seen;
        for (const QRegularExpression &re : patterns) {
            for (const Range &r : findAll(re, text)) {
                if (overlapsAny(r, seen))
                    continue;
                seen.append(r);
                blockOrWarn(rule, blockMessage, warnMessage, r);
            }
        }
    };

    if (policy.has(R::UnfilledPlaceholder)) {
        static const QRegularExpression leftovers(
            u"\\{\\{[^{}\\n]{0,200}\\}\\}|\\[\\[[^\\[\\]\\n]{1,200}\\]\\]|\\{\\{|\\}\\}"_s);
        for (const Range &r : findAll(leftovers, text))
            add(R::UnfilledPlaceholder,
                policy.severity(R::UnfilledPlaceholder),
                tr("This placeholder was not filled in. Replace it with the real value or remove it."),
                r);
    }

    if (policy.has(R::MessagingWindow)) {
        switch (messagingWindow(ctx)) {
        case MessagingWindow::Standard: break;
        case MessagingWindow::HumanAgentTag:
            add(R::MessagingWindow,
                ComplianceSeverity::Warn,
                tr("The buyer wrote more than 24 hours ago. %1 accepts this reply only as a personal answer from "
                   "you (HUMAN_AGENT tag, up to 7 days): no automated or promotional messages.")
                    .arg(platform),
                {});
            break;
        case MessagingWindow::Closed:
            add(R::MessagingWindow,
                policy.severity(R::MessagingWindow),
                tr("The buyer wrote more than 7 days ago. %1 no longer accepts replies in this conversation; wait "
                   "for the buyer to write again.")
                    .arg(platform),
                {});
            break;
        case MessagingWindow::Unknown:
            add(R::MessagingWindow,
                ComplianceSeverity::Warn,
                tr("No message from the buyer is known. %1 only accepts replies to conversations the buyer started, "
                   "within 7 days.")
                    .arg(platform),
                {});
            break;
        }
    }

    if (policy.has(R::EnglishOnly)) {
        double share = 0.0;
        const Range foreign = nonLatinShare(text, &share);
        const QString detected = ctx.replyLanguage.trimmed().toLower().left(2);
        const QString whole = tr("%1 requires replies in English for US and Canada orders. This reply looks like %2.");
        if (!detected.isEmpty() && detected != "en"_L1) {
            add(R::EnglishOnly,
                policy.severity(R::EnglishOnly),
                whole.arg(platform, languageName(detected)),
                {0, text.size()});
        } else if (detected.isEmpty() && share > 0.2) {
            add(R::EnglishOnly,
                policy.severity(R::EnglishOnly),
                tr("%1 requires replies in English for US and Canada orders. This reply contains text in another "
                   "script.")
                    .arg(platform),
                foreign);
        } else if (detected.isEmpty()) {
            const QString guess = CompliancePatterns::dominantNonEnglishLatinLanguage(text);
            if (!guess.isEmpty())
                add(R::EnglishOnly,
                    ComplianceSeverity::Warn,
                    tr("%1 requires replies in English for US and Canada orders. This reply may be in %2.")
                        .arg(platform, languageName(guess)),
                    {0, text.size()});
        }
    }

    const QList<Range> protectedTerms = protectedRanges(text, ctx.protectedTerms);
    const QList<Range> emails = findEmails(text);
    const QList<LinkMatch> links = findLinks(text);

    if (policy.has(R::EmailAddress)) {
        for (const Range &r : emails)
            blockOrWarn(R::EmailAddress,
                        tr("%1 does not allow e-mail addresses in messages to buyers.").arg(platform),
                        tr("An e-mail address on %1 can look like moving the buyer off the platform. Keep the "
                           "conversation here if you can.")
                            .arg(platform),
                        r);
    }

    QList<Range> linkRanges;
    for (const LinkMatch &l : links) {
        linkRanges.append(l.range);
        if (!policy.has(R::ExternalLink) || overlapsAny(l.range, emails) || overlapsAny(l.range, protectedTerms))
            continue;
        if (isAllowedHost(l.host, policy.allowedLinkDomains))
            continue;
        blockOrWarn(
            R::ExternalLink,
            tr("%1 does not allow links to websites outside %1.").arg(platform),
            tr("%1 discourages links to outside websites. Check that this link is needed and allowed.").arg(platform),
            l.range);
    }

    if (policy.has(R::PhoneNumber)) {
        const QList<Range> exclude = emails + linkRanges + protectedTerms;
        for (const Range &r : findPhones(text, exclude))
            blockOrWarn(R::PhoneNumber,
                        tr("%1 does not allow phone numbers in messages to buyers.").arg(platform),
                        tr("A phone number on %1 can look like moving the buyer off the platform.").arg(platform),
                        r);
    }

    if (policy.has(R::Marketing)) {
        QList<Range> seen;
        for (const auto &phrase : CompliancePatterns::marketing()) {
            for (const Range &r : findAll(phrase.re, text)) {
                if (overlapsAny(r, seen))
                    continue;
                seen.append(r);
                if (phrase.strong)
                    blockOrWarn(
                        R::Marketing,
                        tr("%1 does not allow marketing or promotions in messages to buyers.").arg(platform),
                        tr("This reads like marketing. %1 does not allow promotional content in messages to buyers.")
                            .arg(platform),
                        r);
                else
                    add(R::Marketing,
                        ComplianceSeverity::Warn,
                        tr("This may read like marketing. %1 does not allow promotional content; rephrase if it is not "
                           "about this order.")
                            .arg(platform),
                        r);
            }
        }
    }

    if (policy.has(R::ReviewIncentive))
        phrases(R::ReviewIncentive,
                CompliancePatterns::reviewIncentive(),
                tr("Offering anything in exchange for a review is not allowed, by %1's rules and by consumer law.")
                    .arg(platform),
                tr("Offering anything in exchange for a review is not allowed in most countries."));
    if (policy.has(R::ReviewRequest))
        phrases(R::ReviewRequest,
                CompliancePatterns::reviewRequest(),
                tr("%1 does not allow asking for positive reviews or ratings. You may ask neutrally for a review.")
                    .arg(platform),
                tr("Asking for a positive rating can break %1's feedback rules. Ask neutrally instead.").arg(platform));
    if (policy.has(R::OffPlatformContact))
        phrases(R::OffPlatformContact,
                CompliancePatterns::offPlatformContact(),
                tr("%1 does not allow moving buyers to other contact channels or websites.").arg(platform),
                tr("%1 asks sellers to keep conversations and sales on %1.").arg(platform));
    if (policy.has(R::OffPlatformPayment))
        phrases(R::OffPlatformPayment,
                CompliancePatterns::offPlatformPayment(),
                tr("%1 does not allow payments outside %1.").arg(platform),
                tr("%1 asks that all payments go through %1.").arg(platform));

    std::stable_sort(issues.begin(), issues.end(), [](const ComplianceIssue &a, const ComplianceIssue &b) {
        if (a.start != b.start)
            return a.start < b.start;
        return a.severity == ComplianceSeverity::Block && b.severity != ComplianceSeverity::Block;
    });
    return issues;
}

} // namespace hd
