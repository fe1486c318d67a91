#include "core/workflow/sla/SlaPolicy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace hd {
namespace {
using namespace Qt::StringLiterals;

constexpr int kHour = 60;
constexpr int kDay = 24 * kHour;

Error policyError(const QString &message, const QString &detail)
{
    return Error::make(Error::Code::InvalidArgument, message, detail);
}

bool containsCaseInsensitive(const QStringList &list, const QString &value)
{
    return list.contains(value, Qt::CaseInsensitive);
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    for (const auto &v : value.toArray())
        if (!v.toString().isEmpty())
            list.append(v.toString());
    return list;
}

SlaPolicy marketplacePolicy(const QString &presetId, const QString &name, QList<ChannelKind> channels)
{
    SlaPolicy p;
    p.name = name;
    p.kind = SlaPolicy::Kind::Marketplace;
    p.presetId = presetId;
    p.scope.channelKinds = std::move(channels);
    p.basis = SlaPolicy::TimeBasis::Calendar;
    // A marketplace only sees messages: our "pending" status and resolving without a reply do not stop its
    // clock, and "no response needed" only counts where the platform has such an action (Amazon).
    p.pausesWhilePending = false;
    p.resolvingStopsResponseClocks = false;
    p.noResponseNeededStops = false;
    p.autoRepliesCount = false;
    return p;
}

} // namespace

bool SlaPolicy::Scope::matches(ChannelKind kind, const QString &marketplace, const QStringList &conversationTags) const
{
    if (!channelKinds.isEmpty() && !channelKinds.contains(kind))
        return false;
    if (!marketplaces.isEmpty() && !containsCaseInsensitive(marketplaces, marketplace))
        return false;
    if (!tags.isEmpty()) {
        const bool any = std::any_of(conversationTags.begin(), conversationTags.end(), [this](const QString &t) {
            return containsCaseInsensitive(tags, t);
        });
        if (!any)
            return false;
    }
    return true;
}

int SlaPolicy::targetMinutes(SlaTarget target) const
{
    switch (target) {
    case SlaTarget::FirstResponse: return firstResponseMinutes;
    case SlaTarget::NextResponse: return nextResponseMinutes;
    case SlaTarget::Resolution: return resolutionMinutes;
    }
    return 0;
}

BusinessCalendar SlaPolicy::clockCalendar() const
{
    return basis == TimeBasis::Business ? calendar : BusinessCalendar::twentyFourSeven();
}

Status SlaPolicy::validate() const
{
    if (name.trimmed().isEmpty())
        return policyError(QCoreApplication::translate("hd::SlaPolicy", "An SLA policy needs a name."),
                           u"empty name"_s);
    if (firstResponseMinutes < 0 || nextResponseMinutes < 0 || resolutionMinutes < 0 || messagingWindowMinutes < 0
        || humanAgentWindowMinutes < 0)
        return policyError(QCoreApplication::translate("hd::SlaPolicy", "SLA targets cannot be negative."),
                           u"negative target in '%1'"_s.arg(name));
    if (!hasTargets() && messagingWindowMinutes == 0)
        return policyError(QCoreApplication::translate("hd::SlaPolicy", "An SLA policy needs at least one target."),
                           u"no target in '%1'"_s.arg(name));
    if (basis == TimeBasis::Business && !calendar.hasHours())
        return policyError(
            QCoreApplication::translate("hd::SlaPolicy",
                                        "Business hours are required when the SLA runs on business time."),
            u"business basis without hours in '%1'"_s.arg(name));
    return {};
}

QList<SlaPolicy> SlaPolicy::marketplacePresets()
{
    QList<SlaPolicy> presets;

    // Amazon: 24 h including weekends and holidays; auto-responders are not a response; "No Response Required"
    // stops the clock (features.md, section d).
    SlaPolicy amazon = marketplacePolicy(u"amazon"_s,
                                         QCoreApplication::translate("hd::SlaPolicy", "Amazon: reply within 24 h"),
                                         {ChannelKind::Amazon});
    amazon.firstResponseMinutes = amazon.nextResponseMinutes = kDay;
    amazon.noResponseNeededStops = true;
    presets.append(amazon);

    // Walmart: 48 h, 7 days a week; "all messages require a response"; no automated answers.
    SlaPolicy walmart = marketplacePolicy(u"walmart"_s,
                                          QCoreApplication::translate("hd::SlaPolicy", "Walmart: reply within 48 h"),
                                          {ChannelKind::Walmart});
    walmart.firstResponseMinutes = walmart.nextResponseMinutes = 2 * kDay;
    presets.append(walmart);

    // Shopee: chats answered within 12 h; auto-replies do not count.
    SlaPolicy shopee = marketplacePolicy(u"shopee"_s,
                                         QCoreApplication::translate("hd::SlaPolicy", "Shopee: reply within 12 h"),
                                         {ChannelKind::Shopee});
    shopee.firstResponseMinutes = shopee.nextResponseMinutes = 12 * kHour;
    presets.append(shopee);

    // TikTok Shop: 12-hour response rate. Chats resolved by automated replies are excluded from the rate, so an
    // auto-reply ends the wait; a buyer follow-up after it starts a new one.
    SlaPolicy tiktok = marketplacePolicy(u"tiktok"_s,
                                         QCoreApplication::translate("hd::SlaPolicy", "TikTok Shop: reply within 12 h"),
                                         {ChannelKind::TikTokShop});
    tiktok.firstResponseMinutes = tiktok.nextResponseMinutes = 12 * kHour;
    tiktok.autoRepliesCount = true;
    presets.append(tiktok);

    // Etsy Star Seller: only the first message of a thread, within 24 h. Etsy moderators suggest an auto-reply
    // to stay compliant [forum, indicative], so auto-replies count.
    SlaPolicy etsy =
        marketplacePolicy(u"etsy"_s,
                          QCoreApplication::translate("hd::SlaPolicy", "Etsy: answer a new thread within 24 h"),
                          {ChannelKind::Etsy});
    etsy.firstResponseMinutes = kDay;
    etsy.autoRepliesCount = true;
    presets.append(etsy);

    // eBay: return requests and Money Back Guarantee claims need a response (an action in the Resolution Centre)
    // within 3 business days, Mon–Fri, bank holidays excluded. The time zone is the UK site's; sellers add their
    // bank holidays to the calendar. Only conversations tagged "return" or "claim" run this clock.
    SlaPolicy ebay = marketplacePolicy(
        u"ebay-returns"_s,
        QCoreApplication::translate("hd::SlaPolicy", "eBay: respond to returns and claims in 3 business days"),
        {ChannelKind::Ebay});
    ebay.scope.tags = {u"return"_s, u"claim"_s};
    ebay.firstResponseMinutes = 3 * kDay;
    ebay.basis = TimeBasis::Business;
    ebay.calendar = BusinessCalendar::weekdays(QTimeZone("Europe/London"), 0, kDay);
    ebay.resolvingStopsResponseClocks = true;
    presets.append(ebay);

    // Meta (Messenger, Instagram): replies are allowed for 24 h after the buyer's last message, then only with
    // the HUMAN_AGENT tag for 7 days. The 24 h window doubles as the response target.
    SlaPolicy meta = marketplacePolicy(
        u"meta"_s,
        QCoreApplication::translate("hd::SlaPolicy", "Facebook and Instagram: 24-hour messaging window"),
        {ChannelKind::Facebook, ChannelKind::Instagram});
    meta.firstResponseMinutes = meta.nextResponseMinutes = kDay;
    meta.messagingWindowMinutes = kDay;
    meta.humanAgentWindowMinutes = 7 * kDay;
    meta.noResponseNeededStops = true;
    meta.resolvingStopsResponseClocks = true;
    presets.append(meta);

    return presets;
}

std::optional<SlaPolicy> SlaPolicy::marketplacePreset(const QString &presetId)
{
    for (const auto &p : marketplacePresets())
        if (p.presetId == presetId)
            return p;
    return std::nullopt;
}

QList<SlaPolicy> SlaPolicy::selectFor(const QList<SlaPolicy> &policies,
                                      ChannelKind kind,
                                      const QString &marketplace,
                                      const QStringList &tags)
{
    QList<SlaPolicy> selected;
    bool haveMarketplace = false;
    bool haveCompany = false;
    for (const auto &p : policies) {
        if (!p.enabled || !p.scope.matches(kind, marketplace, tags))
            continue;
        bool &have = p.kind == Kind::Marketplace ? haveMarketplace : haveCompany;
        if (have)
            continue;
        have = true;
        selected.append(p);
    }
    return selected;
}

QJsonObject SlaPolicy::scopeJson() const
{
    QStringList channels;
    for (auto k : scope.channelKinds)
        channels.append(channelKindToString(k));
    QJsonObject json;
    json.insert("kind"_L1, kindToString(kind));
    if (!presetId.isEmpty())
        json.insert("preset"_L1, presetId);
    json.insert("channels"_L1, toArray(channels));
    json.insert("marketplaces"_L1, toArray(scope.marketplaces));
    json.insert("tags"_L1, toArray(scope.tags));
    return json;
}

QJsonObject SlaPolicy::calendarJson() const
{
    QJsonObject clock;
    clock.insert("autoRepliesCount"_L1, autoRepliesCount);
    clock.insert("pausesWhilePending"_L1, pausesWhilePending);
    clock.insert("noResponseNeededStops"_L1, noResponseNeededStops);
    clock.insert("resolvingStopsResponseClocks"_L1, resolvingStopsResponseClocks);
    clock.insert("messagingWindowMinutes"_L1, messagingWindowMinutes);
    clock.insert("humanAgentWindowMinutes"_L1, humanAgentWindowMinutes);
    QJsonObject json;
    json.insert("basis"_L1, basisToString(basis));
    if (basis == TimeBasis::Business)
        json.insert("calendar"_L1, calendar.toJson());
    json.insert("clock"_L1, clock);
    return json;
}

QJsonObject SlaPolicy::toJson() const
{
    QJsonObject json;
    if (id != 0)
        json.insert("id"_L1, id);
    json.insert("name"_L1, name);
    json.insert("enabled"_L1, enabled);
    json.insert("firstResponseMinutes"_L1, firstResponseMinutes);
    json.insert("nextResponseMinutes"_L1, nextResponseMinutes);
    json.insert("resolutionMinutes"_L1, resolutionMinutes);
    json.insert("scope"_L1, scopeJson());
    json.insert("calendar"_L1, calendarJson());
    return json;
}

namespace {

Result<SlaPolicy> parse(qint64 id,
                        const QString &name,
                        const QJsonObject &scope,
                        int fr,
                        int nr,
                        int rr,
                        const QJsonObject &cal,
                        bool enabled)
{
    SlaPolicy p;
    p.id = id;
    p.name = name;
    p.enabled = enabled;
    p.firstResponseMinutes = fr;
    p.nextResponseMinutes = nr;
    p.resolutionMinutes = rr;

    bool ok = true;
    p.kind = SlaPolicy::kindFromString(scope.value("kind"_L1).toString(u"company"_s), &ok);
    if (!ok)
        return policyError(QCoreApplication::translate("hd::SlaPolicy", "The SLA policy could not be read."),
                           u"unknown kind in scope_json"_s);
    p.presetId = scope.value("preset"_L1).toString();
    for (const auto &c : toStringList(scope.value("channels"_L1))) {
        const auto k = channelKindFromString(c, &ok);
        if (!ok)
            return policyError(QCoreApplication::translate("hd::SlaPolicy", "The SLA policy could not be read."),
                               u"unknown channel '%1'"_s.arg(c));
        p.scope.channelKinds.append(k);
    }
    p.scope.marketplaces = toStringList(scope.value("marketplaces"_L1));
    p.scope.tags = toStringList(scope.value("tags"_L1));

    p.basis = SlaPolicy::basisFromString(cal.value("basis"_L1).toString(u"calendar"_s), &ok);
    if (!ok)
        return policyError(QCoreApplication::translate("hd::SlaPolicy", "The SLA policy could not be read."),
                           u"unknown basis in calendar_json"_s);
    if (p.basis == SlaPolicy::TimeBasis::Business) {
        auto c = BusinessCalendar::fromJson(cal.value("calendar"_L1).toObject());
        if (!c)
            return c.error();
        p.calendar = c.value();
    }
    const QJsonObject clock = cal.value("clock"_L1).toObject();
    const SlaPolicy d;
    p.autoRepliesCount = clock.value("autoRepliesCount"_L1).toBool(d.autoRepliesCount);
    p.pausesWhilePending = clock.value("pausesWhilePending"_L1).toBool(d.pausesWhilePending);
    p.noResponseNeededStops = clock.value("noResponseNeededStops"_L1).toBool(d.noResponseNeededStops);
    p.resolvingStopsResponseClocks =
        clock.value("resolvingStopsResponseClocks"_L1).toBool(d.resolvingStopsResponseClocks);
    p.messagingWindowMinutes = clock.value("messagingWindowMinutes"_L1).toInt(d.messagingWindowMinutes);
    p.humanAgentWindowMinutes = clock.value("humanAgentWindowMinutes"_L1).toInt(d.humanAgentWindowMinutes);

    if (auto st = p.validate(); !st)
        return st.error();
    return p;
}

QJsonObject objectFromText(const QString &text, bool *ok)
{
    if (text.trimmed().isEmpty()) {
        *ok = true;
        return {};
    }
    QJsonParseError err;
    const auto doc = QJsonDocument::fromJson(text.toUtf8(), &err);
    *ok = err.error == QJsonParseError::NoError && doc.isObject();
    return doc.object();
}

} // namespace

Result<SlaPolicy> SlaPolicy::fromColumns(qint64 id,
                                         const QString &name,
                                         const QString &scopeJson,
                                         int firstResponseMinutes,
                                         int nextResponseMinutes,
                                         int resolutionMinutes,
                                         const QString &calendarJson,
                                         bool enabled)
{
    bool okScope = false;
    bool okCal = false;
    const QJsonObject scope = objectFromText(scopeJson, &okScope);
    const QJsonObject cal = objectFromText(calendarJson, &okCal);
    if (!okScope || !okCal)
        return policyError(QCoreApplication::translate("hd::SlaPolicy", "The SLA policy could not be read."),
                           u"malformed JSON in sla_policies %1"_s.arg(id));
    return parse(id, name, scope, firstResponseMinutes, nextResponseMinutes, resolutionMinutes, cal, enabled);
}

Result<SlaPolicy> SlaPolicy::fromJson(const QJsonObject &json)
{
    return parse(json.value("id"_L1).toInteger(),
                 json.value("name"_L1).toString(),
                 json.value("scope"_L1).toObject(),
                 json.value("firstResponseMinutes"_L1).toInt(),
                 json.value("nextResponseMinutes"_L1).toInt(),
                 json.value("resolutionMinutes"_L1).toInt(),
                 json.value("calendar"_L1).toObject(),
                 json.value("enabled"_L1).toBool(true));
}

QString SlaPolicy::kindToString(Kind kind)
{
    return kind == Kind::Marketplace ? u"marketplace"_s : u"company"_s;
}

SlaPolicy::Kind SlaPolicy::kindFromString(const QString &s, bool *ok)
{
    const bool known = s == "marketplace"_L1 || s == "company"_L1;
    if (ok)
        *ok = known;
    return s == "marketplace"_L1 ? Kind::Marketplace : Kind::Company;
}

QString SlaPolicy::basisToString(TimeBasis basis)
{
    return basis == TimeBasis::Business ? u"business"_s : u"calendar"_s;
}

SlaPolicy::TimeBasis SlaPolicy::basisFromString(const QString &s, bool *ok)
{
    const bool known = s == "business"_L1 || s == "calendar"_L1;
    if (ok)
        *ok = known;
    return s == "business"_L1 ? TimeBasis::Business : TimeBasis::Calendar;
}

} // namespace hd
