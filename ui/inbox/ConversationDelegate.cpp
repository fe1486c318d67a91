#include "ui/inbox/ConversationDelegate.h"

#include "core/domain/Conversation.h"
#include "ui/inbox/ConversationListModel.h"
#include "ui/shell/ChannelIcons.h"
#include "ui/shell/DisplayNames.h"
#include "ui/shell/Theme.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace hd {
namespace {
using namespace Qt::StringLiterals;
using R = ConversationListModel::Role;

constexpr int kCardHeight = 78;
constexpr int kTableHeight = 34;
constexpr int kPad = 12;
constexpr int kIcon = 20;

const QColor kText(0x1F2937);
const QColor kMuted(0x6B7280);
const QColor kFaint(0x9CA3AF);
const QColor kSelected(0xE8F0FE);
const QColor kHover(0xF5F7FA);
const QColor kAccent(0x2563EB);
const QColor kDivider(0xECEEF1);

struct Pill
{
    QString text;
    QColor fg;
    QColor bg;
};

int pillWidth(const QFontMetrics &fm, const Pill &p)
{
    return fm.horizontalAdvance(p.text) + 12;
}

/// Draws one rounded pill with its left edge at x; returns its width.
int drawPill(QPainter *painter, const QFontMetrics &fm, const Pill &p, int x, int centerY)
{
    const int w = pillWidth(fm, p);
    const int h = fm.height() + 2;
    const QRectF r(x, centerY - h / 2.0, w, h);
    QPainterPath path;
    path.addRoundedRect(r, h / 2.0, h / 2.0);
    painter->fillPath(path, p.bg);
    painter->setPen(p.fg);
    painter->drawText(r, Qt::AlignCenter, p.text);
    return w;
}

QColor tint(const QColor &c, int alpha = 30)
{
    QColor t = c;
    t.setAlpha(alpha);
    return t;
}

QList<Pill> pillsFor(const QModelIndex &index, bool withLanguage, bool withPriority, bool withTags)
{
    QList<Pill> pills;
    if (withPriority) {
        bool ok = false;
        const Priority p = priorityFromString(index.data(R::PriorityRole).toString(), &ok);
        if (ok && (p == Priority::High || p == Priority::Urgent)) {
            const QColor c = DisplayNames::priorityColor(p);
            pills.append({index.data(R::PriorityLabelRole).toString(), c, tint(c, 36)});
        }
    }
    if (withLanguage) {
        const QString lang = index.data(R::LanguageRole).toString();
        if (!lang.isEmpty())
            pills.append({lang, Theme::themed(QColor(0x374151)), Theme::themed(QColor(0xEEF0F3))});
    }
    if (withTags) {
        const QStringList tags = index.data(R::TagsRole).toStringList();
        for (const QString &tag : tags)
            pills.append({tag, Theme::themed(QColor(0x1D4ED8)), Theme::themed(QColor(0xE0EAFF))});
    }
    return pills;
}
} // namespace

ConversationDelegate::ConversationDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setHeight(m_card ? kCardHeight : kTableHeight);
    return s;
}

void ConversationDelegate::paintBackground(QPainter *painter, const QStyleOptionViewItem &option) const
{
    const bool selected = option.state & QStyle::State_Selected;
    const bool hover = option.state & QStyle::State_MouseOver;
    painter->fillRect(option.rect,
                      selected    ? Theme::themed(kSelected)
                          : hover ? Theme::themed(kHover)
                                  : Theme::themed(QColor(Qt::white)));
    painter->fillRect(QRect(option.rect.left(), option.rect.bottom(), option.rect.width(), 1), Theme::themed(kDivider));
}

void ConversationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (m_card) {
        paintCard(painter, option, index);
        return;
    }
    const int column = index.column();
    if (column != ConversationListModel::ChannelColumn && column != ConversationListModel::TagsColumn
        && column != ConversationListModel::PriorityColumn) {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        painter->save();
        paintBackground(painter, opt);
        opt.backgroundBrush = Qt::NoBrush;
        opt.state &= ~(QStyle::State_Selected | QStyle::State_MouseOver | QStyle::State_HasFocus);
        opt.palette.setColor(QPalette::Text, Theme::themed(kText));
        opt.rect.adjust(4, 0, -4, 0);
        QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        painter->restore();
        return;
    }

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    paintBackground(painter, option);
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.85);
    painter->setFont(small);
    const QFontMetrics fm(small);
    const int cy = option.rect.center().y();
    if (column == ConversationListModel::ChannelColumn) {
        const QString kind = index.data(R::ChannelKindRole).toString();
        const QPixmap pm =
            ChannelIcons::pixmap(channelKindFromString(kind), 18, painter->device()->devicePixelRatioF());
        painter->drawPixmap(option.rect.center().x() - 9, cy - 9, pm);
    } else {
        const QList<Pill> pills = pillsFor(index,
                                           false,
                                           column == ConversationListModel::PriorityColumn,
                                           column == ConversationListModel::TagsColumn);
        int x = option.rect.left() + 4;
        for (const Pill &p : pills) {
            if (x + pillWidth(fm, p) > option.rect.right())
                break;
            x += drawPill(painter, fm, p, x, cy) + 4;
        }
        if (pills.isEmpty() && column == ConversationListModel::PriorityColumn) {
            painter->setPen(Theme::themed(kMuted));
            painter->drawText(option.rect.adjusted(4, 0, -4, 0),
                              Qt::AlignVCenter | Qt::AlignLeft,
                              index.data(R::PriorityLabelRole).toString());
        }
    }
    painter->restore();
}

void ConversationDelegate::paintCard(QPainter *painter,
                                     const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    paintBackground(painter, option);
    const QRect r = option.rect;
    if (option.state & QStyle::State_Selected)
        painter->fillRect(QRect(r.left(), r.top(), 3, r.height() - 1), Theme::themed(kAccent));

    const bool unread = index.data(R::UnreadCountRole).toInt() > 0;
    const QString kind = index.data(R::ChannelKindRole).toString();
    const qreal dpr = painter->device()->devicePixelRatioF();
    painter->drawPixmap(r.left() + kPad, r.top() + 11, ChannelIcons::pixmap(channelKindFromString(kind), kIcon, dpr));

    const int left = r.left() + kPad + kIcon + 10;
    const int right = r.right() - kPad;
    const int line = 20;
    const int y1 = r.top() + 9;
    const int y2 = y1 + line;
    const int y3 = y2 + line + 1;

    QFont base = option.font;
    QFont bold = base;
    bold.setWeight(QFont::DemiBold);
    QFont small = base;
    small.setPointSizeF(base.pointSizeF() * 0.85);
    const QFontMetrics fmBase(base), fmBold(bold), fmSmall(small);

    // Line 1: buyer, channel, time (and the unread dot).
    const QString time = index.data(R::LastActivityTextRole).toString();
    painter->setFont(small);
    const int timeW = fmSmall.horizontalAdvance(time);
    painter->setPen(unread ? Theme::themed(kAccent) : Theme::themed(kFaint));
    painter->drawText(QRect(right - timeW, y1, timeW, line), Qt::AlignRight | Qt::AlignVCenter, time);
    int nameRight = right - timeW - 8;
    if (unread) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(Theme::themed(kAccent));
        painter->drawEllipse(QPointF(right - timeW - 10, y1 + line / 2.0), 3.5, 3.5);
        nameRight -= 10;
    }

    painter->setFont(unread ? bold : base);
    const QFontMetrics &fmName = unread ? fmBold : fmBase;
    const QString buyer = index.data(R::BuyerRole).toString();
    const QString channel = index.data(R::ChannelLabelRole).toString();
    const int channelW = qMin(fmSmall.horizontalAdvance(channel) + 4, (nameRight - left) / 2);
    const QString buyerText = fmName.elidedText(buyer, Qt::ElideRight, nameRight - left - channelW - 8);
    painter->setPen(Theme::themed(kText));
    painter->drawText(QRect(left, y1, nameRight - left, line), Qt::AlignLeft | Qt::AlignVCenter, buyerText);
    const int buyerW = fmName.horizontalAdvance(buyerText);
    painter->setFont(small);
    painter->setPen(Theme::themed(kFaint));
    painter->drawText(QRect(left + buyerW + 8, y1, channelW, line),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      fmSmall.elidedText(channel, Qt::ElideRight, channelW));

    // Line 2: subject.
    painter->setFont(unread ? bold : base);
    painter->setPen(unread ? Theme::themed(kText) : Theme::themed(QColor(0x374151)));
    const QString subject = index.data(R::SubjectRole).toString().simplified();
    painter->drawText(QRect(left, y2, right - left, line),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      fmName.elidedText(subject, Qt::ElideRight, right - left));

    // Line 3: pills on the right (priority, language, tags, assignee), snippet in what is left.
    painter->setFont(small);
    QList<Pill> pills = pillsFor(index, true, true, true);
    const QString assignee = index.data(R::AssigneeRole).toString();
    if (!assignee.isEmpty())
        pills.append({assignee.section(u' ', 0, 0), Theme::themed(QColor(0x4B5563)), Theme::themed(QColor(0xF3F4F6))});
    // The SLA countdown first: it is what decides which conversation to answer next.
    const QModelIndex sla = index.siblingAtColumn(ConversationListModel::SlaColumn);
    if (const QString slaText = sla.data().toString(); !slaText.isEmpty()) {
        const QColor fg = sla.data(Qt::ForegroundRole).value<QColor>();
        QColor bg = fg;
        bg.setAlpha(28);
        pills.prepend({slaText, fg, bg});
    }
    int pillsW = 0;
    int shown = 0;
    const int maxPills = (right - left) * 3 / 5;
    for (const Pill &p : pills) {
        const int w = pillWidth(fmSmall, p) + 4;
        if (pillsW + w > maxPills)
            break;
        pillsW += w;
        ++shown;
    }
    int x = right - pillsW + 4;
    for (int i = 0; i < shown; ++i)
        x += drawPill(painter, fmSmall, pills.at(i), x, y3 + line / 2) + 4;

    const QString snippet = index.data(R::SnippetRole).toString().simplified();
    if (snippet != subject) {
        painter->setPen(Theme::themed(kMuted));
        const int snippetW = right - left - pillsW - 8;
        painter->drawText(QRect(left, y3, snippetW, line),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          fmSmall.elidedText(snippet, Qt::ElideRight, snippetW));
    }
    painter->restore();
}

} // namespace hd
