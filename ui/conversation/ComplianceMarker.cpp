#include "ui/conversation/ComplianceMarker.h"

#include <QHelpEvent>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTimer>
#include <QToolTip>

namespace hd {
using namespace Qt::StringLiterals;

namespace {
QColor colourFor(ComplianceSeverity s)
{
    return s == ComplianceSeverity::Block ? QColor(0xd1, 0x24, 0x2f) : QColor(0xe3, 0x7f, 0x00);
}
} // namespace

ComplianceMarker::ComplianceMarker(QPlainTextEdit *editor, QListWidget *issueList, QObject *parent)
    : QObject(parent), m_editor(editor), m_list(issueList), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(kDebounceMs);
    connect(m_timer, &QTimer::timeout, this, &ComplianceMarker::apply);
    connect(m_editor, &QPlainTextEdit::textChanged, m_timer, qOverload<>(&QTimer::start));
    m_editor->viewport()->installEventFilter(this);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->hide();
}

void ComplianceMarker::setPolicy(const CompliancePolicy &policy, std::function<ComplianceContext()> context)
{
    m_policy = policy;
    m_context = std::move(context);
    checkNow();
}

void ComplianceMarker::setEnabled(bool enabled)
{
    m_enabled = enabled;
    checkNow();
}

void ComplianceMarker::checkNow()
{
    m_timer->stop();
    apply();
}

void ComplianceMarker::apply()
{
    const QString text = m_editor->toPlainText();
    m_issues.clear();
    if (m_enabled && !text.trimmed().isEmpty())
        m_issues = m_checker.check(text, m_policy, m_context ? m_context() : ComplianceContext{});

    QList<QTextEdit::ExtraSelection> marks;
    m_list->clear();
    for (const ComplianceIssue &issue : std::as_const(m_issues)) {
        if (issue.length > 0) {
            QTextEdit::ExtraSelection mark;
            mark.cursor = QTextCursor(m_editor->document());
            mark.cursor.setPosition(issue.start);
            mark.cursor.setPosition(issue.start + issue.length, QTextCursor::KeepAnchor);
            mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            mark.format.setUnderlineColor(colourFor(issue.severity));
            mark.format.setToolTip(issue.message);
            marks.append(mark);
        }
        const QString prefix = issue.severity == ComplianceSeverity::Block ? tr("Blocked") : tr("Warning");
        QString line = prefix + u": "_s + issue.message;
        if (!issue.excerpt.isEmpty())
            line += u" (“"_s + issue.excerpt + u"”)"_s;
        auto *item = new QListWidgetItem(line, m_list);
        item->setForeground(colourFor(issue.severity));
        item->setData(Qt::UserRole, complianceSeverityToString(issue.severity));
        item->setToolTip(issue.message);
    }
    m_editor->setExtraSelections(marks);
    m_list->setVisible(!m_issues.isEmpty());
    if (!m_issues.isEmpty()) {
        // Up to four lines, then it scrolls (the list may still be hidden: no row sizes to ask for).
        const int rows = qMin(int(m_issues.size()), 4);
        m_list->setFixedHeight(2 * m_list->frameWidth() + rows * (m_list->fontMetrics().height() + 6));
    }
    Q_EMIT issuesChanged();
}

bool ComplianceMarker::eventFilter(QObject *watched, QEvent *event)
{
    // QPlainTextEdit does not show a format's tooltip by itself: look up the issue under the mouse.
    if (watched == m_editor->viewport() && event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int pos = m_editor->cursorForPosition(help->pos()).position();
        for (const ComplianceIssue &issue : std::as_const(m_issues)) {
            if (issue.length > 0 && pos >= issue.start && pos <= issue.start + issue.length) {
                QToolTip::showText(help->globalPos(), issue.message, m_editor);
                return true;
            }
        }
        QToolTip::hideText();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace hd
