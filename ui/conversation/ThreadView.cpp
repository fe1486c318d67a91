#include "ui/conversation/ThreadView.h"

#include "ui/inbox/RelativeTime.h"
#include "ui/shell/DisplayNames.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QVBoxLayout>

namespace hd {
namespace {
using namespace Qt::StringLiterals;

/// The text to show for a message: its plain text, or its HTML reduced to text without loading
/// anything (QTextDocumentFragment never fetches images or styles).
QString bodyOf(const Message &m)
{
    if (!m.bodyText.trimmed().isEmpty())
        return m.bodyText.trimmed();
    if (!m.bodyHtml.isEmpty())
        return QTextDocumentFragment::fromHtml(m.bodyHtml).toPlainText().trimmed();
    return {};
}

QLabel *textLabel(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

ThreadView::ThreadView(QWidget *parent) : QScrollArea(parent)
{
    setObjectName(u"threadView"_s);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_content = new QWidget(this);
    m_content->setObjectName(u"threadContent"_s);
    m_layout = new QVBoxLayout(m_content);
    m_layout->setContentsMargins(20, 16, 20, 16);
    m_layout->setSpacing(12);
    setWidget(m_content);
}

void ThreadView::setMessages(const QList<Message> &messages)
{
    m_messages = messages;
    rebuild();
}

void ThreadView::clear()
{
    m_messages.clear();
    rebuild();
}

void ThreadView::rebuild()
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QDate lastDay;
    for (const Message &m : std::as_const(m_messages)) {
        const qint64 at = m.sentAt > 0 ? m.sentAt : m.createdAt;
        const QDate day = QDateTime::fromMSecsSinceEpoch(at).date();
        if (day != lastDay) {
            lastDay = day;
            auto *separator = new QLabel(QLocale().toString(day, QLocale::LongFormat), m_content);
            separator->setObjectName(u"threadDaySeparator"_s);
            separator->setAlignment(Qt::AlignCenter);
            m_layout->addWidget(separator);
        }
        auto *row = new QHBoxLayout;
        QWidget *bubble = bubbleFor(m);
        if (m.direction == MessageDirection::Inbound) {
            row->addWidget(bubble);
            row->addStretch();
        } else {
            row->addStretch();
            row->addWidget(bubble);
        }
        m_layout->addLayout(row);
    }
    m_layout->addStretch();
    updateBubbleWidths();
    scrollToBottom();
}

QWidget *ThreadView::bubbleFor(const Message &m)
{
    auto *bubble = new QFrame(m_content);
    switch (m.direction) {
    case MessageDirection::Inbound:
        bubble->setObjectName(u"bubbleInbound"_s);
        break;
    case MessageDirection::Outbound:
        bubble->setObjectName(u"bubbleOutbound"_s);
        break;
    case MessageDirection::Note:
        bubble->setObjectName(u"bubbleNote"_s);
        break;
    }
    bubble->setProperty("messageId", m.id);
    bubble->setProperty("messageStatus", messageStatusToString(m.status));

    const qint64 at = m.sentAt > 0 ? m.sentAt : m.createdAt;
    QStringList meta;
    if (m.direction == MessageDirection::Note)
        meta << tr("Internal note");
    QString sender = m.senderName;
    if (sender.isEmpty() && m.authorAgentId != 0)
        sender = m_agentNames.value(m.authorAgentId);
    meta << (sender.isEmpty() ? m.senderAddress : sender);
    meta << QLocale().toString(QDateTime::fromMSecsSinceEpoch(at).time(), QLocale::ShortFormat);
    if (m.direction == MessageDirection::Outbound)
        meta << DisplayNames::messageStatus(m.status);
    meta.removeAll(QString());

    auto *layout = new QVBoxLayout(bubble);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(4);
    auto *header = textLabel(meta.join(u"  ·  "_s), u"bubbleMeta"_s, bubble);
    header->setToolTip(RelativeTime::full(at));
    layout->addWidget(header);
    if (m.direction == MessageDirection::Inbound && !m.subject.isEmpty()
        && (&m == &m_messages.constFirst() || m.subject != m_messages.constFirst().subject))
        layout->addWidget(textLabel(m.subject, u"bubbleSubject"_s, bubble));
    layout->addWidget(textLabel(bodyOf(m), u"bubbleBody"_s, bubble));
    if (m.direction == MessageDirection::Outbound && !m.translatedText.isEmpty() && m.translatedText != m.bodyText) {
        layout->addWidget(textLabel(tr("Sent in %1:").arg(DisplayNames::language(m.language)),
                                    u"bubbleCaption"_s, bubble));
        layout->addWidget(textLabel(m.translatedText, u"bubbleTranslation"_s, bubble));
    }
    if (m.status == MessageStatus::Failed && !m.error.isEmpty())
        layout->addWidget(textLabel(tr("Not delivered: %1").arg(m.error), u"bubbleError"_s, bubble));
    return bubble;
}

void ThreadView::updateBubbleWidths()
{
    // A word-wrapped label asks for little width; give each bubble the width its longest line
    // needs, up to three quarters of the thread.
    const int maxWidth = qMax(240, viewport()->width() * 3 / 4);
    for (QFrame *bubble : m_content->findChildren<QFrame *>(Qt::FindDirectChildrenOnly)) {
        if (!bubble->objectName().startsWith(u"bubble"_s))
            continue;
        bubble->ensurePolished();
        int natural = 0;
        for (QLabel *label : bubble->findChildren<QLabel *>()) {
            const QFontMetrics fm = label->fontMetrics();
            for (const QString &line : label->text().split(u'\n'))
                natural = qMax(natural, fm.horizontalAdvance(line));
        }
        const QMargins m = bubble->layout()->contentsMargins();
        bubble->setMinimumWidth(qMin(natural + m.left() + m.right() + 4, maxWidth));
        bubble->setMaximumWidth(maxWidth);
    }
}

void ThreadView::scrollToBottom()
{
    // After the layout has settled, so the maximum is final.
    QTimer::singleShot(0, this, [this] { verticalScrollBar()->setValue(verticalScrollBar()->maximum()); });
}

void ThreadView::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    updateBubbleWidths();
}

void ThreadView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QScrollArea::changeEvent(event);
}

} // namespace hd
