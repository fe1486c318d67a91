// Fuzz target: every eBay REST payload parser (conversations, messages, send answer, orders,
// token, error body) and the mapping of what parses. See README.md for how it runs.
#include "core/channels/ebay/EbayCursor.h"
#include "core/channels/ebay/EbayParser.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace hd;
    const QByteArray raw = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const auto page = EbayParser::conversations(raw); page.ok())
        for (const EbayConversation &c : page->conversations)
            (void)EbayParser::toInbound(c.latest, c.conversationId, c.title, QStringLiteral("seller"), 1);
    if (const auto page = EbayParser::messages(raw); page.ok())
        for (const EbayMessage &m : page->messages)
            (void)EbayParser::toInbound(m, QStringLiteral("1"), page->title, QStringLiteral("seller"), 1);
    (void)EbayParser::sentMessage(raw);
    (void)EbayParser::orders(raw);
    (void)EbayParser::token(raw);
    (void)EbayParser::errorSummary(raw);
    (void)EbayCursor::fromString(QString::fromUtf8(raw));
    return 0;
}
