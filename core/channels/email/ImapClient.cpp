#include "core/channels/email/ImapClient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QSslSocket>
#include <QTimeZone>

#include <algorithm>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

Error protocolError(const QString &what)
{
    return Error::make(Error::Code::Network,
                       QCoreApplication::translate("hd::ImapClient",
                                                   "The mail server answered in a way HarborDesk does not understand."),
                       what);
}

QList<quint32> parseSearch(const QByteArray &line)
{
    QList<quint32> uids;
    const QList<QByteArray> parts = line.mid(9).simplified().split(' '); // "* SEARCH "
    for (const QByteArray &p : parts) {
        bool ok = false;
        const quint32 uid = p.toUInt(&ok);
        if (ok && uid > 0)
            uids << uid;
    }
    return uids;
}

QByteArray uidSet(const QList<quint32> &uids)
{
    QByteArray out;
    for (quint32 uid : uids) {
        if (!out.isEmpty())
            out += ',';
        out += QByteArray::number(uid);
    }
    return out;
}

} // namespace

ImapClient::ImapClient(ImapEndpoint endpoint)
    : m_endpoint(std::move(endpoint))
{
}

ImapClient::~ImapClient()
{
    close();
}

bool ImapClient::isOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

Error ImapClient::networkError(const QString &what) const
{
    const QString detail = what + u" (%1:%2): "_s.arg(m_endpoint.host).arg(m_endpoint.port)
        + (m_socket ? m_socket->errorString() : QString());
    return Error::make(
        Error::Code::Network,
        QCoreApplication::translate("hd::ImapClient", "The mail server could not be reached or stopped answering."),
        detail);
}

Status ImapClient::writeAll(const QByteArray &bytes)
{
    if (!isOpen())
        return networkError(u"write on a closed connection"_s);
    if (m_socket->write(bytes) != bytes.size())
        return networkError(u"write failed"_s);
    QDeadlineTimer deadline(m_endpoint.timeoutMs);
    while (m_socket->bytesToWrite() > 0) {
        if (!m_socket->waitForBytesWritten(int(std::max<qint64>(1, deadline.remainingTime()))) || deadline.hasExpired())
            return networkError(u"write timed out"_s);
    }
    return {};
}

Result<QByteArray> ImapClient::readLine()
{
    QDeadlineTimer deadline(m_endpoint.timeoutMs);
    for (;;) {
        const qsizetype eol = m_buffer.indexOf("\r\n");
        if (eol >= 0) {
            QByteArray line = m_buffer.left(eol);
            m_buffer.remove(0, eol + 2);
            return line;
        }
        if (m_buffer.size() > 1024 * 1024)
            return protocolError(u"response line longer than 1 MiB"_s);
        if (!m_socket
            || (!m_socket->bytesAvailable()
                && !m_socket->waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())))))
            return networkError(u"read timed out or connection closed"_s);
        m_buffer += m_socket->readAll();
    }
}

Result<QByteArray> ImapClient::readExactly(qint64 n)
{
    QDeadlineTimer deadline(m_endpoint.timeoutMs);
    while (m_buffer.size() < n) {
        if (!m_socket->bytesAvailable()
            && !m_socket->waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime()))))
            return networkError(u"literal read timed out"_s);
        m_buffer += m_socket->readAll();
        deadline.setRemainingTime(m_endpoint.timeoutMs); // progress resets the idle timeout
    }
    QByteArray out = m_buffer.left(n);
    m_buffer.remove(0, n);
    return out;
}

Result<ImapClient::Response> ImapClient::readResponse()
{
    static const QRegularExpression literalAtEnd(u"\\{(\\d{1,12})\\+?\\}$"_s);
    Response r;
    for (;;) {
        auto line = readLine();
        if (!line)
            return line.error();
        r.line += *line;
        const auto m = literalAtEnd.match(QString::fromLatin1(*line));
        if (!m.hasMatch())
            return r;
        const qint64 n = m.captured(1).toLongLong();
        if (n > m_maxLiteral)
            return protocolError(u"literal of %1 bytes exceeds the bound"_s.arg(n));
        auto literal = readExactly(n);
        if (!literal)
            return literal.error();
        r.literals << *literal;
    }
}

Result<QList<ImapClient::Response>> ImapClient::run(const QByteArray &command, const QByteArray *literal)
{
    const QByteArray tag = "A" + QByteArray::number(++m_tag);
    const QByteArray tagSpace = tag + ' ';
    QByteArray text = tagSpace + command;
    if (literal)
        text += " {" + QByteArray::number(literal->size()) + '}';
    if (auto s = writeAll(text + "\r\n"); !s)
        return s.error();
    QList<Response> untagged;
    bool literalSent = literal == nullptr;
    for (;;) {
        auto r = readResponse();
        if (!r)
            return r.error();
        if (r->line.startsWith('+')) {
            if (literalSent)
                return protocolError(u"unexpected continuation"_s);
            if (auto s = writeAll(*literal + "\r\n"); !s)
                return s.error();
            literalSent = true;
            continue;
        }
        if (r->line.startsWith(tagSpace)) {
            const QByteArray status = r->line.mid(tag.size() + 1).left(3).toUpper();
            if (status.startsWith("OK")) {
                untagged << *r; // the tagged line too (UIDPLUS response codes live there)
                return untagged;
            }
            // The server's text may echo what we sent: keep it short; never the password (LOGIN is
            // only sent with AUTHENTICATE's base64 or a quoted string we never echo ourselves).
            const QString serverText = QString::fromUtf8(r->line.mid(tag.size() + 1).left(200));
            const QByteArray verb = command.left(command.indexOf(' ') < 0 ? command.size() : command.indexOf(' '));
            const bool authFailure =
                r->line.contains("[AUTHENTICATIONFAILED]") || verb == "LOGIN" || verb == "AUTHENTICATE";
            if (authFailure)
                return Error::make(
                    Error::Code::PermissionDenied,
                    QCoreApplication::translate("hd::ImapClient", "The mail server refused the user name or password."),
                    serverText);
            return Error::make(Error::Code::InvalidArgument,
                               QCoreApplication::translate("hd::ImapClient", "The mail server refused the request."),
                               QString::fromLatin1(verb) + u": "_s + serverText);
        }
        if (r->line.startsWith("* BYE") && !command.startsWith("LOGOUT"))
            return networkError(u"server closed the session: "_s + QString::fromUtf8(r->line.left(200)));
        untagged << *r;
    }
}

void ImapClient::parseCapabilities(const QByteArray &line)
{
    const qsizetype at = line.indexOf("CAPABILITY");
    if (at < 0)
        return;
    QByteArray caps = line.mid(at + 10);
    if (const qsizetype end = caps.indexOf(']'); end >= 0)
        caps.truncate(end);
    m_capabilities.clear();
    for (const QByteArray &c : caps.simplified().split(' '))
        if (!c.isEmpty())
            m_capabilities << QString::fromLatin1(c).toUpper();
}

Status ImapClient::open()
{
    close();
    auto *ssl = new QSslSocket;
    m_socket.reset(ssl);
    m_buffer.clear();
    if (m_endpoint.security == ImapEndpoint::Security::Tls) {
        ssl->connectToHostEncrypted(m_endpoint.host, m_endpoint.port);
        if (!ssl->waitForEncrypted(m_endpoint.timeoutMs))
            return networkError(u"TLS connect"_s);
    } else {
        ssl->connectToHost(m_endpoint.host, m_endpoint.port);
        if (!ssl->waitForConnected(m_endpoint.timeoutMs))
            return networkError(u"connect"_s);
    }
    auto greeting = readResponse();
    if (!greeting)
        return greeting.error();
    if (!greeting->line.startsWith("* OK") && !greeting->line.startsWith("* PREAUTH"))
        return protocolError(u"greeting: "_s + QString::fromUtf8(greeting->line.left(200)));
    parseCapabilities(greeting->line);
    if (m_capabilities.isEmpty()) {
        auto caps = run("CAPABILITY");
        if (!caps)
            return caps.error();
        for (const Response &r : *caps)
            if (r.line.startsWith("* CAPABILITY"))
                parseCapabilities(r.line);
    }
    if (m_endpoint.security == ImapEndpoint::Security::StartTls) {
        if (!m_capabilities.contains(u"STARTTLS"_s))
            return Error::make(
                Error::Code::Unavailable,
                QCoreApplication::translate("hd::ImapClient", "The mail server does not offer STARTTLS."),
                m_endpoint.host);
        if (auto r = run("STARTTLS"); !r)
            return r.error();
        ssl->startClientEncryption();
        if (!ssl->waitForEncrypted(m_endpoint.timeoutMs))
            return networkError(u"STARTTLS handshake"_s);
        m_capabilities.clear(); // must be asked again after TLS (RFC 3501 6.2.1)
        auto caps = run("CAPABILITY");
        if (!caps)
            return caps.error();
        for (const Response &r : *caps)
            if (r.line.startsWith("* CAPABILITY"))
                parseCapabilities(r.line);
    }
    if (greeting->line.startsWith("* PREAUTH"))
        return {};
    return login();
}

Status ImapClient::login()
{
    // AUTHENTICATE PLAIN with an initial response: base64 carries any character of the password.
    if (m_capabilities.contains(u"AUTH=PLAIN"_s) && m_capabilities.contains(u"SASL-IR"_s)) {
        QByteArray plain;
        plain += '\0';
        plain += m_endpoint.user.toUtf8();
        plain += '\0';
        plain += m_endpoint.password.toUtf8();
        const QByteArray token = plain.toBase64();
        auto r = run("AUTHENTICATE PLAIN " + token);
        return r ? Status{} : Status{r.error()};
    }
    if (m_capabilities.contains(u"LOGINDISABLED"_s))
        return Error::make(Error::Code::Unavailable,
                           QCoreApplication::translate(
                               "hd::ImapClient",
                               "The mail server does not allow logging in on an unencrypted connection; turn on TLS."),
                           m_endpoint.host);
    const QByteArray user = quote(m_endpoint.user);
    const QByteArray pass = quote(m_endpoint.password);
    if (user.isEmpty() || pass.isEmpty())
        return Error::make(
            Error::Code::InvalidArgument,
            QCoreApplication::translate("hd::ImapClient",
                                        "The user name or password contains characters the mail server cannot take."));
    auto r = run("LOGIN " + user + ' ' + pass);
    return r ? Status{} : Status{r.error()};
}

void ImapClient::close()
{
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState) {
        const QByteArray tag = "A" + QByteArray::number(++m_tag);
        m_socket->write(QByteArray(tag + " LOGOUT\r\n"));
        m_socket->waitForBytesWritten(1000);
        m_socket->disconnectFromHost();
        if (m_socket->state() != QAbstractSocket::UnconnectedState)
            m_socket->waitForDisconnected(1000);
    }
    m_socket.reset();
    m_buffer.clear();
}

QByteArray ImapClient::quote(const QString &s)
{
    const QByteArray utf8 = s.toUtf8();
    if (utf8.contains('\r') || utf8.contains('\n') || utf8.contains('\0'))
        return {};
    QByteArray out = "\"";
    for (char c : utf8) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

qint64 ImapClient::parseInternalDate(const QByteArray &s)
{
    // dd-Mon-yyyy hh:mm:ss +zzzz, day possibly space-padded.
    static const QRegularExpression re(
        u"^\\s*(\\d{1,2})-([A-Za-z]{3})-(\\d{4}) (\\d{2}):(\\d{2}):(\\d{2}) ([+-])(\\d{2})(\\d{2})$"_s);
    const auto m = re.match(QString::fromLatin1(s));
    if (!m.hasMatch())
        return 0;
    static const QStringList months{u"jan"_s,
                                    u"feb"_s,
                                    u"mar"_s,
                                    u"apr"_s,
                                    u"may"_s,
                                    u"jun"_s,
                                    u"jul"_s,
                                    u"aug"_s,
                                    u"sep"_s,
                                    u"oct"_s,
                                    u"nov"_s,
                                    u"dec"_s};
    const int month = int(months.indexOf(m.captured(2).toLower())) + 1;
    const QDate date(m.captured(3).toInt(), month, m.captured(1).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (month < 1 || !date.isValid() || !time.isValid())
        return 0;
    const int offset = (m.captured(8).toInt() * 3600 + m.captured(9).toInt() * 60) * (m.captured(7) == u"-"_s ? -1 : 1);
    return QDateTime(date, time, QTimeZone(offset)).toMSecsSinceEpoch();
}

Result<ImapMailboxState> ImapClient::select(const QString &mailbox, bool readOnly)
{
    const QByteArray name = quote(mailbox);
    if (name.isEmpty())
        return Error::make(Error::Code::InvalidArgument,
                           QCoreApplication::translate("hd::ImapClient", "The mailbox name is not valid."),
                           mailbox);
    auto r = run((readOnly ? "EXAMINE " : "SELECT ") + name);
    if (!r)
        return r.error();
    static const QRegularExpression validity(u"\\[UIDVALIDITY (\\d+)\\]"_s);
    static const QRegularExpression next(u"\\[UIDNEXT (\\d+)\\]"_s);
    static const QRegularExpression exists(u"^\\* (\\d+) EXISTS"_s);
    ImapMailboxState state;
    for (const Response &resp : *r) {
        const QString line = QString::fromLatin1(resp.line);
        if (auto m = validity.match(line); m.hasMatch())
            state.uidValidity = m.captured(1).toUInt();
        if (auto m = next.match(line); m.hasMatch())
            state.uidNext = m.captured(1).toUInt();
        if (auto m = exists.match(line); m.hasMatch())
            state.exists = m.captured(1).toUInt();
    }
    if (state.uidValidity == 0)
        return protocolError(u"no UIDVALIDITY for "_s + mailbox);
    return state;
}

Result<QList<quint32>> ImapClient::uidsAfter(quint32 afterUid)
{
    auto r = run("UID SEARCH UID " + QByteArray::number(qint64(afterUid) + 1) + ":*");
    if (!r)
        return r.error();
    QList<quint32> uids;
    for (const Response &resp : *r)
        if (resp.line.startsWith("* SEARCH"))
            for (quint32 uid : parseSearch(resp.line))
                if (uid > afterUid) // "n:*" returns the last message even when its UID < n
                    uids << uid;
    std::sort(uids.begin(), uids.end());
    uids.erase(std::unique(uids.begin(), uids.end()), uids.end());
    return uids;
}

Result<QList<quint32>> ImapClient::searchMessageId(const QString &messageId)
{
    const QByteArray id = quote(u'<' + messageId + u'>');
    if (id.isEmpty() || messageId.isEmpty())
        return Error::make(Error::Code::InvalidArgument,
                           QCoreApplication::translate("hd::ImapClient", "The message id is not valid."),
                           messageId);
    auto r = run("UID SEARCH HEADER Message-ID " + id);
    if (!r)
        return r.error();
    QList<quint32> uids;
    for (const Response &resp : *r)
        if (resp.line.startsWith("* SEARCH"))
            uids << parseSearch(resp.line);
    return uids;
}

Result<QList<ImapMessage>> ImapClient::fetch(const QList<quint32> &uids, qint64 maxBytes)
{
    QList<ImapMessage> out;
    if (uids.isEmpty())
        return out;
    const qint64 cap = std::clamp<qint64>(maxBytes, 1024, m_maxLiteral);
    auto r = run("UID FETCH " + uidSet(uids) + " (UID RFC822.SIZE INTERNALDATE FLAGS BODY.PEEK[]<0."
                 + QByteArray::number(cap) + ">)");
    if (!r)
        return r.error();
    static const QRegularExpression uidRe(u"[( ]UID (\\d+)"_s);
    static const QRegularExpression sizeRe(u"RFC822\\.SIZE (\\d+)"_s);
    static const QRegularExpression dateRe(u"INTERNALDATE \"([^\"]+)\""_s);
    static const QRegularExpression flagsRe(u"FLAGS \\(([^)]*)\\)"_s);
    for (const Response &resp : *r) {
        if (!resp.line.startsWith("* ") || !resp.line.contains(" FETCH "))
            continue;
        const QString line = QString::fromLatin1(resp.line);
        ImapMessage m;
        if (auto x = uidRe.match(line); x.hasMatch())
            m.uid = x.captured(1).toUInt();
        if (m.uid == 0 || !uids.contains(m.uid))
            continue; // an unsolicited FETCH (flag change) or one we did not ask for
        if (auto x = sizeRe.match(line); x.hasMatch())
            m.size = x.captured(1).toLongLong();
        if (auto x = dateRe.match(line); x.hasMatch())
            m.internalDateMs = parseInternalDate(x.captured(1).toLatin1());
        if (auto x = flagsRe.match(line); x.hasMatch())
            m.flags = x.captured(1).split(u' ', Qt::SkipEmptyParts);
        if (!resp.literals.isEmpty())
            m.raw = resp.literals.last();
        out << m;
    }
    std::sort(out.begin(), out.end(), [](const ImapMessage &a, const ImapMessage &b) { return a.uid < b.uid; });
    return out;
}

Result<quint32> ImapClient::append(const QString &mailbox, const QByteArray &raw, const QStringList &flags)
{
    const QByteArray name = quote(mailbox);
    if (name.isEmpty())
        return Error::make(Error::Code::InvalidArgument,
                           QCoreApplication::translate("hd::ImapClient", "The mailbox name is not valid."),
                           mailbox);
    QByteArray command = "APPEND " + name;
    if (!flags.isEmpty())
        command += " (" + flags.join(u' ').toLatin1() + ')';
    auto r = run(command, &raw);
    if (!r)
        return r.error();
    static const QRegularExpression appendUid(u"\\[APPENDUID \\d+ (\\d+)\\]"_s);
    for (const Response &resp : *r)
        if (auto m = appendUid.match(QString::fromLatin1(resp.line)); m.hasMatch())
            return quint32(m.captured(1).toUInt());
    return quint32(0);
}

Status ImapClient::createMailbox(const QString &mailbox)
{
    const QByteArray name = quote(mailbox);
    if (name.isEmpty())
        return Error::make(Error::Code::InvalidArgument,
                           QCoreApplication::translate("hd::ImapClient", "The mailbox name is not valid."),
                           mailbox);
    auto r = run("CREATE " + name);
    return r ? Status{} : Status{r.error()};
}

Status ImapClient::deleteMailbox(const QString &mailbox)
{
    const QByteArray name = quote(mailbox);
    if (name.isEmpty())
        return Error::make(Error::Code::InvalidArgument,
                           QCoreApplication::translate("hd::ImapClient", "The mailbox name is not valid."),
                           mailbox);
    auto r = run("DELETE " + name);
    return r ? Status{} : Status{r.error()};
}

} // namespace hd
