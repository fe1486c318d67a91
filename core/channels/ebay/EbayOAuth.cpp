#include "core/channels/ebay/EbayOAuth.h"

#include "core/channels/ebay/EbayParser.h"
#include "core/channels/ebay/EbayRequests.h"
#include "core/common/Clock.h"
#include "core/common/Log.h"

#include <QCoreApplication>

namespace hd {
using namespace Qt::StringLiterals;

EbayOAuth::EbayOAuth(EbayConfig &config, ChannelHttp &http, const Clock &clock)
    : m_config(config)
    , m_http(http)
    , m_clock(clock)
{
}

void EbayOAuth::apply(ChannelHttpRequest &request) const
{
    request.setHeader("Authorization", "Bearer " + m_config.accessToken.toUtf8());
}

bool EbayOAuth::needsRefresh() const
{
    if (m_config.accessToken.isEmpty())
        return !m_config.refreshToken.isEmpty();
    // Refresh a minute early so a long backfill never runs into the expiry mid-page.
    return m_expiresAt > 0 && m_clock.nowMs() >= m_expiresAt - 60'000;
}

void EbayOAuth::refresh(QObject *context, std::function<void(std::optional<ChannelFailure>)> done)
{
    if (m_config.refreshToken.isEmpty() || m_config.clientId.isEmpty()) {
        ChannelFailure f;
        f.kind = ChannelFailure::Kind::Auth;
        f.message =
            QCoreApplication::translate("hd::EbayOAuth", "eBay needs to be connected again (no refresh token).");
        f.detail = u"eBay: no refresh token or client id configured"_s;
        done(f);
        return;
    }
    m_http.send(EbayRequests::refreshToken(m_config),
                context,
                [this, done](Result<ChannelHttpResponse> r, std::optional<ChannelFailure> failure) {
                    if (failure) {
                        // 400 invalid_grant / 401 invalid_client: the grant is gone, not a blip.
                        if (failure->kind == ChannelFailure::Kind::Permanent) {
                            failure->kind = ChannelFailure::Kind::Auth;
                            failure->message = QCoreApplication::translate(
                                "hd::EbayOAuth",
                                "eBay refused the saved authorisation; connect the account again.");
                        }
                        done(failure);
                        return;
                    }
                    const Result<EbayToken> token = EbayParser::token(r.value().body);
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
                    m_expiresAt = m_clock.nowMs() + token->expiresInSec * 1000;
                    log::info("sync.ebay", u"access token refreshed; valid for %1 s"_s.arg(token->expiresInSec));
                    if (m_onRefreshed)
                        m_onRefreshed(m_config.accessToken, m_expiresAt, m_config.refreshToken);
                    done(std::nullopt);
                });
}

} // namespace hd
