#pragma once

#include "app/cli/Command.h"

namespace hd::cli {

/// What an agent does to one conversation, headless (the same core calls the conversation view makes):
///   conversation show ID [--json]                 the conversation and its thread
///   conversation reply ID --text T [--agent A] [--force]
///                                                 queue a reply (checked against the marketplace's content
///                                                 rules first: a blocking issue refuses the send, warnings
///                                                 need --force)
///   conversation note ID --text T [--agent A]     an internal note, never sent
///   conversation status ID open|pending|resolved [--agent A]
///   conversation assign ID AGENT|none [--agent A]
///   conversation tag ID TAG / untag ID TAG
///   conversation no-response ID [--agent A]       "no response needed": the response clock stops
class ConversationCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("conversation"); }
    QString summary() const override
    {
        return QStringLiteral("Show a conversation, reply, add a note, change status, assign, tag.");
    }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace hd::cli
