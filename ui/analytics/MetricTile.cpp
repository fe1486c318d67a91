#include "ui/analytics/MetricTile.h"

#include "core/analytics/MetricDefinitions.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QVBoxLayout>

#include <cmath>

namespace hd {
using namespace Qt::StringLiterals;

MetricTile::MetricTile(const QString &figureId, const QString &drillKey, QWidget *parent)
    : QFrame(parent)
    , m_figureId(figureId)
    , m_drillKey(drillKey)
{
    setObjectName(u"tile_"_s + figureId);
    setFrameShape(QFrame::StyledPanel);
    setCursor(Qt::PointingHandCursor);
    setMinimumWidth(150);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    m_name = new QLabel(this);
    m_name->setObjectName(u"tileName"_s);
    m_value = new QLabel(u"—"_s, this);
    m_value->setObjectName(u"tileValue"_s);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.7);
    big.setBold(true);
    m_value->setFont(big);
    m_change = new QLabel(this);
    m_change->setObjectName(u"tileChange"_s);
    m_secondary = new QLabel(this);
    m_secondary->setObjectName(u"tileSecondary"_s);
    for (QLabel *l : {m_name, m_value, m_change, m_secondary})
        l->setTextFormat(Qt::PlainText);
    // Long names (Chinese or "First response, business (median): …") wrap instead of being cut.
    m_name->setWordWrap(true);
    m_secondary->setWordWrap(true);
    layout->addWidget(m_name);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
    layout->addWidget(m_secondary);
    retranslate();
}

void MetricTile::retranslate()
{
    const auto def = MetricDefinitions::of(m_figureId);
    m_name->setText(def.name);
    setToolTip(u"<b>"_s + def.name.toHtmlEscaped() + u"</b><br>"_s + def.definition.toHtmlEscaped() + u"<br><i>"_s
               + tr("Click to see the conversations behind it.").toHtmlEscaped() + u"</i>"_s);
    if (m_hasFigure) {
        m_value->setText(valueText());
        m_change->setText(changeText());
    }
}

QString MetricTile::valueText() const
{
    return MetricDefinitions::format(MetricDefinitions::of(m_figureId), m_figure.value);
}

QString MetricTile::changeText() const
{
    const auto change = m_figure.change();
    if (!change)
        return m_figure.previous ? tr("no change data") : tr("no previous data");
    const double pct = *change * 100.0;
    const QString arrow = pct > 0.05 ? u"▲"_s : pct < -0.05 ? u"▼"_s : u"="_s;
    return tr("%1 %2 % vs previous period").arg(arrow, QLocale().toString(std::abs(pct), 'f', 1));
}

void MetricTile::show(const Dashboard &dashboard, const QString &secondaryId)
{
    const Dashboard::Figure *f = dashboard.figure(m_figureId);
    m_hasFigure = f != nullptr;
    m_figure = f ? *f : Dashboard::Figure{m_figureId, {}, {}, 0};
    m_value->setText(valueText());
    m_change->setText(changeText());
    // Better or worse: a falling duration or backlog is good, a falling rate is bad.
    const auto def = MetricDefinitions::of(m_figureId);
    const auto change = m_figure.change();
    QString color;
    if (change && std::abs(*change) > 0.0005) {
        const bool better = def.lowerIsBetter ? *change < 0 : *change > 0;
        color = better ? u"#2e9d57"_s : u"#d64545"_s;
    }
    m_change->setStyleSheet(color.isEmpty() ? QString() : u"color: %1;"_s.arg(color));
    if (!secondaryId.isEmpty()) {
        const auto sdef = MetricDefinitions::of(secondaryId);
        m_secondary->setText(sdef.name + u": "_s + MetricDefinitions::format(sdef, dashboard.value(secondaryId)));
        m_secondary->setVisible(true);
    } else {
        m_secondary->setText(tr("%n sample(s)", nullptr, m_figure.samples));
    }
}

void MetricTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT drillRequested(m_drillKey, m_name->text());
    QFrame::mouseReleaseEvent(event);
}

void MetricTile::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace hd
