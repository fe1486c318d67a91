#include "core/channels/amazon/AmazonOrdersConnector.h"

#include "core/common/Clock.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>

namespace hd {
using namespace Qt::StringLiterals;

namespace {
const char *const kCtx = "hd::AmazonOrdersConnector";
constexpr qint64 kLagMs = 5 * 60'000;
constexpr qint64 kRefreshMarginMs = 60'000;
} // namespace

/// LWA: x-amz-access-token on every call; refresh_token grant at the token endpoint.
class AmazonOrdersConnector::Auth final : public ChannelAuth
{
public:
    Auth(AmazonOrdersConnector &owner, QByteArray clientSecret, QByteArray refreshToken)
        : m_owner(owner)
        , m_clientSecret(std::move(clientSecret))
        , m_refreshToken(std::move(refreshToken))
    {
    }
    void apply(ChannelHttpRequest &request) const override
    {
        request.setHeader("x-amz-access-token", m_token.accessToken);
    }
    bool isAuthFailure(const ChannelHttpResponse &response) const override
    {
        return AmazonOrdersApi::isAuthFailure(response);
    }
    bool needsRefresh() const override
    {
        return m_token.accessToken.isEmpty() || m_owner.m_clock.nowMs() >= m_token.expiresAtMs - kRefreshMarginMs;
    }
    void refresh(QObject *context, std::function<void(std::optional<ChannelFailure>)> done) override
    {
        ChannelHttpRequest req = AmazonOrdersApi::tokenRequest(m_owner.m_config, m_clientSecret, m_refreshToken);
        m_owner.m_http.send(req, context, [this, done](Result<ChannelHttpResponse> r, std::optional<ChannelFailure> f) {
            if (f) {
                // 400 invalid_grant: the seller revoked the app; anything else may pass.
                if (f->kind == ChannelFailure::Kind::Permanent)
                    f->kind = ChannelFailure::Kind::Auth;
                done(f);
                return;
            }
            auto token = AmazonOrdersApi::parseToken(r->body, m_owner.m_clock.nowMs());
            if (!token) {
                ChannelFailure bad;
                bad.kind = ChannelFailure::Kind::Transient;
                bad.message = token.error().message;
                bad.detail = token.error().detail;
                done(bad);
                return;
            }
            m_token = token.value();
            if (!m_token.refreshToken.isEmpty() && m_token.refreshToken != m_refreshToken) {
                m_refreshToken = m_token.refreshToken;
                Q_EMIT m_owner.refreshTokenRotated(m_refreshToken);
            }
            done(std::nullopt);
        });
    }

private:
    AmazonOrdersConnector &m_owner;
    QByteArray m_clientSecret;
    QByteArray m_refreshToken;
    AmazonToken m_token;
};

AmazonOrdersConnector::AmazonOrdersConnector(AmazonConfig config,
                                             QByteArray clientSecret,
                                             QByteArray refreshToken,
                                             ChannelHttp &http,
                                             const Clock &clock,
                                             QObject *parent)
    : Connector(parent)
    , m_config(std::move(config))
    , m_http(http)
    , m_clock(clock)
    , m_auth(std::make_unique<Auth>(*this, std::move(clientSecret), std::move(refreshToken)))
{
}

AmazonOrdersConnector::~AmazonOrdersConnector() = default;

void AmazonOrdersConnector::fetch(const QString &cursor, FetchCallback done)
{
    QJsonObject state = QJsonDocument::fromJson(cursor.toUtf8()).object();
    const qint64 watermark = state.value("w"_L1).toInteger();
    const QString nextToken = state.value("n"_L1).toString();
    const qint64 since = !nextToken.isEmpty() ? state.value("s"_L1).toInteger()
        : watermark > 0                       ? watermark - kLagMs
                                              : m_clock.nowMs() - m_backfillMs;
    const ChannelHttpRequest req =
        AmazonOrdersApi::getOrders(m_config, QDateTime::fromMSecsSinceEpoch(since, QTimeZone::utc()), nextToken);
    m_http.sendAuthorized(
        req,
        m_auth.get(),
        this,
        [this, state, since, done](Result<ChannelHttpResponse> r, std::optional<ChannelFailure> f) mutable {
            if (f) {
                done(ChannelHttp::failureError(*f), f);
                return;
            }
            auto page = AmazonOrdersApi::parseOrders(r->body, m_config);
            if (!page) {
                ChannelFailure bad;
                bad.kind = ChannelFailure::Kind::Transient;
                bad.message = page.error().message;
                bad.detail = page.error().detail;
                done(page.error(), bad);
                return;
            }
            FetchedPage out;
            out.orders = page->orders;
            const qint64 newest = std::max(state.value("h"_L1).toInteger(), page->maxUpdatedAtMs);
            if (!page->nextToken.isEmpty()) {
                state.insert(u"n"_s, page->nextToken);
                state.insert(u"s"_s, since);
                state.insert(u"h"_s, newest);
                out.hasMore = true;
            } else {
                state = QJsonObject{{u"w"_s, std::max(state.value("w"_L1).toInteger(), newest)}};
            }
            out.cursor = QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact));
            done(std::move(out), std::nullopt);
        });
}

void AmazonOrdersConnector::send(const OutboundReply &, SendCallback done)
{
    ChannelFailure f;
    f.kind = ChannelFailure::Kind::Permanent;
    f.message = QCoreApplication::translate(kCtx, "Amazon buyers are answered by e-mail through the relay address.");
    done(ChannelHttp::failureError(f), f);
}

void AmazonOrdersConnector::testConnection(CheckCallback done)
{
    AmazonConfig probe = m_config;
    probe.pageSize = 1;
    const ChannelHttpRequest req = AmazonOrdersApi::getOrders(
        probe,
        QDateTime::fromMSecsSinceEpoch(m_clock.nowMs() - 24LL * 3600 * 1000, QTimeZone::utc()));
    m_http.sendAuthorized(req,
                          m_auth.get(),
                          this,
                          [done](Result<ChannelHttpResponse>, std::optional<ChannelFailure> f) {
                              if (f) {
                                  done(ChannelHttp::failureError(*f), f);
                                  return;
                              }
                              done(Status{}, std::nullopt);
                          });
}

} // namespace hd
