#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <utility>

namespace hd::sim {

/// One request as a simulator route sees it: method, path, query, headers, body, and the values
/// of the {placeholders} in the route's pattern.
struct SimRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHash<QString, QString> params; ///< {name} segments of the pattern

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[k, v] : headers)
            if (k.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        return {};
    }
    QString queryValue(const QString &name) const { return query.queryItemValue(name, QUrl::FullyDecoded); }
    bool hasQuery(const QString &name) const { return query.hasQueryItem(name); }
    /// The body as a JSON object; empty when it is not one.
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

} // namespace hd::sim
