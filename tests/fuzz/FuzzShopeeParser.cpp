// Fuzz target: every Shopee v2 payload parser (envelope errors, conversation list, messages, send
// answer, order list and detail, token) and the mapping of what parses. See README.md.
#include "core/channels/shopee/ShopeeCursor.h"
#include "core/channels/shopee/ShopeeParser.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace hd;
    const QByteArray raw = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)ShopeeParser::envelopeFailure(raw);
    if (const auto page = ShopeeParser::conversationList(raw); page.ok()) {
        (void)page->nextTimestampNano;
    }
    if (const auto page = ShopeeParser::messages(raw); page.ok()) {
        ShopeeConversation conv;
        conv.conversationId = QStringLiteral("1");
        for (const ShopeeMessage &m : page->messages)
            (void)ShopeeParser::toInbound(m, conv, 123456, 1);
    }
    (void)ShopeeParser::oneConversation(raw);
    (void)ShopeeParser::sentMessageId(raw);
    (void)ShopeeParser::orderList(raw);
    (void)ShopeeParser::orderDetail(raw);
    (void)ShopeeParser::token(raw);
    (void)ShopeeCursor::fromString(QString::fromUtf8(raw));
    return 0;
}
