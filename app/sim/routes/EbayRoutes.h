#pragma once

namespace hd::sim {

class SimServer;

/// eBay on the simulator, under /ebay: OAuth token endpoint (identity/v1/oauth2/token), Commerce
/// Message API (commerce/message/v1: conversation, conversation/{id}, send_message) and Fulfillment
/// orders (sell/fulfillment/v1/order). Shapes, paging (limit/offset + next href) and error bodies
/// as in reference/channels.md §1. Scenario section "ebay": auth {clientId, clientSecret,
/// accessToken, refreshToken, accessTtlSec}, seller, conversations[] (each with messages[]), orders[].
void installEbayRoutes(SimServer &server);

} // namespace hd::sim
