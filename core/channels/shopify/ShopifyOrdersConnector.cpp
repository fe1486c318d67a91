#include "core/channels/shopify/ShopifyOrdersConnector.h"

#include "core/common/Clock.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>

namespace hd {
using namespace Qt::StringLiterals;

namespace {
const char *const kCtx = "hd::ShopifyOrdersConnector";
constexpr qint64 kLagMs = 60'000;
} // namespace

class ShopifyOrdersConnector::Auth final : public ChannelAuth
{
public:
    explicit Auth(QByteArray token)
        : m_token(std::move(token))
    {
    }
    void apply(ChannelHttpRequest &request) const override { request.setHeader("X-Shopify-Access-Token", m_token); }
    void refresh(QObject *, std::function<void(std::optional<ChannelFailure>)> done) override
    {
        ChannelFailure f;
        f.kind = ChannelFailure::Kind::Auth;
        f.message = QCoreApplication::translate(kCtx, "Shopify refused the access token; reconnect the store.");
        f.detail = u"401 with a non-expiring Admin API token"_s;
        done(f);
    }

private:
    QByteArray m_token;
};

ShopifyOrdersConnector::ShopifyOrdersConnector(ShopifyConfig config,
                                               QByteArray accessToken,
                                               ChannelHttp &http,
                                               const Clock &clock,
                                               QObject *parent)
    : Connector(parent)
    , m_config(std::move(config))
    , m_http(http)
    , m_clock(clock)
    , m_auth(std::make_unique<Auth>(std::move(accessToken)))
{
}

ShopifyOrdersConnector::~ShopifyOrdersConnector() = default;

void ShopifyOrdersConnector::fetch(const QString &cursor, FetchCallback done)
{
    QJsonObject state = QJsonDocument::fromJson(cursor.toUtf8()).object();
    const qint64 watermark = state.value("w"_L1).toInteger();
    const qint64 since = watermark > 0 ? watermark - kLagMs : m_clock.nowMs() - m_backfillMs;
    const ChannelHttpRequest req = ShopifyOrdersApi::orders(m_config,
                                                            QDateTime::fromMSecsSinceEpoch(since, QTimeZone::utc()),
                                                            state.value("pi"_L1).toString());
    m_http.sendAuthorized(req,
                          m_auth.get(),
                          this,
                          [this, state, done](Result<ChannelHttpResponse> r, std::optional<ChannelFailure> f) mutable {
                              if (f) {
                                  done(ChannelHttp::failureError(*f), f);
                                  return;
                              }
                              auto page = ShopifyOrdersApi::parseOrders(r->body, r->header("Link"), m_config);
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
                              if (!page->nextPageInfo.isEmpty()) {
                                  state.insert(u"pi"_s, page->nextPageInfo);
                                  state.insert(u"h"_s, newest);
                                  out.hasMore = true;
                              } else {
                                  state = QJsonObject{{u"w"_s, std::max(state.value("w"_L1).toInteger(), newest)}};
                              }
                              out.cursor = QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact));
                              done(std::move(out), std::nullopt);
                          });
}

void ShopifyOrdersConnector::send(const OutboundReply &, SendCallback done)
{
    ChannelFailure f;
    f.kind = ChannelFailure::Kind::Permanent;
    f.message = QCoreApplication::translate(kCtx, "Shopify store buyers are answered by e-mail.");
    done(ChannelHttp::failureError(f), f);
}

void ShopifyOrdersConnector::testConnection(CheckCallback done)
{
    m_http.sendAuthorized(ShopifyOrdersApi::shop(m_config),
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
