#include "ui/inbox/SlaRiskView.h"

#include "ui/inbox/SlaRiskModel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace hd {
using namespace Qt::StringLiterals;

namespace {
const QList<double> kHours{1, 2, 4, 8, 24};
}

SlaRiskView::SlaRiskView(Source source, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_source(std::move(source))
    , m_clock(clock)
{
    setObjectName(u"slaRiskView"_s);
    m_model = new SlaRiskModel(clock, this);
    m_title = new QLabel(this);
    m_title->setObjectName(u"slaRiskTitle"_s);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_title->setFont(f);
    m_hours = new QComboBox(this);
    m_hours->setObjectName(u"slaRiskHoursCombo"_s);
    for (double h : kHours)
        m_hours->addItem(QString(), h);
    m_hours->setCurrentIndex(2); // 4 h: a shift's look-ahead
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"slaRiskSummary"_s);

    m_list = new QTreeView(this);
    m_list->setObjectName(u"slaRiskList"_s);
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(SlaRiskModel::SubjectColumn, QHeaderView::Stretch);
    const int widths[SlaRiskModel::ColumnCount] = {130, 140, 120, 170, 260, 320};
    for (int c = 0; c < SlaRiskModel::ColumnCount; ++c)
        if (c != SlaRiskModel::SubjectColumn)
            m_list->header()->resizeSection(c, widths[c]);
    m_empty = new QLabel(this);
    m_empty->setObjectName(u"slaRiskEmptyLabel"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    auto *head = new QHBoxLayout;
    head->addWidget(m_title);
    head->addSpacing(12);
    head->addWidget(m_summary, 1, Qt::AlignBottom);
    head->addWidget(m_hours);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 10);
    layout->addLayout(head);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);

    // The countdowns move every second; the list itself is re-read every minute.
    m_tick = new QTimer(this);
    m_tick->setObjectName(u"slaRiskCountdownTick"_s);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &SlaRiskView::tick);
    m_tick->start();
    m_reload = new QTimer(this);
    m_reload->setObjectName(u"slaRiskReloadTimer"_s);
    m_reload->setInterval(60'000);
    connect(m_reload, &QTimer::timeout, this, &SlaRiskView::reload);
    m_reload->start();

    connect(m_hours, &QComboBox::activated, this, &SlaRiskView::reload);
    connect(m_list, &QTreeView::activated, this, [this](const QModelIndex &i) {
        Q_EMIT conversationActivated(i.data(SlaRiskModel::ConversationIdRole).toLongLong());
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &SlaRiskView::updateSummary);
    retranslate();
    reload();
}

double SlaRiskView::hours() const
{
    return m_hours->currentData().toDouble();
}

void SlaRiskView::setHours(double hours)
{
    int best = 0;
    for (int i = 0; i < m_hours->count(); ++i)
        if (qAbs(m_hours->itemData(i).toDouble() - hours) < qAbs(m_hours->itemData(best).toDouble() - hours))
            best = i;
    m_hours->setCurrentIndex(best);
    reload();
}

void SlaRiskView::reload()
{
    if (!m_source)
        return;
    auto records = m_source(hours());
    if (!records) {
        m_error = records.error().message;
        Q_EMIT errorOccurred(m_error);
    } else {
        m_error.clear();
        m_model->setRecords(records.value());
    }
    updateSummary();
}

void SlaRiskView::tick()
{
    if (!isVisible())
        return;
    m_model->refreshTimes();
    updateSummary();
}

QString SlaRiskView::summaryText() const
{
    const int overdue = m_model->overdueCount();
    const int upcoming = m_model->rowCount() - overdue;
    const QString horizon = tr("%n h", nullptr, int(hours()));
    if (overdue == 0)
        return tr("%n due within %1", nullptr, upcoming).arg(horizon);
    return tr("%n overdue", nullptr, overdue) + u" · "_s + tr("%n due within %1", nullptr, upcoming).arg(horizon);
}

void SlaRiskView::updateSummary()
{
    const bool empty = m_model->rowCount() == 0;
    m_list->setVisible(!empty);
    m_empty->setVisible(empty);
    if (!m_error.isEmpty()) {
        m_summary->setText(m_error);
        m_summary->setStyleSheet(u"color: #b42318;"_s);
        return;
    }
    m_summary->setStyleSheet(m_model->overdueCount() > 0 ? u"color: #c81e1e; font-weight: 600;"_s : QString());
    m_summary->setText(summaryText());
    m_empty->setText(tr("Nothing breaches in the next %n hour(s).\nEvery open conversation is within its deadlines.",
                        nullptr,
                        int(hours())));
}

void SlaRiskView::retranslate()
{
    m_title->setText(tr("SLA at risk"));
    for (int i = 0; i < m_hours->count(); ++i)
        m_hours->setItemText(i, tr("Next %n hour(s)", nullptr, int(m_hours->itemData(i).toDouble())));
    m_hours->setToolTip(tr("How far ahead to look"));
    updateSummary();
}

void SlaRiskView::showEvent(QShowEvent *event)
{
    reload();
    QWidget::showEvent(event);
}

void SlaRiskView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace hd
