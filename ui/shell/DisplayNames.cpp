#include "ui/shell/DisplayNames.h"

#include <QLocale>

namespace hd {
using namespace Qt::StringLiterals;

QString DisplayNames::status(ConversationStatus status)
{
    switch (status) {
    case ConversationStatus::Open:
        return tr("Open");
    case ConversationStatus::Pending:
        return tr("Waiting on buyer");
    case ConversationStatus::Resolved:
        return tr("Resolved");
    }
    return {};
}

QString DisplayNames::priority(Priority priority)
{
    switch (priority) {
    case Priority::Low:
        return tr("Low");
    case Priority::Normal:
        return tr("Normal");
    case Priority::High:
        return tr("High");
    case Priority::Urgent:
        return tr("Urgent");
    }
    return {};
}

QString DisplayNames::folder(InboxFilter::Folder folder)
{
    switch (folder) {
    case InboxFilter::Folder::AllOpen:
        return tr("All open");
    case InboxFilter::Folder::Mine:
        return tr("Mine");
    case InboxFilter::Folder::Unassigned:
        return tr("Unassigned");
    case InboxFilter::Folder::Waiting:
        return tr("Waiting on buyer");
    case InboxFilter::Folder::Resolved:
        return tr("Resolved");
    case InboxFilter::Folder::All:
        return tr("All conversations");
    }
    return {};
}

QString DisplayNames::messageStatus(MessageStatus status)
{
    switch (status) {
    case MessageStatus::Received:
        return tr("Received");
    case MessageStatus::Queued:
        return tr("Queued");
    case MessageStatus::Sent:
        return tr("Sent");
    case MessageStatus::Failed:
        return tr("Failed");
    }
    return {};
}

QString DisplayNames::orderStatus(const QString &status)
{
    if (status == "pending"_L1)
        return tr("Pending payment");
    if (status == "paid"_L1)
        return tr("Paid");
    if (status == "shipped"_L1)
        return tr("Shipped");
    if (status == "delivered"_L1)
        return tr("Delivered");
    if (status == "cancelled"_L1)
        return tr("Cancelled");
    if (status == "refunded"_L1)
        return tr("Refunded");
    if (status == "returned"_L1)
        return tr("Returned");
    return status;
}

QString DisplayNames::language(const QString &isoCode)
{
    if (isoCode.isEmpty())
        return tr("Unknown");
    const QLocale locale(isoCode);
    if (locale.language() == QLocale::C)
        return isoCode.toUpper();
    // Qt names "en" after its default territory ("American English"); the language is meant.
    QString name = locale.language() == QLocale::English ? u"English"_s : locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name % u" ("_s % isoCode.toUpper() % u')';
}

QColor DisplayNames::statusColor(ConversationStatus status)
{
    switch (status) {
    case ConversationStatus::Open:
        return QColor(0x2563EB);
    case ConversationStatus::Pending:
        return QColor(0xD97706);
    case ConversationStatus::Resolved:
        return QColor(0x16A34A);
    }
    return QColor(0x6B7280);
}

QColor DisplayNames::priorityColor(Priority priority)
{
    switch (priority) {
    case Priority::Low:
        return QColor(0x9CA3AF);
    case Priority::Normal:
        return QColor(0x6B7280);
    case Priority::High:
        return QColor(0xEA580C);
    case Priority::Urgent:
        return QColor(0xDC2626);
    }
    return QColor(0x6B7280);
}

} // namespace hd
