#pragma once

namespace hd::sim {

class SimServer;

/// Shopee Open Platform v2 on the simulator, under /shopee: auth/access_token/get, SellerChat
/// (get_conversation_list, get_one_conversation, get_message, send_message) and orders
/// (get_order_list, get_order_detail), with the partner HMAC-SHA256 signature checked on every
/// call and Shopee's {request_id, error, message, response} envelope (reference/channels.md §3).
/// Scenario section "shopee": auth {partnerId, partnerKey, shopId, shopUserId, accessToken,
/// refreshToken, accessTtlSec}, conversations[] (each with messages[]), orders[].
void installShopeeRoutes(SimServer &server);

} // namespace hd::sim
