#include "ui/conversation/AnalysisChips.h"

#include "core/templates/TemplateIntents.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace hd {
using namespace Qt::StringLiterals;

namespace {
QLabel *chip(const QString &objectName, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(objectName);
    l->setTextFormat(Qt::PlainText);
    return l;
}

QString chipStyle(const QString &background, const QString &foreground)
{
    return u"QLabel { background: %1; color: %2; border-radius: 9px; padding: 2px 9px; }"_s.arg(background,
                                                                                                 foreground);
}
} // namespace

AnalysisChips::AnalysisChips(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"analysisChips"_s);
    m_intentChip = chip(u"intentChip"_s, this);
    m_sentimentChip = chip(u"sentimentChip"_s, this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_intentChip);
    layout->addWidget(m_sentimentChip);
    refresh();
}

void AnalysisChips::setAnalysis(const QString &intent, const QString &intentExplanation, const QString &sentiment,
                                const QString &sentimentExplanation)
{
    m_intent = intent;
    m_intentExplanation = intentExplanation;
    m_sentiment = sentiment;
    m_sentimentExplanation = sentimentExplanation;
    refresh();
}

void AnalysisChips::clear()
{
    setAnalysis({}, {}, {}, {});
}

QString AnalysisChips::intentName(const QString &label)
{
    // Older rows and other sources may carry aliases ("wismo", "presales").
    const QString normalized = TemplateIntents::normalize(label);
    const QString &intent = normalized.isEmpty() ? label : normalized;
    if (intent == u"where_is_my_order")
        return tr("Where is my order?");
    if (intent == u"delivery_delay")
        return tr("Delivery delay");
    if (intent == u"refund")
        return tr("Refund");
    if (intent == u"return_exchange")
        return tr("Return or exchange");
    if (intent == u"cancellation")
        return tr("Cancellation");
    if (intent == u"damaged_or_wrong_item")
        return tr("Damaged or wrong item");
    if (intent == u"address_change")
        return tr("Address change");
    if (intent == u"payment_problem")
        return tr("Payment problem");
    if (intent == u"invoice")
        return tr("Invoice");
    if (intent == u"pre_sales_question")
        return tr("Pre-sales question");
    if (intent == u"complaint")
        return tr("Complaint");
    if (intent == u"chargeback_or_legal")
        return tr("Chargeback or legal");
    if (intent == u"praise")
        return tr("Praise");
    if (intent == u"other")
        return tr("Other");
    // Unknown label: still readable ("order_status" -> "order status").
    return QString(intent).replace(u'_', u' ');
}

QString AnalysisChips::sentimentName(const QString &sentiment)
{
    if (sentiment == u"negative")
        return tr("Negative");
    if (sentiment == u"neutral")
        return tr("Neutral");
    if (sentiment == u"positive")
        return tr("Positive");
    return sentiment;
}

void AnalysisChips::refresh()
{
    m_intentChip->setVisible(!m_intent.isEmpty());
    m_intentChip->setText(intentName(m_intent));
    m_intentChip->setToolTip(m_intentExplanation.isEmpty() ? tr("Detected intent")
                                                           : tr("Detected intent: %1").arg(m_intentExplanation));
    m_intentChip->setStyleSheet(chipStyle(u"#e7eefc"_s, u"#1f4fa3"_s));

    m_sentimentChip->setVisible(!m_sentiment.isEmpty());
    m_sentimentChip->setText(sentimentName(m_sentiment));
    m_sentimentChip->setToolTip(m_sentimentExplanation.isEmpty()
                                    ? tr("Detected sentiment")
                                    : tr("Detected sentiment: %1").arg(m_sentimentExplanation));
    if (m_sentiment == u"negative")
        m_sentimentChip->setStyleSheet(chipStyle(u"#fde8e8"_s, u"#b42318"_s));
    else if (m_sentiment == u"positive")
        m_sentimentChip->setStyleSheet(chipStyle(u"#e6f6ec"_s, u"#1a7f45"_s));
    else
        m_sentimentChip->setStyleSheet(chipStyle(u"#eeeeee"_s, u"#555555"_s));
}

void AnalysisChips::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace hd
