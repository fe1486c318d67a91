#include "core/Workspace.h"
#include "core/common/Clock.h"
#include "core/language/translation/TranslationCache.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace hd;
using namespace Qt::StringLiterals;

class TestTranslationCache : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeClock m_clock{1'700'000'000'000};
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<TranslationCache> m_cache;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        auto ws =
            Workspace::open(m_dir.filePath(u"cache-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))),
                            m_clock);
        QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().detail));
        m_ws = std::move(ws).value();
        m_cache = std::make_unique<TranslationCache>(m_ws->database(), m_clock);
    }

    void cleanup()
    {
        m_cache.reset();
        m_ws.reset();
    }

    void storesAndFinds()
    {
        QVERIFY(!m_cache->lookup(u"apertium"_s, u"en"_s, u"es"_s, u"Hello __0__"_s).value().has_value());
        QVERIFY(m_cache->store(u"apertium"_s, u"en"_s, u"es"_s, u"Hello __0__"_s, u"Hola __0__"_s).ok());
        const auto hit = m_cache->lookup(u"apertium"_s, u"en"_s, u"es"_s, u"Hello __0__"_s);
        QVERIFY(hit.ok());
        QCOMPARE(hit.value().value_or(QString()), u"Hola __0__"_s);
        QCOMPARE(m_cache->count().value(), 1);
    }

    void keysOnProviderAndLanguages_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("hit");
        QTest::newRow("same key") << u"deepl"_s << u"en"_s << u"de"_s << true;
        QTest::newRow("languages compared case-insensitively") << u"deepl"_s << u"EN"_s << u"DE"_s << true;
        QTest::newRow("other provider") << u"google"_s << u"en"_s << u"de"_s << false;
        QTest::newRow("other target") << u"deepl"_s << u"en"_s << u"fr"_s << false;
        QTest::newRow("detected source is its own key") << u"deepl"_s << QString() << u"de"_s << false;
    }

    void keysOnProviderAndLanguages()
    {
        QFETCH(QString, provider);
        QFETCH(QString, source);
        QFETCH(QString, target);
        QFETCH(bool, hit);
        QVERIFY(m_cache->store(u"deepl"_s, u"en"_s, u"de"_s, u"Thanks"_s, u"Danke"_s).ok());
        QCOMPARE(m_cache->lookup(provider, source, target, u"Thanks"_s).value().has_value(), hit);
    }

    void replacesAnEntry()
    {
        QVERIFY(m_cache->store(u"deepl"_s, u"en"_s, u"de"_s, u"Thanks"_s, u"Dank"_s).ok());
        QVERIFY(m_cache->store(u"deepl"_s, u"en"_s, u"de"_s, u"Thanks"_s, u"Danke"_s).ok());
        QCOMPARE(m_cache->lookup(u"deepl"_s, u"en"_s, u"de"_s, u"Thanks"_s).value().value_or(QString()), u"Danke"_s);
        QCOMPARE(m_cache->count().value(), 1);
    }

    void prunesOldEntries()
    {
        QVERIFY(m_cache->store(u"deepl"_s, u"en"_s, u"de"_s, u"old"_s, u"alt"_s).ok());
        m_clock.advanceMs(10'000);
        QVERIFY(m_cache->store(u"deepl"_s, u"en"_s, u"de"_s, u"new"_s, u"neu"_s).ok());
        QCOMPARE(m_cache->prune(m_clock.nowMs() - 5'000).value(), 1);
        QCOMPARE(m_cache->count().value(), 1);
        QVERIFY(m_cache->clear().ok());
        QCOMPARE(m_cache->count().value(), 0);
    }

    void normalizes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("CRLF and trailing spaces") << u"  Hi \r\nthere\t\r\n"_s << u"Hi\nthere"_s;
        QTest::newRow("decomposed accent to NFC") << u"Mari\u0301a"_s << u"Mar\u00EDa"_s;
        QTest::newRow("inner spacing kept") << u"a  b\n\n  c"_s << u"a  b\n\n  c"_s;
    }

    void normalizes()
    {
        QFETCH(QString, text);
        QFETCH(QString, normalized);
        QCOMPARE(TranslationCache::normalize(text), normalized);
    }

    void hashIsStableSha256()
    {
        QCOMPARE(TranslationCache::hash(u"abc"_s),
                 u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s);
    }
};

QTEST_GUILESS_MAIN(TestTranslationCache)
#include "TestTranslationCache.moc"
