#pragma once

namespace hd::sim {

class SimServer;

/// Etsy Open API v3 shop receipts on the simulator, under /etsy (reference/channels.md §5.3):
/// POST /etsy/v3/public/oauth/token (grant_type=refresh_token, client_id = the keystring; the
/// refresh token rotates), GET /etsy/v3/application/shops/{shop_id}/receipts (min_created,
/// max_created, min_last_modified, max_last_modified in Unix s ≥ 946684800; limit 1-100, default
/// 25; offset; sort_on created|updated|receipt_id; sort_order asc|desc; was_paid, was_shipped)
/// → {"count","results"}, GET …/receipts/{receipt_id} and GET …/shops/{shop_id}. Every call needs
/// x-api-key (403 otherwise) and a valid Bearer token (401 {"error":"invalid_token"} when missing or
/// expired); errors are {"error": "…"}; answers carry x-limit-per-second / x-remaining-this-second
/// / x-limit-per-day / x-remaining-today. Scenario section "etsy": auth {keystring, accessToken,
/// refreshToken, accessTtlSec}, shopId, shopName, receipts[] (ShopReceipt objects), optional
/// dailyLimit. Injector: {"receiptId" (or "orderId"), "status", "isShipped", "buyerEmail", "name",
/// "total", "currency", "message"} creates or updates a receipt, modified now; a buyer message
/// ("text") is refused: Etsy has no messages API.
void installEtsyRoutes(SimServer &server);

} // namespace hd::sim
