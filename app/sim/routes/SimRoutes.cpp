#include "app/sim/routes/SimRoutes.h"

#include "app/sim/routes/EbayRoutes.h"
#include "app/sim/routes/ShopeeRoutes.h"
#include "app/sim/routes/AmazonOrdersRoutes.h"
#include "app/sim/routes/MetaRoutes.h"
#include "app/sim/routes/OAuthRoutes.h"
#include "app/sim/routes/ShopifyRoutes.h"
#include "app/sim/routes/TikTokRoutes.h"
#include "app/sim/routes/EtsyRoutes.h"
#include "app/sim/routes/WalmartRoutes.h"

namespace hd::sim {

void installAllRoutes(SimServer &server)
{
    installEbayRoutes(server);
    installShopeeRoutes(server);
    installMetaRoutes(server);
    installTikTokRoutes(server);
    installAmazonOrdersRoutes(server);
    installShopifyRoutes(server);
    installEtsyRoutes(server);
    installWalmartRoutes(server);
    installOAuthRoutes(server); // last: wraps the eBay and Etsy token endpoints
}

} // namespace hd::sim
