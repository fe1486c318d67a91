#pragma once

namespace hd::sim {

class SimServer;

/// Walmart Marketplace Orders API v3 on the simulator, under /walmart (reference/channels.md §2.5):
/// POST /walmart/v3/token (Basic clientId:clientSecret, grant_type=client_credentials →
/// {"access_token","token_type":"Bearer","expires_in"}) and GET /walmart/v3/orders
/// (createdStartDate, createdEndDate, limit ≤ 200, default 100; paging by list.meta.nextCursor, a
/// query string the client sends back as it is). Every call needs WM_SVC.NAME and
/// WM_QOS.CORRELATION_ID (400 without); the orders call needs WM_SEC.ACCESS_TOKEN (401 when missing
/// or expired). Only the last 180 days are served. Errors use Walmart's envelope
/// {"errors":{"error":[{"code","field","description","info","severity","category"}]}}.
/// Scenario section "walmart": auth {clientId, clientSecret, accessTtlSec}, orders[] (Order objects
/// with orderDate in UTC ms). Injector: {"orderId" (customerOrderId), "purchaseOrderId", "status",
/// "buyerEmail", "name", "total", "sku", "product"} adds an order dated now or changes one's
/// status; a buyer message ("text") is refused (no messages API).
void installWalmartRoutes(SimServer &server);

} // namespace hd::sim
