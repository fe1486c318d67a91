#include "core/channels/shopee/ShopeeSigner.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace hd {
using namespace Qt::StringLiterals;

QByteArray ShopeeSigner::baseString(qint64 partnerId,
                                    const QString &apiPath,
                                    qint64 timestamp,
                                    const QString &accessToken,
                                    qint64 shopId)
{
    QByteArray base = QByteArray::number(partnerId) + apiPath.toUtf8() + QByteArray::number(timestamp);
    if (shopId > 0)
        base += accessToken.toUtf8() + QByteArray::number(shopId);
    return base;
}

QString ShopeeSigner::sign(const QString &partnerKey, const QByteArray &baseString)
{
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(baseString, partnerKey.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QUrlQuery ShopeeSigner::commonQuery(const QString &partnerKey,
                                    qint64 partnerId,
                                    const QString &apiPath,
                                    qint64 timestamp,
                                    const QString &accessToken,
                                    qint64 shopId)
{
    QUrlQuery q;
    q.addQueryItem(u"partner_id"_s, QString::number(partnerId));
    q.addQueryItem(u"timestamp"_s, QString::number(timestamp));
    if (shopId > 0) {
        q.addQueryItem(u"access_token"_s, accessToken);
        q.addQueryItem(u"shop_id"_s, QString::number(shopId));
    }
    q.addQueryItem(u"sign"_s, sign(partnerKey, baseString(partnerId, apiPath, timestamp, accessToken, shopId)));
    return q;
}

} // namespace hd
