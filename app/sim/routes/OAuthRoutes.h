#pragma once

namespace hd::sim {

class SimServer;

/// Sign-in endpoints for eBay, Etsy, Shopee and TikTok Shop: each platform's consent page (which,
/// having no browser or user, decides at once and redirects with code + state, or with
/// error=access_denied when the request carries sim_consent=deny) and the authorization-code
/// exchange in the platform's real shape (eBay Basic auth, Etsy PKCE S256, Shopee signed JSON,
/// TikTok GET). Issued tokens replace the channel's tokens in SimState, so they work on the API
/// routes. Install after the channel routes: the eBay and Etsy token endpoints are wrapped.
void installOAuthRoutes(SimServer &server);

} // namespace hd::sim
