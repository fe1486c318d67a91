#include "core/workflow/classification/NaiveBayesModel.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using hd::NaiveBayesModel;
using hd::TextNormalizer;

namespace {

NaiveBayesModel trained()
{
    const QList<std::pair<QString, QString>> rows{
        {u"where is my parcel"_s, u"wismo"_s},     {u"parcel not arrived yet"_s, u"wismo"_s},
        {u"tracking number please"_s, u"wismo"_s}, {u"refund my money"_s, u"refund"_s},
        {u"I want a refund"_s, u"refund"_s},       {u"退款什么时候到"_s, u"refund"_s},
    };
    QList<QStringList> docs;
    QStringList labels;
    for (const auto &[text, label] : rows) {
        docs.append(NaiveBayesModel::features(TextNormalizer::normalize(text)));
        labels.append(label);
    }
    return NaiveBayesModel::train(docs, labels, 0.3);
}

} // namespace

class TestNaiveBayesModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void featureKinds();
    void hashedFeaturesMatchStrings_data();
    void hashedFeaturesMatchStrings();
    void scoresFavourTheRightLabel();
    void roundTripKeepsScores();
    void pruningKeepsProbabilitiesOfKeptFeatures();
    void parseRejectsGarbage();
    void displayFeature_data();
    void displayFeature();
};

void TestNaiveBayesModel::featureKinds()
{
    const QStringList f = NaiveBayesModel::features(TextNormalizer::normalize(u"Order 12345 退款 👍"_s));
    for (const QString &k : {u"w:order"_s, u"w:#"_s, u"b:order #"_s, u"c:<or"_s, u"c:der>"_s, u"k:退"_s,
                             u"k:退款"_s, u"e:👍"_s})
        QVERIFY2(f.contains(k), qPrintable(k));
    QCOMPARE(f.size(), QSet<QString>(f.cbegin(), f.cend()).size()); // deduplicated
    QVERIFY(!f.contains(u"c:12345"_s));                                // numbers give no n-grams
}

void TestNaiveBayesModel::hashedFeaturesMatchStrings_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("latin") << u"Wo bleibt meine Rückerstattung, bitte bitte?"_s;
    QTest::newRow("cjk and emoji") << u"请尽快退款😡谢谢"_s;
    QTest::newRow("mixed with numbers") << u"Order #114-3941689 stuck in 倉庫"_s;
    QTest::newRow("empty") << QString();
}

void TestNaiveBayesModel::hashedFeaturesMatchStrings()
{
    QFETCH(QString, text);
    const auto n = TextNormalizer::normalize(text);
    QCOMPARE(NaiveBayesModel::hashedFeatures(n), NaiveBayesModel::hashes(NaiveBayesModel::features(n)));
}

void TestNaiveBayesModel::scoresFavourTheRightLabel()
{
    const NaiveBayesModel m = trained();
    QCOMPARE(m.labels(), (QStringList{u"wismo"_s, u"refund"_s}));
    int known = 0;
    const QList<double> s = m.scores(NaiveBayesModel::features(TextNormalizer::normalize(u"my refund?"_s)), &known);
    QVERIFY(known > 0);
    QVERIFY(s.at(1) > s.at(0));
    QVERIFY(qAbs(s.at(0) + s.at(1)) < 1e-9); // centred
    const auto top = m.topContributions(NaiveBayesModel::features(TextNormalizer::normalize(u"my refund?"_s)), 1, 3);
    QVERIFY(!top.isEmpty());
    QVERIFY2(NaiveBayesModel::displayFeature(top.constFirst().feature).remove(u'…').size() >= 3,
             qPrintable(top.constFirst().feature));
    QVERIFY(m.scores(NaiveBayesModel::features(TextNormalizer::normalize(u"zzz"_s))).isEmpty());
}

void TestNaiveBayesModel::roundTripKeepsScores()
{
    const NaiveBayesModel m = trained();
    const auto parsed = NaiveBayesModel::parse(m.serialize(1));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value().documentCount(), 6);
    const QStringList f = NaiveBayesModel::features(TextNormalizer::normalize(u"parcel refund 退款"_s));
    const QList<double> a = m.scores(f), b = parsed.value().scores(f);
    QCOMPARE(a.size(), b.size());
    for (int i = 0; i < a.size(); ++i)
        QVERIFY(qAbs(a.at(i) - b.at(i)) < 1e-5);
    QCOMPARE(parsed.value().serialize(1), m.serialize(1)); // stable text
}

void TestNaiveBayesModel::pruningKeepsProbabilitiesOfKeptFeatures()
{
    const NaiveBayesModel m = trained();
    const auto pruned = NaiveBayesModel::parse(m.serialize(2));
    QVERIFY(pruned.ok());
    QVERIFY(pruned.value().serialize(1).size() < m.serialize(1).size());
    // "w:parcel" is in two documents: kept, with the same per-label score.
    const QStringList kept{u"w:parcel"_s};
    const QList<double> a = m.scores(kept), b = pruned.value().scores(kept);
    QCOMPARE(a.size(), 2);
    QVERIFY(qAbs(a.at(0) - b.at(0)) < 1e-5 && qAbs(a.at(1) - b.at(1)) < 1e-5);
    QCOMPARE(pruned.value().documentFrequency(u"w:parcel"_s), 2);
    QCOMPARE(pruned.value().documentFrequency(u"w:tracking"_s), 0); // in one document: dropped
}

void TestNaiveBayesModel::parseRejectsGarbage()
{
    QVERIFY(!NaiveBayesModel::parse("labels\ta\tb\nf\tw:x\t7:1\n").ok());
    QVERIFY(!NaiveBayesModel::parse("labels\ta\tb\nalpha\t0.3\nvocabulary\t3\ntotals\t1\n").ok());
    QVERIFY(!NaiveBayesModel::parse("nonsense\n").ok());
    QVERIFY(NaiveBayesModel::parse(QByteArray()).ok()); // empty model: lexicon only
    QVERIFY(NaiveBayesModel::parse(QByteArray()).value().isEmpty());
}

void TestNaiveBayesModel::displayFeature_data()
{
    QTest::addColumn<QString>("feature");
    QTest::addColumn<QString>("shown");
    QTest::newRow("word") << u"w:geld"_s << u"geld"_s;
    QTest::newRow("pair") << u"b:geld zuruck"_s << u"geld zuruck"_s;
    QTest::newRow("word start") << u"c:<erst"_s << u"erst…"_s;
    QTest::newRow("word end") << u"c:ung>"_s << u"…ung"_s;
    QTest::newRow("inside") << u"c:sta"_s << u"…sta…"_s;
    QTest::newRow("cjk") << u"k:退款"_s << u"退款"_s;
}

void TestNaiveBayesModel::displayFeature()
{
    QFETCH(QString, feature);
    QFETCH(QString, shown);
    QCOMPARE(NaiveBayesModel::displayFeature(feature), shown);
}

QTEST_APPLESS_MAIN(TestNaiveBayesModel)
#include "TestNaiveBayesModel.moc"
