#pragma once

#include "core/domain/Message.h"

#include <QHash>
#include <QScrollArea>

class QVBoxLayout;

namespace hd {

class Translator;

/// The messages of one conversation as chat bubbles: the buyer's on the left, replies on the
/// right, internal notes in yellow. Bodies are shown as plain text (buyer HTML is reduced to text
/// locally), so nothing remote ever loads and no markup from a buyer is interpreted.
///
/// With a translator, each buyer message in another language than the agent's is shown translated
/// (asked off the GUI thread, one request per message, cached by the workspace) with its original
/// one click away ("Show original"); a failed translation says why and keeps the original shown.
class ThreadView final : public QScrollArea {
    Q_OBJECT
public:
    explicit ThreadView(QWidget *parent = nullptr);

    /// Names of the agents, for replies and notes that carry only an author id.
    void setAgentNames(const QHash<qint64, QString> &names) { m_agentNames = names; }
    /// Translates buyer messages into `agentLanguage` through `translator` (null: off).
    void setTranslator(Translator *translator, const QString &agentLanguage);
    /// A message's translation, for tests: empty while pending or failed.
    QString translationOf(qint64 messageId) const { return m_translations.value(messageId).text; }
    /// Replaces the thread, oldest first, and scrolls to the newest message.
    void setMessages(const QList<Message> &messages);
    void clear();
    const QList<Message> &messages() const { return m_messages; }

Q_SIGNALS:
    /// The agent pressed Retry on a reply that could not be delivered.
    void retryRequested(qint64 messageId);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Translation {
        enum class State { Pending, Done, Failed } state = State::Pending;
        QString text;
        QString error;
        QString provider;
        QString sourceLanguage;
        bool showOriginal = false;
    };
    void rebuild();
    bool wantsTranslation(const Message &message) const;
    void requestTranslations();
    /// Fills a buyer bubble's body: the translation, the original, or both, and the controls.
    void fillBody(QWidget *body, const Message &message);
    void refillBody(qint64 messageId);
    QWidget *bubbleFor(const Message &message);
    void updateBubbleWidths();
    void scrollToBottom();

    QWidget *m_content = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QList<Message> m_messages;
    QHash<qint64, QString> m_agentNames;
    Translator *m_translator = nullptr;
    QString m_agentLanguage;
    QHash<qint64, Translation> m_translations; ///< by message id, for m_agentLanguage
    QObject *m_requests = nullptr;             ///< context of requests in flight
};

} // namespace hd
