#include "core/workflow/classification/MessageClassifier.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QThread>
#include <QtTest>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;
using hd::Evidence;
using hd::MessageClassifier;

namespace {

bool hasEvidence(const QList<Evidence> &evidence, const QString &cue, const QString &source = {})
{
    return std::any_of(evidence.cbegin(), evidence.cend(), [&](const Evidence &e) {
        return e.cue == cue && (source.isEmpty() || e.source == source);
    });
}

struct Row {
    QString id, text, lang, intent, sentiment;
};

QList<Row> buyerMessages()
{
    const QString shared = qEnvironmentVariable("HARBORDESK_SHARED_DIR", u"/work/shared"_s);
    QFile f(shared + u"/data/buyer_messages/dev.jsonl"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<Row> rows;
    while (!f.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(f.readLine()).object();
        if (o.isEmpty())
            continue;
        rows.append(Row{o.value(u"id"_s).toString(), o.value(u"text"_s).toString(), o.value(u"lang"_s).toString(),
                        MessageClassifier::canonicalIntent(o.value(u"intent"_s).toString()),
                        o.value(u"sentiment"_s).toString()});
    }
    return rows;
}

} // namespace

class TestMessageClassifier : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void builtinDataLoads();
    void intentPerLanguage_data();
    void intentPerLanguage();
    void dominantIntent_data();
    void dominantIntent();
    void sentiment_data();
    void sentiment();
    void classifyMatchesSeparateCalls_data();
    void classifyMatchesSeparateCalls();
    void negationFlipsTone();
    void explanationNamesTheCue();
    void explanationNamesModelNgrams();
    void correctionChangesLaterResults();
    void correctionWithUnknownLabelIsIgnored();
    void edgeInputs_data();
    void edgeInputs();
    void hugeInputIsBoundedAndFast();
    void labelsAreCanonical();
    void concurrentUseIsSafe();
    void regressionOnBuyerMessages();
    void crossValidatedModelStillHelps();

private:
    std::unique_ptr<MessageClassifier> m_classifier;
};

void TestMessageClassifier::initTestCase()
{
    m_classifier = std::make_unique<MessageClassifier>();
}

void TestMessageClassifier::builtinDataLoads()
{
    const auto &r = m_classifier->resources();
    QVERIFY2(r.intentCues.size() > 1000, "compiled-in intent lexicon is missing or truncated");
    QVERIFY2(r.sentimentCues.size() > 500, "compiled-in sentiment lexicon is missing or truncated");
    QVERIFY2(!r.intentModel.isEmpty(), "compiled-in intent model is missing");
    QCOMPARE(r.intentModel.labels().size(), MessageClassifier::IntentCount);
    for (int i = 0; i < r.intentCues.size(); ++i)
        QVERIFY2(MessageClassifier::intentLabels().contains(r.intentCues.cue(i).label), qPrintable(r.intentCues.cue(i).text));
}

void TestMessageClassifier::intentPerLanguage_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("intent");
    QTest::addColumn<QString>("cue"); // one cue the explanation must name

    QTest::newRow("en where is my order") << u"Hi, where is my order? It says shipped but no tracking number yet."_s << u"en"_s << u"where_is_my_order"_s << u"tracking number"_s;
    QTest::newRow("de tracking") << u"Können Sie mir bitte die Sendungsnummer schicken?"_s << u"de"_s << u"where_is_my_order"_s << u"sendungsnummer"_s;
    QTest::newRow("zh where") << u"我的快递到哪了？"_s << u"zh"_s << u"where_is_my_order"_s << u"到哪了"_s;
    QTest::newRow("fr delay") << u"Mon colis est bloqué depuis deux semaines, pourquoi ce retard ?"_s << u"fr"_s << u"delivery_delay"_s << u"retard*"_s;
    QTest::newRow("pl delay") << u"Paczka utknęła w sortowni, czemu to tak długo trwa?"_s << u"pl"_s << u"delivery_delay"_s << u"tak dlugo"_s;
    QTest::newRow("ja delay") << u"配送が遅れているようですが、いつ届きますか。"_s << u"ja"_s << u"delivery_delay"_s << u"遅れ"_s;
    QTest::newRow("en refund") << u"I just want my money back please."_s << u"en"_s << u"refund"_s << u"money back"_s;
    QTest::newRow("de refund no accents") << u"Wann bekomme ich meine Ruckerstattung?"_s << u"de"_s << u"refund"_s << u"ruckerstatt*"_s;
    QTest::newRow("nl refund") << u"Ik wacht nog steeds op mijn terugbetaling."_s << u"nl"_s << u"refund"_s << u"terugbetal*"_s;
    QTest::newRow("ja refund") << u"返金をお願いします。"_s << u"ja"_s << u"refund"_s << u"返金"_s;
    QTest::newRow("es exchange size") << u"¿Puedo cambiar la talla? Necesito otra talla más grande."_s << u"es"_s << u"return_exchange"_s << u"otra talla"_s;
    QTest::newRow("it return") << u"Vorrei fare il reso, la giacca è troppo piccola."_s << u"it"_s << u"return_exchange"_s << u"fare il reso"_s;
    QTest::newRow("zh exchange") << u"尺码太小了，可以换货吗"_s << u"zh"_s << u"return_exchange"_s << u"换货"_s;
    QTest::newRow("pt cancel") << u"Quero cancelar meu pedido, por favor."_s << u"pt"_s << u"cancellation"_s << u"cancel*"_s;
    QTest::newRow("de cancel") << u"Bitte stornieren Sie meine Bestellung."_s << u"de"_s << u"cancellation"_s << u"stornier*"_s;
    QTest::newRow("ja cancel") << u"注文をキャンセルしたいです。"_s << u"ja"_s << u"cancellation"_s << u"キャンセルしたい"_s;
    QTest::newRow("en damaged") << u"The vase arrived broken, the box was crushed."_s << u"en"_s << u"damaged_or_wrong_item"_s << u"arrived broken"_s;
    QTest::newRow("fr wrong item") << u"J'ai reçu le mauvais article."_s << u"fr"_s << u"damaged_or_wrong_item"_s << u"mauvais article"_s;
    QTest::newRow("pl damaged") << u"Produkt jest uszkodzony, ekran pęknięty."_s << u"pl"_s << u"damaged_or_wrong_item"_s << u"uszkodz*"_s;
    QTest::newRow("es address") << u"Me equivoqué, ¿puedo cambiar la dirección de envío?"_s << u"es"_s << u"address_change"_s << u"cambiar ~ direccion"_s;
    QTest::newRow("nl address") << u"Ik ben verhuisd, kunnen jullie het naar mijn nieuw adres sturen?"_s << u"nl"_s << u"address_change"_s << u"nieuw adres"_s;
    QTest::newRow("zh address") << u"我想修改地址"_s << u"zh"_s << u"address_change"_s << u"修改地址"_s;
    QTest::newRow("en charged twice") << u"I was charged twice for the same order."_s << u"en"_s << u"payment_problem"_s << u"charged twice"_s;
    QTest::newRow("de pay on invoice") << u"Kann ich auf Rechnung bezahlen?"_s << u"de"_s << u"payment_problem"_s << u"auf rechnung"_s;
    QTest::newRow("pt pix") << u"Posso pagar com Pix?"_s << u"pt"_s << u"payment_problem"_s << u"pix"_s;
    QTest::newRow("it invoice") << u"Mi serve la fattura con partita IVA."_s << u"it"_s << u"invoice"_s << u"partita iva"_s;
    QTest::newRow("fr invoice") << u"Pouvez-vous m'envoyer la facture ?"_s << u"fr"_s << u"invoice"_s << u"facture"_s;
    QTest::newRow("zh invoice") << u"可以开发票吗？"_s << u"zh"_s << u"invoice"_s << u"开发票"_s;
    QTest::newRow("en stock") << u"Is the blue one back in stock?"_s << u"en"_s << u"pre_sales_question"_s << u"back in stock"_s;
    QTest::newRow("de ship to austria") << u"Versenden Sie nach Österreich?"_s << u"de"_s << u"pre_sales_question"_s << u"versenden sie nach"_s;
    QTest::newRow("ja stock") << u"この商品の在庫はありますか？"_s << u"ja"_s << u"pre_sales_question"_s << u"在庫"_s;
    QTest::newRow("es complaint") << u"Pésimo servicio, nadie responde a mis correos."_s << u"es"_s << u"complaint"_s << u"nadie responde"_s;
    QTest::newRow("nl complaint") << u"Slechte service, ik heb een klacht."_s << u"nl"_s << u"complaint"_s << u"slechte service"_s;
    QTest::newRow("en lawyer") << u"If this isn't fixed I will contact my lawyer."_s << u"en"_s << u"chargeback_or_legal"_s << u"lawyer"_s;
    QTest::newRow("fr litige") << u"J'ai ouvert un litige PayPal."_s << u"fr"_s << u"chargeback_or_legal"_s << u"ouvert un litige"_s;
    QTest::newRow("zh lawyer") << u"再不处理我就找律师了"_s << u"zh"_s << u"chargeback_or_legal"_s << u"律师"_s;
    QTest::newRow("it praise") << u"Prodotto ottimo, spedizione veloce, lo consiglio!"_s << u"it"_s << u"praise"_s << u"lo consiglio"_s;
    QTest::newRow("pl praise") << u"Wszystko super, polecam!"_s << u"pl"_s << u"praise"_s << u"polecam"_s;
    QTest::newRow("ja praise") << u"素晴らしい商品でした。"_s << u"ja"_s << u"praise"_s << u"素晴らしい"_s;
    QTest::newRow("de account is other") << u"Wie kann ich mein Konto löschen?"_s << u"de"_s << u"other"_s << u"konto ~ loschen"_s;
    QTest::newRow("pt greeting is other") << u"Oi, alguém aí?"_s << u"pt"_s << u"other"_s << u"alguem ai"_s;
}

void TestMessageClassifier::intentPerLanguage()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QFETCH(QString, intent);
    QFETCH(QString, cue);
    const hd::IntentResult r = m_classifier->classifyIntent(text, language);
    QVERIFY2(r.intent == intent, qPrintable(m_classifier->explain(r)));
    QVERIFY2(hasEvidence(r.evidence, cue, u"lexicon"_s), qPrintable(m_classifier->explain(r)));
    QVERIFY(r.confidence > 0.0 && r.confidence <= 1.0);
    // Language only weights cues: without it the same intent must come out for these clear cases.
    QCOMPARE(m_classifier->classifyIntent(text, QString()).intent, intent);
}

void TestMessageClassifier::dominantIntent_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("intent");

    QTest::newRow("lawyer outweighs refund") << u"Sollte ich bis Freitag keine Erstattung erhalten, schalte ich meinen Anwalt ein."_s << u"de"_s << u"chargeback_or_legal"_s;
    QTest::newRow("paypal dispute outweighs money back") << u"I opened a PayPal dispute, I want my money back."_s << u"en"_s << u"chargeback_or_legal"_s;
    QTest::newRow("thanks for the refund is praise") << u"Thanks for the quick refund, great service!"_s << u"en"_s << u"praise"_s;
    QTest::newRow("thanks for the refund es") << u"Muchas gracias por el reembolso."_s << u"es"_s << u"praise"_s;
    QTest::newRow("wrong colour plus exchange is wrong item") << u"Ich habe Schwarz bestellt und Weiß bekommen. Können wir das umtauschen?"_s << u"de"_s << u"damaged_or_wrong_item"_s;
    QTest::newRow("cancelled but no money is refund") << u"The order was cancelled last week, when will I get the refund?"_s << u"en"_s << u"refund"_s;
    QTest::newRow("cancel account is other") << u"Vorrei cancellare il mio account."_s << u"it"_s << u"other"_s;
    QTest::newRow("pay on invoice is payment") << u"Kan ik achteraf betalen?"_s << u"nl"_s << u"payment_problem"_s;
    QTest::newRow("e-mail address is other") << u"How do I change the e-mail address on my account?"_s << u"en"_s << u"other"_s;
    QTest::newRow("negated praise is complaint") << u"Nie polecam, jakość słaba."_s << u"pl"_s << u"complaint"_s;
    QTest::newRow("compliment around a question") << u"Love this dress! Do you have it in stock in size M?"_s << u"en"_s << u"pre_sales_question"_s;
}

void TestMessageClassifier::dominantIntent()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QFETCH(QString, intent);
    const hd::IntentResult r = m_classifier->classifyIntent(text, language);
    QVERIFY2(r.intent == intent, qPrintable(m_classifier->explain(r)));
}

void TestMessageClassifier::sentiment_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("sentiment");

    QTest::newRow("en angry") << u"This is the worst service ever, I am furious!!!"_s << u"en"_s << u"negative"_s;
    QTest::newRow("en polite request") << u"Could you please send me the invoice for order 1234? Thanks."_s << u"en"_s << u"neutral"_s;
    QTest::newRow("en praise") << u"Love it, arrived quickly and looks amazing!"_s << u"en"_s << u"positive"_s;
    QTest::newRow("es disappointed") << u"Muy decepcionada con la calidad, una vergüenza."_s << u"es"_s << u"negative"_s;
    QTest::newRow("de praise") << u"Super schnell geliefert, bin sehr zufrieden!"_s << u"de"_s << u"positive"_s;
    QTest::newRow("fr neutral question") << u"Bonjour, pouvez-vous me dire quand ma commande sera expédiée ?"_s << u"fr"_s << u"neutral"_s;
    QTest::newRow("it angry") << u"Servizio pessimo, è una vergogna."_s << u"it"_s << u"negative"_s;
    QTest::newRow("pt praise") << u"Amei o produto, chegou rápido, recomendo!"_s << u"pt"_s << u"positive"_s;
    QTest::newRow("nl angry") << u"Waardeloos, nooit meer bij jullie."_s << u"nl"_s << u"negative"_s;
    QTest::newRow("pl praise") << u"Świetny produkt, polecam!"_s << u"pl"_s << u"positive"_s;
    QTest::newRow("ja angry") << u"最悪です。対応がひどい。"_s << u"ja"_s << u"negative"_s;
    QTest::newRow("zh praise") << u"质量很好，非常满意！"_s << u"zh"_s << u"positive"_s;
    QTest::newRow("zh not satisfied") << u"我很不满意"_s << u"zh"_s << u"negative"_s;
    QTest::newRow("question marks are impatience") << u"where is my order???"_s << u"en"_s << u"negative"_s;
    QTest::newRow("shouting") << u"CANCEL MY ORDER NOW"_s << u"en"_s << u"negative"_s;
    QTest::newRow("angry emoji") << u"Order 1234 😡"_s << u"en"_s << u"negative"_s;
}

void TestMessageClassifier::sentiment()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QFETCH(QString, sentiment);
    const hd::SentimentResult r = m_classifier->classifySentiment(text, language);
    QVERIFY2(r.sentiment == sentiment, qPrintable(m_classifier->explain(r)));
    QVERIFY(r.score >= -1.0 && r.score <= 1.0);
    if (sentiment == u"negative"_s)
        QVERIFY(r.score < 0);
    if (sentiment == u"positive"_s)
        QVERIFY(r.score > 0);
}

void TestMessageClassifier::classifyMatchesSeparateCalls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::newRow("en refund") << u"I want my money back, this is a joke!!"_s << u"en"_s;
    QTest::newRow("ja praise") << u"迅速な対応ありがとうございました！"_s << u"ja"_s;
    QTest::newRow("pl delay") << u"Paczka nadal nie doszła, czemu tak długo?"_s << u"pl"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestMessageClassifier::classifyMatchesSeparateCalls()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    const hd::MessageClassification both = m_classifier->classify(text, language);
    const hd::IntentResult intent = m_classifier->classifyIntent(text, language);
    const hd::SentimentResult sentiment = m_classifier->classifySentiment(text, language);
    QCOMPARE(both.intent.intent, intent.intent);
    QCOMPARE(both.intent.confidence, intent.confidence);
    QCOMPARE(both.intent.evidence.size(), intent.evidence.size());
    QCOMPARE(both.sentiment.sentiment, sentiment.sentiment);
    QCOMPARE(both.sentiment.score, sentiment.score);
    QCOMPARE(m_classifier->explain(both.sentiment), m_classifier->explain(sentiment));
}

void TestMessageClassifier::negationFlipsTone()
{
    const auto happy = m_classifier->classifySentiment(u"I am happy with the order."_s, u"en"_s);
    const auto notHappy = m_classifier->classifySentiment(u"I am not happy with the order."_s, u"en"_s);
    QCOMPARE(happy.sentiment, u"positive"_s);
    QCOMPARE(notHappy.sentiment, u"negative"_s);
    QVERIFY2(hasEvidence(notHappy.evidence, u"not … happy"_s), qPrintable(m_classifier->explain(notHappy)));

    // "nicht schlecht" is mild praise, never negative; "schlecht" alone is negative.
    const auto bad = m_classifier->classifySentiment(u"Die Qualität ist schlecht."_s, u"de"_s);
    const auto notBad = m_classifier->classifySentiment(u"Die Qualität ist nicht schlecht."_s, u"de"_s);
    QVERIFY(bad.score < 0);
    QVERIFY2(notBad.score > 0, qPrintable(m_classifier->explain(notBad)));
    QVERIFY(notBad.sentiment != u"negative"_s);

    // Japanese negates after the predicate.
    const auto ja = m_classifier->classifySentiment(u"この商品には満足していません。"_s, u"ja"_s);
    QVERIFY2(ja.score < 0, qPrintable(m_classifier->explain(ja)));

    // A negator does not reach across a sentence boundary.
    const auto boundary = m_classifier->classifySentiment(u"No. Happy with it, great job!"_s, u"en"_s);
    QCOMPARE(boundary.sentiment, u"positive"_s);
}

void TestMessageClassifier::explanationNamesTheCue()
{
    const hd::IntentResult r = m_classifier->classifyIntent(u"I want my money back"_s, u"en"_s);
    QCOMPARE(r.intent, u"refund"_s);
    QVERIFY(!r.evidence.isEmpty());
    QVERIFY(hasEvidence(r.evidence, u"money back"_s, u"lexicon"_s));
    QVERIFY(r.evidence.constFirst().weight >= r.evidence.constLast().weight);
    const QString why = m_classifier->explain(r);
    QVERIFY2(why.startsWith(u"refund: matched 'money back'"_s), qPrintable(why));

    const hd::SentimentResult s = m_classifier->classifySentiment(u"Terrible, just terrible."_s, u"en"_s);
    QVERIFY2(m_classifier->explain(s).startsWith(u"negative: 'terrible'"_s), qPrintable(m_classifier->explain(s)));

    const hd::IntentResult nothing = m_classifier->classifyIntent(u"ok"_s, u"en"_s);
    QCOMPARE(nothing.intent, u"other"_s);
}

void TestMessageClassifier::explanationNamesModelNgrams()
{
    // A model-only classifier trained on two tiny classes must name the n-grams that decided it.
    QList<QStringList> docs;
    QStringList labels;
    const QStringList refund{u"zwrot pieniedzy prosze"_s, u"oddajcie pieniadze"_s, u"pieniadze na konto"_s};
    const QStringList praise{u"swietny sklep"_s, u"swietna obsluga"_s, u"jestem zachwycona"_s};
    for (const QString &t : refund) {
        docs.append(hd::NaiveBayesModel::features(hd::TextNormalizer::normalize(t)));
        labels.append(u"refund"_s);
    }
    for (const QString &t : praise) {
        docs.append(hd::NaiveBayesModel::features(hd::TextNormalizer::normalize(t)));
        labels.append(u"praise"_s);
    }
    MessageClassifier::Resources res;
    res.intentModel = hd::NaiveBayesModel::train(docs, labels);
    MessageClassifier::Tuning tuning;
    tuning.otherPrior = 0.0;
    const MessageClassifier modelOnly(res, tuning);
    const hd::IntentResult r = modelOnly.classifyIntent(u"gdzie moje pieniadze"_s, u"pl"_s);
    QCOMPARE(r.intent, u"refund"_s);
    // Named n-grams are pieces of the deciding word, shown with '…' where cut ("pien…", "…adze").
    QVERIFY2(std::any_of(r.evidence.cbegin(), r.evidence.cend(), [](const Evidence &e) {
                 const QString piece = QString(e.cue).remove(u'…');
                 return e.source == u"model"_s && piece.size() >= 3 && u"pieniadze"_s.contains(piece);
             }),
             qPrintable(modelOnly.explain(r)));
    QVERIFY2(modelOnly.explain(r).contains(u"model n-grams"_s), qPrintable(modelOnly.explain(r)));

    // The model survives a serialise/parse round trip with identical scores.
    const QByteArray tsv = res.intentModel.serialize(1);
    const auto parsed = hd::NaiveBayesModel::parse(tsv);
    QVERIFY(parsed.ok());
    const QStringList f = hd::NaiveBayesModel::features(hd::TextNormalizer::normalize(u"pieniadze"_s));
    const QList<double> a = res.intentModel.scores(f);
    const QList<double> b = parsed.value().scores(f);
    QCOMPARE(a.size(), b.size());
    for (int i = 0; i < a.size(); ++i)
        QVERIFY(qAbs(a.at(i) - b.at(i)) < 1e-5);
}

void TestMessageClassifier::correctionChangesLaterResults()
{
    MessageClassifier classifier;
    const QString text = u"Het pakket ligt weer bij de buurvrouw op de stoep"_s;
    const hd::IntentResult before = classifier.classifyIntent(text, u"nl"_s);
    QVERIFY(before.intent != u"complaint"_s);
    const QString similar = u"Pakket opnieuw bij de buurvrouw gelegd"_s;
    QVERIFY(classifier.classifyIntent(similar, u"nl"_s).intent != u"complaint"_s);

    classifier.addCorrection(text, u"nl"_s, u"complaint"_s, u"negative"_s);
    QCOMPARE(classifier.correctionCount(), 1);

    const hd::IntentResult same = classifier.classifyIntent(text, u"nl"_s);
    QCOMPARE(same.intent, u"complaint"_s);
    QVERIFY(hasEvidence(same.evidence, u"same text corrected by an agent"_s, u"correction"_s));
    QCOMPARE(classifier.classifySentiment(text, u"nl"_s).sentiment, u"negative"_s);

    // A different message sharing the distinctive words leans the same way, and says why.
    const hd::IntentResult later = classifier.classifyIntent(similar, u"nl"_s);
    QVERIFY2(later.intent == u"complaint"_s, qPrintable(classifier.explain(later)));
    const QString why = classifier.explain(later);
    QVERIFY2(why.contains(u"learned from corrections"_s) && why.contains(u"'buurvrouw'"_s), qPrintable(why));

    // Unrelated messages are untouched.
    QCOMPARE(classifier.classifyIntent(u"Wanneer komt mijn bestelling? Track en trace werkt niet"_s, u"nl"_s).intent,
             u"where_is_my_order"_s);
}

void TestMessageClassifier::correctionWithUnknownLabelIsIgnored()
{
    MessageClassifier classifier;
    classifier.addCorrection(u"hello"_s, u"en"_s, u"not_a_label"_s, u"furious"_s);
    QCOMPARE(classifier.correctionCount(), 0);
    classifier.addCorrection(QString(), u"en"_s, u"refund"_s, u"negative"_s);
    QCOMPARE(classifier.correctionCount(), 0);
    classifier.addCorrection(u"hello there"_s, u"en"_s, u"presales_question"_s, QString());
    QCOMPARE(classifier.correctionCount(), 1);
    QCOMPARE(classifier.classifyIntent(u"hello there"_s, u"en"_s).intent, u"pre_sales_question"_s);
}

void TestMessageClassifier::edgeInputs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("intent");
    QTest::addColumn<QString>("sentiment");

    QTest::newRow("empty") << QString() << u"other"_s << u"neutral"_s;
    QTest::newRow("whitespace") << u"  \n\t "_s << u"other"_s << u"neutral"_s;
    QTest::newRow("punctuation only") << u"?!.,"_s << u"other"_s << u"neutral"_s;
    QTest::newRow("angry emoji only is general dissatisfaction") << u"😡😡😡"_s << u"complaint"_s << u"negative"_s;
    QTest::newRow("thumbs up only") << u"👍"_s << u"praise"_s << u"positive"_s;
    QTest::newRow("hearts with skin tone and ZWJ") << u"❤️🙏🏽"_s << u"praise"_s << u"positive"_s;
    QTest::newRow("order number only") << u"114-3941689-8772232"_s << u"other"_s << u"neutral"_s;
    QTest::newRow("lone surrogate") << QString(QChar(0xD83D)) << u"other"_s << u"neutral"_s;
}

void TestMessageClassifier::edgeInputs()
{
    QFETCH(QString, text);
    QFETCH(QString, intent);
    QFETCH(QString, sentiment);
    const hd::IntentResult r = m_classifier->classifyIntent(text, QString());
    QVERIFY2(r.intent == intent, qPrintable(m_classifier->explain(r)));
    QVERIFY(r.confidence > 0.0 && r.confidence <= 1.0);
    const hd::SentimentResult s = m_classifier->classifySentiment(text, QString());
    QVERIFY2(s.sentiment == sentiment, qPrintable(m_classifier->explain(s)));
    QVERIFY(!m_classifier->explain(r).isEmpty());
}

void TestMessageClassifier::hugeInputIsBoundedAndFast()
{
    // 2 MB of a refund request: classification reads the first hd::TextNormalizer::MaxChars only.
    const QString sentence = u"Ich möchte mein Geld zurück, die Ware ist nie angekommen. "_s;
    QString huge;
    while (huge.size() < 2'000'000)
        huge += sentence;
    QElapsedTimer t;
    t.start();
    const hd::IntentResult r = m_classifier->classifyIntent(huge, u"de"_s);
    const hd::SentimentResult s = m_classifier->classifySentiment(huge, u"de"_s);
    QVERIFY2(t.elapsed() < 2000, qPrintable(u"took %1 ms"_s.arg(t.elapsed())));
    QCOMPARE(r.intent, u"refund"_s);
    QVERIFY(s.score >= -1.0 && s.score <= 1.0);
    QVERIFY(hd::TextNormalizer::normalize(huge).truncated);
}

void TestMessageClassifier::labelsAreCanonical()
{
    QCOMPARE(MessageClassifier::intentLabels().size(), MessageClassifier::IntentCount);
    QCOMPARE(MessageClassifier::canonicalIntent(u"presales_question"_s), u"pre_sales_question"_s);
    QCOMPARE(MessageClassifier::canonicalIntent(u" Refund "_s), u"refund"_s);
    QCOMPARE(MessageClassifier::canonicalIntent(u"chargeback-or-legal"_s), u"chargeback_or_legal"_s);
    QCOMPARE(MessageClassifier::canonicalIntent(u"nonsense"_s), QString());
    QCOMPARE(MessageClassifier::sentimentLabels(), (QStringList{u"negative"_s, u"neutral"_s, u"positive"_s}));
}

void TestMessageClassifier::concurrentUseIsSafe()
{
    MessageClassifier classifier;
    const QStringList texts{u"Where is my parcel?"_s, u"返金してください"_s, u"Paczka uszkodzona"_s, u"Merci beaucoup !"_s};
    std::atomic<int> valid{0};
    QList<QThread *> threads;
    for (int t = 0; t < 4; ++t) {
        threads.append(QThread::create([&classifier, &texts, &valid, t]() {
            for (int i = 0; i < 300; ++i) {
                const QString &text = texts.at((i + t) % texts.size());
                const auto r = classifier.classifyIntent(text, QString());
                const auto s = classifier.classifySentiment(text, QString());
                if (MessageClassifier::intentLabels().contains(r.intent)
                    && MessageClassifier::sentimentLabels().contains(s.sentiment))
                    ++valid;
            }
        }));
    }
    for (QThread *t : std::as_const(threads))
        t->start();
    for (int i = 0; i < 200; ++i)
        classifier.addCorrection(u"message number %1 about a parcel"_s.arg(i), u"en"_s, u"where_is_my_order"_s, u"neutral"_s);
    for (QThread *t : std::as_const(threads)) {
        QVERIFY(t->wait(60000));
        delete t;
    }
    QCOMPARE(valid.load(), 4 * 300);
    QCOMPARE(classifier.correctionCount(), 200);
}

void TestMessageClassifier::regressionOnBuyerMessages()
{
    const QList<Row> rows = buyerMessages();
    QVERIFY2(rows.size() == 420, "buyer_messages/dev.jsonl not found under HARBORDESK_SHARED_DIR/data");
    // The shipped model was trained on this file, so these are training-set figures: they guard
    // against regressions, they are not the accuracy to expect (see docs/QUALITY.md for honest ones).
    // Measured when the lexicon and model were last rebuilt: intent 98.1%, sentiment 90.0%.
    int intentOk = 0, sentimentOk = 0;
    QMap<QString, std::pair<int, int>> perLanguage;
    for (const Row &r : rows) {
        const bool ok = m_classifier->classifyIntent(r.text, r.lang).intent == r.intent;
        intentOk += ok;
        sentimentOk += m_classifier->classifySentiment(r.text, r.lang).sentiment == r.sentiment;
        perLanguage[r.lang].first += ok;
        ++perLanguage[r.lang].second;
    }
    const double intentAccuracy = double(intentOk) / rows.size();
    const double sentimentAccuracy = double(sentimentOk) / rows.size();
    qInfo("buyer_messages built-in: intent %.1f%%, sentiment %.1f%%", intentAccuracy * 100, sentimentAccuracy * 100);
    QVERIFY2(intentAccuracy >= 0.96, qPrintable(QString::number(intentAccuracy)));
    QVERIFY2(sentimentAccuracy >= 0.87, qPrintable(QString::number(sentimentAccuracy)));
    for (auto it = perLanguage.cbegin(); it != perLanguage.cend(); ++it) {
        const double acc = double(it->first) / it->second;
        QVERIFY2(acc >= 0.90, qPrintable(u"%1: %2"_s.arg(it.key()).arg(acc)));
    }
}

void TestMessageClassifier::crossValidatedModelStillHelps()
{
    // 5-fold cross-validation of the n-gram model (the lexicon is fixed): the model never sees the
    // fold it is scored on. The lexicon itself was tuned on this file, so this is still optimistic;
    // the honest held-out figure is in docs/QUALITY.md. Measured 96.4% when the data was last rebuilt.
    const QList<Row> rows = buyerMessages();
    QVERIFY2(rows.size() == 420, "buyer_messages/dev.jsonl not found under HARBORDESK_SHARED_DIR/data");
    QList<QStringList> features;
    for (const Row &r : rows)
        features.append(hd::NaiveBayesModel::features(hd::TextNormalizer::normalize(r.text)));
    const MessageClassifier::Resources builtin = MessageClassifier::Resources::builtin();
    int correct = 0;
    constexpr int Folds = 5;
    for (int fold = 0; fold < Folds; ++fold) {
        QList<QStringList> docs;
        QStringList labels;
        for (int i = 0; i < rows.size(); ++i) {
            if (i % Folds != fold) {
                docs.append(features.at(i));
                labels.append(rows.at(i).intent);
            }
        }
        MessageClassifier::Resources res = builtin;
        res.intentModel = hd::NaiveBayesModel::train(docs, labels);
        const MessageClassifier classifier(res);
        for (int i = fold; i < rows.size(); i += Folds)
            correct += classifier.classifyIntent(rows.at(i).text, rows.at(i).lang).intent == rows.at(i).intent;
    }
    const double accuracy = double(correct) / rows.size();
    qInfo("buyer_messages 5-fold CV intent accuracy: %.1f%%", accuracy * 100);
    QVERIFY2(accuracy >= 0.93, qPrintable(QString::number(accuracy)));
}

QTEST_GUILESS_MAIN(TestMessageClassifier)
#include "TestMessageClassifier.moc"
