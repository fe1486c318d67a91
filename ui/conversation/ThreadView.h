#pragma once

#include "core/domain/Message.h"

#include <QHash>
#include <QScrollArea>

class QVBoxLayout;

namespace hd {

/// The messages of one conversation as chat bubbles: the buyer's on the left, replies on the
/// right, internal notes in yellow. Bodies are shown as plain text (buyer HTML is reduced to text
/// locally), so nothing remote ever loads and no markup from a buyer is interpreted.
class ThreadView final : public QScrollArea {
    Q_OBJECT
public:
    explicit ThreadView(QWidget *parent = nullptr);

    /// Names of the agents, for replies and notes that carry only an author id.
    void setAgentNames(const QHash<qint64, QString> &names) { m_agentNames = names; }
    /// Replaces the thread, oldest first, and scrolls to the newest message.
    void setMessages(const QList<Message> &messages);
    void clear();
    const QList<Message> &messages() const { return m_messages; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    QWidget *bubbleFor(const Message &message);
    void updateBubbleWidths();
    void scrollToBottom();

    QWidget *m_content = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QList<Message> m_messages;
    QHash<qint64, QString> m_agentNames;
};

} // namespace hd
