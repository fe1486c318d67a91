#include "core/workflow/routing/Router.h"

#include <QDateTime>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

QString primaryLanguage(const QString &code)
{
    QString c = code.trimmed().toLower();
    const qsizetype cut = c.indexOf(QRegularExpression(u"[-_]"_s));
    return cut > 0 ? c.left(cut) : c;
}

bool speaks(const Agent &agent, const QString &language)
{
    const QString want = primaryLanguage(language);
    for (const QString &l : agent.languages)
        if (primaryLanguage(l) == want)
            return true;
    return false;
}

QString load(const RoutingCandidate &c)
{
    return u"%1/%2"_s.arg(c.openCount).arg(c.agent.capacity);
}

/// a is less loaded than b: lower open/capacity ratio, then fewer open, then lower id.
bool lessLoaded(const RoutingCandidate *a, const RoutingCandidate *b)
{
    const qint64 lhs = qint64(a->openCount) * b->agent.capacity;
    const qint64 rhs = qint64(b->openCount) * a->agent.capacity;
    if (lhs != rhs)
        return lhs < rhs;
    if (a->openCount != b->openCount)
        return a->openCount < b->openCount;
    return a->agent.id < b->agent.id;
}

} // namespace

QString Router::languageName(const QString &code)
{
    const QString primary = primaryLanguage(code);
    const QLocale::Language lang = QLocale::codeToLanguage(primary);
    if (lang == QLocale::AnyLanguage || lang == QLocale::C)
        return primary;
    return QLocale::languageToString(lang);
}

QString Router::unavailableReason(const RoutingCandidate &c, const RoutingRequest &request, const RoutingPolicy &policy)
{
    if (!c.agent.active)
        return u"inactive"_s;
    if (policy.requireOnline && !c.online)
        return u"offline"_s;
    if (c.shifts && !c.shifts->isOpen(request.nowMs)) {
        const QTimeZone zone = c.shifts->timeZone();
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(request.nowMs, zone);
        return u"off shift (%1 %2)"_s.arg(QLocale::c().toString(local, u"ddd HH:mm"_s), QString::fromUtf8(zone.id()));
    }
    if (c.agent.capacity <= 0 || c.openCount >= c.agent.capacity)
        return u"at capacity (%1)"_s.arg(load(c));
    QStringList missing;
    for (const QString &skill : request.requiredSkills)
        if (!c.agent.skills.contains(skill, Qt::CaseInsensitive))
            missing << skill;
    if (!missing.isEmpty())
        return u"lacks skill %1"_s.arg(missing.join(u", "_s));
    return {};
}

RoutingDecision Router::route(const RoutingRequest &request,
                              const QList<RoutingCandidate> &candidates,
                              const RoutingPolicy &policy,
                              const RoundRobinState &roundRobin)
{
    RoutingDecision d;
    d.roundRobin = roundRobin;

    // 1. Hard filters.
    QList<const RoutingCandidate *> eligible;
    QMap<QString, int> excludedCounts; // "off shift" -> 2, for the "nobody" reason
    for (const RoutingCandidate &c : candidates) {
        const QString why = unavailableReason(c, request, policy);
        if (why.isEmpty()) {
            eligible << &c;
        } else {
            d.excluded << RoutingExclusion{c.agent.id, c.agent.name, why};
            const qsizetype paren = why.indexOf(u" ("_s);
            excludedCounts[paren > 0 ? why.left(paren) : why] += 1;
        }
    }

    QStringList notes; // what narrowed or widened the pool, in order
    QString poolPrefix;

    // 2. VIP pool.
    QList<const RoutingCandidate *> pool = eligible;
    if (request.vip && !policy.vipAgentIds.isEmpty()) {
        QList<const RoutingCandidate *> vipPool;
        for (const RoutingCandidate *c : eligible)
            if (policy.vipAgentIds.contains(c->agent.id))
                vipPool << c;
        if (!vipPool.isEmpty()) {
            pool = vipPool;
            poolPrefix = u"VIP "_s;
        } else if (policy.vipOnly) {
            pool.clear();
            notes << u"no VIP agent available"_s;
        } else {
            notes << u"no VIP agent available, so any agent"_s;
        }
    }

    const bool hasLanguage = !request.language.trimmed().isEmpty() && policy.languageMatch != LanguageMatch::Ignore;
    const QString langName = hasLanguage ? languageName(request.language) : QString();

    // 3. Sticky.
    if (policy.strategy == RoutingStrategy::StickyThenLeastLoaded && request.lastAgentId > 0) {
        const RoutingCandidate *last = nullptr;
        for (const RoutingCandidate *c : pool)
            if (c->agent.id == request.lastAgentId)
                last = c;
        const bool languageOk = !last || policy.languageMatch != LanguageMatch::Require || !hasLanguage
            || speaks(last->agent, request.language);
        if (last && languageOk) {
            d.agentId = last->agent.id;
            d.agentName = last->agent.name;
            d.method = u"sticky"_s;
            d.reason = u"sticky: %1 last helped this buyer (%2)"_s.arg(last->agent.name, load(*last));
            return d;
        }
        // Say why the last agent was passed over.
        QString name;
        QString why;
        for (const RoutingCandidate &c : candidates) {
            if (c.agent.id == request.lastAgentId) {
                name = c.agent.name;
                why = unavailableReason(c, request, policy);
                if (why.isEmpty() && !languageOk)
                    why = u"does not speak %1"_s.arg(langName);
                if (why.isEmpty())
                    why = u"outside the VIP pool"_s;
                if (!why.startsWith(u"lacks"_s) && !why.startsWith(u"does not"_s))
                    why = u"is "_s + why;
            }
        }
        if (name.isEmpty())
            notes << u"agent #%1 last helped this buyer but is not in this queue"_s.arg(request.lastAgentId);
        else
            notes << u"%1 last helped this buyer but %2"_s.arg(name, why);
    }

    // 4. Language.
    QString noun = u"agent"_s;
    QString nouns = u"agents"_s;
    if (hasLanguage && !pool.isEmpty()) {
        QList<const RoutingCandidate *> speakers;
        for (const RoutingCandidate *c : pool)
            if (speaks(c->agent, request.language))
                speakers << c;
        if (!speakers.isEmpty()) {
            pool = speakers;
            noun = langName + u" speaker"_s;
            nouns = langName + u" speakers"_s;
        } else if (policy.languageMatch == LanguageMatch::Require) {
            pool.clear();
            notes << u"no %1 speaker available"_s.arg(langName);
        } else {
            notes << u"no %1 speaker available, so any agent"_s.arg(langName);
        }
    }

    // Nobody: wait or overflow.
    if (pool.isEmpty()) {
        QStringList counts;
        for (auto it = excludedCounts.cbegin(); it != excludedCounts.cend(); ++it)
            counts << u"%1 %2"_s.arg(it.value()).arg(it.key());
        QString why = candidates.isEmpty() ? u"no agents in this queue"_s
            : eligible.isEmpty()           ? u"no agent available: %1"_s.arg(counts.join(u", "_s))
                                           : notes.join(u"; "_s);
        const QString queue = request.queue.isEmpty() ? u"the queue"_s : u"queue %1"_s.arg(request.queue);
        if (!policy.overflowQueue.isEmpty() && request.queueWaiting >= policy.maxWaiting) {
            d.overflow = true;
            d.overflowQueue = policy.overflowQueue;
            d.reason =
                u"%1; %2 is full (%3 waiting, limit %4): overflow to %5"_s.arg(why,
                                                                               queue,
                                                                               QString::number(request.queueWaiting),
                                                                               QString::number(policy.maxWaiting),
                                                                               policy.overflowQueue);
        } else {
            d.reason = u"%1; waits in %2 (%3 already waiting)"_s.arg(why, queue, QString::number(request.queueWaiting));
        }
        return d;
    }

    // 5. Strategy.
    QString describePool = u"%1 %2"_s.arg(pool.size()).arg(poolPrefix + (pool.size() == 1 ? noun : nouns));
    if (!request.requiredSkills.isEmpty())
        describePool += (request.requiredSkills.size() == 1 ? u" with skill "_s : u" with skills "_s)
            + request.requiredSkills.join(u", "_s);
    describePool += u" on shift"_s;
    const QString prefix = notes.isEmpty() ? QString() : notes.join(u"; "_s) + u"; "_s;

    const RoutingCandidate *pick = nullptr;
    if (policy.strategy == RoutingStrategy::RoundRobin) {
        QList<const RoutingCandidate *> byId = pool;
        std::sort(byId.begin(), byId.end(), [](const RoutingCandidate *a, const RoutingCandidate *b) {
            return a->agent.id < b->agent.id;
        });
        for (const RoutingCandidate *c : byId) {
            if (c->agent.id > roundRobin.lastAgentId) {
                pick = c;
                break;
            }
        }
        if (!pick)
            pick = byId.first(); // wrap around
        d.method = u"round_robin"_s;
        d.reason = prefix + u"round robin among %1: %2 (%3)"_s.arg(describePool, pick->agent.name, load(*pick));
        d.roundRobin.lastAgentId = pick->agent.id;
    } else {
        pick = *std::min_element(pool.begin(), pool.end(), lessLoaded);
        d.method = u"least_loaded"_s;
        d.reason = prefix + u"least loaded among %1: %2 (%3)"_s.arg(describePool, pick->agent.name, load(*pick));
    }
    d.agentId = pick->agent.id;
    d.agentName = pick->agent.name;
    return d;
}

} // namespace hd
