#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/workflow/triage/TriageRecords.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QTimer;
class QTreeView;

namespace hd {

class SlaRiskModel;

/// "SLA at risk": every open SLA deadline that passes within the next N hours (1, 2, 4, 8 or 24), and the
/// ones already overdue, earliest first, each with a live countdown coloured by urgency. Double click or
/// Enter opens the conversation. Re-reads the list every minute and when shown; the countdowns tick every
/// second without a query.
class SlaRiskView final : public QWidget
{
    Q_OBJECT
public:
    /// Answers "what breaches within `hours`" (TriageService::atRisk).
    using Source = std::function<Result<QList<SlaClockRecord>>(double hours)>;

    SlaRiskView(Source source, const Clock &clock, QWidget *parent = nullptr);

    double hours() const;
    /// Chooses the horizon (the nearest offered value) and reloads.
    void setHours(double hours);
    /// Re-reads the list from the source.
    void reload();
    SlaRiskModel *model() const { return m_model; }
    /// "2 overdue · 5 due within 4 h".
    QString summaryText() const;

Q_SIGNALS:
    void conversationActivated(qint64 conversationId);
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void tick();
    void updateSummary();

    Source m_source;
    const Clock &m_clock;
    SlaRiskModel *m_model = nullptr;
    QLabel *m_title = nullptr;
    QComboBox *m_hours = nullptr;
    QLabel *m_summary = nullptr;
    QTreeView *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QTimer *m_tick = nullptr;
    QTimer *m_reload = nullptr;
    QString m_error;
};

} // namespace hd
