#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace hd {

/// What buyers and sellers write in one language, for SyntheticGenerator. Sentences carry slots the
/// generator fills: {order}, {product}, {days}, {qty}, {carrier}, {tracking}, {buyer}.
struct SyntheticLanguage
{
    QString code;       ///< ISO 639-1
    QString country;    ///< default ISO 3166-1 country of a buyer writing this language
    bool spaced = true; ///< false for Japanese and Chinese: sentences join without a space
    bool familyNameFirst = false;
    QStringList greetings;
    QStringList openingsWithOrder; ///< one per topic; contains {order}
    QStringList openingsPlain;     ///< one per topic; no {order}
    QStringList subjects;          ///< one per topic
    QStringList followUps;         ///< later buyer messages
    QStringList details;           ///< extra sentences, picked with Zipf weights (first = most frequent)
    QStringList replies;           ///< seller answers
    QStringList closings;
    QStringList givenNames;
    QStringList familyNames;
};

/// The built-in vocabulary: seven languages (en, es, de, fr, it, ja, zh), ten buyer topics, and the
/// parts product titles are made from. Plain data, built once per generator.
class SyntheticVocabulary final
{
public:
    /// Topics in the order of SyntheticLanguage::openings*; the strings double as conversation tags.
    enum Topic {
        WhereIsMyOrder,
        Damaged,
        WrongItem,
        ReturnRefund,
        Cancel,
        AddressChange,
        Invoice,
        ProductQuestion,
        LateDelivery,
        Thanks,
        TopicCount
    };

    SyntheticVocabulary();

    const QList<SyntheticLanguage> &languages() const { return m_languages; }
    /// Index of the language with this ISO code, or 0 (English) when unknown.
    int indexOf(const QString &code) const;
    /// How often buyers write about each topic, in percent (sums to 100).
    static QList<int> topicWeights();
    /// Stable name of a topic ("where-is-my-order"), used as a tag.
    static QString topicName(int topic);

    const QStringList &productAdjectives() const { return m_adjectives; }
    const QStringList &productColors() const { return m_colors; }
    const QStringList &productNouns() const { return m_nouns; }

private:
    QList<SyntheticLanguage> m_languages;
    QStringList m_adjectives;
    QStringList m_colors;
    QStringList m_nouns;
};

} // namespace hd
