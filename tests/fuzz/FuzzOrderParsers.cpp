// Fuzz target: the order-API payload parsers used for order linking: Amazon SP-API Orders and LWA
// token, Shopify Admin orders with its Link header, Etsy receipts and OAuth token, Walmart orders
// (with its object-or-array quirk) and client-credentials token. See README.md for how it runs.
#include "core/channels/amazon/AmazonOrdersApi.h"
#include "core/channels/etsy/EtsyReceiptsApi.h"
#include "core/channels/shopify/ShopifyOrdersApi.h"
#include "core/channels/walmart/WalmartOrdersApi.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace hd;
    const QByteArray raw = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    constexpr qint64 kNowMs = 1'795'348'800'000;

    AmazonConfig amazon;
    amazon.channelId = 3;
    (void)AmazonOrdersApi::parseOrders(raw, amazon);
    (void)AmazonOrdersApi::parseToken(raw, kNowMs);
    (void)AmazonOrdersApi::rateLimitWaitMs(raw.left(32));
    ChannelHttpResponse response;
    response.status = 403;
    response.body = raw;
    (void)AmazonOrdersApi::isAuthFailure(response);

    ShopifyConfig shopify;
    shopify.channelId = 4;
    // The same bytes as the body and, cut short, as the Link header.
    (void)ShopifyOrdersApi::parseOrders(raw, raw.left(1024), shopify);
    (void)ShopifyOrdersApi::nextPageInfo(raw);

    EtsyConfig etsy;
    etsy.channelId = 5;
    (void)EtsyReceiptsApi::parseReceipts(raw, etsy);
    (void)EtsyReceiptsApi::parseToken(raw, kNowMs);

    WalmartConfig walmart;
    walmart.channelId = 6;
    (void)WalmartOrdersApi::parseOrders(raw, walmart);
    (void)WalmartOrdersApi::parseToken(raw, kNowMs);
    return 0;
}
