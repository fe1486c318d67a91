#include "ui/settings/SettingsPages.h"

#include "core/Workspace.h"
#include "ui/settings/RulesPage.h"
#include "ui/settings/SettingsDialog.h"

namespace hd {

void addSettingsPages(SettingsDialog &dialog, Workspace &workspace, qint64 agentId)
{
    // One line per page, e.g.:
    //   dialog.addPage(new RulesPage(workspace, &dialog), RulesPage::tr("Rules"));
    dialog.addPage(new RulesPage(workspace, &dialog), RulesPage::tr("Rules"));
    Q_UNUSED(agentId)
}

} // namespace hd
