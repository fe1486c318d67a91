#pragma once

namespace hd::sim {

class SimServer;

/// Shopify Admin REST orders on the simulator, under /shopify/{shop}: GET
/// /admin/api/{version}/orders.json (status, updated_at_min, limit ≤ 250, order; paging by the
/// Link header's page_info, with which only limit may be sent) and GET /admin/api/{version}/shop.json.
/// X-Shopify-Access-Token must match (401 {"errors":"[API] Invalid API key or access token…"});
/// every answer carries X-Shopify-Shop-Api-Call-Limit. Scenario section "shopify": auth
/// {accessToken}, shop, orders[] (REST Order objects).
void installShopifyRoutes(SimServer &server);

} // namespace hd::sim
