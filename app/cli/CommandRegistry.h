#pragma once

#include "app/cli/Command.h"

#include <memory>
#include <vector>

namespace hd::cli {

/// The commands harbordesk-cli knows, in the order --help lists them.
class CommandRegistry final
{
public:
    /// Every built-in command.
    static CommandRegistry builtin();

    void add(std::unique_ptr<Command> command) { m_commands.push_back(std::move(command)); }
    Command *find(const QString &name) const;
    const std::vector<std::unique_ptr<Command>> &commands() const { return m_commands; }

private:
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace hd::cli
