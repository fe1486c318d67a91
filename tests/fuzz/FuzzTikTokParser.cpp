// Fuzz target: every TikTok Shop payload parser (conversations, messages with their JSON-in-a-string
// content, send answer, orders, token, the error envelope). See README.md for how it runs.
#include "core/channels/tiktok/TikTokParser.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace hd;
    const QByteArray raw = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    TikTokConfig config;
    config.channelId = 9;
    config.appKey = QStringLiteral("6abc123def456");
    config.shopCipher = QStringLiteral("ROW_sim_cipher");
    if (const auto page = TikTokParser::conversations(raw); page.ok())
        for (const TikTokConversation &c : page->conversations)
            (void)TikTokParser::messages(raw, config, c);
    TikTokConversation conversation;
    conversation.id = QStringLiteral("7494560109732334341");
    conversation.buyerImId = QStringLiteral("7494560109732334342");
    (void)TikTokParser::messages(raw, config, conversation);
    (void)TikTokParser::sendResponse(raw);
    if (const auto orders = TikTokParser::orders(raw, config); orders.ok())
        for (const Order &o : orders->orders)
            (void)TikTokParser::orderStatus(o.status);
    (void)TikTokParser::token(raw);
    for (const int status : {200, 401, 429, 500})
        (void)TikTokParser::failure(status, raw, 1000);
    return 0;
}
