#pragma once

#include "core/domain/Conversation.h"
#include "core/templates/ComplianceContext.h"
#include "core/templates/CompliancePolicy.h"
#include "core/templates/PlaceholderValues.h"
#include "core/templates/RenderResult.h"
#include "core/templates/TemplateLibrary.h"

#include <optional>

namespace hd {

class Workspace;

/// What the reply editor needs to help with one conversation: the templates, the placeholder values
/// (buyer, order, agent, channel) and the channel's compliance policy. Reads through the workspace's
/// repositories only; rendering itself is pure.
class ReplyAssist final {
public:
    /// A template rendered for the buyer.
    struct Insertion {
        qint64 templateId = 0;
        RenderResult render;
        QString variantLanguage;           ///< the language of the variant used
        bool needsMachineTranslation = false; ///< no variant in the buyer's language
        bool machineVariant = false;       ///< a stored machine translation was used
    };

    explicit ReplyAssist(Workspace &workspace);

    /// Re-reads the templates (after an import or edit).
    void reloadTemplates();
    /// Gathers the placeholder values and the policy for a conversation.
    void setConversation(const ConversationSummary &summary, qint64 agentId);

    const TemplateLibrary &library() const { return m_library; }
    /// The buyer's language ("de") or "en" when unknown.
    QString language() const;
    /// channelKindToString() of the conversation's channel.
    QString platform() const { return m_platform; }
    /// The suggested template ids for this conversation, best first.
    QList<qint64> suggestions() const;
    std::optional<Insertion> render(qint64 templateId) const;
    /// The template for a typed shortcut ("/wismo"), rendered; nothing when unknown.
    std::optional<Insertion> renderShortcut(const QString &shortcut) const;
    /// Counts one use of a template (ranks later suggestions).
    void recordUse(qint64 templateId);

    /// The text of the buyer's newest message, empty when none.
    const QString &lastBuyerText() const { return m_lastBuyerText; }
    const CompliancePolicy &policy() const { return m_policy; }
    /// The compliance context as of now (the workspace clock).
    ComplianceContext complianceContext() const;

private:
    Workspace &m_workspace;
    TemplateLibrary m_library;
    ConversationSummary m_summary;
    QString m_platform;
    QString m_lastBuyerText;
    PlaceholderValues m_values;
    CompliancePolicy m_policy;
};

} // namespace hd
