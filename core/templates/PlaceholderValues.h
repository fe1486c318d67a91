#pragma once

#include "core/domain/Agent.h"
#include "core/domain/Channel.h"
#include "core/domain/Conversation.h"
#include "core/domain/Customer.h"
#include "core/domain/Order.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace hd {

/// What a reply is about, for filling placeholders. Every part is optional: a value whose source is
/// absent is reported as missing by the renderer, never sent empty.
struct PlaceholderSources
{
    std::optional<Customer> customer;
    std::optional<Order> order;
    std::optional<Agent> agent;
    std::optional<Channel> channel;
    std::optional<Conversation> conversation;
    QString storeName; ///< the seller's brand / shop name
    QString language;  ///< the reply's language ("de", "zh_CN"); formats money, dates, lists, statuses
};

/// Placeholder values keyed by lower-case dotted names ("order.tracking_number").
///
/// A key is *known* when it is in knownKeys() or was set explicitly (custom keys); a known key with
/// no non-blank value is *missing*. The renderer flags unknown keys and missing values.
class PlaceholderValues final
{
public:
    PlaceholderValues() = default;

    /// The placeholders HarborDesk fills from its domain types:
    /// customer.first_name, customer.last_name, customer.name, order.id, order.tracking_number,
    /// order.carrier, order.items, order.total, order.status, order.date, order.shipped_date,
    /// order.delivered_date, agent.name, agent.first_name, store.name, channel.name, conversation.subject.
    static const QStringList &knownKeys();

    /// Fills every known key it can from the sources, formatted for `sources.language` via QLocale:
    /// order.items as "2 × Aurora LED Desk Lamp" joined as a localized list, order.total as currency,
    /// order.status as a word in that language, dates in the locale's long form (UTC day).
    static PlaceholderValues fromSources(const PlaceholderSources &sources);

    /// Sets (or adds a custom) key; the key is lower-cased. A blank value counts as missing.
    void set(const QString &key, const QString &value);
    /// Removes a value; a known key then counts as missing.
    void clear(const QString &key);

    bool isKnown(const QString &key) const;
    /// True when the key has a non-blank value.
    bool hasValue(const QString &key) const;
    QString value(const QString &key) const;
    QStringList keys() const { return m_values.keys(); }

    // Formatting helpers, public for tests and for the UI preview.
    /// "Anna" from "Anna Müller", "Müller, Anna" or "Anna"; CJK names without a space stay whole.
    static QString firstName(const QString &displayName);
    static QString lastName(const QString &displayName);
    /// Money in minor units, formatted for the language; currencies with no minor unit (JPY, KRW) handled.
    static QString formatMoney(qint64 minorUnits, const QString &currency, const QString &language);
    /// "2 × Aurora LED Desk Lamp" per item, joined as the language joins lists ("A, B and C").
    static QString formatItems(const QList<OrderItem> &items, const QString &language);
    /// The platform-neutral order status as a word in the language ("shipped" -> "versandt").
    static QString statusWord(const QString &status, const QString &language);
    /// A UTC date in the language's long form without the weekday; empty for 0.
    static QString formatDate(qint64 utcMs, const QString &language);

private:
    QHash<QString, QString> m_values;
};

} // namespace hd
