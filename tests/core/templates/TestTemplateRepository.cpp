#include "core/Workspace.h"
#include "core/templates/TemplateRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hd;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kNow = 1'790'000'000'000; // UTC ms
}

class TestTemplateRepository : public QObject
{
    Q_OBJECT

    FakeClock m_clock{kNow};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;

    TemplateRepository repo() { return TemplateRepository(m_ws->database(), m_clock); }

    bool keywordsPersist()
    {
        QSqlQuery q(m_ws->database().connection());
        return q.exec(u"SELECT keywords FROM templates LIMIT 1"_s);
    }

    static Template sample()
    {
        Template t;
        t.name = u"Thanks"_s;
        t.category = u"General"_s;
        t.intent = u"praise"_s;
        t.shortcut = u"thanks"_s;
        t.keywords = {u"thank you"_s, u"danke"_s};
        t.variants = {TemplateVariant{0, u"en"_s, {}, u"Thank you, {{customer.first_name|there}}!"_s, true},
                      TemplateVariant{0, u"de"_s, u"ebay"_s, u"Danke!"_s, true},
                      TemplateVariant{0, u"fr"_s, {}, u"Merci !"_s, false}};
        return t;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto ws = Workspace::open(m_dir->filePath(u"ws.sqlite"_s), m_clock);
        QVERIFY2(ws.ok(), ws.ok() ? "" : qPrintable(ws.error().message + u" | "_s + ws.error().detail));
        m_ws = std::move(ws).value();
    }

    void cleanup()
    {
        m_ws.reset();
        m_dir.reset();
    }

    void saveAndLoad()
    {
        const auto id = repo().save(sample());
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message));
        const auto lib = repo().load();
        QVERIFY(lib.ok());
        QCOMPARE(lib->size(), 1);
        const Template &t = lib->templates().constFirst();
        QCOMPARE(t.id, *id);
        QCOMPARE(t.name, u"Thanks"_s);
        QCOMPARE(t.intent, u"praise"_s);
        QCOMPARE(t.shortcut, u"/thanks"_s);
        QCOMPARE(t.createdAt, kNow);
        QCOMPARE(t.updatedAt, kNow);
        QCOMPARE(t.variants.size(), 3);
        QCOMPARE(t.variants[1].platform, u"ebay"_s);
        QVERIFY(!t.variants[2].human);
        QCOMPARE(t.keywords, keywordsPersist() ? sample().keywords : QStringList{});
        QCOMPARE(lib->byShortcut(u"/THANKS"_s)->id, *id);
    }

    void updateReplacesVariants()
    {
        const qint64 id = *repo().save(sample());
        Template t = *repo().load()->find(id);
        t.name = u"Thank you"_s;
        t.variants = {TemplateVariant{0, u"ja"_s, {}, u"ありがとうございます。"_s, true}};
        m_clock.advanceMs(60'000);
        QCOMPARE(*repo().save(t), id);
        const Template stored = *repo().load()->find(id);
        QCOMPARE(stored.name, u"Thank you"_s);
        QCOMPARE(stored.variants.size(), 1);
        QCOMPARE(stored.variants[0].language, u"ja"_s);
        QCOMPARE(stored.createdAt, kNow);
        QCOMPARE(stored.updatedAt, kNow + 60'000);
    }

    void saveRejects_data()
    {
        QTest::addColumn<QString>("problem");
        QTest::newRow("duplicate shortcut") << u"shortcut"_s;
        QTest::newRow("unknown intent") << u"intent"_s;
        QTest::newRow("unknown id") << u"id"_s;
    }

    void saveRejects()
    {
        QVERIFY(repo().save(sample()).ok());
        Template t = sample();
        t.name = u"Other"_s;
        QFETCH(QString, problem);
        if (problem == "shortcut"_L1) {
            t.shortcut = u"/Thanks"_s;
        } else if (problem == "intent"_L1) {
            t.shortcut = u"/other"_s;
            t.intent = u"gossip"_s;
        } else {
            t.shortcut = u"/other"_s;
            t.id = 999;
        }
        QVERIFY(!repo().save(t).ok());
        QCOMPARE(repo().load()->size(), 1); // nothing half-written
    }

    void recordUseAndRemove()
    {
        const qint64 id = *repo().save(sample());
        QVERIFY(repo().recordUse(id).ok());
        QVERIFY(repo().recordUse(id).ok());
        QCOMPARE(repo().load()->find(id)->useCount, 2);
        QCOMPARE(repo().recordUse(id + 100).error().code, Error::Code::NotFound);
        QVERIFY(repo().remove(id).ok());
        QCOMPARE(repo().load()->size(), 0);
        QSqlQuery q(m_ws->database().connection());
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM template_variants"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void importStarterSetOnce()
    {
        const TemplateLibrary starter = TemplateLibrary::starterSet();
        const auto added = repo().importLibrary(starter);
        QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message + added.error().detail));
        QCOMPARE(*added, int(starter.size()));
        QCOMPARE(*repo().importLibrary(starter), 0); // already there: left untouched

        const auto lib = repo().load();
        QCOMPARE(lib->size(), starter.size());
        for (const Template &s : starter.templates()) {
            const Template *t = lib->byShortcut(s.shortcut);
            QVERIFY2(t, qPrintable(s.shortcut));
            QCOMPARE(t->name, s.name);
            QCOMPARE(t->variants.size(), s.variants.size());
            for (qsizetype i = 0; i < s.variants.size(); ++i) {
                QCOMPARE(t->variants[i].language, s.variants[i].language);
                QCOMPARE(t->variants[i].platform, s.variants[i].platform);
                QCOMPARE(t->variants[i].body, s.variants[i].body);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestTemplateRepository)
#include "TestTemplateRepository.moc"
