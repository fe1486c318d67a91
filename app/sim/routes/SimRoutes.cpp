#include "app/sim/routes/SimRoutes.h"

#include "app/sim/routes/EbayRoutes.h"
#include "app/sim/routes/ShopeeRoutes.h"

namespace hd::sim {

void installAllRoutes(SimServer &server)
{
    installEbayRoutes(server);
    installShopeeRoutes(server);
}

} // namespace hd::sim
