#pragma once

namespace hd {

/// How ProtectedText hides spans from an engine; each provider uses what its API documents.
enum class ProtectionMarkup {
    Tokens,   ///< plain text with "__0__" tokens (Apertium, LibreTranslate: verified to survive APy)
    XmlTags,  ///< XML-escaped text with <x id="0">span</x>, for DeepL tag_handling=xml, ignore_tags=x
    HtmlSpans ///< HTML-escaped text with <span translate="no" id="hd0">span</span>, for Google format=html
};

} // namespace hd
