#include "core/channels/email/MimeMessageParser.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QStringDecoder>

#include <gmime/gmime.h>

#include <cstring>
#include <memory>
#include <mutex>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxWarnings = 20;

struct GObjectUnref
{
    void operator()(gpointer p) const
    {
        if (p)
            g_object_unref(p);
    }
};
template<typename T>
using GObjectPtr = std::unique_ptr<T, GObjectUnref>;

struct OptionsFree
{
    void operator()(GMimeParserOptions *o) const { g_mime_parser_options_free(o); }
};

QString fromGChar(char *s)
{
    if (!s)
        return {};
    QString out = QString::fromUtf8(s);
    g_free(s);
    return out;
}

QString fromConst(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

struct WarningSink
{
    QStringList *warnings = nullptr;
};

void onParserWarning(gint64 offset, GMimeParserWarning code, const gchar *item, gpointer user)
{
    auto *sink = static_cast<WarningSink *>(user);
    if (!sink || !sink->warnings || sink->warnings->size() >= kMaxWarnings)
        return;
    // The item may be hostile bytes: keep it short and printable.
    const QString what = QString::fromUtf8(item ? item : "").left(60).simplified();
    sink->warnings->append(u"MIME warning %1 at offset %2%3"_s.arg(int(code)).arg(offset).arg(
        what.isEmpty() ? QString() : u": "_s + what));
}

std::unique_ptr<GMimeParserOptions, OptionsFree> makeOptions(WarningSink *sink)
{
    MimeMessageParser::ensureInitialised();
    std::unique_ptr<GMimeParserOptions, OptionsFree> o(g_mime_parser_options_new());
    g_mime_parser_options_set_rfc2047_compliance_mode(o.get(), GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_parameter_compliance_mode(o.get(), GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_address_compliance_mode(o.get(), GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_allow_addresses_without_domain(o.get(), TRUE);
    // Undeclared 8-bit text: UTF-8 first, then the Western and CJK charsets buyers most often send.
    static const char *fallback[] = {"UTF-8", "windows-1252", nullptr};
    g_mime_parser_options_set_fallback_charsets(o.get(), fallback);
    if (sink)
        g_mime_parser_options_set_warning_callback(o.get(), onParserWarning, sink);
    return o;
}

/// Nested multiparts are parsed recursively by GMime: refuse absurd nesting before it reaches the
/// parser, so a crafted mail cannot exhaust the stack.
int structureMarkers(const QByteArray &data)
{
    int n = 0;
    static const QByteArray needles[] = {"multipart/"_ba, "message/rfc822"_ba, "message/global"_ba};
    for (const QByteArray &needle : needles) {
        qsizetype from = 0;
        while ((from = data.indexOf(needle, from)) >= 0) {
            ++n;
            from += needle.size();
        }
    }
    // Case variants are rare; count the upper-case spelling too.
    qsizetype from = 0;
    while ((from = data.indexOf("MULTIPART/"_ba, from)) >= 0) {
        ++n;
        from += 10;
    }
    return n;
}

QByteArray headerBlock(const QByteArray &data)
{
    qsizetype end = data.indexOf("\r\n\r\n"_ba);
    qsizetype end2 = data.indexOf("\n\n"_ba);
    if (end < 0 || (end2 >= 0 && end2 < end))
        end = end2;
    return (end < 0 ? data : data.first(end)) + "\n\n"_ba;
}

QByteArray partBytes(GMimePart *part)
{
    GMimeDataWrapper *wrapper = g_mime_part_get_content(part);
    if (!wrapper)
        return {};
    GObjectPtr<GMimeStream> mem(g_mime_stream_mem_new());
    if (g_mime_data_wrapper_write_to_stream(wrapper, mem.get()) < 0)
        return {};
    GByteArray *arr = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(mem.get()));
    return arr ? QByteArray(reinterpret_cast<const char *>(arr->data), qsizetype(arr->len)) : QByteArray();
}

QByteArray objectBytes(GMimeObject *object)
{
    GObjectPtr<GMimeStream> mem(g_mime_stream_mem_new());
    if (g_mime_object_write_to_stream(object, nullptr, mem.get()) < 0)
        return {};
    GByteArray *arr = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(mem.get()));
    return arr ? QByteArray(reinterpret_cast<const char *>(arr->data), qsizetype(arr->len)) : QByteArray();
}

bool isUtf8(const QByteArray &bytes, QString *out)
{
    QStringDecoder dec(QStringDecoder::Utf8);
    QString s = dec(bytes);
    if (dec.hasError())
        return false;
    *out = std::move(s);
    return true;
}

QString decodeText(const QByteArray &bytes, const char *charset, GMimeParserOptions *options, QStringList &warnings)
{
    QString out;
    const QByteArray cs = QByteArray(charset ? charset : "").trimmed().toLower();
    const bool declaredUtf8 = cs == "utf-8" || cs == "utf8" || cs == "us-ascii" || cs == "ascii";
    if (!cs.isEmpty() && !declaredUtf8) {
        iconv_t cd = g_mime_iconv_open("UTF-8", cs.constData());
        if (cd != reinterpret_cast<iconv_t>(-1)) {
            char *converted = g_mime_iconv_strndup(cd, bytes.constData(), size_t(bytes.size()));
            g_mime_iconv_close(cd);
            if (converted) {
                // iconv output is UTF-8 by construction; fromUtf8 also replaces anything odd.
                return fromGChar(converted);
            }
            warnings << u"text could not be converted from %1; read with fallback charsets"_s.arg(
                QString::fromLatin1(cs.left(40)));
        } else if (warnings.size() < kMaxWarnings) {
            warnings << u"unknown charset %1; read with fallback charsets"_s.arg(QString::fromLatin1(cs.left(40)));
        }
    }
    if (isUtf8(bytes, &out))
        return out;
    if (declaredUtf8 && warnings.size() < kMaxWarnings)
        warnings << u"invalid %1 text; read with fallback charsets"_s.arg(QString::fromLatin1(cs));
    return fromGChar(g_mime_utils_decode_8bit(options, bytes.constData(), size_t(bytes.size())));
}

QStringList parseIds(GMimeParserOptions *options, const char *header)
{
    QStringList ids;
    if (!header)
        return ids;
    GMimeReferences *refs = g_mime_references_parse(options, header);
    if (!refs)
        return ids;
    const int n = g_mime_references_length(refs);
    for (int i = 0; i < n && i < 200; ++i) {
        const QString id = fromConst(g_mime_references_get_message_id(refs, i)).trimmed();
        if (!id.isEmpty() && !id.contains(u' ') && !ids.contains(id))
            ids << id;
    }
    g_mime_references_free(refs);
    return ids;
}

/// First mailbox of an address list (descending into groups).
bool firstMailbox(InternetAddressList *list, QString *name, QString *address)
{
    if (!list)
        return false;
    const int n = internet_address_list_length(list);
    for (int i = 0; i < n; ++i) {
        InternetAddress *ia = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_MAILBOX(ia)) {
            *address = fromConst(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(ia))).trimmed();
            *name = fromConst(internet_address_get_name(ia)).trimmed();
            if (!address->isEmpty())
                return true;
        } else if (INTERNET_ADDRESS_IS_GROUP(ia)) {
            if (firstMailbox(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(ia)), name, address))
                return true;
        }
    }
    return false;
}

QStringList allMailboxes(InternetAddressList *list)
{
    QStringList out;
    if (!list)
        return out;
    const int n = internet_address_list_length(list);
    for (int i = 0; i < n && out.size() < 100; ++i) {
        InternetAddress *ia = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_MAILBOX(ia))
            out << fromConst(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(ia))).trimmed();
        else if (INTERNET_ADDRESS_IS_GROUP(ia))
            out << allMailboxes(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(ia)));
    }
    out.removeAll(QString());
    return out;
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

struct Walker
{
    GMimeParserOptions *options = nullptr;
    const MimeLimits &limits;
    ParsedMail &mail;
    int parts = 0;

    void warn(const QString &w)
    {
        if (mail.warnings.size() < kMaxWarnings)
            mail.warnings << w;
    }

    void bound(QString &body)
    {
        if (body.size() > limits.maxBodyChars) {
            body.truncate(limits.maxBodyChars);
            mail.truncated = true;
            warn(u"a body was cut to %1 characters"_s.arg(limits.maxBodyChars));
        }
    }

    void walk(GMimeObject *object, const QString &path, int depth)
    {
        if (!object)
            return;
        if (++parts > limits.maxParts) {
            if (parts == limits.maxParts + 1)
                warn(u"more than %1 MIME parts; the rest were ignored"_s.arg(limits.maxParts));
            return;
        }
        if (GMIME_IS_MULTIPART(object)) {
            if (depth >= limits.maxDepth) {
                warn(u"MIME nesting deeper than %1; inner parts ignored"_s.arg(limits.maxDepth));
                return;
            }
            GMimeMultipart *mp = GMIME_MULTIPART(object);
            const int n = g_mime_multipart_get_count(mp);
            for (int i = 0; i < n; ++i) {
                const QString childPath =
                    path.isEmpty() ? QString::number(i + 1) : path + u'.' + QString::number(i + 1);
                walk(g_mime_multipart_get_part(mp, i), childPath, depth + 1);
            }
            return;
        }
        const QString partPath = path.isEmpty() ? u"1"_s : path;
        if (GMIME_IS_MESSAGE_PART(object)) {
            // A forwarded mail: listed as an attachment; its own parts are not walked.
            MailAttachment a;
            const char *fn = g_mime_object_get_content_disposition_parameter(object, "filename");
            a.filename = fn ? fromConst(fn) : u"message.eml"_s;
            a.mimeType = u"message/rfc822"_s;
            GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
            const QByteArray bytes = inner ? objectBytes(GMIME_OBJECT(inner)) : QByteArray();
            a.sizeBytes = bytes.size();
            a.contentSha256 = sha256Hex(bytes);
            a.partPath = partPath;
            mail.attachments << a;
            return;
        }
        if (!GMIME_IS_PART(object))
            return;
        GMimePart *part = GMIME_PART(object);
        GMimeContentType *ct = g_mime_object_get_content_type(object);
        const QString mimeType = ct ? fromGChar(g_mime_content_type_get_mime_type(ct)).toLower() : u"text/plain"_s;
        const char *disposition = g_mime_object_get_disposition(object);
        const bool attachmentDisposition = disposition && g_ascii_strcasecmp(disposition, "attachment") == 0;
        const QString filename = fromConst(g_mime_part_get_filename(part));
        const bool isText = mimeType == "text/plain"_L1 || mimeType == "text/html"_L1;
        if (isText && !attachmentDisposition && filename.isEmpty()) {
            const QByteArray raw = partBytes(part);
            QString text = decodeText(raw,
                                      ct ? g_mime_content_type_get_parameter(ct, "charset") : nullptr,
                                      options,
                                      mail.warnings);
            if (mimeType == "text/plain"_L1) {
                if (mail.bodyText.isEmpty())
                    mail.bodyText = std::move(text);
                else if (mail.bodyText.size() < limits.maxBodyChars)
                    mail.bodyText += u"\n\n"_s + text; // several inline text parts (e.g. a footer)
                bound(mail.bodyText);
            } else if (mail.bodyHtml.isEmpty()) {
                mail.bodyHtml = std::move(text);
                bound(mail.bodyHtml);
            }
            return;
        }
        MailAttachment a;
        a.filename = filename.isEmpty() ? u"attachment-%1"_s.arg(partPath) : filename;
        a.mimeType = mimeType;
        const QByteArray bytes = partBytes(part);
        a.sizeBytes = bytes.size();
        a.contentSha256 = sha256Hex(bytes);
        a.partPath = partPath;
        a.contentId = fromConst(g_mime_object_get_content_id(object));
        a.isInline = disposition && g_ascii_strcasecmp(disposition, "inline") == 0;
        mail.attachments << a;
    }
};

GMimeObject *findPart(GMimeObject *object, const QStringList &path, int index)
{
    if (!object)
        return nullptr;
    if (index >= path.size())
        return object;
    bool ok = false;
    const int n = path.at(index).toInt(&ok);
    if (!ok || n < 1)
        return nullptr;
    if (GMIME_IS_MULTIPART(object)) {
        GMimeMultipart *mp = GMIME_MULTIPART(object);
        if (n > g_mime_multipart_get_count(mp))
            return nullptr;
        return findPart(g_mime_multipart_get_part(mp, n - 1), path, index + 1);
    }
    // A single-part body is part "1".
    return (n == 1 && index == path.size() - 1) ? object : nullptr;
}

struct ParsedMessage
{
    GObjectPtr<GMimeStream> stream;
    GObjectPtr<GMimeParser> parser;
    GObjectPtr<GMimeMessage> message;
};

ParsedMessage constructMessage(const QByteArray &data, GMimeParserOptions *options)
{
    ParsedMessage p;
    p.stream.reset(g_mime_stream_mem_new_with_buffer(data.constData(), size_t(data.size())));
    p.parser.reset(g_mime_parser_new_with_stream(p.stream.get()));
    g_mime_parser_set_format(p.parser.get(), GMIME_FORMAT_MESSAGE);
    p.message.reset(g_mime_parser_construct_message(p.parser.get(), options));
    return p;
}

} // namespace

void MimeMessageParser::ensureInitialised()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

Result<ParsedMail> MimeMessageParser::parse(QByteArrayView raw, const MimeLimits &limits)
{
    ParsedMail mail;
    if (raw.trimmed().isEmpty())
        return Error::make(Error::Code::Parse,
                           QCoreApplication::translate("hd::MimeMessageParser", "The e-mail is empty."),
                           u"empty input"_s);
    mail.contentHash = sha256Hex(raw.toByteArray());
    QByteArray data = raw.size() > limits.maxRawBytes ? raw.first(limits.maxRawBytes).toByteArray() : raw.toByteArray();
    if (raw.size() > limits.maxRawBytes) {
        mail.truncated = true;
        mail.warnings << u"the mail (%1 bytes) was cut to %2 bytes"_s.arg(raw.size()).arg(limits.maxRawBytes);
    }
    const int markers = structureMarkers(data);
    if (markers > limits.maxParts * 2) {
        mail.truncated = true;
        mail.warnings << u"%1 nested MIME structures; only the headers were read"_s.arg(markers);
        data = headerBlock(data);
    }

    WarningSink sink{&mail.warnings};
    auto options = makeOptions(&sink);
    ParsedMessage p = constructMessage(data, options.get());
    GMimeMessage *msg = p.message.get();
    GMimeObject *top = msg ? GMIME_OBJECT(msg) : nullptr;
    GMimeHeaderList *headers = top ? g_mime_object_get_header_list(top) : nullptr;
    if (!msg || !headers || g_mime_header_list_get_count(headers) == 0)
        return Error::make(
            Error::Code::Parse,
            QCoreApplication::translate("hd::MimeMessageParser", "This is not an e-mail message: it has no headers."),
            u"GMime found no message headers in %1 bytes"_s.arg(raw.size()));

    mail.messageId = fromConst(g_mime_message_get_message_id(msg)).trimmed();
    if (mail.messageId.contains(u' ') || mail.messageId.size() > 998)
        mail.messageId.clear();
    mail.inReplyTo = parseIds(options.get(), g_mime_object_get_header(top, "In-Reply-To"));
    mail.references = parseIds(options.get(), g_mime_object_get_header(top, "References"));
    mail.subject = fromConst(g_mime_message_get_subject(msg)).simplified();
    if (!firstMailbox(g_mime_message_get_from(msg), &mail.fromName, &mail.fromAddress))
        firstMailbox(g_mime_message_get_sender(msg), &mail.fromName, &mail.fromAddress);
    QString ignoredName;
    firstMailbox(g_mime_message_get_reply_to(msg), &ignoredName, &mail.replyToAddress);
    mail.toAddresses = allMailboxes(g_mime_message_get_to(msg));
    if (GDateTime *date = g_mime_message_get_date(msg))
        mail.dateMs = qint64(g_date_time_to_unix(date)) * 1000;
    if (mail.fromAddress.isEmpty())
        mail.warnings << u"no sender address"_s;

    Walker walker{options.get(), limits, mail};
    walker.walk(g_mime_message_get_mime_part(msg), QString(), 0);

    if (mail.bodyText.trimmed().isEmpty() && !mail.bodyHtml.isEmpty()) {
        mail.bodyText = htmlToText(mail.bodyHtml);
        walker.bound(mail.bodyText);
    }
    // Whatever came in, what goes out is valid UTF-16 with no NULs.
    mail.bodyText.remove(QChar(0));
    mail.bodyHtml.remove(QChar(0));
    mail.subject.remove(QChar(0));
    return mail;
}

Result<QByteArray>
MimeMessageParser::attachmentContent(QByteArrayView raw, const QString &partPath, const MimeLimits &limits)
{
    const QByteArray data =
        raw.size() > limits.maxRawBytes ? raw.first(limits.maxRawBytes).toByteArray() : raw.toByteArray();
    if (structureMarkers(data) > limits.maxParts * 2)
        return Error::make(Error::Code::Parse,
                           QCoreApplication::translate("hd::MimeMessageParser",
                                                       "The e-mail is too deeply nested to open its attachments."));
    auto options = makeOptions(nullptr);
    ParsedMessage p = constructMessage(data, options.get());
    if (!p.message)
        return Error::make(
            Error::Code::Parse,
            QCoreApplication::translate("hd::MimeMessageParser", "This is not an e-mail message: it has no headers."));
    const QStringList path = partPath.split(u'.');
    if (path.size() > limits.maxDepth)
        return Error::make(
            Error::Code::InvalidArgument,
            QCoreApplication::translate("hd::MimeMessageParser", "The attachment was not found in the e-mail."),
            partPath);
    GMimeObject *object = findPart(g_mime_message_get_mime_part(p.message.get()), path, 0);
    if (object && GMIME_IS_PART(object))
        return partBytes(GMIME_PART(object));
    if (object && GMIME_IS_MESSAGE_PART(object)) {
        GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
        return inner ? objectBytes(GMIME_OBJECT(inner)) : QByteArray();
    }
    return Error::make(
        Error::Code::NotFound,
        QCoreApplication::translate("hd::MimeMessageParser", "The attachment was not found in the e-mail."),
        u"no leaf part at %1"_s.arg(partPath));
}

QString MimeMessageParser::htmlToText(const QString &html)
{
    static const QRegularExpression dropBlocks(u"<(script|style|head|title)\\b[^>]*>.*?</\\1\\s*>"_s,
                                               QRegularExpression::CaseInsensitiveOption
                                                   | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression comments(u"<!--.*?-->"_s, QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression lineBreaks(u"<\\s*(br|/p|/div|/tr|/h[1-6]|/li|/blockquote|p|div|li|tr)\\b[^>]*>"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression cells(u"<\\s*/t[dh]\\s*>"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(u"<[^>]*>"_s);
    static const QRegularExpression numericEntity(u"&#(x[0-9a-fA-F]{1,6}|[0-9]{1,7});"_s);
    static const QRegularExpression spaces(u"[ \\t\\x{00A0}]+"_s);
    static const QRegularExpression blankLines(u"\\n\\s*\\n(\\s*\\n)+"_s);

    QString s = html;
    s.replace(u"\r\n"_s, u"\n"_s);
    s.replace(comments, QString());
    s.replace(dropBlocks, QString());
    s.replace(u'\n', u' ');
    s.replace(lineBreaks, u"\n"_s);
    s.replace(cells, u"\t"_s);
    s.replace(tags, QString());

    QString out;
    out.reserve(s.size());
    qsizetype last = 0;
    auto it = numericEntity.globalMatch(s);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(s).mid(last, m.capturedStart() - last);
        const QString num = m.captured(1);
        bool ok = false;
        const uint cp = num.startsWith(u'x') ? num.mid(1).toUInt(&ok, 16) : num.toUInt(&ok, 10);
        if (ok && cp > 0 && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF)) {
            const char32_t c = char32_t(cp);
            out += QString::fromUcs4(&c, 1);
        }
        last = m.capturedEnd();
    }
    out += QStringView(s).mid(last);
    static const std::pair<const char16_t *, const char16_t *> named[] = {
        {u"&nbsp;", u" "},
        {u"&lt;", u"<"},
        {u"&gt;", u">"},
        {u"&quot;", u"\""},
        {u"&apos;", u"'"},
        {u"&#39;", u"'"},
        {u"&euro;", u"€"},
        {u"&copy;", u"©"},
        {u"&hellip;", u"…"},
        {u"&amp;", u"&"},
    };
    for (const auto &[from, to] : named)
        out.replace(QString::fromUtf16(from), QString::fromUtf16(to), Qt::CaseInsensitive);
    out.replace(spaces, u" "_s);
    out.replace(blankLines, u"\n\n"_s);
    QStringList lines = out.split(u'\n');
    for (QString &l : lines)
        l = l.trimmed();
    return lines.join(u'\n').trimmed();
}

} // namespace hd
