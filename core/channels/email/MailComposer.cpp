#include "core/channels/email/MailComposer.h"

#include "core/channels/Connector.h"
#include "core/channels/email/MimeMessageParser.h"
#include "core/channels/email/RelayRecognizer.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <gmime/gmime.h>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

/// Drops anything that could start a new header line.
QByteArray headerSafe(const QString &s)
{
    QString out = s;
    out.replace(u'\r', u' ');
    out.replace(u'\n', u' ');
    out.remove(QChar(0));
    return out.trimmed().toUtf8();
}

bool isMessageId(const QString &id)
{
    static const QRegularExpression re(u"^[^\\s<>@]+@[^\\s<>@]+$"_s);
    return re.match(id).hasMatch();
}

} // namespace

QString MailComposer::replySubject(const QString &subject)
{
    static const QRegularExpression prefixes(
        u"^\\s*((re|aw|sv|antw|wg|fw|fwd|回复|答复)\\s*(\\[\\d+\\])?\\s*[:：]\\s*)+"_s,
        QRegularExpression::CaseInsensitiveOption);
    QString rest = subject.simplified();
    const auto m = prefixes.match(rest);
    // Forwards keep their prefix; only answer prefixes are folded into one "Re: ".
    if (m.hasMatch() && !m.captured(0).contains(u"fw"_s, Qt::CaseInsensitive))
        rest = rest.mid(m.capturedLength());
    return rest.isEmpty() ? u"Re:"_s : u"Re: "_s + rest;
}

QString MailComposer::messageIdForKey(const QString &idempotencyKey, const QString &domain)
{
    const QByteArray hash = QCryptographicHash::hash(idempotencyKey.toUtf8(), QCryptographicHash::Sha256).toHex();
    const QString d = domain.trimmed().isEmpty() ? u"harbordesk.invalid"_s : domain.trimmed();
    return u"hd-"_s + QString::fromLatin1(hash.left(32)) + u'@' + d;
}

OutgoingMail
MailComposer::forReply(const OutboundReply &reply, const QString &fromAddress, const QString &fromName, qint64 nowMs)
{
    OutgoingMail mail;
    mail.fromAddress = fromAddress;
    mail.fromName = fromName;
    mail.toAddress = reply.recipientAddress;
    mail.toName = reply.recipientName;
    mail.dateMs = nowMs;
    mail.messageId = messageIdForKey(reply.idempotencyKey, fromAddress.section(u'@', 1));
    mail.subject = replySubject(reply.subject);

    // References: the answered mail's own chain, then the answered mail (RFC 5322 3.6.4).
    static const QRegularExpression bracketed(u"<([^<>\\s]+)>"_s);
    auto it = bracketed.globalMatch(reply.threadRefs);
    while (it.hasNext()) {
        const QString id = it.next().captured(1);
        if (isMessageId(id) && !mail.references.contains(id))
            mail.references << id;
    }
    if (isMessageId(reply.inReplyToExternalId)) {
        mail.inReplyTo = reply.inReplyToExternalId;
        mail.references.removeAll(mail.inReplyTo);
        mail.references << mail.inReplyTo;
    }
    // Long chains: keep the root and the most recent ids (RFC 5322 allows trimming the middle).
    if (mail.references.size() > 20)
        mail.references = mail.references.mid(0, 1) + mail.references.mid(mail.references.size() - 19);

    // Amazon threads by its token: keep it in the reply, quoted as received.
    mail.bodyText = reply.bodyText;
    const QString token = RelayRecognizer::findAmazonToken(reply.threadRefs);
    if (!token.isEmpty() && !mail.bodyText.contains(token))
        mail.bodyText += u"\n\n"_s + token;
    return mail;
}

QByteArray MailComposer::compose(const OutgoingMail &mail)
{
    MimeMessageParser::ensureInitialised();
    GMimeMessage *message = g_mime_message_new(TRUE);
    g_mime_message_add_mailbox(message,
                               GMIME_ADDRESS_TYPE_FROM,
                               headerSafe(mail.fromName).constData(),
                               headerSafe(mail.fromAddress).constData());
    g_mime_message_add_mailbox(message,
                               GMIME_ADDRESS_TYPE_TO,
                               headerSafe(mail.toName).constData(),
                               headerSafe(mail.toAddress).constData());
    g_mime_message_set_subject(message, headerSafe(mail.subject).constData(), "utf-8");
    GDateTime *date = g_date_time_new_from_unix_utc(mail.dateMs / 1000);
    g_mime_message_set_date(message, date);
    g_date_time_unref(date);
    g_mime_message_set_message_id(message, headerSafe(mail.messageId).constData());
    GMimeObject *top = GMIME_OBJECT(message);
    if (!mail.inReplyTo.isEmpty())
        g_mime_object_set_header(top, "In-Reply-To", headerSafe(u'<' + mail.inReplyTo + u'>').constData(), nullptr);
    if (!mail.references.isEmpty()) {
        QStringList refs;
        for (const QString &r : mail.references)
            refs << u'<' + r + u'>';
        g_mime_object_set_header(top, "References", headerSafe(refs.join(u' ')).constData(), nullptr);
    }
    g_mime_object_set_header(top, "Auto-Submitted", "no", nullptr);

    GMimeTextPart *body = g_mime_text_part_new_with_subtype("plain");
    QString text = mail.bodyText;
    text.replace(u"\r\n"_s, u"\n"_s);
    g_mime_text_part_set_text(body, text.toUtf8().constData());
    g_mime_text_part_set_charset(body, "utf-8");
    g_mime_part_set_content_encoding(GMIME_PART(body), GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE);
    g_mime_message_set_mime_part(message, GMIME_OBJECT(body));
    g_object_unref(body);

    GMimeFormatOptions *format = g_mime_format_options_new();
    g_mime_format_options_set_newline_format(format, GMIME_NEWLINE_FORMAT_DOS);
    char *bytes = g_mime_object_to_string(top, format);
    QByteArray out(bytes ? bytes : "");
    g_free(bytes);
    g_mime_format_options_free(format);
    g_object_unref(message);
    return out;
}

} // namespace hd
