#include "ui/conversation/ThreadView.h"

#include "core/language/translation/Translator.h"
#include "ui/inbox/RelativeTime.h"
#include "ui/shell/DisplayNames.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
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

/// Deletes a layout's items, the widgets of nested layouts included.
void clearLayout(QLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QWidget *w = item->widget())
            delete w;
        else if (QLayout *child = item->layout())
            clearLayout(child);
        delete item;
    }
}

QString primaryLanguage(const QString &lang)
{
    return lang.trimmed().toLower().replace(u'_', u'-').section(u'-', 0, 0);
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
    m_requests = new QObject(this);
}

void ThreadView::setTranslator(Translator *translator, const QString &agentLanguage)
{
    const QString lang = primaryLanguage(agentLanguage);
    if (translator == m_translator && lang == m_agentLanguage)
        return;
    m_translator = translator;
    m_agentLanguage = lang;
    m_translations.clear();
    delete m_requests; // answers for the old translator or language are dropped
    m_requests = new QObject(this);
    rebuild();
}

bool ThreadView::wantsTranslation(const Message &m) const
{
    if (!m_translator || m_agentLanguage.isEmpty() || m.direction != MessageDirection::Inbound)
        return false;
    if (bodyOf(m).isEmpty())
        return false;
    // An unknown language is guessed by the translator; the same language is left alone.
    return primaryLanguage(m.language) != m_agentLanguage;
}

void ThreadView::requestTranslations()
{
    for (const Message &m : std::as_const(m_messages)) {
        if (!wantsTranslation(m) || m_translations.contains(m.id))
            continue;
        m_translations.insert(m.id, Translation{});
        TranslationRequest request;
        request.text = bodyOf(m);
        request.sourceLang = primaryLanguage(m.language);
        request.targetLang = m_agentLanguage;
        const qint64 id = m.id;
        m_translator->translate(request, m_requests, [this, id](Result<TranslationResult> r) {
            auto it = m_translations.find(id);
            if (it == m_translations.end())
                return;
            if (r) {
                it->state = Translation::State::Done;
                it->text = r->text;
                it->provider = r->provider;
                it->sourceLanguage = r->detectedSourceLang;
            } else {
                it->state = Translation::State::Failed;
                it->error = r.error().message;
            }
            refillBody(id);
        });
    }
}

void ThreadView::refillBody(qint64 messageId)
{
    for (QWidget *body : m_content->findChildren<QWidget *>(u"bubbleBodyBox"_s)) {
        if (body->property("messageId").toLongLong() != messageId)
            continue;
        for (const Message &m : std::as_const(m_messages)) {
            if (m.id == messageId)
                fillBody(body, m);
        }
    }
    updateBubbleWidths();
}

void ThreadView::fillBody(QWidget *body, const Message &m)
{
    auto *layout = static_cast<QVBoxLayout *>(body->layout());
    clearLayout(layout);
    const QString original = bodyOf(m);
    const auto it = m_translations.constFind(m.id);
    if (!wantsTranslation(m) || it == m_translations.constEnd()) {
        layout->addWidget(textLabel(original, u"bubbleBody"_s, body));
        return;
    }
    const Translation &t = *it;
    const QString from = DisplayNames::language(m.language.isEmpty() ? t.sourceLanguage : m.language);
    switch (t.state) {
    case Translation::State::Pending:
        layout->addWidget(textLabel(original, u"bubbleBody"_s, body));
        layout->addWidget(textLabel(tr("Translating…"), u"bubbleCaption"_s, body));
        return;
    case Translation::State::Failed:
        layout->addWidget(textLabel(original, u"bubbleBody"_s, body));
        layout->addWidget(
            textLabel(tr("Not translated: %1 The original is shown.").arg(t.error), u"bubbleTranslationError"_s, body));
        return;
    case Translation::State::Done:
        break;
    }
    if (t.text.trimmed() == original.trimmed()) { // nothing to translate (an order number, "ok")
        layout->addWidget(textLabel(original, u"bubbleBody"_s, body));
        return;
    }
    layout->addWidget(textLabel(t.text, u"bubbleTranslation"_s, body));
    auto *row = new QHBoxLayout;
    row->setSpacing(6);
    row->addWidget(textLabel(from.isEmpty() ? tr("Machine translation") : tr("Machine translation from %1").arg(from),
                             u"bubbleCaption"_s, body));
    row->addStretch();
    auto *toggle = new QPushButton(t.showOriginal ? tr("Hide original") : tr("Show original"), body);
    toggle->setObjectName(u"showOriginalButton"_s);
    toggle->setProperty("messageId", m.id);
    toggle->setFlat(true);
    toggle->setCursor(Qt::PointingHandCursor);
    toggle->setAutoDefault(false);
    const qint64 id = m.id;
    connect(toggle, &QPushButton::clicked, this, [this, id] {
        auto found = m_translations.find(id);
        if (found != m_translations.end()) {
            found->showOriginal = !found->showOriginal;
            // Later: this button is deleted by the refill.
            QTimer::singleShot(0, this, [this, id] { refillBody(id); });
        }
    });
    row->addWidget(toggle);
    layout->addLayout(row);
    if (t.showOriginal)
        layout->addWidget(textLabel(original, u"bubbleOriginal"_s, body));
}

void ThreadView::setMessages(const QList<Message> &messages)
{
    m_messages = messages;
    rebuild();
    requestTranslations();
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
    if (m.direction == MessageDirection::Inbound) {
        auto *body = new QWidget(bubble);
        body->setObjectName(u"bubbleBodyBox"_s);
        body->setProperty("messageId", m.id);
        auto *bodyLayout = new QVBoxLayout(body);
        bodyLayout->setContentsMargins(0, 0, 0, 0);
        bodyLayout->setSpacing(4);
        fillBody(body, m);
        layout->addWidget(body);
    } else if (m.direction == MessageDirection::Outbound && !m.agentText.isEmpty() && m.agentText != m.bodyText) {
        // A translated reply: what the agent wrote, then what the buyer received.
        layout->addWidget(textLabel(m.agentText, u"bubbleBody"_s, bubble));
        layout->addWidget(textLabel(tr("Sent in %1:").arg(DisplayNames::language(m.language)), u"bubbleCaption"_s, bubble));
        layout->addWidget(textLabel(bodyOf(m), u"bubbleTranslation"_s, bubble));
    } else {
        layout->addWidget(textLabel(bodyOf(m), u"bubbleBody"_s, bubble));
    }
    if (m.direction == MessageDirection::Outbound && m.agentText.isEmpty() && !m.translatedText.isEmpty()
        && m.translatedText != m.bodyText) {
        layout->addWidget(textLabel(tr("Sent in %1:").arg(DisplayNames::language(m.language)),
                                    u"bubbleCaption"_s, bubble));
        layout->addWidget(textLabel(m.translatedText, u"bubbleTranslation"_s, bubble));
    }
    if (m.status == MessageStatus::Failed && !m.error.isEmpty()) {
        layout->addWidget(textLabel(tr("Not delivered: %1").arg(m.error), u"bubbleError"_s, bubble));
        auto *retry = new QPushButton(tr("Retry"), bubble);
        retry->setObjectName(u"retrySendButton"_s);
        const qint64 id = m.id;
        connect(retry, &QPushButton::clicked, this, [this, id] { Q_EMIT retryRequested(id); });
        layout->addWidget(retry, 0, Qt::AlignLeft);
    }
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
