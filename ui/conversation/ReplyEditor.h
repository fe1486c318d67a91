#pragma once

#include "core/domain/Conversation.h"

#include "core/templates/ComplianceIssue.h"

#include <QWidget>
#include <functional>
#include <optional>

class QHBoxLayout;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace hd {

class ComplianceMarker;
class TranslationPreview;

/// Where the agent writes: a reply to the buyer or an internal note (toggle), Send (Ctrl+Enter),
/// and the status buttons Resolve, Pending and Reopen. Only emits requests; the conversation view
/// stores them.
class ReplyEditor final : public QWidget {
    Q_OBJECT
public:
    explicit ReplyEditor(QWidget *parent = nullptr);

    void setBuyerName(const QString &name);
    /// Shows the status buttons that make sense for the conversation's current status.
    void setStatus(ConversationStatus status, bool noResponseNeeded = false);
    bool isNoteMode() const;
    void setNoteMode(bool note);
    QString text() const;
    void setText(const QString &text);
    void clearText();
    void focusEditor();
    /// Inserts text at the cursor (replacing a selection).
    void insertText(const QString &text);
    /// Adds a tool (the template picker) to the top bar.
    void addTool(QWidget *tool);
    /// A one-line notice above the editor ("machine translation needed"); empty hides it.
    void setNotice(const QString &text);
    /// Called when the agent presses Tab or Enter right after a word starting with "/": returns
    /// the text that replaces the shortcut, or nothing to leave the key alone.
    void setShortcutHandler(std::function<std::optional<QString>(const QString &shortcut)> handler);
    /// Asked before sending a reply that has only warnings; default: a QMessageBox
    /// (objectName "complianceConfirm"). Returns true to send.
    void setConfirmHook(std::function<bool(const QList<ComplianceIssue> &warnings)> hook);
    /// The live compliance check of the reply text (not run for internal notes).
    ComplianceMarker *compliance() const { return m_compliance; }
    /// The live translation of the reply into the buyer's language (hidden when not needed).
    TranslationPreview *translation() const { return m_translation; }
    bool canSend() const;

Q_SIGNALS:
    void sendRequested(const QString &text, bool isNote);
    /// A reply written in the agent's language and translated: `buyerText` is what is sent.
    void translatedSendRequested(const QString &agentText, const QString &buyerText);
    void statusRequested(hd::ConversationStatus status);
    /// "No response needed": the buyer's last message needs no answer (Amazon's button of that name).
    void noResponseRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void send();
    void updateMode();
    void updateSend();
    bool expandShortcut();

    QString m_buyerName;
    QPushButton *m_replyMode = nullptr;
    QPushButton *m_noteMode = nullptr;
    QLabel *m_hint = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QPushButton *m_resolve = nullptr;
    QPushButton *m_pending = nullptr;
    QPushButton *m_reopen = nullptr;
    QPushButton *m_noResponse = nullptr;
    QPushButton *m_send = nullptr;
    QHBoxLayout *m_top = nullptr;
    QLabel *m_notice = nullptr;
    QListWidget *m_issues = nullptr;
    ComplianceMarker *m_compliance = nullptr;
    TranslationPreview *m_translation = nullptr;
    bool m_sendWhenTranslated = false; ///< Send was pressed while the translation was on its way
    std::function<std::optional<QString>(const QString &)> m_shortcutHandler;
    std::function<bool(const QList<ComplianceIssue> &)> m_confirm;
};

} // namespace hd
