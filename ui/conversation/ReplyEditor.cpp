#include "ui/conversation/ReplyEditor.h"

#include "ui/conversation/ComplianceMarker.h"
#include "ui/conversation/TranslationPreview.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTextCursor>
#include <QVBoxLayout>

#include <utility>

namespace hd {
namespace {
using namespace Qt::StringLiterals;

QPushButton *button(const QString &objectName, QWidget *parent)
{
    auto *b = new QPushButton(parent);
    b->setObjectName(objectName);
    b->setCursor(Qt::PointingHandCursor);
    b->setAutoDefault(false);
    return b;
}
} // namespace

ReplyEditor::ReplyEditor(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"replyComposer"_s);
    setAttribute(Qt::WA_StyledBackground);

    m_replyMode = button(u"replyToggle"_s, this);
    m_noteMode = button(u"noteToggle"_s, this);
    for (QPushButton *b : {m_replyMode, m_noteMode}) {
        b->setCheckable(true);
        b->setProperty("segment", true);
    }
    auto *modes = new QButtonGroup(this);
    modes->setExclusive(true);
    modes->addButton(m_replyMode);
    modes->addButton(m_noteMode);
    m_replyMode->setChecked(true);
    m_hint = new QLabel(this);
    m_hint->setObjectName(u"replyHint"_s);

    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(u"replyEditor"_s);
    m_editor->setTabChangesFocus(true);
    m_editor->setMinimumHeight(90);
    m_editor->installEventFilter(this);
    m_notice = new QLabel(this);
    m_notice->setObjectName(u"templateNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(u"color: #9a5b00;"_s);
    m_notice->hide();
    m_issues = new QListWidget(this);
    m_issues->setObjectName(u"complianceIssues"_s);
    m_issues->setFrameShape(QFrame::NoFrame);
    m_issues->setSelectionMode(QAbstractItemView::NoSelection);
    m_issues->setFocusPolicy(Qt::NoFocus);
    m_compliance = new ComplianceMarker(m_editor, m_issues, this);
    m_translation = new TranslationPreview(m_editor, this);

    m_resolve = button(u"resolveButton"_s, this);
    m_pending = button(u"pendingButton"_s, this);
    m_reopen = button(u"reopenButton"_s, this);
    m_noResponse = button(u"noResponseButton"_s, this);
    m_send = button(u"sendButton"_s, this);
    m_send->setDefault(true);

    auto *top = new QHBoxLayout;
    top->setSpacing(0);
    top->addWidget(m_replyMode);
    top->addWidget(m_noteMode);
    top->addSpacing(8);
    m_top = top;
    top->addStretch();
    top->addWidget(m_hint);
    auto *bottom = new QHBoxLayout;
    bottom->setSpacing(8);
    bottom->addWidget(m_resolve);
    bottom->addWidget(m_pending);
    bottom->addWidget(m_reopen);
    bottom->addWidget(m_noResponse);
    bottom->addStretch();
    bottom->addWidget(m_send);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 10, 16, 12);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(m_notice);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_issues);
    layout->addWidget(m_translation);
    layout->addLayout(bottom);

    connect(m_replyMode, &QPushButton::toggled, this, &ReplyEditor::updateMode);
    connect(m_send, &QPushButton::clicked, this, &ReplyEditor::send);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &ReplyEditor::updateSend);
    connect(m_compliance, &ComplianceMarker::issuesChanged, this, &ReplyEditor::updateSend);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] { m_sendWhenTranslated = false; });
    connect(m_translation, &TranslationPreview::previewChanged, this, [this] {
        if (std::exchange(m_sendWhenTranslated, false) && m_translation->isCurrent())
            send();
    });
    connect(m_resolve, &QPushButton::clicked, this, [this] { Q_EMIT statusRequested(ConversationStatus::Resolved); });
    connect(m_pending, &QPushButton::clicked, this, [this] { Q_EMIT statusRequested(ConversationStatus::Pending); });
    connect(m_reopen, &QPushButton::clicked, this, [this] { Q_EMIT statusRequested(ConversationStatus::Open); });
    connect(m_noResponse, &QPushButton::clicked, this, &ReplyEditor::noResponseRequested);
    m_send->setEnabled(false);
    retranslate();
    setStatus(ConversationStatus::Open);
}

void ReplyEditor::setBuyerName(const QString &name)
{
    m_buyerName = name;
    updateMode();
}

void ReplyEditor::setStatus(ConversationStatus status, bool noResponseNeeded)
{
    m_noResponse->setVisible(status == ConversationStatus::Open && !noResponseNeeded);
    m_resolve->setVisible(status != ConversationStatus::Resolved);
    m_pending->setVisible(status == ConversationStatus::Open);
    m_reopen->setVisible(status != ConversationStatus::Open);
}

bool ReplyEditor::isNoteMode() const
{
    return m_noteMode->isChecked();
}

void ReplyEditor::setNoteMode(bool note)
{
    (note ? m_noteMode : m_replyMode)->setChecked(true);
}

QString ReplyEditor::text() const
{
    return m_editor->toPlainText();
}

void ReplyEditor::setText(const QString &text)
{
    m_editor->setPlainText(text);
    m_editor->moveCursor(QTextCursor::End);
}

void ReplyEditor::clearText()
{
    m_editor->clear();
}

void ReplyEditor::focusEditor()
{
    m_editor->setFocus();
}

void ReplyEditor::insertText(const QString &text)
{
    m_editor->insertPlainText(text);
    m_editor->setFocus();
}

void ReplyEditor::addTool(QWidget *tool)
{
    m_top->insertWidget(m_top->count() - 2, tool);
}

void ReplyEditor::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void ReplyEditor::setShortcutHandler(std::function<std::optional<QString>(const QString &)> handler)
{
    m_shortcutHandler = std::move(handler);
}

void ReplyEditor::setConfirmHook(std::function<bool(const QList<ComplianceIssue> &)> hook)
{
    m_confirm = std::move(hook);
}

bool ReplyEditor::canSend() const
{
    return !m_editor->toPlainText().trimmed().isEmpty() && (isNoteMode() || !m_compliance->isBlocking());
}

void ReplyEditor::updateSend()
{
    m_send->setEnabled(canSend());
}

bool ReplyEditor::expandShortcut()
{
    if (!m_shortcutHandler)
        return false;
    QTextCursor cursor = m_editor->textCursor();
    if (cursor.hasSelection())
        return false;
    const QString before = m_editor->toPlainText().left(cursor.position());
    qsizetype start = before.size();
    while (start > 0 && !before.at(start - 1).isSpace())
        --start;
    const QString word = before.mid(start);
    if (word.size() < 2 || !word.startsWith(u'/'))
        return false;
    const std::optional<QString> replacement = m_shortcutHandler(word);
    if (!replacement)
        return false;
    cursor.setPosition(int(start), QTextCursor::KeepAnchor);
    cursor.insertText(*replacement);
    m_editor->setTextCursor(cursor);
    return true;
}

void ReplyEditor::send()
{
    const QString text = m_editor->toPlainText().trimmed();
    if (text.isEmpty())
        return;
    if (!isNoteMode() && m_translation->isActive() && !m_translation->isCurrent()) {
        // Sent once the translation of exactly this text arrives; an error stops it (and is shown).
        m_sendWhenTranslated = true;
        m_translation->translateNow();
        return;
    }
    if (!isNoteMode()) {
        m_compliance->checkNow();
        if (m_compliance->isBlocking())
            return;
        const QList<ComplianceIssue> warnings = m_compliance->issues();
        if (!warnings.isEmpty()) {
            bool go = false;
            if (m_confirm) {
                go = m_confirm(warnings);
            } else {
                QMessageBox box(QMessageBox::Warning, tr("Send anyway?"),
                                tr("This reply may break the marketplace's rules:"), QMessageBox::NoButton, this);
                box.setObjectName(u"complianceConfirm"_s);
                QStringList lines;
                for (const ComplianceIssue &w : warnings)
                    lines.append(u"• "_s + w.message);
                box.setInformativeText(lines.join(u'\n'));
                QAbstractButton *sendAnyway = box.addButton(tr("Send anyway"), QMessageBox::AcceptRole);
                box.addButton(tr("Keep editing"), QMessageBox::RejectRole);
                box.exec();
                go = box.clickedButton() == sendAnyway;
            }
            if (!go)
                return;
        }
    }
    if (!isNoteMode() && m_translation->isActive()) {
        Q_EMIT translatedSendRequested(text, m_translation->buyerText());
        return;
    }
    Q_EMIT sendRequested(text, isNoteMode());
}

void ReplyEditor::updateMode()
{
    const bool note = isNoteMode();
    m_editor->setProperty("note", note);
    m_editor->style()->unpolish(m_editor);
    m_editor->style()->polish(m_editor);
    m_send->setText(note ? tr("Add note") : tr("Send"));
    m_compliance->setEnabled(!note);
    m_translation->setNoteMode(note);
    if (note)
        m_editor->setPlaceholderText(tr("Write an internal note. Only your team sees it."));
    else if (m_buyerName.isEmpty())
        m_editor->setPlaceholderText(tr("Write a reply…"));
    else
        m_editor->setPlaceholderText(tr("Write a reply to %1…").arg(m_buyerName));
}

bool ReplyEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && (key->modifiers() & Qt::ControlModifier)) {
            send();
            return true;
        }
        if ((key->key() == Qt::Key_Tab || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers() == Qt::NoModifier && expandShortcut())
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ReplyEditor::retranslate()
{
    m_replyMode->setText(tr("Reply"));
    m_noteMode->setText(tr("Internal note"));
    m_noteMode->setToolTip(tr("Notes are never sent to the buyer"));
    m_hint->setText(tr("Ctrl+Enter to send"));
    m_resolve->setText(tr("Resolve"));
    m_resolve->setToolTip(tr("Mark as resolved and move on"));
    m_pending->setText(tr("Waiting on buyer"));
    m_pending->setToolTip(tr("Set aside until the buyer answers"));
    m_reopen->setText(tr("Reopen"));
    m_noResponse->setText(tr("No response needed"));
    m_noResponse->setToolTip(tr("The buyer's last message needs no answer (a thank-you, a notification): the "
                                "response clock stops and marketplace response rates leave it out"));
    m_send->setToolTip(tr("Send (Ctrl+Enter)"));
    updateMode();
}

void ReplyEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace hd
