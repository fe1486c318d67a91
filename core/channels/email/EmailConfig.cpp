#include "core/channels/email/EmailConfig.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

template<typename Security>
bool securityFromString(const QString &s, Security *out)
{
    if (s == "tls"_L1 || s == "ssl"_L1)
        *out = Security::Tls;
    else if (s == "starttls"_L1)
        *out = Security::StartTls;
    else if (s == "none"_L1 || s == "plain"_L1)
        *out = Security::None;
    else
        return false;
    return true;
}

template<typename Security>
QString securityToString(Security s)
{
    switch (s) {
    case Security::Tls: return u"tls"_s;
    case Security::StartTls: return u"starttls"_s;
    case Security::None: break;
    }
    return u"none"_s;
}

} // namespace

Result<EmailConfig> EmailConfig::fromJson(const QString &json)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &err);
    if (!doc.isObject())
        return Error::make(Error::Code::InvalidArgument,
                           QCoreApplication::translate("hd::EmailConfig", "The e-mail channel settings are damaged."),
                           err.errorString());
    const QJsonObject o = doc.object();
    EmailConfig c;
    c.imap.host = o.value(u"imapHost"_s).toString().trimmed();
    c.imap.user = o.value(u"imapUser"_s).toString();
    c.smtp.host = o.value(u"smtpHost"_s).toString().trimmed();
    c.smtp.user = o.value(u"smtpUser"_s).toString();
    c.address = o.value(u"address"_s).toString().trimmed();
    c.displayName = o.value(u"displayName"_s).toString();
    c.mailbox = o.value(u"mailbox"_s).toString(u"INBOX"_s);
    c.sentMailbox = o.value(u"sentMailbox"_s).toString(u"Sent"_s);
    c.appendToSent = o.value(u"appendToSent"_s).toBool(true);
    c.pageSize = std::clamp(o.value(u"pageSize"_s).toInt(50), 1, 500);
    c.maxMessageBytes =
        std::clamp<qint64>(o.value(u"maxMessageBytes"_s).toInteger(32LL * 1024 * 1024), 64 * 1024, 64LL * 1024 * 1024);
    c.pollIntervalMs = std::max<qint64>(o.value(u"pollIntervalMs"_s).toInteger(60'000), 5'000);
    if (!securityFromString(o.value(u"imapSecurity"_s).toString(u"tls"_s), &c.imap.security)
        || !securityFromString(o.value(u"smtpSecurity"_s).toString(u"starttls"_s), &c.smtp.security))
        return Error::make(Error::Code::InvalidArgument,
                           QCoreApplication::translate("hd::EmailConfig", "Choose TLS, STARTTLS or no encryption."));
    const int imapPort = o.value(u"imapPort"_s).toInt(c.imap.security == ImapEndpoint::Security::Tls ? 993 : 143);
    const int smtpPort = o.value(u"smtpPort"_s).toInt(c.smtp.security == SmtpEndpoint::Security::Tls ? 465 : 587);
    if (imapPort < 1 || imapPort > 65535 || smtpPort < 1 || smtpPort > 65535)
        return Error::make(Error::Code::InvalidArgument,
                           QCoreApplication::translate("hd::EmailConfig", "A port must be between 1 and 65535."));
    c.imap.port = quint16(imapPort);
    c.smtp.port = quint16(smtpPort);
    if (c.imap.host.isEmpty())
        return Error::make(Error::Code::InvalidArgument,
                           QCoreApplication::translate("hd::EmailConfig", "Enter the IMAP server."));
    if (c.imap.user.isEmpty())
        return Error::make(Error::Code::InvalidArgument,
                           QCoreApplication::translate("hd::EmailConfig", "Enter the IMAP user name."));
    if (!c.address.contains(u'@'))
        return Error::make(
            Error::Code::InvalidArgument,
            QCoreApplication::translate("hd::EmailConfig", "Enter the e-mail address replies are sent from."));
    if (c.mailbox.trimmed().isEmpty())
        return Error::make(
            Error::Code::InvalidArgument,
            QCoreApplication::translate("hd::EmailConfig", "Enter the mailbox to read (usually INBOX)."));
    return c;
}

QString EmailConfig::toJson() const
{
    const QJsonObject o{
        {u"imapHost"_s, imap.host},
        {u"imapPort"_s, int(imap.port)},
        {u"imapSecurity"_s, securityToString(imap.security)},
        {u"imapUser"_s, imap.user},
        {u"mailbox"_s, mailbox},
        {u"sentMailbox"_s, sentMailbox},
        {u"appendToSent"_s, appendToSent},
        {u"smtpHost"_s, smtp.host},
        {u"smtpPort"_s, int(smtp.port)},
        {u"smtpSecurity"_s, securityToString(smtp.security)},
        {u"smtpUser"_s, smtp.user},
        {u"address"_s, address},
        {u"displayName"_s, displayName},
        {u"pageSize"_s, pageSize},
        {u"maxMessageBytes"_s, maxMessageBytes},
        {u"pollIntervalMs"_s, pollIntervalMs},
    };
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString EmailConfig::secretKey(qint64 channelId, const QString &which)
{
    return u"channels/email/%1/%2_password"_s.arg(channelId).arg(which);
}

} // namespace hd
