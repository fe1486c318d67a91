#pragma once

#include "core/common/Result.h"

#include <QJsonObject>

namespace hd::sim {

class SimServer;

/// Fills a running simulator with generated buyer traffic for the soak and crash proofs, through
/// each API's own injector (so the messages have the shapes, ids and timestamps the routes give
/// injected messages). The request (also `POST /_sim/generate`):
///   {"channels": ["ebay", "shopee", "meta:messenger", "meta:instagram", "tiktok"],
///    "perChannel": 2000, "perConversation": 4, "tag": "r01"}
/// `channels` are injector names; "meta:<platform>" picks the Graph platform. Each channel gets
/// `perChannel` messages from perChannel / perConversation new buyers (a new conversation each);
/// `tag` keeps buyers of different calls apart (default "g"). The answer lists, per channel, the
/// message and conversation ids created, so a test can check that every one arrives exactly once:
///   {"channels": {"ebay": {"messages": [...], "conversations": [...]}, ...}, "total": 10000}
class SimScenarioGenerator final
{
public:
    static Result<QJsonObject> generate(SimServer &server, const QJsonObject &request);
};

} // namespace hd::sim
