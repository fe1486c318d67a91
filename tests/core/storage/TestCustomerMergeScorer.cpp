#include "core/storage/CustomerMergeScorer.h"

#include <QTest>

using namespace hd;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(hd::CustomerFacts)

class TestCustomerMergeScorer : public QObject
{
    Q_OBJECT

    static CustomerFacts
    facts(qint64 id, const QString &name, const QStringList &emails, const QString &postcode, const QStringList &orders)
    {
        return CustomerFacts{id, name, emails, postcode, orders};
    }

private Q_SLOTS:
    void score_data()
    {
        QTest::addColumn<CustomerFacts>("a");
        QTest::addColumn<CustomerFacts>("b");
        QTest::addColumn<int>("score");
        QTest::addColumn<QStringList>("reasons");
        QTest::addColumn<bool>("suggested");

        QTest::newRow("same order across channels (relay alias vs order API buyer)")
            << facts(1, u"Josh"_s, {u"7yxwc3c8k00p1k3@marketplace.amazon.com"_s}, {}, {u"111-0944945-3989852"_s})
            << facts(2, u"Josh Miller"_s, {}, u"98101"_s, {u"111-0944945-3989852"_s, u"111-7366207-0755439"_s}) << 60
            << QStringList{u"order"_s} << true;
        QTest::newRow("same e-mail, different case and spaces")
            << facts(1, u"Anna"_s, {u" Anna.Schmidt@Example.de"_s}, {}, {})
            << facts(2, u"A. S."_s, {u"anna.schmidt@example.de"_s}, {}, {}) << 50 << QStringList{u"email"_s} << true;
        QTest::newRow("same name and postcode, accents, word order, spacing")
            << facts(1, u"Zoë Müller"_s, {}, u"10 115"_s, {}) << facts(2, u"MÜLLER, Zoe"_s, {}, u"10115"_s, {}) << 40
            << QStringList{u"name_postcode"_s} << false;
        QTest::newRow("name and postcode plus e-mail") << facts(1, u"Li Wei"_s, {u"li@example.cn"_s}, u"200000"_s, {})
                                                       << facts(2, u"Wei Li"_s, {u"li@example.cn"_s}, u"200000"_s, {})
                                                       << 90 << QStringList{u"email"_s, u"name_postcode"_s} << true;
        QTest::newRow("everything matches is capped at 100")
            << facts(1, u"Bob"_s, {u"b@x.com"_s}, u"SW1A 1AA"_s, {u"#1001"_s})
            << facts(2, u"bob"_s, {u"B@X.COM"_s}, u"sw1a1aa"_s, {u"#1001"_s}) << 100
            << QStringList{u"order"_s, u"email"_s, u"name_postcode"_s} << true;
        QTest::newRow("same name only is not enough")
            << facts(1, u"John Smith"_s, {}, u"12345"_s, {}) << facts(2, u"John Smith"_s, {}, u"99999"_s, {}) << 10
            << QStringList{u"name"_s} << false;
        QTest::newRow("nothing in common")
            << facts(1, u"A"_s, {u"a@x.com"_s}, u"1"_s, {u"1"_s}) << facts(2, u"B"_s, {u"b@x.com"_s}, u"2"_s, {u"2"_s})
            << 0 << QStringList{} << false;
        QTest::newRow("empty names and postcodes do not match")
            << facts(1, {}, {}, {}, {}) << facts(2, {}, {}, {}, {}) << 0 << QStringList{} << false;
        QTest::newRow("not an address is not an e-mail match")
            << facts(1, u"x"_s, {u"unknown"_s}, {}, {}) << facts(2, u"y"_s, {u"unknown"_s}, {}, {}) << 0
            << QStringList{} << false;
        QTest::newRow("a profile is not a duplicate of itself")
            << facts(5, u"Same"_s, {u"s@x.com"_s}, {}, {}) << facts(5, u"Same"_s, {u"s@x.com"_s}, {}, {}) << 0
            << QStringList{} << false;
    }
    void score()
    {
        QFETCH(CustomerFacts, a);
        QFETCH(CustomerFacts, b);
        QFETCH(int, score);
        QFETCH(QStringList, reasons);
        QFETCH(bool, suggested);
        const MergeScore s = CustomerMergeScorer::score(a, b);
        QCOMPARE(s.score, score);
        QCOMPARE(s.reasons, reasons);
        QCOMPARE(s.score >= CustomerMergeScorer::kSuggestThreshold, suggested);
        // Symmetric.
        QCOMPARE(CustomerMergeScorer::score(b, a).score, score);
    }

    void describe()
    {
        const MergeScore s = CustomerMergeScorer::score(CustomerFacts{1, u"Bob"_s, {u"b@x.com"_s}, {}, {u"#1001"_s}},
                                                        CustomerFacts{2, u"Ann"_s, {u"b@x.com"_s}, {}, {u"#1001"_s}});
        QCOMPARE(CustomerMergeScorer::describe(s), u"same order #1001, same e-mail b@x.com"_s);
    }

    void normalizeName_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("comma and case") << u"Schmidt, ANNA"_s << u"anna schmidt"_s;
        QTest::newRow("accents") << u"José Álvarez"_s << u"alvarez jose"_s;
        QTest::newRow("extra spaces") << u"  Li   Wei "_s << u"li wei"_s;
        QTest::newRow("cjk kept") << u"王 小明"_s << u"小明 王"_s;
        QTest::newRow("empty") << QString() << QString();
    }
    void normalizeName()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(CustomerMergeScorer::normalizeName(in), out);
    }
};

QTEST_GUILESS_MAIN(TestCustomerMergeScorer)
#include "TestCustomerMergeScorer.moc"
