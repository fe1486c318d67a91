#include "SlaTestScript.h"
#include "core/workflow/sla/SlaClock.h"

#include <QTest>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMin = 60'000;

/// Company policy on calendar time: first response 1 h, next response 2 h, resolution 24 h.
SlaPolicy companyCalendarPolicy()
{
    SlaPolicy p;
    p.id = 7;
    p.name = u"Company (24/7)"_s;
    p.firstResponseMinutes = 60;
    p.nextResponseMinutes = 120;
    p.resolutionMinutes = 24 * 60;
    return p;
}

/// Company policy on Berlin office hours Mon–Fri 09:00–18:00: first response 2 h, next 4 h, resolution 16 h.
SlaPolicy companyBerlinPolicy()
{
    SlaPolicy p;
    p.id = 8;
    p.name = u"Company (Berlin office)"_s;
    p.firstResponseMinutes = 120;
    p.nextResponseMinutes = 240;
    p.resolutionMinutes = 16 * 60;
    p.basis = SlaPolicy::TimeBasis::Business;
    p.calendar = BusinessCalendar::weekdays(QTimeZone("Europe/Berlin"), 9 * 60, 18 * 60);
    return p;
}

SlaPolicy policyNamed(const QString &name)
{
    if (name == "company"_L1)
        return companyCalendarPolicy();
    if (name == "berlin"_L1)
        return companyBerlinPolicy();
    const auto preset = SlaPolicy::marketplacePreset(name);
    if (!preset)
        qFatal("unknown policy in test data: %s", qPrintable(name));
    return *preset;
}

QString minutes(qint64 ms)
{
    return QString::number(ms / kMin) + u"m"_s;
}

/// "first_response met; next_response running due 2024-01-16T10:00Z left 90m; resolution paused left 1420m"
QString describeTargets(const SlaClock::Snapshot &snap, const QTimeZone &zone)
{
    QStringList parts;
    for (const auto &t : snap.targets) {
        QString s = slaTargetToString(t.target) + u' ' + SlaTargetStatus::stateToString(t.state);
        switch (t.state) {
        case SlaTargetStatus::State::Running:
            s += u" due "_s + formatTime(t.dueAt, zone) + u" left "_s + minutes(t.remainingMs);
            break;
        case SlaTargetStatus::State::Paused: s += u" left "_s + minutes(t.remainingMs); break;
        case SlaTargetStatus::State::Breached:
            if (t.isOverdue())
                s += u" due "_s + formatTime(t.dueAt, zone) + u" overdue "_s + minutes(t.overdueMs);
            else
                s += u" late by "_s + minutes(t.overdueMs);
            break;
        case SlaTargetStatus::State::Met:
        case SlaTargetStatus::State::Stopped: break;
        }
        parts.append(s);
    }
    return parts.join(u"; "_s);
}

/// "first_response 30m/30m; sla_hit first_response 30m/30m auto" (calendar / business minutes)
QString describeReport(const QList<SlaReportEvent> &events)
{
    QStringList parts;
    for (const auto &e : events) {
        QString s = SlaReportEvent::kindToString(e.kind);
        if (e.target)
            s += u' ' + slaTargetToString(*e.target);
        s += u' ' + minutes(e.calendarDurationMs) + u'/' + minutes(e.businessDurationMs);
        if (e.automatic)
            s += u" auto"_s;
        parts.append(s);
    }
    return parts.join(u"; "_s);
}

} // namespace

class TestSlaClock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scenarios_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<QString>("events");
        QTest::addColumn<QString>("now");
        QTest::addColumn<QString>("targets");
        QTest::addColumn<QString>("report");

        auto row = [](const char *name,
                      const char *policy,
                      const char *events,
                      const char *now,
                      const char *targets,
                      const char *report) {
            QTest::newRow(name) << QString::fromUtf8(policy) << QString::fromUtf8(events) << QString::fromUtf8(now)
                                << QString::fromUtf8(targets) << QString::fromUtf8(report);
        };

        // Company policy on calendar time (1 h / 2 h / 24 h).
        row("first response met in time",
            "company",
            "buyer 2024-01-15T10:00Z, agent 10:30",
            "11:00",
            "first_response met; resolution running due 2024-01-16T10:00Z left 1380m",
            "first_response 30m/30m; sla_hit first_response 30m/30m");
        row("reply exactly at the deadline is in time",
            "company",
            "buyer 2024-01-15T10:00Z, agent 11:00",
            "11:00",
            "first_response met; resolution running due 2024-01-16T10:00Z left 1380m",
            "first_response 60m/60m; sla_hit first_response 60m/60m");
        row("late reply is a breach reported at the deadline",
            "company",
            "buyer 2024-01-15T10:00Z, agent 11:30",
            "12:00",
            "first_response breached late by 30m; resolution running due 2024-01-16T10:00Z left 1320m",
            "sla_miss first_response 60m/60m; first_response 90m/90m");
        row("overdue while nobody answers",
            "company",
            "buyer 2024-01-15T10:00Z",
            "12:05",
            "first_response breached due 2024-01-15T11:00Z overdue 65m; resolution running due 2024-01-16T10:00Z "
            "left 1315m",
            "sla_miss first_response 60m/60m");
        row("burst of buyer messages keeps the first deadline",
            "company",
            "buyer 2024-01-15T10:00Z, agent 10:10, buyer 11:00, buyer 11:30",
            "12:00",
            "first_response met; next_response running due 2024-01-15T13:00Z left 60m; resolution running due "
            "2024-01-16T10:00Z left 1320m",
            "first_response 10m/10m; sla_hit first_response 10m/10m");
        row("pause while waiting on buyer",
            "company",
            "buyer 2024-01-15T10:00Z, pending 10:20",
            "15:00",
            "first_response paused left 40m; resolution paused left 1420m",
            "");
        row("resume after pause moves the deadline",
            "company",
            "buyer 2024-01-15T10:00Z, agent 10:10, buyer 11:00, pending 11:30, open 14:00",
            "14:30",
            "first_response met; next_response running due 2024-01-15T15:30Z left 60m; resolution running due "
            "2024-01-16T12:30Z left 1320m",
            "first_response 10m/10m; sla_hit first_response 10m/10m");
        row("new buyer message ends the pause",
            "company",
            "buyer 2024-01-15T10:00Z, pending 10:20, buyer 12:00",
            "12:10",
            "first_response running due 2024-01-15T12:40Z left 30m; resolution running due 2024-01-16T11:40Z "
            "left 1410m",
            "");
        row("no response needed stops the clock",
            "company",
            "buyer 2024-01-15T10:00Z, nrn 10:15",
            "12:00",
            "first_response stopped; resolution running due 2024-01-16T10:00Z left 1320m",
            "");
        row("new buyer message restarts after no response needed",
            "company",
            "buyer 2024-01-15T10:00Z, nrn 10:15, buyer 11:00",
            "11:30",
            "first_response running due 2024-01-15T12:00Z left 30m; resolution running due 2024-01-16T10:00Z left "
            "1350m",
            "");
        row("reopen restarts next response",
            "company",
            "buyer 2024-01-15T10:00Z, agent 10:30, resolved 11:00, buyer 2024-01-16T09:00Z",
            "09:30",
            "first_response met; next_response running due 2024-01-16T11:00Z left 90m; resolution running due "
            "2024-01-17T09:00Z left 1410m",
            "first_response 30m/30m; sla_hit first_response 30m/30m; resolution 60m/60m; sla_hit resolution 60m/60m; "
            "reopen 1320m/1320m");
        row("agent reopen starts resolution but no response clock",
            "company",
            "buyer 2024-01-15T10:00Z, agent 10:30, resolved 11:00, reopened 12:00",
            "13:00",
            "first_response met; resolution running due 2024-01-16T12:00Z left 1380m",
            "first_response 30m/30m; sla_hit first_response 30m/30m; resolution 60m/60m; sla_hit resolution 60m/60m; "
            "reopen 60m/60m");
        row("resolving without a reply stops the company response clock",
            "company",
            "buyer 2024-01-15T10:00Z, resolved 10:20",
            "12:00",
            "first_response stopped; resolution met",
            "resolution 20m/20m; sla_hit resolution 20m/20m");
        row("resolution breached after a day",
            "company",
            "buyer 2024-01-15T10:00Z, agent 10:30, resolved 2024-01-16T12:00Z",
            "12:00",
            "first_response met; resolution breached late by 120m",
            "first_response 30m/30m; sla_hit first_response 30m/30m; sla_miss resolution 1440m/1440m; resolution "
            "1560m/1560m");
        row("auto-reply does not count for the company",
            "company",
            "buyer 2024-01-15T10:00Z, auto 10:01",
            "10:30",
            "first_response running due 2024-01-15T11:00Z left 30m; resolution running due 2024-01-16T10:00Z left "
            "1410m",
            "");

        // Marketplace presets on calendar time.
        row("auto-reply does not stop Amazon clock",
            "amazon",
            "buyer 2024-01-15T10:00Z, auto 10:01",
            "11:00",
            "first_response running due 2024-01-16T10:00Z left 1380m",
            "");
        row("pending does not pause Amazon clock",
            "amazon",
            "buyer 2024-01-15T10:00Z, pending 10:05",
            "20:00",
            "first_response running due 2024-01-16T10:00Z left 840m",
            "");
        row("resolving without a reply does not stop Amazon clock",
            "amazon",
            "buyer 2024-01-15T10:00Z, resolved 10:20",
            "12:00",
            "first_response running due 2024-01-16T10:00Z left 1320m",
            "resolution 20m/20m");
        row("no response needed stops Amazon clock",
            "amazon",
            "buyer 2024-01-15T10:00Z, nrn 10:05",
            "12:00",
            "first_response stopped",
            "");
        row("Amazon counts weekends",
            "amazon",
            "buyer 2024-01-19T20:00Z, agent 2024-01-20T21:00Z",
            "21:00",
            "first_response breached late by 60m",
            "sla_miss first_response 1440m/1440m; first_response 1500m/1500m");
        row("Amazon next response after a buyer follow-up",
            "amazon",
            "buyer 2024-01-15T10:00Z, agent 11:00, buyer 2024-01-16T08:00Z",
            "09:00",
            "first_response met; next_response running due 2024-01-17T08:00Z left 1380m",
            "first_response 60m/60m; sla_hit first_response 60m/60m");
        row("no response needed does not stop Walmart clock",
            "walmart",
            "buyer 2024-01-15T10:00Z, nrn 10:05",
            "12:00",
            "first_response running due 2024-01-17T10:00Z left 2760m",
            "");
        row("auto-reply stops TikTok clock",
            "tiktok",
            "buyer 2024-01-15T10:00Z, auto 10:01",
            "10:30",
            "first_response met",
            "first_response 1m/1m auto; sla_hit first_response 1m/1m auto");
        row("auto-reply does not stop Shopee clock",
            "shopee",
            "buyer 2024-01-15T10:00Z, auto 10:01",
            "23:00",
            "first_response breached due 2024-01-15T22:00Z overdue 60m",
            "sla_miss first_response 720m/720m");
        row("Etsy times only the first message of a thread",
            "etsy",
            "buyer 2024-01-15T10:00Z, agent 11:00, buyer 12:00",
            "2024-01-20T12:00Z",
            "first_response met",
            "first_response 60m/60m; sla_hit first_response 60m/60m");
        row("eBay return counts three business days",
            "ebay-returns",
            "buyer 2024-05-02T15:00+01:00",
            "2024-05-06T15:00+01:00",
            "first_response running due 2024-05-07T15:00+01:00 left 1440m",
            "");

        // Company policy on Berlin office hours (2 h / 4 h / 16 h).
        row("message on friday evening is due monday morning",
            "berlin",
            "buyer 2024-01-19T17:30+01:00",
            "2024-01-22T09:30+01:00",
            "first_response running due 2024-01-22T10:30+01:00 left 60m; resolution running due "
            "2024-01-23T15:30+01:00 left 900m",
            "");
        row("DST spring forward in Berlin",
            "berlin",
            "buyer 2024-03-29T17:00+01:00",
            "2024-04-01T09:00+02:00",
            "first_response running due 2024-04-01T10:00+02:00 left 60m; resolution running due "
            "2024-04-02T15:00+02:00 left 900m",
            "");
        row("DST fall back in Berlin",
            "berlin",
            "buyer 2024-10-25T17:00+02:00",
            "2024-10-28T09:00+01:00",
            "first_response running due 2024-10-28T10:00+01:00 left 60m; resolution running due "
            "2024-10-29T15:00+01:00 left 900m",
            "");
        row("pause over the weekend in office hours",
            "berlin",
            "buyer 2024-01-19T16:00+01:00, pending 17:00, open 2024-01-22T10:00+01:00",
            "10:30",
            "first_response running due 2024-01-22T11:00+01:00 left 30m; resolution running due "
            "2024-01-23T16:00+01:00 left 870m",
            "");
        row("business duration leaves out the night",
            "berlin",
            "buyer 2024-01-15T17:00+01:00, agent 2024-01-16T09:30+01:00",
            "10:00",
            "first_response met; resolution running due 2024-01-17T15:00+01:00 left 840m",
            "first_response 990m/90m; sla_hit first_response 990m/90m");
    }
    void scenarios()
    {
        QFETCH(QString, policy);
        QFETCH(QString, events);
        QFETCH(QString, now);
        QFETCH(QString, targets);
        QFETCH(QString, report);

        const SlaPolicy p = policyNamed(policy);
        Script script = parseEvents(events);
        const qint64 nowMs = script.time(now);
        SlaClock clock = SlaClock::replay(p, script.events);
        const auto snap = clock.snapshot(nowMs);
        QCOMPARE(describeTargets(snap, p.clockCalendar().timeZone()), targets);
        clock.advanceTo(nowMs);
        QCOMPARE(describeReport(clock.reportEvents()), report);
    }

    void overallStatus_data()
    {
        QTest::addColumn<QString>("events");
        QTest::addColumn<QString>("now");
        QTest::addColumn<QString>("overall");
        QTest::addColumn<int>("misses");
        QTest::newRow("active while within target") << u"buyer 2024-01-15T10:00Z"_s << u"10:30"_s << u"active"_s << 0;
        QTest::newRow("active with misses once a deadline passed")
            << u"buyer 2024-01-15T10:00Z"_s << u"11:01"_s << u"active_with_misses"_s << 1;
        QTest::newRow("hit when resolved without misses")
            << u"buyer 2024-01-15T10:00Z, agent 10:30, resolved 11:00"_s << u"12:00"_s << u"hit"_s << 0;
        QTest::newRow("missed when resolved after a miss")
            << u"buyer 2024-01-15T10:00Z, agent 11:30, resolved 12:00"_s << u"12:00"_s << u"missed"_s << 1;
        QTest::newRow("each next response miss counts")
            << u"buyer 2024-01-15T10:00Z, agent 11:30, buyer 12:00, agent 14:30"_s << u"15:00"_s
            << u"active_with_misses"_s << 2;
    }
    void overallStatus()
    {
        QFETCH(QString, events);
        QFETCH(QString, now);
        QFETCH(QString, overall);
        QFETCH(int, misses);
        Script script = parseEvents(events);
        const auto snap = SlaClock::replay(companyCalendarPolicy(), script.events).snapshot(script.time(now));
        QCOMPARE(SlaClock::overallToString(snap.overall), overall);
        QCOMPARE(snap.missCount, misses);
    }

    void missIsReportedOnce()
    {
        Script script = parseEvents(u"buyer 2024-01-15T10:00Z"_s);
        SlaClock clock = SlaClock::replay(companyCalendarPolicy(), script.events);
        clock.advanceTo(script.time(u"11:30"_s));
        clock.advanceTo(script.time(u"12:00"_s));
        clock.apply(SlaEvent{SlaEvent::Kind::AgentReply, script.time(u"12:30"_s)});
        QCOMPARE(describeReport(clock.reportEvents()), u"sla_miss first_response 60m/60m; first_response 150m/150m"_s);
    }

    void snapshotLeavesTheClockAlone()
    {
        Script script = parseEvents(u"buyer 2024-01-15T10:00Z"_s);
        const SlaClock clock = SlaClock::replay(companyCalendarPolicy(), script.events);
        const auto snap = clock.snapshot(script.time(u"12:00"_s));
        QCOMPARE(snap.missCount, 1);
        QVERIFY(clock.reportEvents().isEmpty());
    }

    void marketplaceAndCompanyClocksSideBySide()
    {
        // An Amazon message on Friday evening: Amazon's clock runs on calendar time, the company's on office hours.
        Script script = parseEvents(u"buyer 2024-01-19T17:30+01:00"_s);
        const qint64 now = script.time(u"2024-01-20T12:00+01:00"_s);
        QList<SlaPolicy> policies{companyBerlinPolicy()};
        policies += SlaPolicy::marketplacePresets();
        const auto selected = SlaPolicy::selectFor(policies, ChannelKind::Amazon, u"DE"_s, {});
        QCOMPARE(selected.size(), 2);
        const SlaClock company = SlaClock::replay(selected[0], script.events);
        const SlaClock amazon = SlaClock::replay(selected[1], script.events);
        QCOMPARE(amazon.policy().presetId, u"amazon"_s);

        const auto a = amazon.snapshot(now).target(SlaTarget::FirstResponse);
        const auto c = company.snapshot(now).target(SlaTarget::FirstResponse);
        QVERIFY(a && c);
        const QTimeZone berlin("Europe/Berlin");
        QCOMPARE(formatTime(a->dueAt, berlin), u"2024-01-20T17:30+01:00"_s);
        QCOMPARE(formatTime(c->dueAt, berlin), u"2024-01-22T10:30+01:00"_s);
        QCOMPARE(a->remainingMs, 330 * kMin); // 5.5 h of wall-clock time left
        QCOMPARE(c->remainingMs, 90 * kMin);  // 1.5 h of office time left, nothing counts on Saturday
        // The inbox shows whichever is more urgent per clock; the next deadline overall is Amazon's.
        QVERIFY(a->dueAt < c->dueAt);
    }

    void reportingCalendarGivesBusinessDurationsOnAMarketplaceClock()
    {
        SlaClock clock(*SlaPolicy::marketplacePreset(u"amazon"_s));
        clock.setReportingCalendar(companyBerlinPolicy().calendar);
        Script script = parseEvents(u"buyer 2024-01-19T17:30+01:00, agent 2024-01-22T09:15+01:00"_s);
        clock.applyAll(script.events);
        QCOMPARE(describeReport(clock.reportEvents()),
                 u"sla_miss first_response 1440m/30m; first_response 3825m/45m"_s);
    }

    void metricEventsCanBeSwitchedOff()
    {
        SlaClock clock(companyCalendarPolicy());
        clock.setMetricEventsEnabled(false);
        clock.applyAll(parseEvents(u"buyer 2024-01-15T10:00Z, agent 11:30, resolved 12:00"_s).events);
        QCOMPARE(describeReport(clock.reportEvents()),
                 u"sla_miss first_response 60m/60m; sla_hit resolution 120m/120m"_s);
    }

    void warningAndEscalationInstants()
    {
        // Amazon 24 h: warning with 6 h left (25 % > 2 h), critical with 30 min left, overdue just after 24 h.
        Script script = parseEvents(u"buyer 2024-01-15T10:00Z"_s);
        const SlaClock clock = SlaClock::replay(*SlaPolicy::marketplacePreset(u"amazon"_s), script.events);
        const QTimeZone utc = QTimeZone::utc();
        auto snap = clock.snapshot(script.time(u"11:00"_s));
        const auto fr = snap.target(SlaTarget::FirstResponse);
        QVERIFY(fr);
        QCOMPARE(formatTime(fr->warningAt, utc), u"2024-01-16T04:00Z"_s);
        QCOMPARE(formatTime(fr->criticalAt, utc), u"2024-01-16T09:30Z"_s);
        QCOMPARE(formatTime(fr->dueAt, utc), u"2024-01-16T10:00Z"_s);
        QCOMPARE(snap.nextChangeAt, fr->warningAt);
        QCOMPARE(snap.nextDueAt, fr->dueAt);

        snap = clock.snapshot(fr->warningAt);
        QCOMPARE(snap.nextChangeAt, fr->criticalAt);
        snap = clock.snapshot(fr->criticalAt);
        QCOMPARE(snap.nextChangeAt, fr->dueAt + 1);
        snap = clock.snapshot(fr->dueAt + 1);
        QCOMPARE(snap.nextChangeAt, 0);
        QCOMPARE(snap.nextDueAt, 0);
        QVERIFY(snap.target(SlaTarget::FirstResponse)->isOverdue());
    }

    void businessWarningSkipsClosedHours()
    {
        // Berlin office, 2 h first response: warning from the start (the whole target is under 2 h), critical
        // with 30 min left. A message at 17:30 on Friday turns critical on Monday at 10:00.
        Script script = parseEvents(u"buyer 2024-01-19T17:30+01:00"_s);
        const SlaClock clock = SlaClock::replay(companyBerlinPolicy(), script.events);
        const auto fr = clock.snapshot(script.time(u"17:45"_s)).target(SlaTarget::FirstResponse);
        QVERIFY(fr);
        const QTimeZone berlin("Europe/Berlin");
        QCOMPARE(formatTime(fr->warningAt, berlin), u"2024-01-19T17:30+01:00"_s);
        QCOMPARE(formatTime(fr->criticalAt, berlin), u"2024-01-22T10:00+01:00"_s);
    }

    void metaMessagingWindow_data()
    {
        QTest::addColumn<QString>("events");
        QTest::addColumn<QString>("now");
        QTest::addColumn<QString>("windowClosesAt");
        QTest::addColumn<QString>("humanAgentUntil");
        QTest::addColumn<bool>("standard");
        QTest::addColumn<bool>("humanAgent");
        QTest::newRow("inside the 24-hour window") << u"buyer 2024-01-15T10:00Z"_s << u"20:00"_s
                                                   << u"2024-01-16T10:00Z"_s << u"2024-01-22T10:00Z"_s << true << true;
        QTest::newRow("human agent tag after 24 hours")
            << u"buyer 2024-01-15T10:00Z"_s << u"2024-01-17T10:00Z"_s << u"2024-01-16T10:00Z"_s
            << u"2024-01-22T10:00Z"_s << false << true;
        QTest::newRow("closed after 7 days") << u"buyer 2024-01-15T10:00Z"_s << u"2024-01-22T10:01Z"_s
                                             << u"2024-01-16T10:00Z"_s << u"2024-01-22T10:00Z"_s << false << false;
        QTest::newRow("a new buyer message reopens the window")
            << u"buyer 2024-01-15T10:00Z, agent 11:00, buyer 2024-01-20T09:00Z"_s << u"12:00"_s
            << u"2024-01-21T09:00Z"_s << u"2024-01-27T09:00Z"_s << true << true;
        QTest::newRow("our replies do not move the window")
            << u"buyer 2024-01-15T10:00Z, agent 2024-01-16T09:00Z"_s << u"09:30"_s << u"2024-01-16T10:00Z"_s
            << u"2024-01-22T10:00Z"_s << true << true;
    }
    void metaMessagingWindow()
    {
        QFETCH(QString, events);
        QFETCH(QString, now);
        QFETCH(QString, windowClosesAt);
        QFETCH(QString, humanAgentUntil);
        QFETCH(bool, standard);
        QFETCH(bool, humanAgent);
        Script script = parseEvents(events);
        const auto snap =
            SlaClock::replay(*SlaPolicy::marketplacePreset(u"meta"_s), script.events).snapshot(script.time(now));
        QCOMPARE(formatTime(snap.windowClosesAt, QTimeZone::utc()), windowClosesAt);
        QCOMPARE(formatTime(snap.humanAgentUntil, QTimeZone::utc()), humanAgentUntil);
        QCOMPARE(snap.canReplyInStandardWindow(), standard);
        QCOMPARE(snap.canReplyAsHumanAgent(), humanAgent);
    }

    void noWindowWithoutMetaPolicy()
    {
        Script script = parseEvents(u"buyer 2024-01-15T10:00Z"_s);
        const auto snap = SlaClock::replay(companyCalendarPolicy(), script.events).snapshot(script.time(u"11:00"_s));
        QCOMPARE(snap.windowClosesAt, 0);
        QVERIFY(!snap.canReplyInStandardWindow());
    }

    void mostUrgentPrefersCountingTargets()
    {
        Script script = parseEvents(u"buyer 2024-01-15T10:00Z, agent 10:10, buyer 11:00"_s);
        const auto snap = SlaClock::replay(companyCalendarPolicy(), script.events).snapshot(script.time(u"12:00"_s));
        const auto urgent = snap.mostUrgent();
        QVERIFY(urgent);
        QCOMPARE(urgent->target, SlaTarget::NextResponse);
        QCOMPARE(urgent->remainingMs, 60 * kMin);
        QVERIFY(snap.waitingOnUs);
        QCOMPARE(formatTime(snap.waitingSince, QTimeZone::utc()), u"2024-01-15T11:00Z"_s);
    }

    void historyKeepsEveryInstance()
    {
        Script script =
            parseEvents(u"buyer 2024-01-15T10:00Z, agent 10:10, buyer 11:00, agent 11:20, buyer 12:00, nrn 12:05"_s);
        const auto history = SlaClock::replay(companyCalendarPolicy(), script.events).history(script.time(u"13:00"_s));
        QStringList states;
        for (const auto &s : history)
            states.append(slaTargetToString(s.target) + u':' + SlaTargetStatus::stateToString(s.state));
        QCOMPARE(states.join(u' '), u"resolution:running first_response:met next_response:met next_response:stopped"_s);
    }

    void eventsOutOfOrderAreSortedByReplay()
    {
        Script script = parseEvents(u"agent 2024-01-15T10:30Z, buyer 10:00"_s);
        const auto snap = SlaClock::replay(companyCalendarPolicy(), script.events).snapshot(script.time(u"11:00"_s));
        QCOMPARE(snap.target(SlaTarget::FirstResponse)->state, SlaTargetStatus::State::Met);
    }

    void stringsRoundTrip()
    {
        for (auto o : {SlaClock::Overall::Active,
                       SlaClock::Overall::ActiveWithMisses,
                       SlaClock::Overall::Hit,
                       SlaClock::Overall::Missed}) {
            bool ok = false;
            QCOMPARE(SlaClock::overallFromString(SlaClock::overallToString(o), &ok), o);
            QVERIFY(ok);
        }
        for (int k = 0; k <= int(SlaEvent::Kind::NoResponseNeeded); ++k) {
            bool ok = false;
            const auto kind = SlaEvent::Kind(k);
            QCOMPARE(SlaEvent::kindFromString(SlaEvent::kindToString(kind), &ok), kind);
            QVERIFY(ok);
        }
        for (int k = 0; k <= int(SlaReportEvent::Kind::SlaMiss); ++k) {
            bool ok = false;
            const auto kind = SlaReportEvent::Kind(k);
            QCOMPARE(SlaReportEvent::kindFromString(SlaReportEvent::kindToString(kind), &ok), kind);
            QVERIFY(ok);
        }
        for (int s = 0; s <= int(SlaTargetStatus::State::Stopped); ++s) {
            bool ok = false;
            const auto state = SlaTargetStatus::State(s);
            QCOMPARE(SlaTargetStatus::stateFromString(SlaTargetStatus::stateToString(state), &ok), state);
            QVERIFY(ok);
        }
        bool ok = true;
        SlaEvent::kindFromString(u"bogus"_s, &ok);
        QVERIFY(!ok);
    }
};

QTEST_GUILESS_MAIN(TestSlaClock)
#include "TestSlaClock.moc"
