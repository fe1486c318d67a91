#pragma once

#include "core/common/Result.h"
#include "core/templates/Template.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace hd {

/// One suggested template for a conversation, with why it was suggested.
struct TemplateSuggestion
{
    qint64 templateId = 0;
    double score = 0.0;
    bool intentMatch = false;
    QStringList matchedKeywords; ///< keywords found in the buyer's text
    bool humanVariant = false;   ///< a human variant exists in the wanted language
};

/// The templates of a workspace, in memory: variant selection, suggestions, shortcuts, JSON
/// import/export. Pure (no I/O besides the embedded starter set); TemplateRepository persists it.
class TemplateLibrary final
{
    Q_DECLARE_TR_FUNCTIONS(hd::TemplateLibrary)

public:
    /// Format tag and version written by toJson() and required by fromJson().
    static constexpr const char *kFormat = "harbordesk.templates";
    static constexpr int kVersion = 1;

    TemplateLibrary() = default;

    /// The shipped starter set (":/templates/starter_templates.json"): the common e-commerce cases in
    /// en, zh_CN, es, de, fr, it, ja with platform variants. Empty only if the resource is broken.
    static TemplateLibrary starterSet();

    /// Adds a template. Assigns the next free id when `t.id` is 0. Normalizes the intent, the
    /// shortcut (leading "/", lower-case) and variant languages. Fails on an empty name, an unknown
    /// intent, a duplicate id or shortcut, a variant without body or language, or two variants for the
    /// same language and platform.
    Result<qint64> add(Template t);
    /// Replaces the template with the same id (same checks as add()).
    Status update(Template t);
    bool remove(qint64 id);

    const QList<Template> &templates() const { return m_templates; }
    qsizetype size() const { return m_templates.size(); }
    const Template *find(qint64 id) const;

    /// The best variant of a template for a buyer's language and platform:
    /// human variant in that language for that platform > human variant in that language for any
    /// platform > stored machine translation in that language (platform first) > English (platform
    /// first, then any) > any variant. `needsMachineTranslation` is set when the returned variant is
    /// not in the wanted language. Same-language other-region variants ("de_AT" for "de") count as the
    /// language, Simplified and Traditional Chinese do not. Platform variants for another platform are
    /// never used. Returns nullptr for an unknown id or a template without variants.
    const TemplateVariant *pick(qint64 templateId,
                                const QString &language,
                                const QString &platform,
                                bool *needsMachineTranslation = nullptr) const;

    /// Templates for a conversation, best first: intent match (10 points), each keyword found in the
    /// buyer's text (3 points, at most 4 counted), how often agents chose it (log2(1 + useCount)), a
    /// human variant in the wanted language (1 point). Only templates with an intent or keyword match
    /// are returned; ties break by name. `limit` <= 0 means no limit.
    QList<TemplateSuggestion> suggest(const QString &intent,
                                      const QString &text,
                                      const QString &language,
                                      const QString &platform,
                                      int limit = 5) const;

    /// The template whose shortcut is `shortcut` ("/wismo" or "wismo", case-insensitive), or nullptr.
    const Template *byShortcut(const QString &shortcut) const;
    /// Templates whose shortcut starts with the typed prefix ("/wi"), by use count then shortcut.
    QList<const Template *> completeShortcut(const QString &prefix) const;

    /// Counts one use (an agent inserted it); ranks later suggestions.
    void recordUse(qint64 templateId);

    /// {"format": "harbordesk.templates", "version": 1, "templates": [{name, category, intent,
    /// shortcut, keywords[], useCount, variants: [{language, platform, human, body}]}]}.
    /// Ids and timestamps are not exported: they belong to a workspace.
    QByteArray toJson() const;
    /// Parses toJson()'s format. Errors are Parse errors that say where ("template 3 (\"Refund\"),
    /// variant 2: ...") and what is wrong, in words for the agent who picked the file.
    static Result<TemplateLibrary> fromJson(const QByteArray &json);

    /// Normalizes a shortcut: trims, lower-cases, adds the leading "/". Empty stays empty.
    static QString normalizeShortcut(const QString &shortcut);

private:
    Status validate(Template &t, bool isUpdate) const;

    QList<Template> m_templates;
    qint64 m_nextId = 1;
};

} // namespace hd
