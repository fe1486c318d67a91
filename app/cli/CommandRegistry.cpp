#include "app/cli/CommandRegistry.h"

#include "app/cli/commands/AgentsCommand.h"
#include "app/cli/commands/ChannelsCommand.h"
#include "app/cli/commands/ClassifyCommand.h"
#include "app/cli/commands/ConversationCommand.h"
#include "app/cli/commands/GenerateCommand.h"
#include "app/cli/commands/ReportCommand.h"
#include "app/cli/commands/RulesCommand.h"
#include "app/cli/commands/SearchCommand.h"
#include "app/cli/commands/SeedDemoCommand.h"
#include "app/cli/commands/SlaCommand.h"
#include "app/cli/commands/StatsCommand.h"
#include "app/cli/commands/SyncCommand.h"
#include "app/cli/commands/TranslateCommand.h"

namespace hd::cli {

CommandRegistry CommandRegistry::builtin()
{
    CommandRegistry r;
    r.add(std::make_unique<SeedDemoCommand>());
    r.add(std::make_unique<GenerateCommand>());
    r.add(std::make_unique<SearchCommand>());
    r.add(std::make_unique<ConversationCommand>());
    r.add(std::make_unique<StatsCommand>());
    r.add(std::make_unique<ReportCommand>());
    r.add(std::make_unique<ClassifyCommand>());
    r.add(std::make_unique<TranslateCommand>());
    r.add(std::make_unique<RulesCommand>());
    r.add(std::make_unique<SlaCommand>());
    r.add(std::make_unique<SyncCommand>());
    r.add(std::make_unique<ChannelsCommand>());
    r.add(std::make_unique<AgentsCommand>());
    return r;
}

Command *CommandRegistry::find(const QString &name) const
{
    for (const auto &c : m_commands)
        if (c->name() == name)
            return c.get();
    return nullptr;
}

} // namespace hd::cli
