#include "core/channels/etsy/EtsyReceiptsConnector.h"

#include "core/common/Clock.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace hd {
using namespace Qt::StringLiterals;

namespace {
const char *const kCtx = "hd::EtsyReceiptsConnector";
constexpr qint64 kLagS = 120;
} // namespace

class EtsyReceiptsConnector::Auth final : public ChannelAuth
{
public:
    Auth(EtsyReceiptsConnector &owner, QByteArray access, QByteArray refresh)
        : m_owner(owner)
        , m_refreshToken(std::move(refresh))
    {
        m_token.accessToken = std::move(access);
    }
    void apply(ChannelHttpRequest &request) const override
    {
        request.setHeader("Authorization", "Bearer " + m_token.accessToken);
    }
    bool needsRefresh() const override
    {
        return m_token.accessToken.isEmpty()
            || (m_token.expiresAtMs > 0 && m_owner.m_clock.nowMs() >= m_token.expiresAtMs - 60'000);
    }
    void refresh(QObject *context, std::function<void(std::optional<ChannelFailure>)> done) override
    {
        m_owner.m_http.send(
            EtsyReceiptsApi::refreshToken(m_owner.m_config, m_refreshToken),
            context,
            [this, done](Result<ChannelHttpResponse> r, std::optional<ChannelFailure> f) {
                if (f) {
                    if (f->kind == ChannelFailure::Kind::Permanent)
                        f->kind = ChannelFailure::Kind::Auth;
                    done(f);
                    return;
                }
                auto token = EtsyReceiptsApi::parseToken(r->body, m_owner.m_clock.nowMs());
                if (!token) {
                    ChannelFailure bad;
                    bad.kind = ChannelFailure::Kind::Auth;
                    bad.message =
                        QCoreApplication::translate(kCtx, "Etsy did not renew the authorisation; reconnect the shop.");
                    bad.detail = token.error().detail;
                    done(bad);
                    return;
                }
                m_token = token.value();
                if (!m_token.refreshToken.isEmpty())
                    m_refreshToken = m_token.refreshToken;
                Q_EMIT m_owner.tokensRefreshed(m_token.accessToken, m_refreshToken, m_token.expiresAtMs);
                done(std::nullopt);
            });
    }

private:
    EtsyReceiptsConnector &m_owner;
    QByteArray m_refreshToken;
    EtsyToken m_token;
};

EtsyReceiptsConnector::EtsyReceiptsConnector(EtsyConfig config,
                                             QByteArray accessToken,
                                             QByteArray refreshToken,
                                             ChannelHttp &http,
                                             const Clock &clock,
                                             QObject *parent)
    : Connector(parent)
    , m_config(std::move(config))
    , m_http(http)
    , m_clock(clock)
    , m_auth(std::make_unique<Auth>(*this, std::move(accessToken), std::move(refreshToken)))
{
}

EtsyReceiptsConnector::~EtsyReceiptsConnector() = default;

void EtsyReceiptsConnector::fetch(const QString &cursor, FetchCallback done)
{
    QJsonObject state = QJsonDocument::fromJson(cursor.toUtf8()).object();
    const qint64 watermark = state.value("w"_L1).toInteger();
    const bool walking = state.contains("o"_L1);
    const qint64 since = walking ? state.value("s"_L1).toInteger()
        : watermark > 0          ? watermark - kLagS
                                 : (m_clock.nowMs() - m_backfillMs) / 1000;
    const qint64 offset = state.value("o"_L1).toInteger();
    // When the walk began (Unix s): receipts changed after it, at pages already read, are read
    // again by the next walk.
    const qint64 walkStartS = walking ? state.value("t"_L1).toInteger() : m_clock.nowMs() / 1000;
    m_http.sendAuthorized(
        EtsyReceiptsApi::receipts(m_config, since, offset),
        m_auth.get(),
        this,
        [this, state, since, offset, walkStartS, done](Result<ChannelHttpResponse> r,
                                                       std::optional<ChannelFailure> f) mutable {
            if (f) {
                done(ChannelHttp::failureError(*f), f);
                return;
            }
            auto page = EtsyReceiptsApi::parseReceipts(r->body, m_config);
            if (!page) {
                ChannelFailure bad;
                bad.kind = ChannelFailure::Kind::Transient;
                bad.message = page.error().message;
                bad.detail = page.error().detail;
                done(page.error(), bad);
                return;
            }
            // The previous page again (a replayed answer): taking it for the next one would skip a
            // page of receipts, so the same offset is asked for again.
            if (offset > 0 && !page->orders.isEmpty()
                && page->orders.first().externalId == state.value("p"_L1).toString()) {
                ChannelFailure replay;
                replay.kind = ChannelFailure::Kind::Transient;
                replay.message = QCoreApplication::translate(kCtx, "Etsy sent the same page twice; trying again.");
                replay.detail =
                    u"receipts at offset %1 start with receipt %2, as the previous page did"_s.arg(offset).arg(
                        page->orders.first().externalId);
                done(ChannelHttp::failureError(replay), replay);
                return;
            }
            FetchedPage out;
            out.orders = page->orders;
            const qint64 nextOffset = offset + m_config.pageSize;
            out.progressDone = std::min(page->count, nextOffset);
            out.progressTotal = page->count;
            const qint64 newest = std::max(state.value("h"_L1).toInteger(), page->maxUpdatedAtS);
            if (nextOffset < page->count && !page->orders.isEmpty()) {
                state.insert(u"o"_s, nextOffset);
                state.insert(u"s"_s, since);
                state.insert(u"h"_s, newest);
                state.insert(u"t"_s, walkStartS);
                state.insert(u"p"_s, page->orders.first().externalId);
                out.hasMore = true;
            } else {
                // The newest change seen, but never past the walk's start: a receipt changed
                // during the walk at a page already read has a later update time than that.
                const qint64 reached = newest > 0 ? std::min(newest, walkStartS) : 0;
                state = QJsonObject{{u"w"_s, std::max(state.value("w"_L1).toInteger(), reached)}};
            }
            out.cursor = QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact));
            done(std::move(out), std::nullopt);
        });
}

void EtsyReceiptsConnector::send(const OutboundReply &, SendCallback done)
{
    ChannelFailure f;
    f.kind = ChannelFailure::Kind::Permanent;
    f.message = QCoreApplication::translate(kCtx, "Etsy has no API for messages; reply in Etsy Messages.");
    done(ChannelHttp::failureError(f), f);
}

void EtsyReceiptsConnector::testConnection(CheckCallback done)
{
    m_http.sendAuthorized(EtsyReceiptsApi::shop(m_config),
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
