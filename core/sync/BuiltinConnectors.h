#pragma once

namespace hd {

class ConnectorFactory;

/// Registers the builder of every channel type this build can sync (each reads its settings from
/// the channels row and its secrets from the SecretStore), so the GUI and the CLI build the same
/// connectors.
void registerBuiltinConnectors(ConnectorFactory &factory);

} // namespace hd
