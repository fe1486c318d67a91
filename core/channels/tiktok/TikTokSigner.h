#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace hd {

/// TikTok Shop Partner API request signature (pure; reference/channels.md §5.1):
/// take every query parameter except `sign` and `access_token`, drop empty values, sort by key
/// (byte order), concatenate as key1value1key2value2…; msg = app_secret + path + params + body +
/// app_secret (body: the raw JSON of a non-GET, non-multipart request, else empty);
/// sign = lower-case hex HMAC-SHA256(key = app_secret, msg).
class TikTokSigner final
{
public:
    using Params = QList<QPair<QString, QString>>;

    static QString
    sign(const QByteArray &appSecret, const QString &path, const Params &query, const QByteArray &body = {});
    /// The string that is signed, for the log-free tests and the simulator's check.
    static QByteArray
    message(const QByteArray &appSecret, const QString &path, const Params &query, const QByteArray &body = {});
    /// Signs url in place: sets `sign` (replacing any) over apiPath (the API's own path, without
    /// any prefix of a configured base URL), the url's query and body.
    static void signUrl(QUrl &url, const QString &apiPath, const QByteArray &appSecret, const QByteArray &body = {});
};

} // namespace hd
