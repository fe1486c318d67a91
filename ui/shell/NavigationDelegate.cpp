#include "ui/shell/NavigationDelegate.h"

#include "ui/shell/Theme.h"

#include <QIcon>
#include <QPainter>
#include <QPainterPath>

namespace hd {
namespace {
int drawBadge(QPainter *p,
              const QFontMetrics &fm,
              const QString &text,
              int right,
              int cy,
              const QColor &fg,
              const QColor &bg)
{
    const int w = qMax(fm.horizontalAdvance(text) + 12, fm.height() + 2);
    const int h = fm.height() + 2;
    const QRectF r(right - w, cy - h / 2.0, w, h);
    QPainterPath path;
    path.addRoundedRect(r, h / 2.0, h / 2.0);
    p->fillPath(path, bg);
    p->setPen(fg);
    p->drawText(r, Qt::AlignCenter, text);
    return w;
}
} // namespace

QSize NavigationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setHeight(index.data(IsHeaderRole).toBool() ? 32 : 30);
    return s;
}

void NavigationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r = option.rect;
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.85);

    if (index.data(IsHeaderRole).toBool()) {
        small.setWeight(QFont::DemiBold);
        small.setLetterSpacing(QFont::PercentageSpacing, 106);
        painter->setFont(small);
        painter->setPen(QColor(0x8A94A6));
        painter->drawText(r.adjusted(16, 10, -12, 0),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          index.data(Qt::DisplayRole).toString().toUpper());
        painter->restore();
        return;
    }

    const bool selected = option.state & QStyle::State_Selected;
    const bool hover = option.state & QStyle::State_MouseOver;
    if (selected || hover) {
        QPainterPath path;
        path.addRoundedRect(QRectF(r.adjusted(8, 2, -8, -2)), 6, 6);
        painter->fillPath(path, Theme::themed(selected ? QColor(0xE3EBFD) : QColor(0xEEF1F5)));
    }

    int x = r.left() + 18;
    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    if (!icon.isNull()) {
        icon.paint(painter, QRect(x, r.center().y() - 8, 16, 16));
        x += 24;
    }

    const QFontMetrics fmSmall(small);
    int right = r.right() - 16;
    const int unread = index.data(UnreadRole).toInt();
    const int count = index.data(CountRole).toInt();
    painter->setFont(small);
    if (unread > 0)
        right -=
            drawBadge(painter, fmSmall, QString::number(unread), right, r.center().y(), Qt::white, QColor(0x2563EB))
            + 6;
    if (count > 0 && count != unread) {
        const QString text = QString::number(count);
        const int w = fmSmall.horizontalAdvance(text);
        painter->setPen(Theme::themed(QColor(0x6B7280)));
        painter->drawText(QRect(right - w, r.top(), w, r.height()), Qt::AlignRight | Qt::AlignVCenter, text);
        right -= w + 6;
    }

    QFont font = option.font;
    if (selected)
        font.setWeight(QFont::DemiBold);
    painter->setFont(font);
    painter->setPen(Theme::themed(selected ? QColor(0x1D4ED8) : QColor(0x1F2937)));
    const QFontMetrics fm(font);
    const QRect textRect(x, r.top(), right - x - 4, r.height());
    painter->drawText(textRect,
                      Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, textRect.width()));
    painter->restore();
}

} // namespace hd
