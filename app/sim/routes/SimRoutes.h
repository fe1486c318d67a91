#pragma once

namespace hd::sim {

class SimServer;

/// Installs every channel's routes on the server. Add a channel here when its route file exists.
void installAllRoutes(SimServer &server);

} // namespace hd::sim
