#include "core/channels/walmart/WalmartOrdersConnector.h"

#include "core/common/Clock.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>

namespace hd {
using namespace Qt::StringLiterals;

namespace {
const char *const kCtx = "hd::WalmartOrdersConnector";
constexpr qint64 kRereadMs = 24LL * 3600 * 1000;
} // namespace

class WalmartOrdersConnector::Auth final : public ChannelAuth
{
public:
    Auth(WalmartOrdersConnector &owner, QByteArray clientId, QByteArray clientSecret)
        : m_owner(owner)
        , m_clientId(std::move(clientId))
        , m_clientSecret(std::move(clientSecret))
    {
    }
    void apply(ChannelHttpRequest &request) const override
    {
        request.setHeader("WM_SEC.ACCESS_TOKEN", m_token.accessToken);
    }
    bool needsRefresh() const override
    {
        return m_token.accessToken.isEmpty() || m_owner.m_clock.nowMs() >= m_token.expiresAtMs - 60'000;
    }
    void refresh(QObject *context, std::function<void(std::optional<ChannelFailure>)> done) override
    {
        m_owner.m_http.send(
            WalmartOrdersApi::tokenRequest(m_owner.m_config, m_clientId, m_clientSecret, m_owner.correlationId()),
            context,
            [this, done](Result<ChannelHttpResponse> r, std::optional<ChannelFailure> f) {
                if (f) {
                    if (f->kind == ChannelFailure::Kind::Permanent)
                        f->kind = ChannelFailure::Kind::Auth;
                    done(f);
                    return;
                }
                auto token = WalmartOrdersApi::parseToken(r->body, m_owner.m_clock.nowMs());
                if (!token) {
                    ChannelFailure bad;
                    bad.kind = ChannelFailure::Kind::Transient;
                    bad.message = token.error().message;
                    bad.detail = token.error().detail;
                    done(bad);
                    return;
                }
                m_token = token.value();
                done(std::nullopt);
            });
    }

private:
    WalmartOrdersConnector &m_owner;
    QByteArray m_clientId;
    QByteArray m_clientSecret;
    WalmartToken m_token;
};

WalmartOrdersConnector::WalmartOrdersConnector(WalmartConfig config,
                                               QByteArray clientId,
                                               QByteArray clientSecret,
                                               ChannelHttp &http,
                                               const Clock &clock,
                                               QObject *parent)
    : Connector(parent)
    , m_config(std::move(config))
    , m_http(http)
    , m_clock(clock)
    , m_auth(std::make_unique<Auth>(*this, std::move(clientId), std::move(clientSecret)))
{
}

WalmartOrdersConnector::~WalmartOrdersConnector() = default;

QByteArray WalmartOrdersConnector::correlationId()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

void WalmartOrdersConnector::fetch(const QString &cursor, FetchCallback done)
{
    QJsonObject state = QJsonDocument::fromJson(cursor.toUtf8()).object();
    const qint64 watermark = state.value("w"_L1).toInteger();
    const qint64 since = watermark > 0 ? watermark - kRereadMs : m_clock.nowMs() - m_backfillMs;
    const ChannelHttpRequest req = WalmartOrdersApi::orders(m_config,
                                                            QDateTime::fromMSecsSinceEpoch(since, QTimeZone::utc()),
                                                            state.value("nc"_L1).toString(),
                                                            correlationId());
    m_http.sendAuthorized(req,
                          m_auth.get(),
                          this,
                          [this, state, done](Result<ChannelHttpResponse> r, std::optional<ChannelFailure> f) mutable {
                              if (f) {
                                  done(ChannelHttp::failureError(*f), f);
                                  return;
                              }
                              auto page = WalmartOrdersApi::parseOrders(r->body, m_config);
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
                              out.progressTotal = page->totalCount;
                              const qint64 newest = std::max(state.value("h"_L1).toInteger(), page->maxOrderDateMs);
                              if (!page->nextCursor.isEmpty() && !page->orders.isEmpty()) {
                                  state.insert(u"nc"_s, page->nextCursor);
                                  state.insert(u"h"_s, newest);
                                  out.hasMore = true;
                              } else {
                                  state = QJsonObject{{u"w"_s, std::max(state.value("w"_L1).toInteger(), newest)}};
                              }
                              out.cursor = QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact));
                              done(std::move(out), std::nullopt);
                          });
}

void WalmartOrdersConnector::send(const OutboundReply &, SendCallback done)
{
    ChannelFailure f;
    f.kind = ChannelFailure::Kind::Permanent;
    f.message = QCoreApplication::translate(kCtx, "Walmart buyers are answered by e-mail or in Seller Center.");
    done(ChannelHttp::failureError(f), f);
}

void WalmartOrdersConnector::testConnection(CheckCallback done)
{
    m_auth->refresh(this, [done](std::optional<ChannelFailure> f) {
        if (f) {
            done(ChannelHttp::failureError(*f), f);
            return;
        }
        done(Status{}, std::nullopt);
    });
}

} // namespace hd
