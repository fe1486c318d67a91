#include "core/channels/shopee/ShopeeAuth.h"

#include "core/channels/shopee/ShopeeParser.h"
#include "core/channels/shopee/ShopeeRequests.h"
#include "core/channels/shopee/ShopeeSigner.h"
#include "core/common/Clock.h"
#include "core/common/Log.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace hd {
using namespace Qt::StringLiterals;

ShopeeAuth::ShopeeAuth(ShopeeConfig &config, ChannelHttp &http, const Clock &clock)
    : m_config(config)
    , m_http(http)
    , m_clock(clock)
{
}

void ShopeeAuth::apply(ChannelHttpRequest &request) const
{
    QUrlQuery query(request.url);
    for (const QString &k : {u"partner_id"_s, u"timestamp"_s, u"access_token"_s, u"shop_id"_s, u"sign"_s})
        query.removeAllQueryItems(k);
    const QUrlQuery common = ShopeeSigner::commonQuery(m_config.partnerKey,
                                                       m_config.partnerId,
                                                       ShopeeRequests::apiPath(m_config, request),
                                                       m_clock.nowMs() / 1000,
                                                       m_config.accessToken,
                                                       m_config.shopId);
    for (const auto &[k, v] : common.queryItems(QUrl::FullyDecoded))
        query.addQueryItem(k, v);
    request.url.setQuery(query);
}

bool ShopeeAuth::isAuthFailure(const ChannelHttpResponse &response) const
{
    const QString error = QJsonDocument::fromJson(response.body).object().value(u"error"_s).toString();
    return ShopeeParser::isTokenError(error) || (response.status == 401 && error.isEmpty());
}

bool ShopeeAuth::needsRefresh() const
{
    if (m_config.accessToken.isEmpty())
        return !m_config.refreshToken.isEmpty();
    return m_expiresAt > 0 && m_clock.nowMs() >= m_expiresAt - 60'000;
}

void ShopeeAuth::refresh(QObject *context, std::function<void(std::optional<ChannelFailure>)> done)
{
    if (m_config.refreshToken.isEmpty()) {
        ChannelFailure f;
        f.kind = ChannelFailure::Kind::Auth;
        f.message = QCoreApplication::translate("hd::ShopeeAuth", "The Shopee shop needs to be authorised again.");
        f.detail = u"Shopee: no refresh token configured"_s;
        done(f);
        return;
    }
    m_http.send(ShopeeRequests::refreshToken(m_config, m_clock.nowMs() / 1000),
                context,
                [this, done](Result<ChannelHttpResponse> r, std::optional<ChannelFailure> failure) {
                    if (!failure)
                        failure = ShopeeParser::envelopeFailure(r.value().body);
                    if (failure) {
                        if (failure->kind == ChannelFailure::Kind::Permanent) {
                            failure->kind = ChannelFailure::Kind::Auth;
                            failure->message = QCoreApplication::translate(
                                "hd::ShopeeAuth",
                                "Shopee refused the saved authorisation; authorise the shop again.");
                        }
                        done(failure);
                        return;
                    }
                    const Result<ShopeeToken> token = ShopeeParser::token(r.value().body);
                    if (!token) {
                        ChannelFailure f;
                        f.kind = ChannelFailure::Kind::Transient;
                        f.message = token.error().message;
                        f.detail = token.error().detail;
                        done(f);
                        return;
                    }
                    m_config.accessToken = token->accessToken;
                    if (!token->refreshToken.isEmpty())
                        m_config.refreshToken = token->refreshToken;
                    m_expiresAt = m_clock.nowMs() + token->expireInSec * 1000;
                    log::info("sync.shopee", u"access token refreshed; valid for %1 s"_s.arg(token->expireInSec));
                    if (m_onRefreshed)
                        m_onRefreshed(m_config.accessToken, m_expiresAt, m_config.refreshToken);
                    done(std::nullopt);
                });
}

} // namespace hd
