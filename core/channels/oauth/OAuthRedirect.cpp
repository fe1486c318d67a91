#include "core/channels/oauth/OAuthRedirect.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

QHash<QString, QString> queryItems(const QString &query)
{
    QHash<QString, QString> items;
    const QUrlQuery q(query);
    for (const auto &[key, value] : q.queryItems(QUrl::FullyDecoded))
        items.insert(key, value);
    return items;
}

} // namespace

Result<OAuthRedirect> OAuthRedirect::fromParams(const QHash<QString, QString> &params, const QString &expectedState)
{
    const QString error = params.value(u"error"_s);
    if (!error.isEmpty()) {
        const QString description = params.value(u"error_description"_s);
        if (error == "access_denied"_L1 || error == "consent_required"_L1)
            return Error::make(
                Error::Code::PermissionDenied,
                QCoreApplication::translate("hd::OAuthRedirect",
                                            "Access was declined on the platform's page; nothing was connected."),
                u"oauth redirect: error=%1 %2"_s.arg(error, description));
        return Error::make(Error::Code::PermissionDenied,
                           QCoreApplication::translate("hd::OAuthRedirect", "The platform refused the sign-in: %1")
                               .arg(description.isEmpty() ? error : description),
                           u"oauth redirect: error=%1 %2"_s.arg(error, description));
    }
    if (params.value(u"state"_s) != expectedState)
        return Error::make(
            Error::Code::InvalidArgument,
            QCoreApplication::translate("hd::OAuthRedirect",
                                        "This sign-in answer does not belong to the sign-in in progress (the state "
                                        "does not match). Start the sign-in again."),
            params.contains(u"state"_s) ? u"oauth redirect: state mismatch"_s : u"oauth redirect: no state"_s);
    OAuthRedirect r;
    r.code = params.value(u"code"_s);
    if (r.code.isEmpty())
        return Error::make(
            Error::Code::InvalidArgument,
            QCoreApplication::translate("hd::OAuthRedirect", "The address has no authorisation code in it."),
            u"oauth redirect: no code"_s);
    r.params = params;
    return r;
}

Result<OAuthRedirect> OAuthRedirect::fromVariantMap(const QVariantMap &values, const QString &expectedState)
{
    QHash<QString, QString> params;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        // QOAuthHttpServerReplyHandler (6.4) hands the values over still percent-encoded.
        params.insert(it.key(), QUrl::fromPercentEncoding(it.value().toString().toUtf8()));
    return fromParams(params, expectedState);
}

Result<OAuthRedirect> OAuthRedirect::fromPasted(const QString &text, const QString &expectedState)
{
    const QString pasted = text.trimmed();
    if (pasted.isEmpty())
        return Error::make(
            Error::Code::InvalidArgument,
            QCoreApplication::translate("hd::OAuthRedirect",
                                        "Paste the address your browser shows after you allowed access, or the code."));
    if (pasted.contains(u"://"_s)) {
        const QUrl url(pasted, QUrl::TolerantMode);
        if (!url.isValid())
            return Error::make(Error::Code::InvalidArgument,
                               QCoreApplication::translate("hd::OAuthRedirect", "That is not a web address."));
        QHash<QString, QString> params = queryItems(url.query(QUrl::FullyEncoded));
        // Some pages put the answer in the fragment (implicit-style); read it too.
        const QHash<QString, QString> fragment = queryItems(url.fragment(QUrl::FullyEncoded));
        for (auto it = fragment.cbegin(); it != fragment.cend(); ++it)
            params.insert(it.key(), it.value());
        return fromParams(params, expectedState);
    }
    if (pasted.contains(u'=')) {
        QString query = pasted;
        if (query.startsWith(u'?') || query.startsWith(u'#'))
            query.remove(0, 1);
        return fromParams(queryItems(query), expectedState);
    }
    if (pasted.contains(u' ') || pasted.contains(u'\n'))
        return Error::make(
            Error::Code::InvalidArgument,
            QCoreApplication::translate("hd::OAuthRedirect", "That does not look like an authorisation code."));
    OAuthRedirect r;
    // A bare code: percent-decoded, as eBay's "accepted" page shows it encoded.
    r.code = QUrl::fromPercentEncoding(pasted.toUtf8());
    r.params.insert(u"code"_s, r.code);
    return r;
}

} // namespace hd
