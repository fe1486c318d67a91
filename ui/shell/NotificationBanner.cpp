#include "ui/shell/NotificationBanner.h"

#include "ui/shell/Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace hd {
using namespace Qt::StringLiterals;

NotificationBanner::NotificationBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"slaAlertBanner"_s);
    m_text = new QLabel(this);
    m_text->setObjectName(u"slaAlertText"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_open = new QPushButton(this);
    m_open->setObjectName(u"slaAlertOpenButton"_s);
    m_dismiss = new QPushButton(this);
    m_dismiss->setObjectName(u"slaAlertDismissButton"_s);
    m_dismiss->setFlat(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 8, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_open);
    layout->addWidget(m_dismiss);
    connect(m_open, &QPushButton::clicked, this, [this] {
        hide();
        if (m_conversationId > 0)
            Q_EMIT conversationActivated(m_conversationId);
    });
    connect(m_dismiss, &QPushButton::clicked, this, &QWidget::hide);
    retranslate();
    hide();
}

void NotificationBanner::showMessage(const QString &title,
                                     const QString &text,
                                     qint64 conversationId,
                                     const QString &severity)
{
    m_conversationId = conversationId;
    m_text->setText(title.isEmpty() ? text : title + u": "_s + text);
    const bool breach = severity == u"breach";
    // Colours per theme: a pale banner with dark text in light, a deep one with pale text in dark
    // (the dismiss "x" takes the text colour, so it shows on both).
    const bool dark = Theme::current() == Theme::Mode::Dark;
    const char *background = breach ? (dark ? "#3d1717" : "#fdecec") : (dark ? "#3a2708" : "#fef5e7");
    const char *border = breach ? "#c81e1e" : "#d97706";
    const char *ink = breach ? (dark ? "#ffb8b8" : "#8f1414") : (dark ? "#fcd49b" : "#7a4304");
    setStyleSheet(u"#slaAlertBanner { background: %1; border-bottom: 1px solid %2; }"
                  " #slaAlertText { color: %3; font-weight: 600; }"
                  " #slaAlertDismissButton { color: %3; font-weight: 600; }"_s.arg(QLatin1StringView(background),
                                                                                   QLatin1StringView(border),
                                                                                   QLatin1StringView(ink)));
    m_open->setVisible(conversationId > 0);
    show();
}

QString NotificationBanner::text() const
{
    return m_text->text();
}

void NotificationBanner::retranslate()
{
    m_open->setText(tr("Open"));
    m_dismiss->setText(u"\u2715"_s);
    m_dismiss->setToolTip(tr("Dismiss"));
}

void NotificationBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace hd
