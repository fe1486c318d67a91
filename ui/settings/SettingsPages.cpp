#include "ui/settings/SettingsPages.h"

#include "core/Workspace.h"
#include "ui/settings/ChannelsPage.h"
#include "ui/settings/RulesPage.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/settings/TemplatesPage.h"
#include "ui/settings/TranslationPage.h"

namespace hd {

void addSettingsPages(SettingsDialog &dialog, Workspace &workspace, qint64 agentId)
{
    // One line per page, e.g.:
    //   dialog.addPage(new RulesPage(workspace, &dialog), RulesPage::tr("Rules"));
    dialog.addPage(new ChannelsPage(workspace, &dialog), ChannelsPage::tr("Channels"));
    dialog.addPage(new RulesPage(workspace, &dialog), RulesPage::tr("Rules"));
    dialog.addPage(new TemplatesPage(workspace, &dialog), TemplatesPage::tr("Templates"));
    dialog.addPage(new TranslationPage(workspace, &dialog), TranslationPage::tr("Translation"));
    Q_UNUSED(agentId)
}

} // namespace hd
