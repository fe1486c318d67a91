#pragma once

#include <QString>
#include <QStringView>

namespace hd {

/// Removes what says nothing about a message's language before detection: URLs, e-mail addresses
/// and @handles, order/tracking numbers and other codes with digits, emoji and other symbols.
/// Letters and punctuation are kept, so "Pedido 113-4567890-1234567 no llegó 😡" becomes
/// "Pedido no llegó".
class TextCleaner final
{
public:
    /// Longest input looked at (UTF-16 units): a message's language shows in its first lines, and
    /// the bound keeps detection time flat for huge bodies.
    static constexpr qsizetype MaxInputLength = 8192;

    static QString clean(QStringView text);
};

} // namespace hd
