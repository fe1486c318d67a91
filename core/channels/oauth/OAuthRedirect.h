#pragma once

#include "core/common/Result.h"

#include <QHash>
#include <QString>
#include <QVariantMap>

namespace hd {

/// The platform's answer to a consent request: where the browser was redirected to. Either the
/// loopback listener caught it, or the user pasted the whole address (or just the code) from the
/// browser. Pure: checks `state`, turns error=access_denied and other errors into messages.
struct OAuthRedirect
{
    QString code;
    QHash<QString, QString> params; ///< every query item (Shopee adds shop_id)

    /// Reads what the user pasted: a full URL, a query string ("code=…&state=…") or a bare code.
    /// A URL or query must carry `expectedState`; a bare code has no state to check.
    static Result<OAuthRedirect> fromPasted(const QString &text, const QString &expectedState);
    /// Reads the query items the loopback listener received; `state` must match.
    static Result<OAuthRedirect> fromParams(const QHash<QString, QString> &params, const QString &expectedState);
    static Result<OAuthRedirect> fromVariantMap(const QVariantMap &values, const QString &expectedState);
};

} // namespace hd
