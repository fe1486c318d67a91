#include "core/workflow/sla/SlaPolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace hd;
using namespace Qt::StringLiterals;

namespace {

SlaPolicy berlinCompanyPolicy()
{
    SlaPolicy p;
    p.id = 3;
    p.name = u"Office hours"_s;
    p.firstResponseMinutes = 120;
    p.nextResponseMinutes = 240;
    p.resolutionMinutes = 2 * 24 * 60;
    p.basis = SlaPolicy::TimeBasis::Business;
    p.calendar = BusinessCalendar::weekdays(QTimeZone("Europe/Berlin"), 9 * 60, 18 * 60);
    p.calendar.addHoliday(QDate(2024, 12, 25));
    (void)p.calendar.setHours(Qt::Saturday, {{10 * 60, 14 * 60}});
    p.scope.tags = {u"vip"_s};
    p.autoRepliesCount = true;
    return p;
}

QString text(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

class TestSlaPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void presets_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("channels");
        QTest::addColumn<int>("firstResponse");
        QTest::addColumn<int>("nextResponse");
        QTest::addColumn<QString>("basis");
        QTest::addColumn<bool>("autoRepliesCount");
        QTest::addColumn<bool>("noResponseNeededStops");
        QTest::addColumn<int>("window");
        QTest::newRow("Amazon 24 h calendar, auto-replies do not count")
            << u"amazon"_s << u"amazon"_s << 1440 << 1440 << u"calendar"_s << false << true << 0;
        QTest::newRow("Walmart 48 h calendar, every message needs a reply")
            << u"walmart"_s << u"walmart"_s << 2880 << 2880 << u"calendar"_s << false << false << 0;
        QTest::newRow("Shopee 12 h, auto-replies do not count")
            << u"shopee"_s << u"shopee"_s << 720 << 720 << u"calendar"_s << false << false << 0;
        QTest::newRow("TikTok Shop 12 h, automated answers end the wait")
            << u"tiktok"_s << u"tiktok"_s << 720 << 720 << u"calendar"_s << true << false << 0;
        QTest::newRow("Etsy first message of a thread in 24 h")
            << u"etsy"_s << u"etsy"_s << 1440 << 0 << u"calendar"_s << true << false << 0;
        QTest::newRow("eBay returns and claims in 3 business days")
            << u"ebay-returns"_s << u"ebay"_s << 3 * 1440 << 0 << u"business"_s << false << false << 0;
        QTest::newRow("Meta 24-hour window")
            << u"meta"_s << u"facebook,instagram"_s << 1440 << 1440 << u"calendar"_s << false << true << 1440;
    }
    void presets()
    {
        QFETCH(QString, preset);
        QFETCH(QString, channels);
        QFETCH(int, firstResponse);
        QFETCH(int, nextResponse);
        QFETCH(QString, basis);
        QFETCH(bool, autoRepliesCount);
        QFETCH(bool, noResponseNeededStops);
        QFETCH(int, window);
        const auto p = SlaPolicy::marketplacePreset(preset);
        QVERIFY(p);
        QVERIFY(p->validate().ok());
        QCOMPARE(p->kind, SlaPolicy::Kind::Marketplace);
        QStringList kinds;
        for (auto k : p->scope.channelKinds)
            kinds.append(channelKindToString(k));
        QCOMPARE(kinds.join(u','), channels);
        QCOMPARE(p->firstResponseMinutes, firstResponse);
        QCOMPARE(p->nextResponseMinutes, nextResponse);
        QCOMPARE(p->resolutionMinutes, 0);
        QCOMPARE(SlaPolicy::basisToString(p->basis), basis);
        QCOMPARE(p->autoRepliesCount, autoRepliesCount);
        QCOMPARE(p->noResponseNeededStops, noResponseNeededStops);
        QCOMPARE(p->messagingWindowMinutes, window);
        // A marketplace never sees our "pending" status.
        QVERIFY(!p->pausesWhilePending);
        // Round trip through the database columns.
        const auto back = SlaPolicy::fromColumns(p->id,
                                                 p->name,
                                                 text(p->scopeJson()),
                                                 p->firstResponseMinutes,
                                                 p->nextResponseMinutes,
                                                 p->resolutionMinutes,
                                                 text(p->calendarJson()),
                                                 p->enabled);
        QVERIFY(back.ok());
        QVERIFY(back.value() == *p);
    }

    void presetsAreUnique()
    {
        const auto presets = SlaPolicy::marketplacePresets();
        QCOMPARE(presets.size(), 7);
        QSet<QString> ids;
        for (const auto &p : presets)
            ids.insert(p.presetId);
        QCOMPARE(ids.size(), presets.size());
        QVERIFY(!SlaPolicy::marketplacePreset(u"aliexpress"_s));
    }

    void ebayPresetSkipsWeekends()
    {
        const auto p = *SlaPolicy::marketplacePreset(u"ebay-returns"_s);
        const BusinessCalendar cal = p.clockCalendar();
        const qint64 friday = QDateTime::fromString(u"2024-05-10T12:00:00+01:00"_s, Qt::ISODate).toMSecsSinceEpoch();
        const qint64 due = cal.addBusinessTime(friday, p.targetMs(SlaTarget::FirstResponse));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(due, cal.timeZone()).toString(Qt::ISODate),
                 u"2024-05-15T12:00:00+01:00"_s);
    }

    void selectFor_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("marketplace");
        QTest::addColumn<QStringList>("tags");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("Amazon runs the marketplace clock and the company clock")
            << u"amazon"_s << u"DE"_s << QStringList{} << QStringList{u"Standard"_s, u"Amazon: reply within 24 h"_s};
        QTest::newRow("VIP tag picks the earlier company policy")
            << u"amazon"_s << u"DE"_s << QStringList{u"VIP"_s} << QStringList{u"VIP"_s, u"Amazon: reply within 24 h"_s};
        QTest::newRow("eBay return gets the eBay clock")
            << u"ebay"_s << u"UK"_s << QStringList{u"return"_s}
            << QStringList{u"Standard"_s, u"eBay: respond to returns and claims in 3 business days"_s};
        QTest::newRow("eBay question without a case has only the company clock")
            << u"ebay"_s << u"UK"_s << QStringList{u"shipping"_s} << QStringList{u"Standard"_s};
        QTest::newRow("US-only policy does not apply in Germany")
            << u"shopify"_s << u"DE"_s << QStringList{} << QStringList{u"Standard"_s};
        QTest::newRow("US-only policy applies in the US")
            << u"shopify"_s << u"us"_s << QStringList{} << QStringList{u"US store"_s};
        QTest::newRow("disabled preset is skipped")
            << u"walmart"_s << u"US"_s << QStringList{} << QStringList{u"Standard"_s};
        QTest::newRow("Instagram gets the Meta window")
            << u"instagram"_s << QString() << QStringList{}
            << QStringList{u"Standard"_s, u"Facebook and Instagram: 24-hour messaging window"_s};
    }
    void selectFor()
    {
        QFETCH(QString, channel);
        QFETCH(QString, marketplace);
        QFETCH(QStringList, tags);
        QFETCH(QStringList, expected);

        SlaPolicy vip;
        vip.name = u"VIP"_s;
        vip.firstResponseMinutes = 30;
        vip.scope.tags = {u"vip"_s};
        SlaPolicy us;
        us.name = u"US store"_s;
        us.firstResponseMinutes = 240;
        us.scope.marketplaces = {u"US"_s};
        us.scope.channelKinds = {ChannelKind::Shopify};
        SlaPolicy standard;
        standard.name = u"Standard"_s;
        standard.firstResponseMinutes = 120;

        QList<SlaPolicy> policies{vip, us, standard};
        for (auto p : SlaPolicy::marketplacePresets()) {
            p.enabled = p.presetId != "walmart"_L1;
            policies.append(p);
        }
        bool ok = false;
        const auto kind = channelKindFromString(channel, &ok);
        QVERIFY(ok);
        QStringList names;
        for (const auto &p : SlaPolicy::selectFor(policies, kind, marketplace, tags))
            names.append(p.name);
        QCOMPARE(names, expected);
    }

    void jsonRoundTrip()
    {
        const SlaPolicy p = berlinCompanyPolicy();
        QVERIFY(p.validate().ok());
        const auto back = SlaPolicy::fromJson(p.toJson());
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().detail));
        QVERIFY(back.value() == p);
        QCOMPARE(back->toJson(), p.toJson());
    }

    void columnsHoldTheDocumentedShape()
    {
        const SlaPolicy p = berlinCompanyPolicy();
        const QJsonObject scope = p.scopeJson();
        QCOMPARE(scope.value("kind"_L1).toString(), u"company"_s);
        QCOMPARE(scope.value("tags"_L1).toArray().first().toString(), u"vip"_s);
        const QJsonObject cal = p.calendarJson();
        QCOMPARE(cal.value("basis"_L1).toString(), u"business"_s);
        QCOMPARE(cal.value("calendar"_L1).toObject().value("timeZone"_L1).toString(), u"Europe/Berlin"_s);
        QCOMPARE(cal.value("clock"_L1).toObject().value("autoRepliesCount"_L1).toBool(), true);
    }

    void fromColumnsDefaults()
    {
        // A row written by hand or by an older version: empty JSON takes the defaults (company, calendar time).
        const auto p = SlaPolicy::fromColumns(5, u"Plain"_s, QString(), 60, 0, 0, u"{}"_s, true);
        QVERIFY(p.ok());
        QCOMPARE(p->kind, SlaPolicy::Kind::Company);
        QCOMPARE(p->basis, SlaPolicy::TimeBasis::Calendar);
        QVERIFY(p->pausesWhilePending);
        QVERIFY(p->clockCalendar().isTwentyFourSeven());
        QCOMPARE(p->targetMs(SlaTarget::FirstResponse), 3'600'000);
    }

    void invalidPolicies_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<int>("firstResponse");
        QTest::addColumn<QString>("calendar");
        QTest::newRow("no name") << QString() << u"{}"_s << 60 << u"{}"_s;
        QTest::newRow("no target") << u"x"_s << u"{}"_s << 0 << u"{}"_s;
        QTest::newRow("negative target") << u"x"_s << u"{}"_s << -5 << u"{}"_s;
        QTest::newRow("business time without hours")
            << u"x"_s << u"{}"_s << 60 << u"{\"basis\":\"business\",\"calendar\":{\"hours\":{}}}"_s;
        QTest::newRow("unknown channel") << u"x"_s << u"{\"channels\":[\"myspace\"]}"_s << 60 << u"{}"_s;
        QTest::newRow("unknown kind") << u"x"_s << u"{\"kind\":\"partner\"}"_s << 60 << u"{}"_s;
        QTest::newRow("unknown basis") << u"x"_s << u"{}"_s << 60 << u"{\"basis\":\"lunar\"}"_s;
        QTest::newRow("malformed JSON") << u"x"_s << u"{\"kind\":"_s << 60 << u"{}"_s;
        QTest::newRow("calendar crossing midnight")
            << u"x"_s << u"{}"_s << 60
            << u"{\"basis\":\"business\",\"calendar\":{\"hours\":{\"mon\":[[\"22:00\",\"06:00\"]]}}}"_s;
    }
    void invalidPolicies()
    {
        QFETCH(QString, name);
        QFETCH(QString, scope);
        QFETCH(int, firstResponse);
        QFETCH(QString, calendar);
        const auto p = SlaPolicy::fromColumns(1, name, scope, firstResponse, 0, 0, calendar, true);
        QVERIFY(!p.ok());
        QCOMPARE(p.error().code, Error::Code::InvalidArgument);
        QVERIFY(!p.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSlaPolicy)
#include "TestSlaPolicy.moc"
