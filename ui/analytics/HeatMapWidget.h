#pragma once

#include <QWidget>

#include <array>

namespace hd {

/// Inbound volume by weekday (rows, Monday first) and hour (columns), shaded from the palette's
/// base colour to the highlight colour. Clicking a cell asks for its conversations.
class HeatMapWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit HeatMapWidget(QWidget *parent = nullptr);
    void setCounts(const std::array<int, 7 * 24> &counts);
    int count(int weekday, int hour) const { return m_counts[size_t(weekday * 24 + hour)]; }
    /// The centre of a cell, in widget coordinates (tests click it).
    QPoint cellCenter(int weekday, int hour) const;
    QSize minimumSizeHint() const override { return {480, 190}; }

Q_SIGNALS:
    void cellClicked(int weekday, int hour);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    QRect gridRect() const;
    bool cellAt(const QPoint &pos, int *weekday, int *hour) const;

    std::array<int, 7 * 24> m_counts{};
    int m_max = 0;
};

} // namespace hd
