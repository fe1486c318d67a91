#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/workflow/triage/TriageRecords.h"

#include <QWidget>

#include <functional>

class QLabel;
class QTreeWidget;

namespace hd {

/// "Response rate": one row per marketplace account that has a platform rule (Amazon, Walmart, Etsy, Shopee,
/// TikTok Shop), with the rate counted by that platform's own rule, the platform's bar, and the forecast: where
/// the rate lands if every open conversation is answered in time (best) or none is (worst), how many are open
/// and how many fall due within the horizon. Below the bar the row turns red, at risk of falling under it
/// orange.
class ResponseRatePanel final : public QWidget
{
    Q_OBJECT
public:
    using Source = std::function<Result<QList<ResponseRateRecord>>()>;

    ResponseRatePanel(Source source, const Clock &clock, QWidget *parent = nullptr);

    void reload();
    const QList<ResponseRateRecord> &records() const { return m_records; }
    /// "92.5 %", or "–" when nothing is settled yet.
    static QString percent(const std::optional<double> &rate);
    /// "Every buyer message within 24 h, over 7 days; auto-replies do not count".
    static QString ruleText(const ResponseRate::Rule &rule);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void rebuild();

    Source m_source;
    const Clock &m_clock;
    QList<ResponseRateRecord> m_records;
    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QTreeWidget *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace hd
