#include "ui/conversation/AnalysisChips.h"

#include "core/templates/TemplateIntents.h"

#include <QActionGroup>
#include <QContextMenuEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMouseEvent>

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
    for (QLabel *chip : {m_intentChip, m_sentimentChip})
        chip->installEventFilter(this);
    refresh();
}

void AnalysisChips::setCorrectable(bool correctable)
{
    m_correctable = correctable;
    for (QLabel *chip : {m_intentChip, m_sentimentChip})
        chip->setCursor(correctable ? Qt::PointingHandCursor : Qt::ArrowCursor);
    refresh();
}

QMenu *AnalysisChips::correctionMenu(const QString &field)
{
    delete m_menu;
    m_menu = new QMenu(this);
    m_menu->setObjectName(field == u"sentiment" ? u"sentimentCorrectionMenu"_s : u"intentCorrectionMenu"_s);
    m_menu->addSection(field == u"sentiment" ? tr("Correct the sentiment") : tr("Correct the intent"));
    auto *group = new QActionGroup(m_menu);
    const QStringList labels = field == u"sentiment" ? QStringList{u"negative"_s, u"neutral"_s, u"positive"_s}
                                                     : TemplateIntents::all();
    const QString current = field == u"sentiment" ? m_sentiment : TemplateIntents::normalize(m_intent);
    for (const QString &label : labels) {
        QAction *a = m_menu->addAction(field == u"sentiment" ? sentimentName(label) : intentName(label));
        a->setObjectName(u"correct_%1_%2"_s.arg(field, label));
        a->setCheckable(true);
        a->setChecked(label == current);
        a->setActionGroup(group);
        connect(a, &QAction::triggered, this, [this, field, label, current] {
            if (label != current)
                Q_EMIT correctionRequested(field, label);
        });
    }
    return m_menu;
}

bool AnalysisChips::eventFilter(QObject *watched, QEvent *event)
{
    const bool chip = watched == m_intentChip || watched == m_sentimentChip;
    if (chip && m_correctable
        && (event->type() == QEvent::MouseButtonRelease || event->type() == QEvent::ContextMenu)) {
        const QString field = watched == m_intentChip ? u"intent"_s : u"sentiment"_s;
        auto *label = static_cast<QLabel *>(watched);
        correctionMenu(field)->popup(label->mapToGlobal(QPoint(0, label->height())));
        return true;
    }
    return QWidget::eventFilter(watched, event);
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
    if (m_correctable)
        m_intentChip->setToolTip(m_intentChip->toolTip() + u'\n' + tr("Click to correct it."));
    m_intentChip->setStyleSheet(chipStyle(u"#e7eefc"_s, u"#1f4fa3"_s));

    m_sentimentChip->setVisible(!m_sentiment.isEmpty());
    m_sentimentChip->setText(sentimentName(m_sentiment));
    m_sentimentChip->setToolTip(m_sentimentExplanation.isEmpty()
                                    ? tr("Detected sentiment")
                                    : tr("Detected sentiment: %1").arg(m_sentimentExplanation));
    if (m_correctable)
        m_sentimentChip->setToolTip(m_sentimentChip->toolTip() + u'\n' + tr("Click to correct it."));
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
