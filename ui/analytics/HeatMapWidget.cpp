#include "ui/analytics/HeatMapWidget.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace hd {
using namespace Qt::StringLiterals;

HeatMapWidget::HeatMapWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"heatMap"_s);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void HeatMapWidget::setCounts(const std::array<int, 7 * 24> &counts)
{
    m_counts = counts;
    m_max = *std::max_element(m_counts.begin(), m_counts.end());
    update();
}

QRect HeatMapWidget::gridRect() const
{
    const int left = fontMetrics().horizontalAdvance(u"MMMMM"_s) + 8;
    const int bottom = fontMetrics().height() + 6;
    return rect().adjusted(left, 4, -6, -bottom);
}

QPoint HeatMapWidget::cellCenter(int weekday, int hour) const
{
    const QRect g = gridRect();
    const double w = double(g.width()) / 24.0, h = double(g.height()) / 7.0;
    return QPoint(g.left() + int((hour + 0.5) * w), g.top() + int((weekday + 0.5) * h));
}

bool HeatMapWidget::cellAt(const QPoint &pos, int *weekday, int *hour) const
{
    const QRect g = gridRect();
    if (!g.contains(pos))
        return false;
    *hour = std::clamp(int(double(pos.x() - g.left()) * 24.0 / g.width()), 0, 23);
    *weekday = std::clamp(int(double(pos.y() - g.top()) * 7.0 / g.height()), 0, 6);
    return true;
}

void HeatMapWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QRect g = gridRect();
    const double w = double(g.width()) / 24.0, h = double(g.height()) / 7.0;
    const QColor low = palette().color(QPalette::Base);
    const QColor high = palette().color(QPalette::Highlight);
    const QLocale locale;
    p.setPen(palette().color(QPalette::WindowText));
    for (int d = 0; d < 7; ++d) {
        const QRectF label(0, g.top() + d * h, g.left() - 6, h);
        p.drawText(label, Qt::AlignRight | Qt::AlignVCenter, locale.dayName(d + 1, QLocale::ShortFormat));
    }
    for (int hr = 0; hr < 24; hr += 3)
        p.drawText(QRectF(g.left() + hr * w, g.bottom() + 2, w * 3, fontMetrics().height()),
                   Qt::AlignLeft,
                   QString::number(hr));
    for (int d = 0; d < 7; ++d) {
        for (int hr = 0; hr < 24; ++hr) {
            const double t = m_max > 0 ? double(count(d, hr)) / m_max : 0.0;
            const QColor c = QColor::fromRgbF(float(low.redF() + (high.redF() - low.redF()) * t),
                                              float(low.greenF() + (high.greenF() - low.greenF()) * t),
                                              float(low.blueF() + (high.blueF() - low.blueF()) * t));
            const QRectF cell(g.left() + hr * w + 1, g.top() + d * h + 1, w - 2, h - 2);
            p.fillRect(cell, c);
        }
    }
}

void HeatMapWidget::mouseMoveEvent(QMouseEvent *event)
{
    int d = 0, hr = 0;
    if (cellAt(event->position().toPoint(), &d, &hr))
        QToolTip::showText(event->globalPosition().toPoint(),
                           tr("%1 %2:00–%2:59: %n message(s) received", nullptr, count(d, hr))
                               .arg(QLocale().dayName(d + 1, QLocale::LongFormat))
                               .arg(hr, 2, 10, QLatin1Char('0')),
                           this);
    QWidget::mouseMoveEvent(event);
}

void HeatMapWidget::mouseReleaseEvent(QMouseEvent *event)
{
    int d = 0, hr = 0;
    if (event->button() == Qt::LeftButton && cellAt(event->position().toPoint(), &d, &hr))
        Q_EMIT cellClicked(d, hr);
    QWidget::mouseReleaseEvent(event);
}

} // namespace hd
