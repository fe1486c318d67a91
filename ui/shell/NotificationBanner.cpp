#include "ui/shell/NotificationBanner.h"

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
    setStyleSheet(breach ? u"#slaAlertBanner { background: #fdecec; border-bottom: 1px solid #c81e1e; }"
                           " #slaAlertText { color: #8f1414; font-weight: 600; }"_s
                         : u"#slaAlertBanner { background: #fef5e7; border-bottom: 1px solid #d97706; }"
                           " #slaAlertText { color: #7a4304; font-weight: 600; }"_s);
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
