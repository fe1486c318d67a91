#pragma once

#include "core/domain/Conversation.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace hd {

/// Where the agent writes: a reply to the buyer or an internal note (toggle), Send (Ctrl+Enter),
/// and the status buttons Resolve, Pending and Reopen. Only emits requests; the conversation view
/// stores them.
class ReplyEditor final : public QWidget {
    Q_OBJECT
public:
    explicit ReplyEditor(QWidget *parent = nullptr);

    void setBuyerName(const QString &name);
    /// Shows the status buttons that make sense for the conversation's current status.
    void setStatus(ConversationStatus status);
    bool isNoteMode() const;
    void setNoteMode(bool note);
    QString text() const;
    void setText(const QString &text);
    void clearText();
    void focusEditor();

Q_SIGNALS:
    void sendRequested(const QString &text, bool isNote);
    void statusRequested(hd::ConversationStatus status);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void send();
    void updateMode();

    QString m_buyerName;
    QPushButton *m_replyMode = nullptr;
    QPushButton *m_noteMode = nullptr;
    QLabel *m_hint = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QPushButton *m_resolve = nullptr;
    QPushButton *m_pending = nullptr;
    QPushButton *m_reopen = nullptr;
    QPushButton *m_send = nullptr;
};

} // namespace hd
