#include "ui/settings/RulesPage.h"

#include "core/Workspace.h"
#include "ui/settings/DryRunDialog.h"
#include "ui/settings/RuleConditionEditor.h"
#include "ui/settings/RuleEditor.h"
#include "ui/settings/RuleNames.h"

#include <QApplication>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace hd {
using namespace Qt::StringLiterals;

namespace {
constexpr int kRuleIdRole = Qt::UserRole + 1;
} // namespace

RulesPage::RulesPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(u"rulesPage"_s);
    m_title = new QLabel(this);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_title->setFont(f);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);

    m_list = new QListWidget(this);
    m_list->setObjectName(u"rulesList"_s);
    m_list->setMinimumWidth(200);
    m_add = new QPushButton(this);
    m_add->setObjectName(u"addRuleButton"_s);
    m_delete = new QPushButton(this);
    m_delete->setObjectName(u"deleteRuleButton"_s);
    m_up = new QPushButton(this);
    m_up->setObjectName(u"moveRuleUpButton"_s);
    m_down = new QPushButton(this);
    m_down->setObjectName(u"moveRuleDownButton"_s);
    auto *listButtons = new QGridLayout;
    listButtons->addWidget(m_add, 0, 0);
    listButtons->addWidget(m_delete, 0, 1);
    listButtons->addWidget(m_up, 1, 0);
    listButtons->addWidget(m_down, 1, 1);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(listButtons);

    m_editor = new RuleEditor(this);
    m_save = new QPushButton(this);
    m_save->setObjectName(u"saveRuleButton"_s);
    m_save->setDefault(true);
    m_revert = new QPushButton(this);
    m_revert->setObjectName(u"revertRuleButton"_s);
    m_dryRun = new QPushButton(this);
    m_dryRun->setObjectName(u"dryRunButton"_s);
    m_status = new QLabel(this);
    m_status->setObjectName(u"rulesStatusLabel"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    auto *editorButtons = new QHBoxLayout;
    editorButtons->addWidget(m_status, 1);
    editorButtons->addWidget(m_dryRun);
    editorButtons->addWidget(m_revert);
    editorButtons->addWidget(m_save);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_editor, 1);
    rightLayout->addLayout(editorButtons);

    auto *split = new QSplitter(this);
    split->setObjectName(u"rulesSplitter"_s);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({220, 700});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(split, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, &RulesPage::onCurrentRowChanged);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (!m_rebuilding)
            onEnabledToggled(item->data(kRuleIdRole).toLongLong(), item->checkState() == Qt::Checked);
    });
    connect(m_add, &QPushButton::clicked, this, &RulesPage::addRule);
    connect(m_delete, &QPushButton::clicked, this, &RulesPage::deleteCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_save, &QPushButton::clicked, this, &RulesPage::saveCurrent);
    connect(m_revert, &QPushButton::clicked, this, [this] { onCurrentRowChanged(m_list->currentRow()); });
    connect(m_dryRun, &QPushButton::clicked, this, [this] { dryRun(); });
    connect(m_editor, &RuleEditor::changed, this, &RulesPage::updateButtons);

    if (auto agents = workspace.directory().agents())
        m_editor->setAgents(agents.value());
    if (auto library = workspace.templates().load())
        m_editor->setTemplates(library.value().templates());
    retranslate();
    reload();
}

void RulesPage::reload()
{
    const qint64 selected = m_shownRow >= 0 && m_shownRow < m_rules.size() ? m_rules.at(m_shownRow).id : 0;
    QStringList problems;
    auto rules = m_workspace.triage().rules().all(&problems);
    if (!rules) {
        showStatus(rules.error().message, true);
        m_rules.clear();
    } else {
        m_rules = rules.value();
        if (!problems.isEmpty())
            showStatus(tr("Some stored rules could not be read: %1").arg(problems.join(u"; "_s)), true);
    }
    rebuildList(selected);
}

void RulesPage::rebuildList(qint64 selectId)
{
    m_rebuilding = true;
    m_list->clear();
    int selectRow = m_rules.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_rules.size(); ++i) {
        const Rule &r = m_rules.at(i);
        auto *item = new QListWidgetItem(m_list);
        item->setText(r.id == 0 ? tr("%1 (not saved)").arg(r.name.isEmpty() ? tr("New rule") : r.name) : r.name);
        item->setToolTip(RuleNames::event(r.event));
        item->setData(kRuleIdRole, r.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(r.enabled ? Qt::Checked : Qt::Unchecked);
        if (r.id == selectId)
            selectRow = i;
    }
    m_shownRow = -1;
    m_rebuilding = false;
    m_list->setCurrentRow(selectRow);
    if (selectRow < 0)
        onCurrentRowChanged(-1);
}

void RulesPage::onCurrentRowChanged(int row)
{
    if (m_rebuilding)
        return;
    // Leaving an edited rule: keep the edits by saving them; an invalid rule keeps the selection.
    if (m_shownRow >= 0 && m_shownRow != row && m_shownRow < m_rules.size() && m_editor->isModified()) {
        const int back = m_shownRow;
        if (!saveCurrent()) {
            const QSignalBlocker blocker(m_list);
            m_list->setCurrentRow(back);
            return;
        }
        // saveCurrent() rebuilt the list; select what was asked for.
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(row);
    }
    m_shownRow = row;
    if (row >= 0 && row < m_rules.size())
        m_editor->setRule(m_rules.at(row));
    else
        m_editor->setRule(Rule());
    m_editor->setEnabled(row >= 0);
    updateButtons();
}

bool RulesPage::saveCurrent()
{
    if (m_shownRow < 0 || m_shownRow >= m_rules.size())
        return false;
    auto rule = m_editor->rule();
    if (!rule) {
        showStatus(tr("Not saved: %1").arg(rule.error().message), true);
        return false;
    }
    Rule r = rule.value();
    // Through the triage service, so the rules it runs are re-read at once.
    TriageService &triage = m_workspace.triage();
    if (r.id == 0) {
        r.createdAt = m_workspace.clock().nowMs();
        auto id = triage.addRule(r);
        if (!id) {
            showStatus(tr("Not saved: %1").arg(id.error().message), true);
            return false;
        }
        r.id = id.value();
    } else if (const Status s = triage.updateRule(r); !s) {
        showStatus(tr("Not saved: %1").arg(s.error().message), true);
        return false;
    }
    m_rules[m_shownRow] = r;
    m_editor->setModified(false);
    showStatus(tr("Saved “%1”.").arg(r.name), false);
    m_shownRow = -1; // already saved: reload() must not save again
    QStringList problems;
    if (auto rules = triage.rules().all(&problems))
        m_rules = rules.value();
    rebuildList(r.id);
    Q_EMIT rulesChanged();
    return true;
}

void RulesPage::addRule()
{
    if (m_editor->isModified() && !saveCurrent())
        return;
    Rule r;
    r.name = tr("New rule");
    r.event = RuleEvent::MessageReceived;
    r.condition = Condition::all({Condition::leaf(u"intent"_s, ConditionOperator::Eq, u"chargeback_or_legal"_s)});
    r.actions = {RuleAction::setPriority(Priority::Urgent)};
    int position = 0;
    for (const Rule &existing : std::as_const(m_rules))
        position = qMax(position, existing.position + 1);
    r.position = position;
    m_rules << r;
    m_editor->setModified(false);
    rebuildList(0);
    m_list->setCurrentRow(int(m_rules.size()) - 1);
    m_editor->setModified(true); // unsaved until Save
    updateButtons();
}

void RulesPage::deleteCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_rules.size())
        return;
    const Rule r = m_rules.at(row);
    if (r.id != 0) {
        if (const Status s = m_workspace.triage().removeRule(r.id); !s) {
            showStatus(s.error().message, true);
            return;
        }
    }
    m_rules.removeAt(row);
    m_editor->setModified(false);
    m_shownRow = -1;
    showStatus(tr("Deleted “%1”.").arg(r.name), false);
    rebuildList(row < m_rules.size() ? m_rules.at(row).id : (m_rules.isEmpty() ? 0 : m_rules.constLast().id));
    Q_EMIT rulesChanged();
}

void RulesPage::moveCurrent(int delta)
{
    if (m_editor->isModified() && !saveCurrent())
        return;
    const int row = m_list->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_rules.size() || m_rules.at(row).id == 0 || m_rules.at(to).id == 0)
        return;
    const qint64 id = m_rules.at(row).id;
    m_rules.move(row, to);
    for (int i = 0; i < m_rules.size(); ++i) {
        if (m_rules.at(i).position == i || m_rules.at(i).id == 0)
            continue;
        m_rules[i].position = i;
        if (const Status s = m_workspace.triage().updateRule(m_rules.at(i)); !s) {
            showStatus(s.error().message, true);
            break;
        }
    }
    m_shownRow = -1;
    rebuildList(id);
    Q_EMIT rulesChanged();
}

void RulesPage::onEnabledToggled(qint64 ruleId, bool enabled)
{
    for (Rule &r : m_rules) {
        if (r.id != ruleId)
            continue;
        r.enabled = enabled;
        if (ruleId != 0) {
            if (const Status s = m_workspace.triage().setRuleEnabled(ruleId, enabled); !s) {
                showStatus(s.error().message, true);
                return;
            }
            showStatus(enabled ? tr("“%1” is on.").arg(r.name) : tr("“%1” is off.").arg(r.name), false);
            Q_EMIT rulesChanged();
        }
        if (m_shownRow >= 0 && m_shownRow < m_rules.size() && m_rules.at(m_shownRow).id == ruleId
            && !m_editor->isModified())
            m_editor->setRule(r);
        return;
    }
}

DryRunDialog *RulesPage::dryRun(int days)
{
    // The actions need not be complete for a dry run, but the condition must be valid.
    auto condition = m_editor->conditionEditor()->condition();
    if (!condition) {
        showStatus(tr("Cannot dry-run: %1").arg(condition.error().message), true);
        return nullptr;
    }
    Rule rule = m_editor->draft();
    rule.condition = condition.value();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto report = DryRunDialog::run(m_workspace, rule, days);
    QApplication::restoreOverrideCursor();
    if (!report) {
        showStatus(report.error().message, true);
        return nullptr;
    }
    auto *dialog = new DryRunDialog(rule, report.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DryRunDialog::conversationActivated, this, &RulesPage::conversationOpenRequested);
    dialog->show();
    showStatus(DryRunDialog::summaryText(report.value()), false);
    return dialog;
}

void RulesPage::updateButtons()
{
    const int row = m_list->currentRow();
    const bool valid = row >= 0 && row < m_rules.size();
    m_delete->setEnabled(valid);
    m_up->setEnabled(valid && row > 0);
    m_down->setEnabled(valid && row + 1 < m_rules.size());
    m_save->setEnabled(valid && m_editor->isModified());
    m_revert->setEnabled(valid && m_editor->isModified() && m_rules.at(row).id != 0);
    m_dryRun->setEnabled(valid);
}

void RulesPage::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? u"color: #b42318;"_s : QString());
}

void RulesPage::retranslate()
{
    m_title->setText(tr("Rules"));
    m_intro->setText(tr("Rules run in this order when their event happens: WHEN an event, IF the condition "
                        "holds, THEN the actions. Changes made by rules do not trigger other rules."));
    m_add->setText(tr("New rule"));
    m_delete->setText(tr("Delete"));
    m_up->setText(tr("Move up"));
    m_down->setText(tr("Move down"));
    m_save->setText(tr("Save"));
    m_revert->setText(tr("Revert"));
    m_dryRun->setText(tr("Dry run (30 days)…"));
}

void RulesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace hd
