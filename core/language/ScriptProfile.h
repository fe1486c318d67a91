#pragma once

#include <QStringView>

#include <array>

namespace hd {

/// Letters of a text counted per writing system, the first and cheapest clue to its language:
/// kana means Japanese, Hangul Korean, Han without kana Chinese, Thai Thai, and so on.
class ScriptProfile final
{
public:
    enum class Script {
        Latin,
        Cyrillic,
        Greek,
        Arabic,
        Hebrew,
        Han,
        Kana,
        Hangul,
        Thai,
        Devanagari,
        Georgian,
        Armenian,
        Other,
        Count_
    };

    static ScriptProfile of(QStringView text);

    int count(Script s) const { return m_counts[static_cast<size_t>(s)]; }
    int letters() const { return m_letters; }
    /// The script with the most weight; a Han, kana or Hangul character weighs as much as
    /// CjkWeight Latin letters (one CJK character carries about as much as a short word).
    Script dominant() const;
    /// Han characters only ever written in Chinese (simplified forms, Chinese particles).
    int chineseOnlyHan() const { return m_chineseOnly; }

    static constexpr int CjkWeight = 3;

private:
    std::array<int, static_cast<size_t>(Script::Count_)> m_counts{};
    int m_letters = 0;
    int m_chineseOnly = 0;
};

} // namespace hd
