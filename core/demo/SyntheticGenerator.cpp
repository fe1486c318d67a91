#include "core/demo/SyntheticGenerator.h"

#include "core/demo/SyntheticDraws.h"
#include "core/demo/SyntheticVocabulary.h"
#include "core/storage/DirectoryRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>

namespace hd {
using namespace Qt::StringLiterals;
using namespace hd::synth;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

enum class OrderFormat { Amazon, Ebay, Etsy, Walmart, Shopify, Shopee, AliExpress, TikTok, WebShop };

struct LanguageWeight
{
    int language; // index into SyntheticVocabulary::languages()
    int weight;
};

} // namespace

struct SyntheticGenerator::ChannelSpec
{
    ChannelKind kind;
    QString name;
    QString marketplace;
    int weight; // share of conversations, percent
    std::vector<LanguageWeight> languages;
    OrderFormat format;
    QString currency;
    bool subjects;       // e-mail-like channels carry a subject line
    QString relayDomain; // buyers write from an anonymised relay address
    int buyerPool = 1;
};

struct SyntheticGenerator::Plan
{
    int conversation = 0;
    int channel = 0;
    int language = 0;
    int topic = 0;
    quint64 seed = 0;
    QString conversationExternalId;
    QString buyerExternalId;
    QString buyerName;
    QString buyerCall; // how a reply addresses the buyer, and how the buyer signs
    QString buyerEmail;
    QString buyerCountry;
    QString product;
    QString carrier;
    QString tracking;
    QString orderNumber;
    std::optional<Order> order;
    int days = 3;
    int qty = 2;
    QString status;
    QString assigneeEmail;
    QStringList tags;
    QString subject;
    std::vector<qint64> times;
    std::vector<bool> outbound;
    int next = 0;
};

namespace {

struct AgentSpec
{
    const char *name;
    const char *email;
    const char *languages;
};

constexpr AgentSpec kAgents[] = {
    {"Li Wei", "li.wei@synthetic.harbordesk.test", "zh,en"},
    {"Chen Jing", "chen.jing@synthetic.harbordesk.test", "zh,en,ja"},
    {"Anna Schneider", "anna.schneider@synthetic.harbordesk.test", "de,en"},
    {"Carlos Ortega", "carlos.ortega@synthetic.harbordesk.test", "es,en,it"},
    {"Sophie Laurent", "sophie.laurent@synthetic.harbordesk.test", "fr,en"},
    {"Yuki Tanaka", "yuki.tanaka@synthetic.harbordesk.test", "ja,en"},
    {"Emma Clarke", "emma.clarke@synthetic.harbordesk.test", "en"},
    {"Marco Bellini", "marco.bellini@synthetic.harbordesk.test", "it,en,es"},
};

// Carriers a buyer of each language sees; tracking formats follow the carrier's position.
const QList<QStringList> &carriersByLanguage()
{
    static const QList<QStringList> carriers{
        {u"UPS"_s, u"USPS"_s, u"FedEx"_s},
        {u"Correos"_s, u"SEUR"_s, u"MRW"_s},
        {u"DHL"_s, u"Hermes"_s, u"DPD"_s},
        {u"Colissimo"_s, u"Chronopost"_s, u"Mondial Relay"_s},
        {u"Poste Italiane"_s, u"BRT"_s, u"GLS"_s},
        {u"ヤマト運輸"_s, u"佐川急便"_s, u"日本郵便"_s},
        {u"顺丰速运"_s, u"中通快递"_s, u"菜鸟"_s},
    };
    return carriers;
}

const QStringList &mailDomains(const QString &language)
{
    static const QHash<QString, QStringList> domains{
        {u"en"_s, {u"gmail.com"_s, u"yahoo.com"_s, u"outlook.com"_s}},
        {u"es"_s, {u"gmail.com"_s, u"hotmail.es"_s, u"yahoo.es"_s}},
        {u"de"_s, {u"web.de"_s, u"gmx.de"_s, u"t-online.de"_s}},
        {u"fr"_s, {u"orange.fr"_s, u"free.fr"_s, u"gmail.com"_s}},
        {u"it"_s, {u"libero.it"_s, u"gmail.com"_s, u"virgilio.it"_s}},
        {u"ja"_s, {u"yahoo.co.jp"_s, u"docomo.ne.jp"_s, u"gmail.com"_s}},
        {u"zh"_s, {u"qq.com"_s, u"163.com"_s, u"126.com"_s}},
    };
    static const QStringList fallback{u"example.com"_s};
    const auto it = domains.constFind(language);
    return it == domains.constEnd() ? fallback : *it;
}

QString postcode(const QString &country, quint64 h)
{
    if (country == "JP"_L1)
        return digits(h % 1000, 3) + u'-' + digits((h / 1000) % 10000, 4);
    if (country == "CN"_L1 || country == "SG"_L1)
        return digits(h % 1000000, 6);
    return digits(h % 100000, 5);
}

} // namespace

SyntheticGenerator::SyntheticGenerator(quint64 seed, int conversations, int messages, qint64 nowMs)
    : m_seed(seed)
    , m_conversations(std::max(0, std::min(conversations, messages)))
    , m_messages(m_conversations > 0 ? std::max(0, messages) : 0)
    , m_nowMs(nowMs)
    , m_vocab(std::make_unique<SyntheticVocabulary>())
{
    const auto lang = [this](const char *code) { return m_vocab->indexOf(QString::fromLatin1(code)); };
    const auto L = [&](std::initializer_list<std::pair<const char *, int>> items) {
        std::vector<LanguageWeight> out;
        for (const auto &[code, w] : items)
            out.push_back({lang(code), w});
        return out;
    };
    using K = ChannelKind;
    using F = OrderFormat;
    m_channels = {
        {K::Amazon,
         u"Amazon US"_s,
         u"US"_s,
         22,
         L({{"en", 85}, {"es", 15}}),
         F::Amazon,
         u"USD"_s,
         true,
         u"marketplace.amazon.com"_s},
        {K::Amazon,
         u"Amazon DE"_s,
         u"DE"_s,
         10,
         L({{"de", 80}, {"en", 8}, {"fr", 6}, {"it", 6}}),
         F::Amazon,
         u"EUR"_s,
         true,
         u"marketplace.amazon.de"_s},
        {K::Amazon,
         u"Amazon JP"_s,
         u"JP"_s,
         6,
         L({{"ja", 95}, {"en", 5}}),
         F::Amazon,
         u"JPY"_s,
         true,
         u"marketplace.amazon.co.jp"_s},
        {K::Ebay, u"eBay US"_s, u"US"_s, 13, L({{"en", 90}, {"es", 10}}), F::Ebay, u"USD"_s, false, {}},
        {K::Etsy,
         u"Etsy shop"_s,
         u"US"_s,
         7,
         L({{"en", 70}, {"fr", 10}, {"de", 10}, {"it", 10}}),
         F::Etsy,
         u"USD"_s,
         false,
         {}},
        {K::Walmart,
         u"Walmart US"_s,
         u"US"_s,
         8,
         L({{"en", 90}, {"es", 10}}),
         F::Walmart,
         u"USD"_s,
         true,
         u"relay.walmart.com"_s},
        {K::Shopify,
         u"Shopify store"_s,
         {},
         7,
         L({{"en", 45}, {"fr", 15}, {"de", 15}, {"es", 15}, {"it", 10}}),
         F::Shopify,
         u"EUR"_s,
         true,
         {}},
        {K::Shopee, u"Shopee SG"_s, u"SG"_s, 7, L({{"zh", 60}, {"en", 40}}), F::Shopee, u"SGD"_s, false, {}},
        {K::AliExpress,
         u"AliExpress"_s,
         u"ES"_s,
         6,
         L({{"es", 40}, {"fr", 25}, {"it", 15}, {"de", 10}, {"en", 10}}),
         F::AliExpress,
         u"EUR"_s,
         false,
         {}},
        {K::TikTokShop, u"TikTok Shop US"_s, u"US"_s, 5, L({{"en", 85}, {"es", 15}}), F::TikTok, u"USD"_s, false, {}},
        {K::Email,
         u"Support e-mail"_s,
         {},
         5,
         L({{"en", 40}, {"de", 15}, {"fr", 15}, {"es", 10}, {"it", 10}, {"ja", 5}, {"zh", 5}}),
         F::WebShop,
         u"EUR"_s,
         true,
         {}},
        {K::Facebook,
         u"Facebook page"_s,
         {},
         4,
         L({{"en", 60}, {"es", 20}, {"it", 10}, {"fr", 10}}),
         F::WebShop,
         u"EUR"_s,
         false,
         {}},
    };
    // About 60% as many buyers as conversations per channel; the skewed pick below reuses many of them.
    for (ChannelSpec &c : m_channels)
        c.buyerPool = std::max(1, int(0.6 * double(m_conversations) * c.weight / 100.0));
    m_channelIds.assign(m_channels.size(), 0);

    // Messages per conversation: one each, the rest spread with a few long "chatty" threads.
    m_counts.assign(std::size_t(m_conversations), 1);
    if (m_conversations > 0) {
        std::mt19937_64 rng(mix(seed, 0xC0FFEE));
        const int cap = std::min(65535, std::max(60, 2 * (m_messages / m_conversations) + 2));
        const int chattyStride = 25;
        const int chattySlots = (m_conversations + chattyStride - 1) / chattyStride;
        for (qint64 extra = qint64(m_messages) - m_conversations; extra > 0; --extra) {
            int i = chance(rng, 0.15) ? below(rng, chattySlots) * chattyStride : below(rng, m_conversations);
            while (m_counts[std::size_t(i)] >= cap)
                i = below(rng, m_conversations);
            ++m_counts[std::size_t(i)];
        }
    }
}

SyntheticGenerator::~SyntheticGenerator() = default;

QList<Channel> SyntheticGenerator::channels() const
{
    QList<Channel> out;
    for (std::size_t i = 0; i < m_channels.size(); ++i) {
        Channel c;
        c.id = m_channelIds[i];
        c.kind = m_channels[i].kind;
        c.name = m_channels[i].name;
        c.marketplace = m_channels[i].marketplace;
        c.configJson = u"{\"synthetic\":true}"_s;
        c.createdAt = m_nowMs - kSpanMs - kDay;
        out << c;
    }
    return out;
}

void SyntheticGenerator::setChannelIds(const QList<qint64> &ids)
{
    for (std::size_t i = 0; i < m_channelIds.size() && i < std::size_t(ids.size()); ++i)
        m_channelIds[i] = ids.at(qsizetype(i));
}

QList<Agent> SyntheticGenerator::agents() const
{
    QList<Agent> out;
    for (const AgentSpec &s : kAgents) {
        Agent a;
        a.name = QString::fromLatin1(s.name);
        a.email = QString::fromLatin1(s.email);
        a.languages = QString::fromLatin1(s.languages).split(u',');
        a.timeZone = u"UTC"_s;
        out << a;
    }
    return out;
}

Status SyntheticGenerator::prepareDirectory(const DirectoryRepository &directory)
{
    const auto existing = directory.channels();
    if (!existing)
        return existing.error();
    QList<qint64> ids;
    for (const Channel &wanted : channels()) {
        qint64 id = 0;
        for (const Channel &c : *existing)
            if (c.kind == wanted.kind && c.name == wanted.name)
                id = c.id;
        if (id == 0) {
            auto added = directory.addChannel(wanted);
            if (!added)
                return added.error();
            id = *added;
        }
        ids << id;
    }
    setChannelIds(ids);
    if (m_assign) {
        const auto agentsNow = directory.agents();
        if (!agentsNow)
            return agentsNow.error();
        for (const Agent &wanted : agents()) {
            const bool known = std::any_of(agentsNow->begin(), agentsNow->end(), [&](const Agent &a) {
                return a.email == wanted.email;
            });
            if (!known)
                if (auto added = directory.addAgent(wanted); !added)
                    return added.error();
        }
    }
    return {};
}

qint64 SyntheticGenerator::startTime(int conversation) const
{
    // One slot per conversation across the span, jittered inside its slot: strictly increasing.
    const double jitter = double(mix(m_seed, 0x57A27, quint64(conversation)) >> 11) * 0x1.0p-53;
    const double at = (double(conversation) + jitter) / double(m_conversations);
    return m_nowMs - kSpanMs + qint64(at * double(kSpanMs - kHour));
}

QString SyntheticGenerator::productName(int product) const
{
    const quint64 h = mix(m_seed, 0x9A0D, quint64(product));
    const QStringList &adj = m_vocab->productAdjectives();
    const QStringList &col = m_vocab->productColors();
    const QStringList &noun = m_vocab->productNouns();
    const QString model = base36(h >> 40, 2, true).replace(u'0', u'X') + u'-' + digits((h >> 8) % 9000 + 1000, 4);
    return adj.at(qsizetype(h % quint64(adj.size()))) + u' ' + col.at(qsizetype((h >> 16) % quint64(col.size()))) + u' '
        + noun.at(qsizetype((h >> 24) % quint64(noun.size()))) + u' ' + model;
}

QString SyntheticGenerator::trackingNumber(int language, int carrier, quint64 h) const
{
    const QString &lang = m_vocab->languages().at(language).code;
    if (lang == "en"_L1) {
        if (carrier == 0)
            return u"1Z"_s + base36(h, 6, true) + digits(mix(h) % 10000000000ULL, 10);
        if (carrier == 1)
            return u"9400"_s + digits(h % 1000000000000000000ULL, 18);
        return digits(h % 1000000000000ULL, 12);
    }
    if (carrier == 0) // UPU S10 style: two letters, nine digits, country
        return base36(10 + h % 26, 1, true) + base36(10 + (h >> 5) % 26, 1, true) + digits((h >> 10) % 1000000000, 9)
            + m_vocab->languages().at(language).country;
    return digits(h % 1000000000000ULL, 12);
}

std::unique_ptr<SyntheticGenerator::Plan> SyntheticGenerator::makePlan(int conversation) const
{
    auto p = std::make_unique<Plan>();
    p->conversation = conversation;
    p->seed = mix(m_seed, 0xC0417, quint64(conversation));
    std::mt19937_64 rng(p->seed);

    QList<int> channelWeights;
    for (const ChannelSpec &c : m_channels)
        channelWeights << c.weight;
    p->channel = weighted(rng, channelWeights);
    const ChannelSpec &ch = m_channels[std::size_t(p->channel)];
    const QString seedTag = QString::number(m_seed, 36);
    p->conversationExternalId = u"syn-%1-%2"_s.arg(seedTag).arg(conversation);

    // The buyer: a skewed pick from this channel's pool, so some buyers write many times.
    const int buyer = std::min(ch.buyerPool - 1, int(double(ch.buyerPool) * std::pow(unit(rng), 1.6)));
    const quint64 bh = mix(m_seed, 0xB0E7 + quint64(p->channel), quint64(buyer));
    std::mt19937_64 brng(bh);
    QList<int> langWeights;
    for (const LanguageWeight &lw : ch.languages)
        langWeights << lw.weight;
    p->language = ch.languages[std::size_t(weighted(brng, langWeights))].language;
    const SyntheticLanguage &L = m_vocab->languages().at(p->language);
    const QString given = L.givenNames.at(below(brng, int(L.givenNames.size())));
    const QString family = L.familyNames.at(below(brng, int(L.familyNames.size())));
    if (L.familyNameFirst)
        p->buyerName = family + (L.code == "ja"_L1 ? u" "_s : QString()) + given;
    else
        p->buyerName = given + u' ' + family;
    p->buyerCall = L.familyNameFirst ? QString(family + given) : given;
    p->buyerCountry = (!ch.marketplace.isEmpty() && chance(brng, 0.8)) ? ch.marketplace : L.country;
    const QString folded = asciiFold(given) + u'.' + asciiFold(family);
    const QStringList &domains = mailDomains(L.code);
    const QString personal = (folded.size() > 1 ? folded : u"user"_s) + base36(bh >> 20, 5) + u'@'
        + domains.at(below(brng, int(domains.size())));
    switch (ch.kind) {
    case ChannelKind::Amazon:
    case ChannelKind::Walmart:
        p->buyerEmail = base36(bh, 13) + u'@' + ch.relayDomain;
        p->buyerExternalId = p->buyerEmail;
        break;
    case ChannelKind::Ebay:
        p->buyerExternalId = (asciiFold(given).isEmpty() ? u"buyer"_s : asciiFold(given)) + u'_' + base36(bh >> 8, 6);
        break;
    case ChannelKind::Etsy:
        p->buyerExternalId = digits(permute(quint64(buyer), 1000000000ULL, m_seed ^ 0xE75), 9);
        break;
    case ChannelKind::Shopee: p->buyerExternalId = u"sp"_s + base36(bh >> 4, 10); break;
    case ChannelKind::AliExpress:
        p->buyerExternalId = L.code + digits(permute(quint64(buyer), 10000000000ULL, m_seed ^ 0xA1E), 10);
        break;
    case ChannelKind::TikTokShop:
        p->buyerExternalId = u"7"_s + digits(permute(quint64(buyer), 1000000000000000000ULL, m_seed ^ 0x717), 18);
        break;
    case ChannelKind::Facebook:
    case ChannelKind::Instagram:
        p->buyerExternalId = digits(permute(quint64(buyer), 10000000000000000ULL, m_seed ^ 0xFB), 16);
        break;
    default:
        p->buyerEmail = personal;
        p->buyerExternalId = personal;
        break;
    }

    p->topic = weighted(rng, SyntheticVocabulary::topicWeights());
    p->product = productName(zipf(rng, 2000));
    p->days = between(rng, 2, 21);
    p->qty = between(rng, 2, 10);
    const QStringList &carriers = carriersByLanguage().at(p->language);
    const int carrier = below(rng, int(carriers.size()));
    p->carrier = carriers.at(carrier);
    p->tracking = trackingNumber(p->language, carrier, mix(p->seed, 0x7AC));

    // Message times: replies within hours, buyer follow-ups within a day or two; never after now.
    const int count = m_counts[std::size_t(conversation)];
    const qint64 start = startTime(conversation);
    p->times.resize(std::size_t(count));
    p->outbound.resize(std::size_t(count));
    qint64 t = start;
    for (int k = 0; k < count; ++k) {
        bool out = false;
        if (k > 0) {
            const bool prevOut = p->outbound[std::size_t(k - 1)];
            out = prevOut ? chance(rng, 0.15) : chance(rng, 0.4);
            if (out)
                t += 5 * kMinute + std::min(exponentialMs(rng, 4 * kHour), 2 * kDay);
            else
                t += 30 * kMinute + std::min(exponentialMs(rng, prevOut ? 12 * kHour : 18 * kHour), 5 * kDay);
        }
        p->times[std::size_t(k)] = t;
        p->outbound[std::size_t(k)] = out;
    }
    const qint64 latest = std::max(start, m_nowMs - kMinute);
    if (t > latest) {
        const double scale = double(latest - start) / double(t - start);
        for (qint64 &at : p->times)
            at = start + qint64(double(at - start) * scale);
    }

    // Where the conversation stands now.
    const qint64 last = p->times.back();
    const bool lastOut = p->outbound.back();
    if (m_nowMs - last > 30 * kDay)
        p->status = chance(rng, 0.97) ? u"resolved"_s : u"pending"_s;
    else if (m_nowMs - last > 10 * kDay)
        p->status = chance(rng, 0.8) ? u"resolved"_s : (lastOut ? u"pending"_s : u"open"_s);
    else if (lastOut)
        p->status = chance(rng, 0.6) ? u"pending"_s : u"resolved"_s;
    else
        p->status = chance(rng, 0.85) ? u"open"_s : u"resolved"_s;
    if (m_assign && chance(rng, p->status == "resolved"_L1 ? 0.95 : 0.6)) {
        QList<int> speakers;
        for (int a = 0; a < int(std::size(kAgents)); ++a)
            if (QString::fromLatin1(kAgents[a].languages).split(u',').contains(L.code))
                speakers << a;
        const int a =
            speakers.isEmpty() ? below(rng, int(std::size(kAgents))) : speakers.at(below(rng, int(speakers.size())));
        p->assigneeEmail = QString::fromLatin1(kAgents[a].email);
    }
    if (chance(rng, 0.35))
        p->tags << SyntheticVocabulary::topicName(p->topic);
    if (chance(rng, 0.03))
        p->tags << u"vip"_s;

    // About 70% of conversations are about an order; pre-sale questions rarely are.
    const bool hasOrder = chance(rng, p->topic == SyntheticVocabulary::ProductQuestion ? 0.15 : 0.79);
    if (hasOrder) {
        const quint64 idx = quint64(conversation);
        const quint64 salt = m_seed ^ (quint64(p->channel) << 32);
        switch (ch.format) {
        case OrderFormat::Amazon: {
            const QString d = digits(permute(idx, 10000000000000000ULL, salt), 16);
            p->orderNumber = QString::number(1 + idx % 4) + d.left(2) + u'-' + d.mid(2, 7) + u'-' + d.mid(9, 7);
            break;
        }
        case OrderFormat::Ebay: {
            const QString d = digits(permute(idx, 1000000000000ULL, salt), 12);
            p->orderNumber = d.left(2) + u'-' + d.mid(2, 5) + u'-' + d.mid(7, 5);
            break;
        }
        case OrderFormat::Etsy:
            p->orderNumber = QString::number(1000000000ULL + permute(idx, 9000000000ULL, salt));
            break;
        case OrderFormat::Walmart: p->orderNumber = u"2"_s + digits(permute(idx, 100000000000000ULL, salt), 14); break;
        case OrderFormat::Shopify: p->orderNumber = u"#"_s + QString::number(100001 + idx); break;
        case OrderFormat::Shopee:
            p->orderNumber =
                QDateTime::fromMSecsSinceEpoch(start - p->days * kDay, QTimeZone::utc()).toString(u"yyMMdd"_s)
                + base36(permute(idx, 2821109907456ULL /* 36^8 */, salt), 8, true);
            break;
        case OrderFormat::AliExpress:
            p->orderNumber = u"8"_s + digits(permute(idx, 1000000000000000ULL, salt), 15);
            break;
        case OrderFormat::TikTok:
            p->orderNumber = u"57"_s + digits(permute(idx, 10000000000000000ULL, salt), 16);
            break;
        case OrderFormat::WebShop: p->orderNumber = u"WS-"_s + digits(permute(idx, 10000000ULL, salt), 7); break;
        }
        Order o;
        o.externalId = p->orderNumber;
        o.currency = ch.currency;
        const bool yen = ch.currency == "JPY"_L1;
        const qint64 unitPrice = yen ? between(rng, 8, 250) * 100 : between(rng, 599, 19999);
        OrderItem item;
        item.title = p->product;
        item.sku = u"SKU-"_s + p->product.section(u' ', -1);
        item.quantity = chance(rng, 0.7) ? 1 : between(rng, 2, 3);
        item.unitPriceCents = unitPrice;
        o.items << item;
        if (chance(rng, 0.2)) {
            OrderItem extra;
            extra.title = productName(zipf(rng, 2000));
            extra.sku = u"SKU-"_s + extra.title.section(u' ', -1);
            extra.unitPriceCents = yen ? between(rng, 5, 60) * 100 : between(rng, 299, 4999);
            o.items << extra;
        }
        for (const OrderItem &i : std::as_const(o.items))
            o.totalCents += i.unitPriceCents * i.quantity;
        o.orderedAt = start - (p->days + between(rng, 1, 3)) * kDay;
        using T = SyntheticVocabulary::Topic;
        switch (p->topic) {
        case T::WhereIsMyOrder:
        case T::LateDelivery: o.status = u"shipped"_s; break;
        case T::Cancel: o.status = p->status == "resolved"_L1 ? u"cancelled"_s : u"paid"_s; break;
        case T::AddressChange: o.status = u"paid"_s; break;
        case T::ReturnRefund: o.status = p->status == "resolved"_L1 ? u"refunded"_s : u"delivered"_s; break;
        default: o.status = u"delivered"_s; break;
        }
        if (o.status != "paid"_L1 && o.status != "cancelled"_L1) {
            o.shippedAt = o.orderedAt + between(rng, 12, 48) * kHour;
            o.carrier = p->carrier;
            o.trackingNumber = p->tracking;
        }
        if (o.status == "delivered"_L1 || o.status == "refunded"_L1)
            o.deliveredAt = std::min(start - kHour, o.shippedAt + between(rng, 2, 7) * kDay);
        o.shipToCountry = p->buyerCountry;
        o.shipToPostcode = postcode(p->buyerCountry, bh);
        p->order = o;
    }
    if (ch.subjects) {
        p->subject = fill(L.subjects.at(p->topic), *p);
        if (!p->orderNumber.isEmpty())
            p->subject += u" ("_s + p->orderNumber + u')';
    }
    return p;
}

QString SyntheticGenerator::fill(QString text, const Plan &plan) const
{
    if (!text.contains(u'{'))
        return text;
    text.replace(u"{product}"_s, plan.product);
    text.replace(u"{order}"_s, plan.orderNumber);
    text.replace(u"{days}"_s, QString::number(plan.days));
    text.replace(u"{qty}"_s, QString::number(plan.qty));
    text.replace(u"{carrier}"_s, plan.carrier);
    text.replace(u"{tracking}"_s, plan.tracking);
    text.replace(u"{buyer}"_s, plan.buyerCall);
    return text;
}

InboundMessage SyntheticGenerator::makeMessage(const Plan &plan, int index) const
{
    std::mt19937_64 rng(mix(plan.seed, 0x3E55, quint64(index)));
    const SyntheticLanguage &L = m_vocab->languages().at(plan.language);
    const QString space = L.spaced ? u" "_s : QString();
    const bool out = plan.outbound[std::size_t(index)];

    QStringList lines;
    QString body;
    if (out) {
        int reply = below(rng, int(L.replies.size()));
        if (index == 1 || !plan.outbound[std::size_t(index - 1)]) {
            // The first answer fits the topic.
            using T = SyntheticVocabulary::Topic;
            switch (plan.topic) {
            case T::ReturnRefund: reply = 1; break;
            case T::Cancel: reply = 5; break;
            case T::Damaged:
            case T::WrongItem: reply = chance(rng, 0.5) ? 3 : 4; break;
            case T::WhereIsMyOrder:
            case T::LateDelivery: reply = chance(rng, 0.5) ? 0 : 2; break;
            default: break;
            }
        }
        lines << fill(L.replies.at(reply), plan);
    } else if (index == 0) {
        if (chance(rng, 0.6))
            lines << L.greetings.at(below(rng, int(L.greetings.size())));
        const bool withOrder =
            !plan.orderNumber.isEmpty() && plan.topic != SyntheticVocabulary::ProductQuestion && chance(rng, 0.7);
        body = fill((withOrder ? L.openingsWithOrder : L.openingsPlain).at(plan.topic), plan);
        if (chance(rng, 0.45))
            body += space + L.details.at(zipf(rng, int(L.details.size())));
        if (chance(rng, 0.12))
            body += space + L.details.at(zipf(rng, int(L.details.size())));
        lines << body;
        if (chance(rng, 0.5))
            lines << fill(L.closings.at(below(rng, int(L.closings.size()))), plan);
    } else {
        body = fill(L.followUps.at(zipf(rng, int(L.followUps.size()))), plan);
        if (chance(rng, 0.25))
            body += space + L.details.at(zipf(rng, int(L.details.size())));
        lines << body;
    }

    const ChannelSpec &ch = m_channels[std::size_t(plan.channel)];
    InboundMessage m;
    m.channelId = m_channelIds[std::size_t(plan.channel)];
    m.externalId = plan.conversationExternalId + u"-m"_s + QString::number(index);
    m.conversationExternalId = plan.conversationExternalId;
    m.direction = out ? u"outbound"_s : u"inbound"_s;
    m.customerExternalId = plan.buyerExternalId;
    m.customerName = plan.buyerName;
    m.customerEmail = plan.buyerEmail;
    m.customerCountry = plan.buyerCountry;
    // Marketplaces tell the buyer's locale; e-mail and Facebook do not, so the pipeline detects it.
    const bool languageKnown =
        ch.kind != ChannelKind::Email && ch.kind != ChannelKind::Facebook && ch.kind != ChannelKind::Shopify;
    m.customerLanguage = languageKnown ? L.code : QString();
    if (ch.subjects)
        m.subject = index == 0 ? plan.subject : u"Re: "_s + plan.subject;
    m.bodyText = lines.join(u'\n');
    m.language = languageKnown ? L.code : QString();
    m.orderExternalId = plan.orderNumber;
    if (index == 0) {
        m.order = plan.order;
        m.tags = plan.tags;
    }
    m.assigneeEmail = plan.assigneeEmail;
    m.status = plan.status;
    m.sentAt = plan.times[std::size_t(index)];
    return m;
}

QList<InboundMessage> SyntheticGenerator::nextBatch(int size)
{
    QList<InboundMessage> batch;
    if (size <= 0)
        return batch;
    batch.reserve(std::min(size, m_messages - m_emitted));
    const auto later = std::greater<HeapEntry>();
    while (int(batch.size()) < size && m_emitted < m_messages) {
        // Start every conversation whose first message comes before the earliest pending one,
        // so messages come out in global time order.
        if (m_nextConversation < m_conversations
            && (m_heap.empty() || startTime(m_nextConversation) <= m_heap.front().at)) {
            auto plan = makePlan(m_nextConversation);
            m_heap.push_back({plan->times.front(), m_nextConversation});
            std::push_heap(m_heap.begin(), m_heap.end(), later);
            m_active.emplace(m_nextConversation, std::move(plan));
            ++m_nextConversation;
            continue;
        }
        std::pop_heap(m_heap.begin(), m_heap.end(), later);
        const int conversation = m_heap.back().conversation;
        m_heap.pop_back();
        const auto it = m_active.find(conversation);
        Plan &plan = *it->second;
        batch << makeMessage(plan, plan.next);
        ++m_emitted;
        if (++plan.next < int(plan.times.size())) {
            m_heap.push_back({plan.times[std::size_t(plan.next)], conversation});
            std::push_heap(m_heap.begin(), m_heap.end(), later);
        } else {
            m_active.erase(it);
        }
    }
    return batch;
}

} // namespace hd
