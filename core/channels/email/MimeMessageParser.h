#pragma once

#include "core/channels/email/ParsedMail.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace hd {

/// Bounds that keep a hostile or huge mail from taking the process down.
struct MimeLimits
{
    qsizetype maxRawBytes = 32 * 1024 * 1024; ///< larger input is cut (and the mail marked truncated)
    qsizetype maxBodyChars = 1024 * 1024;     ///< per body (plain and HTML)
    int maxParts = 512;                       ///< MIME parts walked; more are ignored with a warning
    int maxDepth = 32;                        ///< multipart nesting walked
};

/// Parses RFC 5322 / MIME mail with GMime 3 (pure: bytes in, ParsedMail out; no I/O).
/// Charsets are converted with iconv through GMime; RFC 2047 / 2231 are decoded by GMime; invalid
/// UTF-8 and undeclared 8-bit text are read best effort (fallback charsets), never crash.
/// Thread-safe: GMime is initialised once; each call uses its own parser.
class MimeMessageParser final
{
public:
    /// Parses a whole message. Fails only when the input holds no message at all (empty, no
    /// headers); a damaged but readable mail parses with warnings.
    static Result<ParsedMail> parse(QByteArrayView raw, const MimeLimits &limits = {});
    /// The decoded content of one attachment (partPath from MailAttachment), for "open attachment".
    static Result<QByteArray>
    attachmentContent(QByteArrayView raw, const QString &partPath, const MimeLimits &limits = {});
    /// Plain text from HTML (scripts and styles dropped, block tags to new lines, entities decoded).
    static QString htmlToText(const QString &html);
    /// GMime's global state, initialised once per process (also used by MailComposer).
    static void ensureInitialised();
};

} // namespace hd
