#pragma once

#include <QString>

namespace hd {

/// Language tags as templates use them. Buyers' languages arrive as ISO 639-1 ("zh") from the
/// detector, templates carry regional tags ("zh_CN"); these helpers make them comparable.
namespace TemplateLanguage {

/// "zh-cn", "zh_Hans", "ZH" -> "zh_CN"; "zh_TW", "zh-Hant", "zh_HK" -> "zh_TW"; "pt-br" -> "pt_BR";
/// "en" -> "en". Empty stays empty.
QString normalize(const QString &tag);

/// The ISO 639-1 part: "zh_CN" -> "zh".
QString primary(const QString &tag);

/// How well a variant's language serves a wanted language: 2 exact, 1 same language (another
/// region), 0 no match. Simplified and Traditional Chinese never match each other.
int matchQuality(const QString &wanted, const QString &offered);

} // namespace TemplateLanguage
} // namespace hd
