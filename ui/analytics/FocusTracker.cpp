#include "ui/analytics/FocusTracker.h"

#include "core/analytics/AnalyticsRepository.h"
#include "core/common/Log.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

#include <algorithm>

namespace hd {
using namespace Qt::StringLiterals;

FocusTracker::FocusTracker(const Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
{
    m_timer.setInterval(5'000);
    connect(&m_timer, &QTimer::timeout, this, &FocusTracker::tick);
    m_timer.start();
}

FocusTracker::~FocusTracker()
{
    if (qApp)
        qApp->removeEventFilter(this);
    stop(m_clock.nowMs());
}

void FocusTracker::watch(QWidget *window)
{
    m_window = window;
    window->installEventFilter(this);
    qApp->installEventFilter(this);
    setWindowActive(window->isActiveWindow());
}

bool FocusTracker::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::WindowActivate:
        if (watched == m_window)
            setWindowActive(true);
        break;
    case QEvent::WindowDeactivate:
        if (watched == m_window)
            setWindowActive(false);
        break;
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel: noteActivity(); break;
    default: break;
    }
    return QObject::eventFilter(watched, event);
}

void FocusTracker::setAgent(qint64 agentId)
{
    if (agentId == m_agent)
        return;
    stop(m_clock.nowMs());
    m_agent = agentId;
    startIfFocused();
}

void FocusTracker::setConversation(qint64 conversationId)
{
    if (conversationId == m_conversation)
        return;
    stop(m_clock.nowMs());
    m_conversation = conversationId;
    m_lastActivity = m_clock.nowMs(); // opening a conversation is activity
    startIfFocused();
}

void FocusTracker::setWindowActive(bool active)
{
    if (active == m_active)
        return;
    const qint64 now = m_clock.nowMs();
    m_active = active;
    if (!active) {
        stop(now);
        return;
    }
    m_lastActivity = now;
    startIfFocused();
}

void FocusTracker::syncConversation()
{
    if (m_source)
        setConversation(m_source());
}

void FocusTracker::noteActivity()
{
    syncConversation();
    const qint64 now = m_clock.nowMs();
    // Back from idle: the idle stretch was already closed; start a new one.
    if (m_startedAt == 0 && now - m_lastActivity > kIdleCutoffMs) {
        m_lastActivity = now;
        startIfFocused();
        return;
    }
    m_lastActivity = now;
    if (m_startedAt == 0)
        startIfFocused();
}

void FocusTracker::flush()
{
    syncConversation();
    stop(m_clock.nowMs());
    startIfFocused();
}

void FocusTracker::tick()
{
    syncConversation();
    const qint64 now = m_clock.nowMs();
    if (m_startedAt > 0 && now - m_lastActivity > kIdleCutoffMs)
        stop(now); // counted only up to the idle cut-off after the last activity
}

void FocusTracker::startIfFocused()
{
    const qint64 now = m_clock.nowMs();
    if (m_startedAt == 0 && m_active && m_conversation > 0 && now - m_lastActivity <= kIdleCutoffMs)
        m_startedAt = now;
}

void FocusTracker::stop(qint64 endMs)
{
    if (m_startedAt == 0)
        return;
    const qint64 end = std::min(endMs, m_lastActivity + kIdleCutoffMs);
    const qint64 duration = end - m_startedAt;
    const qint64 started = m_startedAt;
    m_startedAt = 0;
    if (duration < kMinimumSessionMs)
        return;
    if (auto s = AnalyticsRepository(m_db).recordFocus(m_agent, m_conversation, started, duration); !s) {
        log::warn("analytics", u"focus time not stored: %1"_s.arg(s.error().detail));
        return;
    }
    ++m_stored;
    Q_EMIT sessionStored(m_conversation, duration);
}

} // namespace hd
