#include "app/cli/commands/ConversationCommand.h"

#include "app/cli/CliContext.h"
#include "core/Workspace.h"
#include "core/templates/ComplianceChecker.h"
#include "core/templates/CompliancePolicy.h"
#include "core/workflow/triage/TriageRecords.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace hd::cli {
using namespace Qt::StringLiterals;

namespace {

QString isoTime(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate) : QString();
}

QJsonObject messageJson(const Message &m)
{
    return QJsonObject{{u"id"_s, m.id},
                       {u"direction"_s, messageDirectionToString(m.direction)},
                       {u"status"_s, messageStatusToString(m.status)},
                       {u"sender"_s, m.senderName},
                       {u"sent_at"_s, isoTime(m.sentAt)},
                       {u"language"_s, m.language},
                       {u"text"_s, m.bodyText},
                       {u"agent_text"_s, m.agentText},
                       {u"error"_s, m.error}};
}

int show(CliContext &context, Workspace &ws, qint64 id, bool json)
{
    auto summary = ws.conversations().summary(id);
    if (!summary)
        return context.fail(u"conversation: %1"_s.arg(summary.error().message), ExitRuntime);
    auto thread = ws.messages().forConversation(id);
    if (!thread)
        return context.fail(u"conversation: %1"_s.arg(thread.error().message), ExitRuntime);
    const Conversation &c = summary->conversation;
    auto log = ws.triage().assignments(id);
    if (!log)
        return context.fail(u"conversation: %1"_s.arg(log.error().message), ExitRuntime);
    if (json) {
        QJsonArray messages;
        for (const Message &m : *thread)
            messages.append(messageJson(m));
        QJsonArray assignments;
        for (const AssignmentRecord &a : *log)
            assignments.append(QJsonObject{{u"agent_id"_s, a.agentId},
                                           {u"agent"_s, a.agentName},
                                           {u"strategy"_s, a.strategy},
                                           {u"reason"_s, a.reason},
                                           {u"at"_s, isoTime(a.assignedAt)}});
        const QJsonObject o{{u"id"_s, c.id},
                            {u"subject"_s, c.subject},
                            {u"status"_s, conversationStatusToString(c.status)},
                            {u"channel"_s, summary->channelName},
                            {u"platform"_s, channelKindToString(summary->channelKind)},
                            {u"marketplace"_s, summary->marketplace},
                            {u"customer"_s, summary->customerName},
                            {u"assignee"_s, summary->assigneeName},
                            {u"language"_s, c.language},
                            {u"intent"_s, c.intent},
                            {u"sentiment"_s, c.sentiment},
                            {u"tags"_s, QJsonArray::fromStringList(summary->tags)},
                            {u"priority_score"_s, c.priorityScore},
                            {u"priority_reason"_s, c.priorityReason},
                            {u"sla_due_at"_s, isoTime(c.slaDueAt)},
                            {u"no_response_needed"_s, c.noResponseNeeded},
                            {u"assignments"_s, assignments},
                            {u"messages"_s, messages}};
        context.out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    context.out() << u"#%1 %2\n"_s.arg(QString::number(c.id), c.subject);
    context.out() << u"%1 \u00b7 %2 \u00b7 %3 \u00b7 %4 \u00b7 assignee %5\n"_s.arg(
        summary->channelName,
        summary->customerName,
        conversationStatusToString(c.status),
        c.intent.isEmpty() ? u"-"_s : c.intent,
        summary->assigneeName.isEmpty() ? u"none"_s : summary->assigneeName);
    if (!summary->tags.isEmpty())
        context.out() << u"tags: %1\n"_s.arg(summary->tags.join(u", "_s));
    for (const Message &m : *thread) {
        const QString who = m.direction == MessageDirection::Inbound ? m.senderName : u"agent"_s;
        context.out() << u"\n[%1] %2 (%3, %4)\n%5\n"_s.arg(isoTime(m.sentAt),
                                                           who,
                                                           messageDirectionToString(m.direction),
                                                           messageStatusToString(m.status),
                                                           m.bodyText);
    }
    return ExitOk;
}

int reply(CliContext &context, Workspace &ws, qint64 id, qint64 agent, const QString &text, bool force)
{
    auto summary = ws.conversations().summary(id);
    if (!summary)
        return context.fail(u"conversation: %1"_s.arg(summary.error().message), ExitRuntime);
    const CompliancePolicy policy = CompliancePolicy::forChannel(summary->channelKind, summary->marketplace);
    ComplianceContext ctx;
    ctx.nowMs = context.clock().nowMs();
    ctx.lastBuyerMessageAt = summary->conversation.lastInboundAt;
    const QList<ComplianceIssue> issues = ComplianceChecker().check(text, policy, ctx);
    for (const ComplianceIssue &i : issues)
        context.out() << u"%1: %2%3\n"_s.arg(i.severity == ComplianceSeverity::Block ? u"blocked"_s : u"warning"_s,
                                             i.message,
                                             i.excerpt.isEmpty() ? QString() : u" (\u201c%1\u201d)"_s.arg(i.excerpt));
    if (ComplianceChecker::blocksSending(issues))
        return context.fail(
            u"conversation: the reply breaks %1's content rules; nothing was queued"_s.arg(summary->channelName),
            ExitRuntime);
    if (!issues.isEmpty() && !force)
        return context.fail(u"conversation: the reply has warnings; read them and re-run with --force to send"_s,
                            ExitRuntime);
    auto stored = ws.messages().addReply(id, agent, text);
    if (!stored)
        return context.fail(u"conversation: %1"_s.arg(stored.error().message), ExitRuntime);
    context.out() << u"Reply #%1 queued for %2.\n"_s.arg(QString::number(stored->id), summary->channelName);
    return ExitOk;
}

} // namespace

void ConversationCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(u"action"_s, u"show | reply | note | status | assign | tag | untag | no-response"_s);
    parser.addPositionalArgument(u"id"_s, u"Conversation id."_s);
    parser.addPositionalArgument(u"value"_s, u"status, agent id (or none), or tag"_s, u"[value]"_s);
    parser.addOption({u"text"_s, u"Text of the reply or note."_s, u"TEXT"_s});
    parser.addOption({u"agent"_s, u"The agent acting (id; default 1)."_s, u"ID"_s});
    parser.addOption({u"force"_s, u"Send a reply despite content-rule warnings (never despite a block)."_s});
    parser.addOption({u"json"_s, u"Print JSON (show)."_s});
}

int ConversationCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    static const QStringList
        kActions{u"show"_s, u"reply"_s, u"note"_s, u"status"_s, u"assign"_s, u"tag"_s, u"untag"_s, u"no-response"_s};
    if (args.size() < 2 || !kActions.contains(args.at(0)))
        return context.fail(u"conversation: usage: conversation %1 ID [VALUE]"_s.arg(kActions.join(u'|')), ExitUsage);
    const QString action = args.at(0);
    bool ok = false;
    const qint64 id = args.at(1).toLongLong(&ok);
    if (!ok || id <= 0)
        return context.fail(u"conversation: '%1' is not a conversation id"_s.arg(args.at(1)), ExitUsage);
    const bool needsValue =
        action == "status"_L1 || action == "assign"_L1 || action == "tag"_L1 || action == "untag"_L1;
    if (needsValue != (args.size() == 3) || args.size() > 3)
        return context.fail(needsValue ? u"conversation: %1 needs a value"_s.arg(action)
                                       : u"conversation: unexpected argument '%1'"_s.arg(args.constLast()),
                            ExitUsage);
    const auto agentOption = context.positiveOption(parser, u"agent"_s, 1, std::numeric_limits<qint32>::max());
    if (!agentOption)
        return ExitUsage;
    const qint64 agent = *agentOption;
    const QString text = parser.value(u"text"_s);
    if ((action == "reply"_L1 || action == "note"_L1) && text.trimmed().isEmpty())
        return context.fail(u"conversation: %1 needs --text"_s.arg(action), ExitUsage);

    Workspace *ws = context.workspace();
    if (!ws)
        return ExitRuntime;
    if (auto exists = ws->conversations().byId(id); !exists)
        return context.fail(u"conversation: %1"_s.arg(exists.error().message), ExitRuntime);

    if (action == "show"_L1)
        return show(context, *ws, id, parser.isSet(u"json"_s));
    if (action == "reply"_L1)
        return reply(context, *ws, id, agent, text, parser.isSet(u"force"_s));

    Status status;
    QString done;
    const QString value = args.size() == 3 ? args.at(2) : QString();
    if (action == "note"_L1) {
        auto note = ws->messages().addNote(id, agent, text);
        if (!note)
            return context.fail(u"conversation: %1"_s.arg(note.error().message), ExitRuntime);
        done = u"Note #%1 added."_s.arg(note->id);
    } else if (action == "status"_L1) {
        static const QStringList kStatuses{u"open"_s, u"pending"_s, u"resolved"_s};
        if (!kStatuses.contains(value))
            return context.fail(u"conversation: status is one of open, pending, resolved"_s, ExitUsage);
        status = ws->conversations().setStatus(id, conversationStatusFromString(value), agent);
        done = u"Conversation #%1 is %2."_s.arg(QString::number(id), value);
    } else if (action == "assign"_L1) {
        qint64 assignee = 0;
        if (value != "none"_L1) {
            assignee = value.toLongLong(&ok);
            if (!ok || assignee <= 0)
                return context.fail(u"conversation: assign needs an agent id or 'none'"_s, ExitUsage);
            auto agents = ws->directory().agents();
            if (!agents)
                return context.fail(u"conversation: %1"_s.arg(agents.error().message), ExitRuntime);
            if (std::none_of(agents->cbegin(), agents->cend(), [&](const Agent &a) { return a.id == assignee; }))
                return context.fail(u"conversation: no agent #%1"_s.arg(assignee), ExitRuntime);
        }
        status = ws->conversations().assign(id, assignee, agent);
        done = assignee ? u"Conversation #%1 assigned to agent #%2."_s.arg(id).arg(assignee)
                        : u"Conversation #%1 unassigned."_s.arg(id);
    } else if (action == "tag"_L1) {
        status = ws->conversations().addTag(id, value, agent);
        done = u"Tagged #%1 with %2."_s.arg(QString::number(id), value);
    } else if (action == "untag"_L1) {
        status = ws->conversations().removeTag(id, value, agent);
        done = u"Removed %2 from #%1."_s.arg(QString::number(id), value);
    } else if (action == "no-response"_L1) {
        status = ws->triage().markNoResponseNeeded(id, agent);
        done = u"Conversation #%1 needs no response; its response clock stopped."_s.arg(id);
    }
    if (!status)
        return context.fail(u"conversation: %1"_s.arg(status.error().message), ExitRuntime);
    context.out() << done << u'\n';
    return ExitOk;
}

} // namespace hd::cli
