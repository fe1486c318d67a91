#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

#include <utility>

namespace hd::sim {

/// What a simulator route answers. The server adds Content-Length.
struct SimResponse
{
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static SimResponse json(int status, const QJsonObject &object)
    {
        SimResponse r;
        r.status = status;
        r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
        return r;
    }
    static SimResponse json(const QJsonObject &object) { return json(200, object); }
    void setHeader(const QByteArray &name, const QByteArray &value) { headers.append({name, value}); }
};

} // namespace hd::sim
