#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace hd {

/// The name and plain-language definition of every dashboard figure (features.md §c), translated,
/// so the UI tooltips and the CSV summary say exactly what was counted.
class MetricDefinitions final
{
public:
    enum class Unit { DurationMs, Fraction, Count };
    struct Definition
    {
        QString id;
        QString name;
        QString definition;
        Unit unit = Unit::Count;
        bool lowerIsBetter = false;
    };

    /// The definition of a figure id (DashboardCalculator::figureIds()); an empty name when unknown.
    static Definition of(const QString &id);
    /// "2 h 05 min", "45 s", "3 d 4 h" (translated units); "—" when there is no value.
    static QString formatDuration(std::optional<double> ms);
    /// A value in its unit: duration, "93.4 %", or a count.
    static QString format(const Definition &definition, std::optional<double> value);
};

} // namespace hd
