#include "ui/conversation/ReplyAssist.h"

#include "core/Workspace.h"
#include "core/templates/TemplateRenderer.h"

namespace hd {
using namespace Qt::StringLiterals;

ReplyAssist::ReplyAssist(Workspace &workspace) : m_workspace(workspace)
{
    // A workspace without templates starts with the shipped starter set.
    static_cast<void>(m_workspace.ensureStarterTemplates()); // logs its own failure
    reloadTemplates();
}

void ReplyAssist::reloadTemplates()
{
    if (auto loaded = m_workspace.templates().load())
        m_library = std::move(loaded).value();
}

void ReplyAssist::setConversation(const ConversationSummary &summary, qint64 agentId)
{
    m_summary = summary;
    const Conversation &c = summary.conversation;
    m_platform = channelKindToString(summary.channelKind);
    m_policy = CompliancePolicy::forChannel(summary.channelKind, summary.marketplace);

    PlaceholderSources sources;
    sources.language = language();
    sources.conversation = c;
    if (auto customer = m_workspace.customers().byId(c.customerId))
        sources.customer = customer.value();
    if (c.orderId != 0) {
        if (auto order = m_workspace.customers().order(c.orderId))
            sources.order = order.value();
    }
    if (auto agents = m_workspace.directory().agents()) {
        for (const Agent &a : agents.value()) {
            if (a.id == agentId)
                sources.agent = a;
        }
    }
    if (auto channels = m_workspace.directory().channels()) {
        for (const Channel &ch : channels.value()) {
            if (ch.id == c.channelId) {
                sources.channel = ch;
                sources.storeName = ch.name;
            }
        }
    }
    m_values = PlaceholderValues::fromSources(sources);

    m_lastBuyerText.clear();
    if (auto messages = m_workspace.messages().forConversation(c.id)) {
        for (const Message &m : messages.value()) {
            if (m.direction == MessageDirection::Inbound)
                m_lastBuyerText = m.bodyText;
        }
    }
}

QString ReplyAssist::language() const
{
    const QString lang = m_summary.conversation.language;
    return lang.isEmpty() ? u"en"_s : lang;
}

QList<qint64> ReplyAssist::suggestions() const
{
    QList<qint64> ids;
    const auto suggested = m_library.suggest(m_summary.conversation.intent, m_lastBuyerText, language(), m_platform);
    for (const TemplateSuggestion &s : suggested)
        ids.append(s.templateId);
    return ids;
}

std::optional<ReplyAssist::Insertion> ReplyAssist::render(qint64 templateId) const
{
    bool needsMt = false;
    const TemplateVariant *variant = m_library.pick(templateId, language(), m_platform, &needsMt);
    if (!variant)
        return std::nullopt;
    Insertion in;
    in.templateId = templateId;
    in.render = TemplateRenderer::render(variant->body, m_values);
    in.variantLanguage = variant->language;
    in.needsMachineTranslation = needsMt;
    in.machineVariant = !variant->human;
    return in;
}

std::optional<ReplyAssist::Insertion> ReplyAssist::renderShortcut(const QString &shortcut) const
{
    const Template *t = m_library.byShortcut(shortcut);
    if (!t)
        return std::nullopt;
    return render(t->id);
}

void ReplyAssist::recordUse(qint64 templateId)
{
    if (m_workspace.templates().recordUse(templateId))
        m_library.recordUse(templateId);
}

ComplianceContext ReplyAssist::complianceContext() const
{
    ComplianceContext ctx;
    ctx.nowMs = m_workspace.clock().nowMs();
    ctx.lastBuyerMessageAt = m_summary.conversation.lastInboundAt;
    // replyLanguage stays empty: the checker guesses from the text itself, which is right even when
    // an English template was inserted for a buyer writing in another language.
    for (const QString &key : {u"order.id"_s, u"order.tracking_number"_s}) {
        if (m_values.hasValue(key))
            ctx.protectedTerms.append(m_values.value(key));
    }
    return ctx;
}

} // namespace hd
