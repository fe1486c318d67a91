#pragma once

namespace hd::sim {

class SimServer;

/// TikTok Shop on the simulator, under /tiktok: customer service (202309) conversations, messages,
/// send; orders search (POST /order/202309/orders/search) and by ids; /authorization/202309/shops;
/// and the auth host's token refresh under /tiktok/auth/token/refresh. Every API call must carry
/// app_key, a timestamp within 5 minutes, and the HMAC-SHA256 `sign` over the API path (without
/// /tiktok), the sorted parameters and the body; a bad one answers code 106001. The access token
/// travels in x-tts-access-token; an expired one answers code 105002. Envelope
/// {"code","message","request_id","data"}. Scenario section "tiktok": auth {appKey, appSecret,
/// accessToken, refreshToken, accessTtlSec}, shopCipher, conversations[], orders[].
void installTikTokRoutes(SimServer &server);

} // namespace hd::sim
