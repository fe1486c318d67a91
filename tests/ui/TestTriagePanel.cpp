// The conversation's triage panel on a real workspace: the demo is ingested through the triage service
// with a rule in place, so the panel shows real rule firings, SLA clocks side by side with countdowns,
// assignments and the priority reason, all read through TriageService.

#include "core/Workspace.h"
#include "core/demo/DemoSeeder.h"
#include "ui/conversation/TriagePanel.h"

#include <QDateTime>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace hd;
using namespace Qt::StringLiterals;

class TestTriagePanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void showsWhichRulesFiredAndWhy();
    void showsTheClocksSideBySideWithCountdowns();
    void showsThePriorityAndItsReasons();
    void showsASourceError();

private:
    TriagePanel::Sources sources()
    {
        TriageService &t = m_ws->triage();
        return {[&t](qint64 id) { return t.ruleFirings(id); },
                [&t](qint64 id) { return t.assignments(id); },
                [&t](qint64 id) { return t.slaClocks(id); }};
    }
    /// The first conversation the predicate accepts, by scanning the inbox.
    template<typename Pred>
    std::optional<ConversationSummary> find(Pred pred)
    {
        InboxFilter all;
        all.folder = InboxFilter::Folder::All;
        auto page = m_ws->conversations().page(all, std::nullopt, 500);
        if (!page)
            return std::nullopt;
        for (const ConversationSummary &s : page.value())
            if (pred(s))
                return s;
        return std::nullopt;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<Workspace> m_ws;
};

void TestTriagePanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<FakeClock>(QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
    auto ws = Workspace::open(m_dir->filePath(u"ws.sqlite"_s), *m_clock);
    QVERIFY2(ws.ok(), ws.ok() ? "" : qPrintable(ws.error().detail));
    m_ws = std::move(ws).value();
    Rule rule;
    rule.name = u"Negative buyers first"_s;
    rule.event = RuleEvent::MessageReceived;
    rule.condition = Condition::leaf(u"sentiment"_s, ConditionOperator::Eq, u"negative"_s);
    rule.actions = {RuleAction::addTag(u"unhappy"_s)};
    auto id = m_ws->triage().addRule(rule);
    QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().detail));
    DemoSeeder seeder(m_ws->database(), m_ws->ingest(), *m_clock);
    auto report = seeder.seed(DemoSeeder::bundledJson());
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().detail));
}

void TestTriagePanel::cleanup()
{
    m_ws.reset();
    m_clock.reset();
    m_dir.reset();
}

void TestTriagePanel::showsWhichRulesFiredAndWhy()
{
    const auto s = find([this](const ConversationSummary &c) {
        auto f = m_ws->triage().ruleFirings(c.conversation.id);
        return f.ok() && !f->isEmpty();
    });
    QVERIFY2(s, "the rule should have fired on some demo conversation");
    const auto firings = m_ws->triage().ruleFirings(s->conversation.id).value();
    TriagePanel panel(sources(), *m_clock);
    panel.setConversation(*s);
    auto *list = panel.findChild<QTreeWidget *>(u"triageRuleFirings"_s);
    QCOMPARE(list->topLevelItemCount(), int(firings.size()));
    const QString text = list->topLevelItem(0)->text(1);
    QVERIFY2(text.contains(u"Negative buyers first"_s) && text.contains(u"sentiment"_s), qPrintable(text));
    QVERIFY(!panel.findChild<QLabel *>(u"triageError"_s)->isVisibleTo(&panel));

    // A conversation with no firing says so.
    const auto quiet = find([this](const ConversationSummary &c) {
        auto f = m_ws->triage().ruleFirings(c.conversation.id);
        return f.ok() && f->isEmpty();
    });
    if (quiet) {
        panel.setConversation(*quiet);
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(1), u"No rule has fired on this conversation."_s);
    }
}

void TestTriagePanel::showsTheClocksSideBySideWithCountdowns()
{
    const auto s = find([this](const ConversationSummary &c) {
        auto clocks = m_ws->triage().slaClocks(c.conversation.id);
        return clocks.ok() && !clocks->isEmpty();
    });
    QVERIFY2(s, "the demo should run SLA clocks");
    const auto clocks = m_ws->triage().slaClocks(s->conversation.id).value();
    TriagePanel panel(sources(), *m_clock);
    panel.setConversation(*s);
    QCOMPARE(panel.clocks().size(), clocks.size());
    for (int i = 0; i < clocks.size(); ++i) {
        auto *card = panel.findChild<QLabel *>(u"slaClockCard_%1"_s.arg(i));
        QVERIFY(card);
        QVERIFY2(!card->property("urgency").toString().isEmpty(), qPrintable(card->text()));
        QVERIFY(card->text().count(u'\n') >= 1); // target (and policy), countdown
    }
    QVERIFY(!panel.findChild<QLabel *>(u"triageNoClocks"_s)->isVisibleTo(&panel));

    // The countdown of a running clock moves with the clock (1 s tick).
    int running = -1;
    for (int i = 0; i < clocks.size(); ++i)
        if (clocks.at(i).state == SlaTargetStatus::State::Running && clocks.at(i).dueAt > m_clock->nowMs())
            running = i;
    if (running >= 0) {
        auto *card = panel.findChild<QLabel *>(u"slaClockCard_%1"_s.arg(running));
        const QString before = card->text();
        m_clock->setNowMs(clocks.at(running).dueAt + 3 * 60'000);
        QTRY_VERIFY(card->text() != before);
        QVERIFY2(card->text().contains(u"overdue"_s), qPrintable(card->text()));
        QCOMPARE(card->property("urgency").toString(), u"overdue"_s);
    }
}

void TestTriagePanel::showsThePriorityAndItsReasons()
{
    const auto s = find([](const ConversationSummary &c) { return !c.conversation.priorityReason.isEmpty(); });
    QVERIFY2(s, "the triage service should store a priority reason");
    TriagePanel panel(sources(), *m_clock);
    panel.setConversation(*s);
    const QString text = panel.findChild<QLabel *>(u"triagePriorityLabel"_s)->text();
    QVERIFY2(text.contains(u"score %1 of 100"_s.arg(s->conversation.priorityScore)), qPrintable(text));
    QVERIFY(text.contains(s->conversation.priorityReason.split(u"; "_s).constFirst()));
    // Assignments: a row per assignment, or "Not assigned yet."
    QVERIFY(panel.findChild<QTreeWidget *>(u"triageAssignments"_s)->topLevelItemCount() >= 1);
}

void TestTriagePanel::showsASourceError()
{
    TriagePanel::Sources broken = sources();
    broken.slaClocks = [](qint64) -> Result<QList<SlaClockRecord>> {
        return Error::make(Error::Code::Database, u"The workspace is not reachable."_s);
    };
    TriagePanel panel(broken, *m_clock);
    const auto s = find([](const ConversationSummary &) { return true; });
    QVERIFY(s);
    panel.setConversation(*s);
    auto *error = panel.findChild<QLabel *>(u"triageError"_s);
    QVERIFY(error->isVisibleTo(&panel));
    QCOMPARE(error->text(), u"The workspace is not reachable."_s);
}

QTEST_MAIN(TestTriagePanel)
#include "TestTriagePanel.moc"
