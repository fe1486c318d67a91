#pragma once

#include <QStyledItemDelegate>

namespace hd {

/// Draws the navigation entries: section headers in small caps, entries with an optional icon,
/// the open count as a muted badge and the unread count as a blue one.
class NavigationDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    enum Role {
        IsHeaderRole = Qt::UserRole + 1, ///< bool: a section title, not selectable
        FolderRole,                      ///< int: InboxFilter::Folder
        ChannelIdRole,                   ///< qint64: 0 for folders
        CountRole,                       ///< int: conversations in the entry
        UnreadRole,                      ///< int: of which unread
    };
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace hd
