#pragma once

#include <QStyledItemDelegate>

namespace hd {

/// Draws inbox rows. In card mode (the default) column 0 carries the whole row: channel badge,
/// buyer, time, subject, snippet, language, tags, priority and assignee, in three compact lines,
/// bold while unread. In table mode it draws the channel badge, tag and priority pills in their
/// own columns and leaves the rest to the style. Reads only model roles (ConversationListModel::Role).
class ConversationDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit ConversationDelegate(QObject *parent = nullptr);

    void setCardMode(bool card) { m_card = card; }
    bool isCardMode() const { return m_card; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintCard(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintBackground(QPainter *painter, const QStyleOptionViewItem &option) const;
    bool m_card = true;
};

} // namespace hd
