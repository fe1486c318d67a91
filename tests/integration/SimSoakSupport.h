#pragma once

// What the sync-reliability proofs (TestSoak, TestCrash + TestCrashDriver, TestSyncTeam) share:
// the simulator scenario of five channels (eBay, Shopee, Facebook, Instagram, TikTok Shop), the
// workspace rows that point at it, the real connectors built for them, and the fault mix.
// The connectors are the production classes with one setting changed: the HTTP transfer timeout
// is short, so the simulator's "no answer" fault costs 0.6 s instead of the production 30 s. Pages
// have production sizes (eBay 50 conversations, its maximum; Shopee 25, its maximum; TikTok 20).
// A connector fetches a page all or nothing, and an eBay, Shopee or TikTok page takes one request
// per conversation on it; each of those reads is retried up to 3 times inside the fetch
// (ReadRetry), so a page of 50 survives 20% of the requests failing (docs/RELIABILITY.md).

#include "app/sim/SimFault.h"
#include "core/Workspace.h"
#include "core/channels/ChannelHttp.h"
#include "core/channels/ebay/EbayConnector.h"
#include "core/channels/meta/MetaConnector.h"
#include "core/channels/shopee/ShopeeConnector.h"
#include "core/channels/tiktok/TikTokConnector.h"
#include "core/sync/ConnectorFactory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QUrl>

#include <memory>

namespace hd::simtest {

/// One of the five channels: its kind, and the generator's name for it on the simulator.
struct SoakChannel
{
    ChannelKind kind;
    QString generator; ///< SimScenarioGenerator channel ("meta:instagram")
    QString name;
};

inline QList<SoakChannel> soakChannels()
{
    using namespace Qt::StringLiterals;
    return {{ChannelKind::Ebay, u"ebay"_s, u"eBay"_s},
            {ChannelKind::Shopee, u"shopee"_s, u"Shopee"_s},
            {ChannelKind::Facebook, u"meta:messenger"_s, u"Facebook"_s},
            {ChannelKind::Instagram, u"meta:instagram"_s, u"Instagram"_s},
            {ChannelKind::TikTokShop, u"tiktok"_s, u"TikTok Shop"_s}};
}

/// The simulator's accounts for the five channels, with no buyer data yet (the generator adds it).
/// Tokens here are simulator-only values; access tokens do not expire.
inline QJsonObject soakScenario()
{
    using namespace Qt::StringLiterals;
    return QJsonObject{
        {u"ebay"_s,
         QJsonObject{{u"auth"_s,
                      QJsonObject{{u"clientId"_s, u"sim-ebay-client"_s},
                                  {u"clientSecret"_s, u"sim-ebay-secret"_s},
                                  {u"accessToken"_s, u"sim-ebay-access-1"_s},
                                  {u"refreshToken"_s, u"sim-ebay-refresh-1"_s}}},
                     {u"seller"_s, u"harbor_shop"_s},
                     {u"conversations"_s, QJsonArray()},
                     {u"orders"_s, QJsonArray()}}},
        {u"shopee"_s,
         QJsonObject{{u"auth"_s,
                      QJsonObject{{u"partnerId"_s, 2011285},
                                  {u"partnerKey"_s, u"sim-shopee-partner-key"_s},
                                  {u"shopId"_s, 123456},
                                  {u"shopUserId"_s, 70001},
                                  {u"accessToken"_s, u"sim-shopee-access-1"_s},
                                  {u"refreshToken"_s, u"sim-shopee-refresh-1"_s}}},
                     {u"conversations"_s, QJsonArray()},
                     {u"orders"_s, QJsonArray()}}},
        {u"meta"_s,
         QJsonObject{{u"pageId"_s, u"PAGE1"_s},
                     {u"pageName"_s, u"Harbor Gadgets"_s},
                     {u"auth"_s, QJsonObject{{u"accessToken"_s, u"EAAsimtoken"_s}}},
                     {u"conversations"_s, QJsonArray()}}},
        {u"tiktok"_s,
         QJsonObject{{u"auth"_s,
                      QJsonObject{{u"appKey"_s, u"38abcd"_s},
                                  {u"appSecret"_s, u"e59af819cc"_s},
                                  {u"accessToken"_s, u"ROW_access"_s},
                                  {u"refreshToken"_s, u"ROW_refresh"_s}}},
                     {u"shopCipher"_s, u"GCP_X"_s},
                     {u"conversations"_s, QJsonArray()},
                     {u"orders"_s, QJsonArray()}}},
    };
}

/// The fault mix: about 20% of all calls fail, every kind the simulator has. Duplicates hit the
/// conversation-list routes (a list page served twice); the other kinds hit every route, sends
/// included. Rate limits ask for Retry-After: 1 s. Not meta.conversations: the simulator replays
/// a route's last answer whatever its query, and that route serves both the Facebook and the
/// Instagram list, so the replay would be the other account's list (docs/RELIABILITY.md).
inline QList<sim::SimFault> soakFaults(double total = 0.20)
{
    using namespace Qt::StringLiterals;
    using K = sim::SimFault::Kind;
    QList<sim::SimFault> faults;
    const double each = total / 6.0;
    auto add = [&](const QString &route, K kind, double p) {
        sim::SimFault f;
        f.route = route;
        f.kind = kind;
        f.status = kind == K::RateLimited ? 429 : 503;
        f.retryAfterSec = 1;
        f.probability = p;
        faults.append(f);
    };
    add(u"*"_s, K::ServerError, each);
    add(u"*"_s, K::RateLimited, each);
    add(u"*"_s, K::Timeout, each);
    add(u"*"_s, K::Malformed, each);
    add(u"*"_s, K::Truncated, each);
    for (const QString &route :
         {u"ebay.getConversations"_s, u"shopee.getConversationList"_s, u"tiktok.conversations"_s})
        add(route, K::Duplicate, each * 3); // list routes are about a third of the calls
    return faults;
}

/// Adds the five channel rows, each pointing at the simulator at `simBase` (http://127.0.0.1:port).
/// Returns the channel ids in soakChannels() order (0 where adding failed).
inline QList<qint64> addSoakChannels(Workspace &ws, const QUrl &simBase, const QString &namePrefix = {})
{
    using namespace Qt::StringLiterals;
    QList<qint64> ids;
    for (const SoakChannel &c : soakChannels()) {
        const QJsonObject config{{u"connector"_s, u"sim"_s}, {u"simBase"_s, simBase.toString()}};
        auto id =
            ws.directory().addChannel(Channel{0,
                                              c.kind,
                                              namePrefix + c.name,
                                              u"US"_s,
                                              QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact)),
                                              true,
                                              ws.clock().nowMs()});
        ids.append(id ? id.value() : 0);
    }
    return ids;
}

/// Registers the "sim" builder: the real connector of the row's kind, configured for the
/// simulator named in its config_json, with a `timeoutMs` HTTP transfer timeout.
inline void registerSimConnectors(ConnectorFactory &factory, int timeoutMs = 600)
{
    using namespace Qt::StringLiterals;
    factory.registerBuilder(u"sim"_s, [timeoutMs](const ConnectorContext &c) -> Result<std::unique_ptr<Connector>> {
        const QString base = c.config.value(u"simBase"_s).toString();
        auto url = [&base](const QString &path) {
            QUrl u(base);
            u.setPath(path);
            return u;
        };
        auto *http = new ChannelHttp(&c.clock);
        http->setTransferTimeoutMs(timeoutMs);
        std::unique_ptr<Connector> connector;
        switch (c.channel.kind) {
        case ChannelKind::Ebay: {
            EbayConfig e;
            e.apiBaseUrl = url(u"/ebay"_s);
            e.clientId = u"sim-ebay-client"_s;
            e.clientSecret = u"sim-ebay-secret"_s;
            e.accessToken = u"sim-ebay-access-1"_s;
            e.refreshToken = u"sim-ebay-refresh-1"_s;
            e.sellerUsername = u"harbor_shop"_s;
            e.conversationPageSize = 50;
            connector = std::make_unique<EbayConnector>(e, c.channel.id, http, c.clock);
            break;
        }
        case ChannelKind::Shopee: {
            ShopeeConfig s;
            s.apiBaseUrl = url(u"/shopee"_s);
            s.partnerId = 2011285;
            s.partnerKey = u"sim-shopee-partner-key"_s;
            s.shopId = 123456;
            s.accessToken = u"sim-shopee-access-1"_s;
            s.refreshToken = u"sim-shopee-refresh-1"_s;
            s.conversationPageSize = 25;
            connector = std::make_unique<ShopeeConnector>(s, c.channel.id, http, c.clock);
            break;
        }
        case ChannelKind::Facebook:
        case ChannelKind::Instagram: {
            MetaConfig m;
            m.channelId = c.channel.id;
            m.graphBaseUrl = url(u"/meta"_s);
            m.pageId = u"PAGE1"_s;
            m.platform = c.channel.kind == ChannelKind::Instagram ? u"instagram"_s : u"messenger"_s;
            connector = std::make_unique<MetaConnector>(m, QByteArray("EAAsimtoken"), *http, c.clock);
            break;
        }
        case ChannelKind::TikTokShop: {
            TikTokConfig t;
            t.channelId = c.channel.id;
            t.apiBaseUrl = url(u"/tiktok"_s);
            t.authBaseUrl = url(u"/tiktok/auth"_s);
            t.appKey = u"38abcd"_s;
            t.shopCipher = u"GCP_X"_s;
            t.pageSize = 20; // also the messages read per conversation: the generator writes 4 or fewer
            connector = std::make_unique<TikTokConnector>(t,
                                                          TikTokSecrets{"e59af819cc", "ROW_access", "ROW_refresh"},
                                                          *http,
                                                          c.clock);
            break;
        }
        default:
            delete http;
            return Error::make(Error::Code::InvalidArgument, u"no simulator connector for this channel kind"_s);
        }
        http->setParent(connector.get()); // dies after the connector's own destructor ran
        return connector;
    });
}

} // namespace hd::simtest
