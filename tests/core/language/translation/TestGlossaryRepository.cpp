#include "core/Workspace.h"
#include "core/common/Clock.h"
#include "core/language/translation/GlossaryRepository.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace hd;
using namespace Qt::StringLiterals;

class TestGlossaryRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeClock m_clock{1'700'000'000'000};
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<GlossaryRepository> m_glossary;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        auto ws = Workspace::open(
            m_dir.filePath(u"glossary-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))),
            m_clock);
        QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().detail));
        m_ws = std::move(ws).value();
        m_glossary = std::make_unique<GlossaryRepository>(m_ws->database());
    }

    void cleanup()
    {
        m_glossary.reset();
        m_ws.reset();
    }

    void savesListsAndRemoves()
    {
        const auto brand = m_glossary->save({0, u"Lumen & Loom"_s, {}, {}, {}, true});
        QVERIFY(brand.ok());
        const auto blanket = m_glossary->save({0, u"throw blanket"_s, u"en"_s, u"ES"_s, u"manta decorativa"_s, false});
        QVERIFY(blanket.ok());
        const auto all = m_glossary->entries();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).term, u"Lumen & Loom"_s);
        QVERIFY(all->at(0).keepVerbatim);
        QCOMPARE(all->at(1).targetLang, u"es"_s); // stored lower-case
        QCOMPARE(all->at(1).translation, u"manta decorativa"_s);
        QVERIFY(!all->at(1).keepVerbatim);

        QCOMPARE(m_glossary->entriesFor(u"en"_s, u"es"_s)->size(), 2);
        QCOMPARE(m_glossary->entriesFor(u"en"_s, u"de"_s)->size(), 1);
        QCOMPARE(m_glossary->entriesFor(QString(), u"es"_s)->size(), 1); // unknown source: only unbound terms

        QVERIFY(m_glossary->remove(brand.value()).ok());
        QCOMPARE(m_glossary->entries()->size(), 1);
    }

    void updatesTheSameTerm()
    {
        const auto first = m_glossary->save({0, u"lamp"_s, u"en"_s, u"es"_s, u"lámpara"_s, false});
        const auto second = m_glossary->save({0, u"lamp"_s, u"en"_s, u"es"_s, u"lámpara de mesa"_s, false});
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(first.value(), second.value());
        QCOMPARE(m_glossary->entries()->first().translation, u"lámpara de mesa"_s);
    }

    void rejectsIncompleteEntries_data()
    {
        QTest::addColumn<QString>("term");
        QTest::addColumn<QString>("translation");
        QTest::addColumn<bool>("keepVerbatim");
        QTest::newRow("empty term") << u"  "_s << QString() << true;
        QTest::newRow("translated term without translation") << u"lamp"_s << QString() << false;
    }

    void rejectsIncompleteEntries()
    {
        QFETCH(QString, term);
        QFETCH(QString, translation);
        QFETCH(bool, keepVerbatim);
        const auto r = m_glossary->save({0, term, {}, {}, translation, keepVerbatim});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TestGlossaryRepository)
#include "TestGlossaryRepository.moc"
