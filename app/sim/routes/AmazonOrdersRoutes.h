#pragma once

namespace hd::sim {

class SimServer;

/// Amazon SP-API Orders v0 and Login with Amazon on the simulator, under /amazon:
/// POST /amazon/auth/o2/token (grant_type=refresh_token, client_id, client_secret) and
/// GET /amazon/orders/v0/orders (x-amz-access-token; MarketplaceIds and exactly one of
/// CreatedAfter / LastUpdatedAfter; MaxResultsPerPage; NextToken). Errors {"errors":[{code,
/// message}]}: 403 Unauthorized for a bad or expired token, 400 InvalidInput, 429 QuotaExceeded
/// (via the fault rules). Every answer carries x-amzn-RequestId and x-amzn-RateLimit-Limit.
/// Scenario section "amazon": auth {clientId, clientSecret, accessToken, refreshToken,
/// accessTtlSec}, orders[] (SP-API Order objects).
void installAmazonOrdersRoutes(SimServer &server);

} // namespace hd::sim
