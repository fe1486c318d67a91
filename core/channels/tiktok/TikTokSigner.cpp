#include "core/channels/tiktok/TikTokSigner.h"

#include <QMessageAuthenticationCode>
#include <QUrlQuery>

#include <algorithm>

namespace hd {
using namespace Qt::StringLiterals;

QByteArray
TikTokSigner::message(const QByteArray &appSecret, const QString &path, const Params &query, const QByteArray &body)
{
    Params params;
    for (const auto &p : query) {
        if (p.first == "sign"_L1 || p.first == "access_token"_L1 || p.second.isEmpty())
            continue;
        params << p;
    }
    // Byte order of the UTF-8 keys, as the SDKs sort.
    std::stable_sort(params.begin(), params.end(), [](const auto &a, const auto &b) {
        return a.first.toUtf8() < b.first.toUtf8();
    });
    QByteArray msg = appSecret + path.toUtf8();
    for (const auto &p : params)
        msg += p.first.toUtf8() + p.second.toUtf8();
    msg += body;
    msg += appSecret;
    return msg;
}

QString
TikTokSigner::sign(const QByteArray &appSecret, const QString &path, const Params &query, const QByteArray &body)
{
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(message(appSecret, path, query, body), appSecret, QCryptographicHash::Sha256)
            .toHex());
}

void TikTokSigner::signUrl(QUrl &url, const QString &apiPath, const QByteArray &appSecret, const QByteArray &body)
{
    QUrlQuery q(url);
    q.removeAllQueryItems(u"sign"_s);
    Params params;
    for (const auto &item : q.queryItems(QUrl::FullyDecoded))
        params << item;
    q.addQueryItem(u"sign"_s, sign(appSecret, apiPath, params, body));
    url.setQuery(q);
}

} // namespace hd
