#pragma once

#include "core/common/Clock.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace hd {

class Database;

/// Measures an agent's real focused time in a conversation (handle time, features.md §c): time
/// counts while a conversation is shown, the window is active and the agent was active (keyboard
/// or mouse) within the idle cut-off. Each stretch is stored as a focus session when it ends
/// (conversation switched, window deactivated, idle, agent changed, or flush()).
class FocusTracker final : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kIdleCutoffMs = 60'000;
    static constexpr qint64 kMinimumSessionMs = 1'000;

    FocusTracker(const Database &db, const Clock &clock, QObject *parent = nullptr);
    ~FocusTracker() override;

    /// Watches this window's activation and the application's input events.
    void watch(QWidget *window);
    void setAgent(qint64 agentId);
    void setConversation(qint64 conversationId);
    /// Where to read the shown conversation (0 = none) on each activity and tick, so the shell
    /// needs no hook in every path that opens a conversation.
    void setConversationSource(std::function<qint64()> source) { m_source = std::move(source); }
    void setWindowActive(bool active);
    /// Keyboard or mouse activity now.
    void noteActivity();
    /// Ends the running stretch (stores it) and starts a new one if still focused.
    void flush();

    qint64 conversationId() const { return m_conversation; }
    bool isCounting() const { return m_startedAt > 0; }
    /// Focus sessions stored so far (for tests and the status bar).
    int storedSessions() const { return m_stored; }

Q_SIGNALS:
    void sessionStored(qint64 conversationId, qint64 durationMs);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void stop(qint64 endMs);
    void startIfFocused();
    void tick();
    void syncConversation();

    const Database &m_db;
    const Clock &m_clock;
    QPointer<QWidget> m_window;
    QTimer m_timer;
    std::function<qint64()> m_source;
    qint64 m_agent = 0;
    qint64 m_conversation = 0;
    bool m_active = false;
    qint64 m_lastActivity = 0;
    qint64 m_startedAt = 0;
    int m_stored = 0;
};

} // namespace hd
