#include "core/workflow/sla/BusinessCalendar.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTest>

using namespace hd;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMin = 60'000;

/// "2024-03-29T17:00:00+01:00" -> UTC ms. Offsets in the test data make DST visible to the reader.
qint64 at(const QString &iso)
{
    const QDateTime dt = QDateTime::fromString(iso, Qt::ISODate);
    Q_ASSERT_X(dt.isValid(), "at", qPrintable(iso));
    return dt.toMSecsSinceEpoch();
}

QString iso(qint64 utcMs, const BusinessCalendar &cal)
{
    if (utcMs == BusinessCalendar::kNever)
        return u"never"_s;
    return QDateTime::fromMSecsSinceEpoch(utcMs, cal.timeZone()).toString(Qt::ISODateWithMs);
}

BusinessCalendar cal(const char *json)
{
    const auto doc = QJsonDocument::fromJson(QByteArray(json));
    auto r = BusinessCalendar::fromJson(doc.object());
    if (!r)
        qFatal("bad calendar in test data: %s (%s)", json, qPrintable(r.error().detail));
    return r.value();
}

// Calendars used by the rows below.
const char *kBerlinOffice = R"({"timeZone":"Europe/Berlin","hours":{"mon":[["09:00","18:00"]],"tue":[["09:00","18:00"]],
    "wed":[["09:00","18:00"]],"thu":[["09:00","18:00"]],"fri":[["09:00","18:00"]]}})";
const char *kBerlinWithSaturday =
    R"({"timeZone":"Europe/Berlin","hours":{"mon":[["09:00","18:00"]],"tue":[["09:00","18:00"]],
    "wed":[["09:00","18:00"]],"thu":[["09:00","18:00"]],"fri":[["09:00","18:00"]],"sat":[["10:00","14:00"]]}})";
const char *kBerlinLunchBreak = R"({"timeZone":"Europe/Berlin","hours":{"mon":[["09:00","12:00"],["13:00","18:00"]]}})";
const char *kBerlinSundayNight = R"({"timeZone":"Europe/Berlin","hours":{"sun":[["01:00","04:00"]]}})";
const char *kNewYorkOffice =
    R"({"timeZone":"America/New_York","hours":{"mon":[["09:00","17:00"]],"tue":[["09:00","17:00"]],
    "wed":[["09:00","17:00"]],"thu":[["09:00","17:00"]],"fri":[["09:00","17:00"]]}})";
const char *kLondonChristmas2021 =
    R"({"timeZone":"Europe/London","hours":{"mon":[["09:00","18:00"]],"tue":[["09:00","18:00"]],
    "wed":[["09:00","18:00"]],"thu":[["09:00","18:00"]],"fri":[["09:00","18:00"]]},
    "holidays":["2021-12-24","2021-12-27","2021-12-28"]})";
const char *kNightShift =
    R"({"timeZone":"Europe/Berlin","hours":{"mon":[["22:00","24:00"]],"tue":[["00:00","02:00"]]}})";
const char *kBerlinNewYear =
    R"({"timeZone":"Europe/Berlin","hours":{"mon":[["09:00","18:00"]],"tue":[["09:00","18:00"]],
    "wed":[["09:00","18:00"]],"thu":[["09:00","18:00"]],"fri":[["09:00","18:00"]]},"recurringHolidays":["01-01"]})";
const char *kEbayBusinessDays =
    R"({"timeZone":"Europe/London","hours":{"mon":[["00:00","24:00"]],"tue":[["00:00","24:00"]],
    "wed":[["00:00","24:00"]],"thu":[["00:00","24:00"]],"fri":[["00:00","24:00"]]},"holidays":["2024-05-06"]})";
const char *kTwentyFourSeven = R"({"timeZone":"Europe/Berlin"})";
const char *kEveryDayWithHoliday =
    R"({"timeZone":"Europe/Berlin","hours":{"mon":[["00:00","24:00"]],"tue":[["00:00","24:00"]],
    "wed":[["00:00","24:00"]],"thu":[["00:00","24:00"]],"fri":[["00:00","24:00"]],"sat":[["00:00","24:00"]],
    "sun":[["00:00","24:00"]]},"holidays":["2024-12-25"]})";
// São Paulo changed clocks at midnight until 2019: 2018-11-04 00:00 did not exist, 2019-02-16 23:00 happened twice.
const char *kSaoPauloWeekend = R"({"timeZone":"America/Sao_Paulo","hours":{"sat":[["00:00","24:00"]],
    "sun":[["00:00","24:00"]]}})";
const char *kNeverOpen = R"({"timeZone":"Europe/Berlin","hours":{}})";

} // namespace

class TestBusinessCalendar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addBusinessTime_data()
    {
        QTest::addColumn<QString>("calendar");
        QTest::addColumn<QString>("start");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QString>("expected");

        auto row = [](const char *name, const char *c, const char *start, int minutes, const char *expected) {
            QTest::newRow(name) << QString::fromUtf8(c) << QString::fromUtf8(start) << minutes
                                << QString::fromUtf8(expected);
        };
        row("within one day", kBerlinOffice, "2024-01-15T10:00:00+01:00", 120, "2024-01-15T12:00:00+01:00");
        row("rolls over to the next morning",
            kBerlinOffice,
            "2024-01-15T17:00:00+01:00",
            120,
            "2024-01-16T10:00:00+01:00");
        row("friday evening rolls over the weekend",
            kBerlinOffice,
            "2024-01-19T17:30:00+01:00",
            60,
            "2024-01-22T09:30:00+01:00");
        row("start before opening counts from opening",
            kBerlinOffice,
            "2024-01-15T07:00:00+01:00",
            30,
            "2024-01-15T09:30:00+01:00");
        row("start on saturday counts from monday",
            kBerlinOffice,
            "2024-01-20T12:00:00+01:00",
            60,
            "2024-01-22T10:00:00+01:00");
        row("saturday morning hours",
            kBerlinWithSaturday,
            "2024-01-19T17:00:00+01:00",
            120,
            "2024-01-20T11:00:00+01:00");
        row("lunch break is skipped", kBerlinLunchBreak, "2024-01-15T11:00:00+01:00", 120, "2024-01-15T14:00:00+01:00");
        row("ends exactly at closing time",
            kBerlinOffice,
            "2024-01-15T17:00:00+01:00",
            60,
            "2024-01-15T18:00:00+01:00");
        row("nine hours is one full day",
            kBerlinOffice,
            "2024-01-15T09:00:00+01:00",
            9 * 60,
            "2024-01-15T18:00:00+01:00");
        row("holiday spans weekend",
            kLondonChristmas2021,
            "2021-12-23T17:00:00+00:00",
            120,
            "2021-12-29T10:00:00+00:00");
        row("DST spring forward in Berlin over a weekend",
            kBerlinOffice,
            "2024-03-29T17:00:00+01:00",
            120,
            "2024-04-01T10:00:00+02:00");
        row("DST spring forward in Berlin inside opening hours",
            kBerlinSundayNight,
            "2024-03-31T01:00:00+01:00",
            150,
            "2024-04-07T01:30:00+02:00");
        row("DST fall back in Berlin inside opening hours",
            kBerlinSundayNight,
            "2024-10-27T01:00:00+02:00",
            210,
            "2024-10-27T03:30:00+01:00");
        row("DST spring forward in New York",
            kNewYorkOffice,
            "2024-03-08T16:00:00-05:00",
            120,
            "2024-03-11T10:00:00-04:00");
        row("DST fall back in New York", kNewYorkOffice, "2024-11-01T16:00:00-04:00", 120, "2024-11-04T10:00:00-05:00");
        row("New York hours seen from UTC", kNewYorkOffice, "2024-07-01T12:00:00Z", 60, "2024-07-01T14:00:00Z");
        row("intervals touching at midnight run on",
            kNightShift,
            "2024-01-15T23:00:00+01:00",
            120,
            "2024-01-16T01:00:00+01:00");
        row("recurring new year holiday",
            kBerlinNewYear,
            "2025-12-31T17:00:00+01:00",
            120,
            "2026-01-02T10:00:00+01:00");
        row("three business days skip a bank holiday",
            kEbayBusinessDays,
            "2024-05-02T15:00:00+01:00",
            3 * 1440,
            "2024-05-08T15:00:00+01:00");
        row("three business days from saturday",
            kEbayBusinessDays,
            "2024-05-11T15:00:00+01:00",
            3 * 1440,
            "2024-05-16T00:00:00+01:00");
        row("calendar time ignores weekends",
            kTwentyFourSeven,
            "2024-01-19T20:00:00+01:00",
            1440,
            "2024-01-20T20:00:00+01:00");
        row("calendar time over DST is 24 real hours",
            kTwentyFourSeven,
            "2024-03-30T12:00:00+01:00",
            1440,
            "2024-03-31T13:00:00+02:00");
        row("all-day calendar skips its holiday",
            kEveryDayWithHoliday,
            "2024-12-24T12:00:00+01:00",
            1440,
            "2024-12-26T12:00:00+01:00");
        row("DST at midnight: a missing midnight opens at the transition",
            kSaoPauloWeekend,
            "2018-11-02T12:00:00-03:00",
            60,
            "2018-11-03T01:00:00-03:00");
        row("DST at midnight: Sunday starts when the clocks jump",
            kSaoPauloWeekend,
            "2018-11-03T23:30:00-03:00",
            60,
            "2018-11-04T01:30:00-02:00");
        row("zero duration returns the start even when closed",
            kBerlinOffice,
            "2024-01-20T12:00:00+01:00",
            0,
            "2024-01-20T12:00:00+01:00");
    }
    void addBusinessTime()
    {
        QFETCH(QString, calendar);
        QFETCH(QString, start);
        QFETCH(int, minutes);
        QFETCH(QString, expected);
        const auto c = cal(calendar.toUtf8().constData());
        const qint64 due = c.addBusinessTime(at(start), minutes * kMin);
        QCOMPARE(iso(due, c), iso(at(expected), c));
        // The inverse: exactly the requested open time lies between start and due.
        QCOMPARE(c.businessTimeBetween(at(start), due), minutes * kMin);
    }

    void businessTimeBetween_data()
    {
        QTest::addColumn<QString>("calendar");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("minutes");
        auto row = [](const char *name, const char *c, const char *from, const char *to, int minutes) {
            QTest::newRow(name) << QString::fromUtf8(c) << QString::fromUtf8(from) << QString::fromUtf8(to) << minutes;
        };
        row("same day", kBerlinOffice, "2024-01-15T10:00:00+01:00", "2024-01-15T12:30:00+01:00", 150);
        row("both ends outside hours", kBerlinOffice, "2024-01-15T06:00:00+01:00", "2024-01-15T22:00:00+01:00", 9 * 60);
        row("over a weekend", kBerlinOffice, "2024-01-19T17:00:00+01:00", "2024-01-22T10:00:00+01:00", 120);
        row("whole weekend is zero", kBerlinOffice, "2024-01-20T00:00:00+01:00", "2024-01-22T00:00:00+01:00", 0);
        row("holiday spans weekend",
            kLondonChristmas2021,
            "2021-12-23T09:00:00+00:00",
            "2021-12-30T09:00:00+00:00",
            2 * 9 * 60);
        row("DST spring forward day has a short night",
            kBerlinSundayNight,
            "2024-03-30T00:00:00+01:00",
            "2024-04-01T00:00:00+02:00",
            120);
        row("DST fall back day has a long night",
            kBerlinSundayNight,
            "2024-10-26T00:00:00+02:00",
            "2024-10-28T00:00:00+01:00",
            240);
        row("a week across DST in New York",
            kNewYorkOffice,
            "2024-03-08T09:00:00-05:00",
            "2024-03-15T09:00:00-04:00",
            40 * 60);
        row("reversed range is zero", kBerlinOffice, "2024-01-15T12:00:00+01:00", "2024-01-15T10:00:00+01:00", 0);
        row("calendar time is wall-clock",
            kTwentyFourSeven,
            "2024-03-30T12:00:00+01:00",
            "2024-03-31T12:00:00+02:00",
            23 * 60);
        row("DST at midnight: the weekend loses an hour",
            kSaoPauloWeekend,
            "2018-11-03T00:00:00-03:00",
            "2018-11-05T00:00:00-02:00",
            47 * 60);
        row("DST at midnight: the weekend gains an hour",
            kSaoPauloWeekend,
            "2019-02-16T00:00:00-02:00",
            "2019-02-18T00:00:00-03:00",
            49 * 60);
        row("never-open calendar is zero", kNeverOpen, "2024-01-15T00:00:00+01:00", "2024-01-22T00:00:00+01:00", 0);
    }
    void businessTimeBetween()
    {
        QFETCH(QString, calendar);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(int, minutes);
        const auto c = cal(calendar.toUtf8().constData());
        QCOMPARE(c.businessTimeBetween(at(from), at(to)), minutes * kMin);
    }

    void isOpenAndNextOpening_data()
    {
        QTest::addColumn<QString>("calendar");
        QTest::addColumn<QString>("when");
        QTest::addColumn<bool>("open");
        QTest::addColumn<QString>("nextOpening");
        auto row = [](const char *name, const char *c, const char *when, bool open, const char *next) {
            QTest::newRow(name) << QString::fromUtf8(c) << QString::fromUtf8(when) << open << QString::fromUtf8(next);
        };
        row("open at opening time", kBerlinOffice, "2024-01-15T09:00:00+01:00", true, "2024-01-15T09:00:00+01:00");
        row("closed at closing time", kBerlinOffice, "2024-01-15T18:00:00+01:00", false, "2024-01-16T09:00:00+01:00");
        row("saturday opens monday", kBerlinOffice, "2024-01-20T12:00:00+01:00", false, "2024-01-22T09:00:00+01:00");
        row("holiday spans weekend",
            kLondonChristmas2021,
            "2021-12-24T10:00:00+00:00",
            false,
            "2021-12-29T09:00:00+00:00");
        row("across midnight in the night shift",
            kNightShift,
            "2024-01-16T00:00:00+01:00",
            true,
            "2024-01-16T00:00:00+01:00");
        row("first hour after the DST gap is open",
            kBerlinSundayNight,
            "2024-03-31T01:00:00Z",
            true,
            "2024-03-31T01:00:00Z");
        row("after DST the calendar reopens next week",
            kBerlinSundayNight,
            "2024-03-31T02:00:00Z",
            false,
            "2024-04-07T01:00:00+02:00");
        row("calendar time is always open",
            kTwentyFourSeven,
            "2024-12-25T03:00:00+01:00",
            true,
            "2024-12-25T03:00:00+01:00");
        row("never-open calendar never opens", kNeverOpen, "2024-01-15T10:00:00+01:00", false, "never");
    }
    void isOpenAndNextOpening()
    {
        QFETCH(QString, calendar);
        QFETCH(QString, when);
        QFETCH(bool, open);
        QFETCH(QString, nextOpening);
        const auto c = cal(calendar.toUtf8().constData());
        QCOMPARE(c.isOpen(at(when)), open);
        const QString expected = nextOpening == "never"_L1 ? nextOpening : iso(at(nextOpening), c);
        QCOMPARE(iso(c.nextOpening(at(when)), c), expected);
    }

    void neverOpenCalendarNeverReachesADeadline()
    {
        const auto c = cal(kNeverOpen);
        QCOMPARE(c.addBusinessTime(at(u"2024-01-15T10:00:00Z"_s), kMin), BusinessCalendar::kNever);
        QVERIFY(!c.hasHours());
    }

    void dueTimesAreConsistentAllYear()
    {
        // Every hour of 2024 (both DST changes, a Saturday shift, holidays), several durations: the due instant
        // is open or at a closing edge, and exactly the requested open time lies before it.
        auto c = cal(kBerlinWithSaturday);
        c.setHolidays(
            {QDate(2024, 3, 29), QDate(2024, 4, 1), QDate(2024, 12, 24), QDate(2024, 12, 25), QDate(2024, 12, 26)});
        const qint64 yearStart = at(u"2024-01-01T00:00:00+01:00"_s);
        int checked = 0;
        for (qint64 t = yearStart; t < yearStart + 366LL * 24 * 60 * kMin; t += 60 * kMin + 7 * kMin) {
            for (qint64 d : {qint64(1), 45 * kMin, 9 * 60 * kMin, 3 * 24 * 60 * kMin}) {
                const qint64 due = c.addBusinessTime(t, d);
                QVERIFY(due > t);
                QCOMPARE(c.businessTimeBetween(t, due), d);
                QVERIFY(c.isOpen(due) || c.isOpen(due - 1));
                ++checked;
            }
        }
        QVERIFY(checked > 30000);
    }

    void rejectsIntervalCrossingMidnight()
    {
        BusinessCalendar c;
        const auto st = c.setHours(Qt::Monday, {BusinessCalendar::Interval{22 * 60, 2 * 60}});
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, Error::Code::InvalidArgument);
        QVERIFY2(st.error().message.contains("00:00"_L1), qPrintable(st.error().message));
        QVERIFY(c.isTwentyFourSeven()); // unchanged
    }

    void mergesOverlappingIntervals()
    {
        BusinessCalendar c;
        QVERIFY(c.setHours(Qt::Monday, {{13 * 60, 18 * 60}, {9 * 60, 12 * 60}, {11 * 60, 14 * 60}}).ok());
        QCOMPARE(c.hours(Qt::Monday), (QList<BusinessCalendar::Interval>{{9 * 60, 18 * 60}}));
        QVERIFY(!c.isTwentyFourSeven());
    }

    void jsonRoundTrip_data()
    {
        QTest::addColumn<QString>("calendar");
        QTest::newRow("office with saturday") << QString::fromUtf8(kBerlinWithSaturday);
        QTest::newRow("holidays") << QString::fromUtf8(kLondonChristmas2021);
        QTest::newRow("recurring holiday") << QString::fromUtf8(kBerlinNewYear);
        QTest::newRow("lunch break") << QString::fromUtf8(kBerlinLunchBreak);
        QTest::newRow("24/7") << QString::fromUtf8(kTwentyFourSeven);
        QTest::newRow("never open") << QString::fromUtf8(kNeverOpen);
    }
    void jsonRoundTrip()
    {
        QFETCH(QString, calendar);
        const auto c = cal(calendar.toUtf8().constData());
        const auto back = BusinessCalendar::fromJson(c.toJson());
        QVERIFY(back.ok());
        QVERIFY(back.value() == c);
        QCOMPARE(back->toJson(), c.toJson());
    }

    void jsonErrors_data()
    {
        QTest::addColumn<QString>("json");
        QTest::newRow("unknown time zone") << u"{\"timeZone\":\"Mars/Olympus\"}"_s;
        QTest::newRow("interval crossing midnight") << u"{\"hours\":{\"fri\":[[\"22:00\",\"02:00\"]]}}"_s;
        QTest::newRow("hour out of range") << u"{\"hours\":{\"fri\":[[\"09:00\",\"25:00\"]]}}"_s;
        QTest::newRow("not a pair") << u"{\"hours\":{\"fri\":[[\"09:00\"]]}}"_s;
        QTest::newRow("bad holiday") << u"{\"holidays\":[\"2024-02-30\"]}"_s;
        QTest::newRow("bad recurring holiday") << u"{\"recurringHolidays\":[\"13-01\"]}"_s;
    }
    void jsonErrors()
    {
        QFETCH(QString, json);
        const auto r = BusinessCalendar::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::InvalidArgument);
        QVERIFY(!r.error().message.isEmpty());
    }

    void defaultIsTwentyFourSeven()
    {
        const BusinessCalendar c;
        QVERIFY(c.isTwentyFourSeven());
        QCOMPARE(c.addBusinessTime(1000, 5000), 6000);
        QCOMPARE(c.businessTimeBetween(1000, 6000), 5000);
        QVERIFY(!BusinessCalendar::weekdays(QTimeZone("Europe/Berlin"), 9 * 60, 18 * 60).isTwentyFourSeven());
    }
};

QTEST_GUILESS_MAIN(TestBusinessCalendar)
#include "TestBusinessCalendar.moc"
