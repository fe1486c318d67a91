#pragma once

#include <QString>
#include <QStringList>

namespace hd {

/// A text cut into its non-blank lines, for APIs that take an array of texts (DeepL, Google,
/// LibreTranslate): each line is translated as one item and join() rebuilds the layout exactly
/// (blank lines, indentation, trailing spaces), which neural engines and HTML modes otherwise
/// lose. Over `maxSegments` lines, neighbours are merged (with their newline) until it fits. Pure.
class TranslationSegments final
{
public:
    static TranslationSegments split(const QString &text, int maxSegments = 50);

    /// The items to translate, in order; empty when the text is blank.
    const QStringList &texts() const { return m_texts; }
    /// The text with each item replaced by its translation; `translated` must have texts().size() items.
    QString join(const QStringList &translated) const;

private:
    QStringList m_texts;
    QStringList m_gaps; ///< m_texts.size() + 1 separators: gap0 text0 gap1 text1 … gapN
};

} // namespace hd
