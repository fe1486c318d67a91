#pragma once

#include <QtGlobal>

namespace hd {

class SettingsDialog;
class Workspace;

/// Adds every settings page to the dialog. Each area adds its page here (one line each), so the
/// dialog and MainWindow never need to know the pages.
void addSettingsPages(SettingsDialog &dialog, Workspace &workspace, qint64 agentId);

} // namespace hd
