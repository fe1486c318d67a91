#include "ui/shell/ResponseRatePanel.h"

#include "core/workflow/sla/SlaDisplay.h"
#include "ui/shell/ChannelIcons.h"

#include <QDateTime>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hd {
using namespace Qt::StringLiterals;

namespace {
enum Column {
    AccountColumn,
    RateColumn,
    TargetColumn,
    ForecastColumn,
    OpenColumn,
    AtRiskColumn,
    NextColumn,
    RuleColumn,
    ColumnCount
};
const QColor kRed(0xc8, 0x1e, 0x1e);
const QColor kOrange(0xd9, 0x77, 0x06);
const QColor kGreen(0x3d, 0x7a, 0x57);
} // namespace

ResponseRatePanel::ResponseRatePanel(Source source, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_source(std::move(source))
    , m_clock(clock)
{
    setObjectName(u"responseRatePanel"_s);
    m_title = new QLabel(this);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_title->setFont(f);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_table = new QTreeWidget(this);
    m_table->setObjectName(u"responseRateTable"_s);
    m_table->setRootIsDecorated(false);
    m_table->setColumnCount(ColumnCount);
    m_table->setUniformRowHeights(true);
    m_table->setFrameShape(QFrame::NoFrame);
    const int widths[ColumnCount] = {190, 80, 70, 130, 60, 70, 130, 300};
    for (int c = 0; c < ColumnCount; ++c)
        m_table->header()->resizeSection(c, widths[c]);
    m_empty = new QLabel(this);
    m_empty->setObjectName(u"responseRateEmpty"_s);
    m_empty->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(u"responseRateError"_s);
    m_error->setStyleSheet(u"color: #b42318;"_s);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 10);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addWidget(m_error);
    retranslate();
    reload();
}

QString ResponseRatePanel::percent(const std::optional<double> &rate)
{
    if (!rate)
        return u"\u2013"_s;
    return QLocale().toString(*rate * 100.0, 'f', 1) + u" %"_s;
}

QString ResponseRatePanel::ruleText(const ResponseRate::Rule &rule)
{
    const int hours = int(rule.deadlineMs / 3'600'000);
    const int days = int(rule.periodMs / (24 * 3'600'000LL));
    QString unit;
    switch (rule.unit) {
    case ResponseRate::Unit::Message: unit = tr("every buyer message within %n h", nullptr, hours); break;
    case ResponseRate::Unit::Chat: unit = tr("every chat within %n h", nullptr, hours); break;
    case ResponseRate::Unit::ThreadStart:
        unit = tr("the first message of each thread within %n h", nullptr, hours);
        break;
    }
    QString text = tr("%1, over %n day(s)", nullptr, days).arg(unit);
    switch (rule.autoReplies) {
    case ResponseRate::AutoReplies::DoNotCount: text += u"; "_s + tr("auto-replies do not count"); break;
    case ResponseRate::AutoReplies::Count: text += u"; "_s + tr("auto-replies count"); break;
    case ResponseRate::AutoReplies::ExcludeSample:
        text += u"; "_s + tr("chats closed by automation are left out");
        break;
    }
    return text;
}

void ResponseRatePanel::reload()
{
    if (!m_source)
        return;
    auto records = m_source();
    if (!records) {
        m_error->setText(records.error().message);
        m_error->show();
        return;
    }
    m_error->hide();
    m_records = records.value();
    rebuild();
}

void ResponseRatePanel::rebuild()
{
    m_table->clear();
    for (const ResponseRateRecord &r : std::as_const(m_records)) {
        const ResponseRate::Report &rep = r.report;
        auto *item = new QTreeWidgetItem(m_table);
        item->setIcon(AccountColumn, ChannelIcons::icon(r.channelKind));
        item->setText(AccountColumn,
                      r.marketplace.isEmpty() ? r.channelName : u"%1 · %2"_s.arg(r.channelName, r.marketplace));
        item->setData(AccountColumn, Qt::UserRole, r.channelId);
        item->setText(RateColumn, percent(rep.rate));
        item->setText(TargetColumn, percent(r.rule.targetRate));
        item->setText(ForecastColumn,
                      rep.open == 0 ? percent(rep.rate)
                                    : u"%1 \u2013 %2"_s.arg(percent(rep.worstCase), percent(rep.bestCase)));
        item->setToolTip(ForecastColumn,
                         tr("If every open conversation is answered in time: %1\nIf none is: %2")
                             .arg(percent(rep.bestCase), percent(rep.worstCase)));
        item->setText(OpenColumn, QString::number(rep.open));
        item->setText(AtRiskColumn, QString::number(rep.dueWithinHorizon));
        item->setText(NextColumn,
                      rep.nextDeadline == 0 ? QString()
                                            : SlaDisplay::countdownText(rep.nextDeadline - m_clock.nowMs()));
        if (rep.nextDeadline != 0)
            item->setToolTip(NextColumn,
                             QLocale().toString(QDateTime::fromMSecsSinceEpoch(rep.nextDeadline).toLocalTime(),
                                                QLocale::ShortFormat));
        item->setText(RuleColumn, ruleText(r.rule));
        item->setToolTip(RuleColumn, ruleText(r.rule));
        item->setToolTip(RateColumn,
                         tr("%1 answered in time, %2 late, %3 missed; %4 left out")
                             .arg(rep.answeredInTime)
                             .arg(rep.answeredLate)
                             .arg(rep.missed)
                             .arg(rep.excluded));
        // Red: under the bar now; orange: would fall under it if the open ones are missed.
        QColor colour = kGreen;
        QString state = u"ok"_s;
        if (rep.rate && *rep.rate < r.rule.targetRate) {
            colour = kRed;
            state = u"below"_s;
        } else if (rep.worstCase && *rep.worstCase < r.rule.targetRate) {
            colour = kOrange;
            state = u"at_risk"_s;
        }
        item->setData(RateColumn, Qt::UserRole, state);
        for (int c : {RateColumn, ForecastColumn})
            item->setForeground(c, colour);
        QFont bold = item->font(RateColumn);
        bold.setBold(true);
        item->setFont(RateColumn, bold);
    }
    m_empty->setVisible(m_records.isEmpty());
}

void ResponseRatePanel::retranslate()
{
    m_title->setText(tr("Response rate"));
    m_intro->setText(tr("Per marketplace account, counted with the platform's own rule. The forecast shows where "
                        "the rate lands if the open conversations are all answered in time, or none of them."));
    m_table->setHeaderLabels({tr("Account"),
                              tr("Rate"),
                              tr("Bar"),
                              tr("Forecast"),
                              tr("Open"),
                              tr("Due soon"),
                              tr("Next deadline"),
                              tr("Platform rule")});
    m_empty->setText(tr("No marketplace account with a response-rate rule (Amazon, Walmart, Etsy, Shopee, TikTok "
                        "Shop) is connected."));
    rebuild();
}

void ResponseRatePanel::showEvent(QShowEvent *event)
{
    reload();
    QWidget::showEvent(event);
}

void ResponseRatePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace hd
