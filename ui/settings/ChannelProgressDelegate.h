#pragma once

#include <QStyledItemDelegate>

namespace hd {

/// Draws a channel's backfill progress as a bar with its figures ("1 250 / 4 000") in the
/// Channels table while a long backfill runs; cells without a fraction draw as plain text.
class ChannelProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    /// Item data role holding the fraction done (double 0..1); no value: no bar.
    static constexpr int FractionRole = Qt::UserRole + 10;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace hd
