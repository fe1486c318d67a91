// The rules settings page, driven offscreen through object names: build a condition tree (AND/OR/NOT)
// and actions in the editor, save through the rule repository, reject invalid rules with a message,
// reorder and switch rules on and off, and dry-run a rule on the last 30 days of a seeded workspace.

#include "core/Workspace.h"
#include "core/demo/DemoSeeder.h"
#include "core/workflow/rules/RuleRepository.h"
#include "ui/settings/DryRunDialog.h"
#include "ui/settings/RuleActionEditor.h"
#include "ui/settings/RuleConditionEditor.h"
#include "ui/settings/RuleEditor.h"
#include "ui/settings/RulesPage.h"

#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace hd;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(hd::RuleAction)

class TestRulesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void buildsAConditionTreeAndSavesIt();
    void savesEveryActionType_data();
    void savesEveryActionType();
    void refusesAnInvalidRuleWithAMessage_data();
    void refusesAnInvalidRuleWithAMessage();
    void reordersAndSwitchesRules();
    void dryRunListsTheConversationsItWouldFireOn();
    void dryRunOfANeverMatchingRuleIsEmpty();

private:
    template<typename T>
    T *child(QWidget *root, const char *name)
    {
        auto *w = root->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }
    static void choose(QComboBox *combo, const QVariant &data)
    {
        const int i = combo->findData(data);
        QVERIFY2(i >= 0, qPrintable(u"no item with data "_s + data.toString()));
        combo->setCurrentIndex(i);
        Q_EMIT combo->activated(i);
    }
    QList<Rule> stored() const
    {
        auto rules = RuleRepository(m_ws->database()).all();
        return rules ? rules.value() : QList<Rule>{};
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<Workspace> m_ws;
};

void TestRulesPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestRulesPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<FakeClock>(QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
    auto ws = Workspace::open(m_dir->filePath(u"ws.sqlite"_s), *m_clock);
    QVERIFY2(ws.ok(), ws.ok() ? "" : qPrintable(ws.error().detail));
    m_ws = std::move(ws).value();
    DemoSeeder seeder(m_ws->database(), m_ws->ingest(), *m_clock);
    auto report = seeder.seed(DemoSeeder::bundledJson());
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().detail));
}

void TestRulesPage::cleanup()
{
    m_ws.reset();
    m_clock.reset();
    m_dir.reset();
}

void TestRulesPage::buildsAConditionTreeAndSavesIt()
{
    RulesPage page(*m_ws);
    page.show();
    page.resize(1000, 700);
    page.show();
    QCOMPARE(page.ruleCount(), int(stored().size()));
    const int before = page.ruleCount();

    QTest::mouseClick(child<QPushButton>(&page, "addRuleButton"), Qt::LeftButton);
    QCOMPARE(page.ruleCount(), before + 1);
    auto *name = child<QLineEdit>(&page, "ruleNameEdit");
    name->selectAll();
    QTest::keyClicks(name, u"Angry big spenders"_s);
    choose(child<QComboBox>(&page, "ruleEventCombo"), u"conversation_created"_s);

    // Root AND: sentiment = negative, ANY(order value > 100, tags contains vip), NOT(channel = email).
    auto *tree = child<QTreeWidget>(&page, "conditionTree");
    QVERIFY(tree->topLevelItemCount() == 1);
    QTreeWidgetItem *root = tree->topLevelItem(0);
    const int childrenBefore = root->childCount();
    tree->setCurrentItem(root);
    // The new rule starts with one leaf; replace it: select it and edit.
    QCOMPARE(childrenBefore, 1);
    tree->setCurrentItem(root->child(0));
    choose(child<QComboBox>(&page, "conditionFieldCombo"), u"sentiment"_s);
    choose(child<QComboBox>(&page, "conditionOperatorCombo"), int(ConditionOperator::Eq));
    child<QComboBox>(&page, "conditionValueEdit")->setCurrentText(u"negative"_s);

    tree->setCurrentItem(root);
    QTest::mouseClick(child<QPushButton>(&page, "addGroupButton"), Qt::LeftButton); // ANY with one leaf
    QTreeWidgetItem *any = tree->currentItem();
    QCOMPARE(any->parent(), root);
    choose(child<QComboBox>(&page, "groupKindCombo"), int(Condition::Kind::Any));
    tree->setCurrentItem(any->child(0)); // tags contains vip (default of a new group)
    tree->setCurrentItem(any);
    QTest::mouseClick(child<QPushButton>(&page, "addConditionButton"), Qt::LeftButton);
    choose(child<QComboBox>(&page, "conditionFieldCombo"), u"order_value"_s);
    choose(child<QComboBox>(&page, "conditionOperatorCombo"), int(ConditionOperator::Gt));
    child<QComboBox>(&page, "conditionValueEdit")->setCurrentText(u"100"_s);

    tree->setCurrentItem(root);
    QTest::mouseClick(child<QPushButton>(&page, "addGroupButton"), Qt::LeftButton);
    choose(child<QComboBox>(&page, "groupKindCombo"), int(Condition::Kind::Not));
    QTreeWidgetItem *notNode = tree->currentItem();
    tree->setCurrentItem(notNode->child(0));
    choose(child<QComboBox>(&page, "conditionFieldCombo"), u"channel"_s);
    choose(child<QComboBox>(&page, "conditionOperatorCombo"), int(ConditionOperator::Eq));
    child<QComboBox>(&page, "conditionValueEdit")->setCurrentText(u"email"_s);

    QVERIFY(child<QLabel>(&page, "ruleErrorLabel")->text().isEmpty());
    QTest::mouseClick(child<QPushButton>(&page, "saveRuleButton"), Qt::LeftButton);

    const QList<Rule> rules = stored();
    QCOMPARE(rules.size(), before + 1);
    const Rule &saved = rules.constLast();
    QCOMPARE(saved.name, u"Angry big spenders"_s);
    QCOMPARE(saved.event, RuleEvent::ConversationCreated);
    const Condition expected =
        Condition::all({Condition::leaf(u"sentiment"_s, ConditionOperator::Eq, u"negative"_s),
                        Condition::any({Condition::leaf(u"tags"_s, ConditionOperator::Contains, u"vip"_s),
                                        Condition::leaf(u"order_value"_s, ConditionOperator::Gt, 100.0)}),
                        Condition::negate(Condition::leaf(u"channel"_s, ConditionOperator::Eq, u"email"_s))});
    QCOMPARE(saved.condition.describe(), expected.describe());
    QVERIFY(saved.condition == expected);
    QCOMPARE(saved.actions.size(), 1); // the new rule's default: set priority to urgent

    // A fresh page shows the stored tree as it was built.
    RulesPage again(*m_ws);
    auto *list = child<QListWidget>(&again, "rulesList");
    list->setCurrentRow(again.ruleCount() - 1);
    auto condition = again.editor()->conditionEditor()->condition();
    QVERIFY(condition.ok());
    QVERIFY(condition.value() == expected);
}

void TestRulesPage::savesEveryActionType_data()
{
    QTest::addColumn<RuleAction>("action");
    QTest::newRow("assign round robin in team EU") << RuleAction::assign(RuleAction::AssignMode::RoundRobin, u"EU"_s);
    QTest::newRow("assign least loaded, everyone") << RuleAction::assign(RuleAction::AssignMode::LeastLoaded);
    QTest::newRow("assign to the last agent") << RuleAction::assign(RuleAction::AssignMode::LastAgent);
    QTest::newRow("unassign") << RuleAction::assign(RuleAction::AssignMode::Unassign);
    QTest::newRow("add tag") << RuleAction::addTag(u"vip"_s);
    QTest::newRow("remove tag") << RuleAction::removeTag(u"spam"_s);
    QTest::newRow("set priority") << RuleAction::setPriority(Priority::High);
    QTest::newRow("set status") << RuleAction::setStatus(ConversationStatus::Pending);
    QTest::newRow("snooze") << RuleAction::snooze(90);
    QTest::newRow("internal note") << RuleAction::addNote(u"Check the photos first"_s);
    QTest::newRow("notify everyone") << RuleAction::notify(u"everyone"_s, u"Chargeback threat"_s);
    QTest::newRow("apply SLA policy") << RuleAction::applySla(3);
    QTest::newRow("no response needed") << RuleAction::noResponseNeeded();
}

void TestRulesPage::savesEveryActionType()
{
    QFETCH(RuleAction, action);
    RulesPage page(*m_ws);
    page.show();
    QTest::mouseClick(child<QPushButton>(&page, "addRuleButton"), Qt::LeftButton);
    auto *actions = child<QListWidget>(&page, "actionList");
    QCOMPARE(actions->count(), 1);
    QTest::mouseClick(child<QPushButton>(&page, "removeActionButton"), Qt::LeftButton);
    QCOMPARE(actions->count(), 0);
    QTest::mouseClick(child<QPushButton>(&page, "addActionButton"), Qt::LeftButton);
    QCOMPARE(actions->count(), 1);

    // Drive the form: the type first, then the inputs that type shows.
    choose(child<QComboBox>(&page, "actionTypeCombo"), int(action.type));
    switch (action.type) {
    case RuleAction::Type::Assign:
        choose(child<QComboBox>(&page, "assignModeCombo"), int(action.assignMode));
        if (!action.team.isEmpty())
            QTest::keyClicks(child<QLineEdit>(&page, "actionTeamEdit"), action.team);
        break;
    case RuleAction::Type::AddTag:
    case RuleAction::Type::RemoveTag: QTest::keyClicks(child<QLineEdit>(&page, "actionTagEdit"), action.tag); break;
    case RuleAction::Type::SetPriority:
        choose(child<QComboBox>(&page, "actionPriorityCombo"), int(action.priority));
        break;
    case RuleAction::Type::SetStatus: choose(child<QComboBox>(&page, "actionStatusCombo"), int(action.status)); break;
    case RuleAction::Type::Snooze: child<QSpinBox>(&page, "actionMinutesSpin")->setValue(action.snoozeMinutes); break;
    case RuleAction::Type::AddNote: QTest::keyClicks(child<QLineEdit>(&page, "actionTextEdit"), action.text); break;
    case RuleAction::Type::Notify:
        choose(child<QComboBox>(&page, "notifyTargetCombo"), action.notifyTarget);
        QTest::keyClicks(child<QLineEdit>(&page, "actionTextEdit"), action.text);
        break;
    case RuleAction::Type::ApplySla:
        child<QSpinBox>(&page, "actionPolicySpin")->setValue(int(action.slaPolicyId));
        break;
    default: break;
    }
    QCOMPARE(page.editor()->actionEditor()->actions().size(), 1);
    QVERIFY2(page.saveCurrent(), qPrintable(child<QLabel>(&page, "rulesStatusLabel")->text()));
    const QList<Rule> rules = stored();
    QVERIFY(!rules.isEmpty());
    QCOMPARE(rules.constLast().actions.size(), 1);
    QCOMPARE(rules.constLast().actions.constFirst().toJson(), action.toJson());
}

void TestRulesPage::refusesAnInvalidRuleWithAMessage_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("no name") << u"name"_s;
    QTest::newRow("a number field given text") << u"number"_s;
    QTest::newRow("a tag action without a tag") << u"tag"_s;
    QTest::newRow("a pattern that does not compile") << u"regex"_s;
}

void TestRulesPage::refusesAnInvalidRuleWithAMessage()
{
    QFETCH(QString, what);
    RulesPage page(*m_ws);
    page.show();
    const int before = int(stored().size());
    QTest::mouseClick(child<QPushButton>(&page, "addRuleButton"), Qt::LeftButton);
    auto *tree = child<QTreeWidget>(&page, "conditionTree");
    if (what == u"name") {
        child<QLineEdit>(&page, "ruleNameEdit")->clear();
        Q_EMIT child<QLineEdit>(&page, "ruleNameEdit")->textEdited(QString());
    } else if (what == u"number" || what == u"regex") {
        tree->setCurrentItem(tree->topLevelItem(0)->child(0));
        choose(child<QComboBox>(&page, "conditionFieldCombo"), what == u"number" ? u"order_value"_s : u"text"_s);
        if (what == u"regex")
            choose(child<QComboBox>(&page, "conditionOperatorCombo"), int(ConditionOperator::Matches));
        child<QComboBox>(&page, "conditionValueEdit")->setCurrentText(what == u"number" ? u"lots"_s : u"(unclosed"_s);
    } else {
        choose(child<QComboBox>(&page, "actionTypeCombo"), int(RuleAction::Type::AddTag));
    }
    QVERIFY(!page.saveCurrent());
    QVERIFY(!child<QLabel>(&page, "ruleErrorLabel")->text().isEmpty());
    QVERIFY(child<QLabel>(&page, "rulesStatusLabel")->text().startsWith(u"Not saved"_s));
    QCOMPARE(int(stored().size()), before);
}

void TestRulesPage::reordersAndSwitchesRules()
{
    const RuleRepository repo(m_ws->database());
    for (const QString &n : {u"First"_s, u"Second"_s}) {
        Rule r;
        r.name = n;
        r.condition = Condition::leaf(u"intent"_s, ConditionOperator::Eq, u"refund"_s);
        r.actions = {RuleAction::addTag(n.toLower())};
        r.position = n == u"First" ? 0 : 1;
        QVERIFY(repo.add(r).ok());
    }
    RulesPage page(*m_ws);
    page.show();
    auto *list = child<QListWidget>(&page, "rulesList");
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->item(0)->text(), u"First"_s);
    list->setCurrentRow(1);
    QTest::mouseClick(child<QPushButton>(&page, "moveRuleUpButton"), Qt::LeftButton);
    QCOMPARE(stored().at(0).name, u"Second"_s);
    QCOMPARE(stored().at(1).name, u"First"_s);
    QCOMPARE(list->item(0)->text(), u"Second"_s);
    QCOMPARE(list->currentRow(), 0);

    // The check box switches a rule off in storage at once.
    list->item(1)->setCheckState(Qt::Unchecked);
    QCOMPARE(stored().at(1).enabled, false);
    QVERIFY(stored().at(0).enabled);

    list->setCurrentRow(0);
    QTest::mouseClick(child<QPushButton>(&page, "deleteRuleButton"), Qt::LeftButton);
    QCOMPARE(stored().size(), 1);
    QCOMPARE(stored().constFirst().name, u"First"_s);
}

void TestRulesPage::dryRunListsTheConversationsItWouldFireOn()
{
    RulesPage page(*m_ws);
    page.show();
    QTest::mouseClick(child<QPushButton>(&page, "addRuleButton"), Qt::LeftButton);
    auto *tree = child<QTreeWidget>(&page, "conditionTree");
    tree->setCurrentItem(tree->topLevelItem(0)->child(0));
    choose(child<QComboBox>(&page, "conditionFieldCombo"), u"channel"_s);
    choose(child<QComboBox>(&page, "conditionOperatorCombo"), int(ConditionOperator::Eq));
    child<QComboBox>(&page, "conditionValueEdit")->setCurrentText(u"amazon"_s);

    QSignalSpy open(&page, &RulesPage::conversationOpenRequested);
    QTest::mouseClick(child<QPushButton>(&page, "dryRunButton"), Qt::LeftButton);
    auto *dialog = page.findChild<DryRunDialog *>();
    QVERIFY(dialog);
    const RuleDryRunResult &result = dialog->report().result;

    // The same answer as the triage service gives for the rule on screen, on a period with data.
    auto direct = m_ws->triage().dryRun(page.editor()->draft(), 30);
    QVERIFY(direct.ok());
    QCOMPARE(result.count, direct->count);
    QCOMPARE(result.conversationsSeen, direct->conversationsSeen);
    QCOMPARE(result.matchingConversationIds, direct->matchingConversationIds);
    QVERIFY2(result.count > 0 && result.count < result.conversationsSeen,
             "the demo has recent Amazon conversations and others");

    auto *summary = child<QLabel>(dialog, "dryRunSummary");
    QVERIFY2(summary->text().contains(u"30 day"_s) && summary->text().contains(QString::number(result.count)),
             qPrintable(summary->text()));
    // The list: one row per conversation, each an Amazon one, with the reason.
    auto *results = child<QTreeWidget>(dialog, "dryRunResults");
    QCOMPARE(results->topLevelItemCount(), result.count);
    for (int i = 0; i < results->topLevelItemCount(); ++i) {
        const qint64 id = results->topLevelItem(i)->data(0, Qt::UserRole).toLongLong();
        QCOMPARE(id, result.matchingConversationIds.at(i));
        QCOMPARE(dialog->report().conversations.value(id).channelKind, ChannelKind::Amazon);
        QVERIFY(results->topLevelItem(i)->text(4).contains(u"channel"_s));
    }
    QVERIFY(child<QLabel>(dialog, "dryRunDetail")->text().contains(u"channel"_s));

    // Clickable: the second row opens its conversation.
    results->setCurrentItem(results->topLevelItem(qMin(1, results->topLevelItemCount() - 1)));
    QTest::mouseClick(child<QPushButton>(dialog, "openConversationButton"), Qt::LeftButton);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.constFirst().constFirst().toLongLong(), results->currentItem()->data(0, Qt::UserRole).toLongLong());
    // A dry run stores nothing.
    QVERIFY(stored().isEmpty());
}

void TestRulesPage::dryRunOfANeverMatchingRuleIsEmpty()
{
    RulesPage page(*m_ws);
    page.show();
    QTest::mouseClick(child<QPushButton>(&page, "addRuleButton"), Qt::LeftButton);
    auto *tree = child<QTreeWidget>(&page, "conditionTree");
    tree->setCurrentItem(tree->topLevelItem(0)->child(0));
    choose(child<QComboBox>(&page, "conditionFieldCombo"), u"order_value"_s);
    choose(child<QComboBox>(&page, "conditionOperatorCombo"), int(ConditionOperator::Gt));
    child<QComboBox>(&page, "conditionValueEdit")->setCurrentText(u"100000000"_s);
    DryRunDialog *dialog = page.dryRun(30);
    QVERIFY(dialog);
    QCOMPARE(dialog->report().result.count, 0);
    QVERIFY(dialog->report().result.conversationsSeen > 0);
    QCOMPARE(child<QTreeWidget>(dialog, "dryRunResults")->topLevelItemCount(), 0);
    QVERIFY(!child<QPushButton>(dialog, "openConversationButton")->isEnabled());
}

QTEST_MAIN(TestRulesPage)
#include "TestRulesPage.moc"
