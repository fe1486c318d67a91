#pragma once

#include "core/analytics/Dashboard.h"

#include <QFrame>

class QLabel;

namespace hd {

/// A headline figure: name, value, change against the previous period (green when it got better,
/// red when worse), an optional second line, and the figure's definition as tooltip. Clicking it
/// asks for the conversations behind it.
class MetricTile final : public QFrame
{
    Q_OBJECT
public:
    /// `figureId` names the figure (MetricDefinitions); `drillKey` the Dashboard::drill entry.
    MetricTile(const QString &figureId, const QString &drillKey, QWidget *parent = nullptr);

    QString figureId() const { return m_figureId; }
    /// Shows the figure from the dashboard; `secondaryId` (e.g. the business-time variant) adds a line.
    void show(const Dashboard &dashboard, const QString &secondaryId = {});
    QString valueText() const;
    QString changeText() const;

Q_SIGNALS:
    void drillRequested(const QString &key, const QString &title);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_figureId;
    QString m_drillKey;
    QLabel *m_name = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_change = nullptr;
    QLabel *m_secondary = nullptr;
    Dashboard::Figure m_figure;
    bool m_hasFigure = false;
};

} // namespace hd
