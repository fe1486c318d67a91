#include "app/sim/SimLiveFeed.h"

#include "app/sim/SimServer.h"
#include "core/common/Clock.h"
#include "core/demo/SyntheticGenerator.h"

#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hd::sim {

namespace {

// Injector names a generated channel may land in, most specific first.
QStringList injectorNames(ChannelKind kind)
{
    switch (kind) {
    case ChannelKind::Ebay: return {u"ebay"_s};
    case ChannelKind::Shopee: return {u"shopee"_s};
    case ChannelKind::TikTokShop: return {u"tiktok"_s, u"tiktokshop"_s};
    case ChannelKind::Facebook: return {u"facebook"_s, u"meta"_s};
    case ChannelKind::Instagram: return {u"instagram"_s, u"meta"_s};
    default: return {channelKindToString(kind).toLower()};
    }
}

} // namespace

SimLiveFeed::SimLiveFeed(SimServer &server, double perMinute, quint64 seed, QObject *parent)
    : QObject(parent)
    , m_server(server)
{
    // A large pool so the feed never runs dry in a demo; drawn lazily, batch by batch.
    m_generator = std::make_unique<SyntheticGenerator>(seed, 50'000, 250'000, server.clock().nowMs());
    const QList<Channel> channels = m_generator->channels();
    QList<qint64> ids;
    const QStringList available = server.injectorChannels();
    for (qsizetype i = 0; i < channels.size(); ++i) {
        ids.append(i + 1);
        for (const QString &name : injectorNames(channels.at(i).kind)) {
            if (available.contains(name)) {
                m_channelOfId.insert(i + 1, name);
                break;
            }
        }
    }
    m_generator->setChannelIds(ids);
    m_timer.setInterval(std::max(50, int(60'000.0 / std::max(0.01, perMinute))));
    connect(&m_timer, &QTimer::timeout, this, [this] { injectOne(); });
}

SimLiveFeed::~SimLiveFeed() = default;

void SimLiveFeed::start()
{
    m_timer.start();
}

bool SimLiveFeed::injectOne()
{
    if (m_channelOfId.isEmpty())
        return false;
    // Draw until an inbound message on a channel the simulator serves (bounded: most draws fit).
    for (int attempt = 0; attempt < 500 && m_generator->hasNext(); ++attempt) {
        const QList<InboundMessage> batch = m_generator->nextBatch(1);
        if (batch.isEmpty())
            break;
        const InboundMessage &m = batch.first();
        const auto it = m_channelOfId.constFind(m.channelId);
        if (it == m_channelOfId.cend() || m.direction != u"inbound"_s)
            continue;
        QJsonObject request{{u"channel"_s, *it},
                            {u"buyer"_s, m.customerExternalId.isEmpty() ? m.customerName : m.customerExternalId},
                            {u"buyerName"_s, m.customerName},
                            {u"text"_s, m.bodyText},
                            {u"subject"_s, m.subject},
                            {u"language"_s, m.language}};
        if (!m.orderExternalId.isEmpty())
            request.insert(u"orderId"_s, m.orderExternalId);
        if (m_server.inject(*it, request)) {
            ++m_injected;
            return true;
        }
    }
    return false;
}

} // namespace hd::sim
