#include "TriageFixture.h"

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

class TestCorrectionStore : public QObject
{
    Q_OBJECT
    FakeClock m_clock{kT0};
    QTemporaryDir m_dir;
    TriageWorld m_w;

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }
    void cleanup()
    {
        m_w.ws.reset();
        QFile::remove(m_dir.filePath(u"ws.sqlite"_s));
    }

    void similarity_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("similar");
        QTest::newRow("same words, other order number")
            << u"Where is my order 123-4567890-1234567?"_s << u"where is my ORDER 999-1111111-2222222"_s << true;
        QTest::newRow("diacritics and case")
            << u"Rückerstattung für Bestellung bitte"_s << u"ruckerstattung fur bestellung bitte"_s << true;
        QTest::newRow("one word added") << u"the lamp arrived broken in pieces"_s
                                        << u"the lamp arrived broken in many pieces"_s << true;
        QTest::newRow("unrelated") << u"the lamp arrived broken"_s << u"can I pay by invoice"_s << false;
        QTest::newRow("two shared words only") << u"my order"_s << u"my order is late and I am angry"_s << false;
    }
    void similarity()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, similar);
        const double s = CorrectionStore::similarity(CorrectionStore::signature(a), CorrectionStore::signature(b));
        QCOMPARE(s >= 0.6, similar);
    }

    void correctionImprovesLaterMessages_data() { addEngineRows(); }
    void correctionImprovesLaterMessages()
    {
        QFETCH(QString, engine);
        m_clock.setNowMs(kT0);
        QVERIFY(openWorld(engine, m_dir, m_clock, m_w));
        Workspace &ws = *m_w.ws;
        // A seller-specific phrase the classifier does not know as an address change.
        const QString phrase = u"Please ship the lamp to my office at Hafenstrasse instead, order 4711"_s;
        QVERIFY(ws.ingest().ingest({buyer(m_w.email, u"c1"_s, u"m1"_s, phrase, kT0)}).ok());
        const qint64 m1 = scalar(ws, u"SELECT id FROM messages WHERE external_id = 'm1'"_s);
        const QString before = text(ws, u"SELECT intent FROM messages WHERE id = ?"_s, {m1});
        const QString wanted = before == "address_change"_L1 ? u"complaint"_s : u"address_change"_s;

        QVERIFY(!ws.triage().correct(m1, u"intent"_s, u"no-such-label"_s, m_w.maria).ok());
        QVERIFY(!ws.triage().correct(m1, u"priority"_s, u"high"_s, m_w.maria).ok());
        auto c = ws.triage().correct(m1, u"intent"_s, wanted, m_w.maria);
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().detail));
        QCOMPARE(c->oldValue, before);
        QCOMPARE(text(ws, u"SELECT intent FROM messages WHERE id = ?"_s, {m1}), wanted);
        QCOMPARE(text(ws, u"SELECT intent FROM conversations WHERE external_id = 'c1'"_s), wanted);
        QCOMPARE(scalar(ws, u"SELECT COUNT(*) FROM classifier_corrections"_s), 1);

        // A later, near-identical message from another buyer gets the corrected label.
        QVERIFY(ws.ingest()
                    .ingest({buyer(m_w.email,
                                   u"c2"_s,
                                   u"m2"_s,
                                   u"Please ship the lamp to my office at Hafenstrasse instead, order 9902"_s,
                                   kT0,
                                   u"z"_s)})
                    .ok());
        QCOMPARE(text(ws, u"SELECT intent FROM messages WHERE external_id = 'm2'"_s), wanted);
        // An unrelated message keeps the classifier's label.
        QVERIFY(
            ws.ingest()
                .ingest({buyer(m_w.email, u"c3"_s, u"m3"_s, u"Can I get an invoice for my purchase?"_s, kT0, u"y"_s)})
                .ok());
        QVERIFY(text(ws, u"SELECT intent FROM messages WHERE external_id = 'm3'"_s) != wanted);

        // Corrections survive reopening the workspace.
        CorrectionStore fresh(ws.database());
        QVERIFY(fresh.load().ok());
        auto match = fresh.lookup(u"intent"_s, phrase, u"en"_s);
        QVERIFY(match.has_value());
        QCOMPARE(match->value, wanted);
    }
};

QTEST_GUILESS_MAIN(TestCorrectionStore)
#include "TestCorrectionStore.moc"
