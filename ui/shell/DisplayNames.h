#pragma once

#include "core/domain/Conversation.h"
#include "core/domain/Message.h"
#include "core/storage/InboxQuery.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace hd {

/// Translated names and colours of the states the UI shows. Stored values stay stable strings.
class DisplayNames final {
    Q_DECLARE_TR_FUNCTIONS(DisplayNames)
public:
    static QString status(ConversationStatus status);
    static QString priority(Priority priority);
    static QString folder(InboxFilter::Folder folder);
    static QString messageStatus(MessageStatus status);
    /// An order's platform-neutral status (pending, paid, shipped, ...), translated.
    static QString orderStatus(const QString &status);
    /// "Deutsch (DE)" for "de": the language's own name, so every agent recognises it.
    static QString language(const QString &isoCode);

    static QColor statusColor(ConversationStatus status);
    static QColor priorityColor(Priority priority);
};

} // namespace hd
