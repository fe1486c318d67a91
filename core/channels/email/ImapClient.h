#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <memory>

class QTcpSocket;

namespace hd {

/// Where and how to reach an IMAP server. The password is handed in by the caller (from the
/// SecretStore) and never logged or put into an Error.
struct ImapEndpoint
{
    enum class Security { None, StartTls, Tls };
    QString host;
    quint16 port = 993;
    Security security = Security::Tls;
    QString user;
    QString password;
    int timeoutMs = 30'000; ///< per network wait
};

/// What SELECT / EXAMINE reports about a mailbox.
struct ImapMailboxState
{
    quint32 uidValidity = 0;
    quint32 uidNext = 0;
    quint32 exists = 0;
};

/// One message from UID FETCH.
struct ImapMessage
{
    quint32 uid = 0;
    qint64 size = 0;           ///< RFC822.SIZE: the full size, even when raw was cut
    qint64 internalDateMs = 0; ///< UTC ms
    QStringList flags;
    QByteArray raw; ///< BODY.PEEK[] (or its first maxBytes when the message is larger)
};

/// A small blocking IMAP4rev1 client (RFC 3501) on QSslSocket: the subset the e-mail channel needs
/// (CAPABILITY, STARTTLS, AUTHENTICATE PLAIN / LOGIN, SELECT / EXAMINE, UID SEARCH, UID FETCH,
/// APPEND, CREATE, DELETE, LOGOUT). It is acceptable instead of a library only because it is
/// tested against a real Dovecot on loopback (tests/integration/TestEmailChannel).
///
/// Blocking by design: it runs on a worker thread (see EmailConnector), owns its socket there, and
/// waits at most timeoutMs for each network step. Not thread-safe; one client per thread.
class ImapClient final
{
public:
    explicit ImapClient(ImapEndpoint endpoint);
    ~ImapClient();
    ImapClient(const ImapClient &) = delete;
    ImapClient &operator=(const ImapClient &) = delete;

    /// Connects, upgrades to TLS as configured and logs in.
    Status open();
    void close();
    bool isOpen() const;
    QStringList capabilities() const { return m_capabilities; }

    /// EXAMINE (read-only, the default: sync never changes flags) or SELECT.
    Result<ImapMailboxState> select(const QString &mailbox, bool readOnly = true);
    /// UIDs above afterUid in the selected mailbox, ascending. Filters out the "n:*" gotcha (the
    /// last message is returned even when its UID is below n).
    Result<QList<quint32>> uidsAfter(quint32 afterUid);
    /// UID SEARCH HEADER Message-ID: the UIDs holding a message with this id (no brackets).
    Result<QList<quint32>> searchMessageId(const QString &messageId);
    /// Fetches the given UIDs with their bodies; each body is cut to maxBytes (a partial fetch),
    /// so a huge message never fills memory.
    Result<QList<ImapMessage>> fetch(const QList<quint32> &uids, qint64 maxBytes);
    /// APPENDs a message (e.g. the sent copy); returns the new UID when the server says (UIDPLUS).
    Result<quint32> append(const QString &mailbox, const QByteArray &raw, const QStringList &flags = {});
    Status createMailbox(const QString &mailbox);
    Status deleteMailbox(const QString &mailbox);

    /// IMAP quoted string or, for what cannot be quoted, a marker the caller must send as literal.
    static QByteArray quote(const QString &s);
    /// Parses "17-Jul-1996 02:44:25 -0700" to UTC ms; 0 when invalid.
    static qint64 parseInternalDate(const QByteArray &s);

private:
    struct Response
    {
        QByteArray line; ///< literals replaced by their "{n}" marker
        QList<QByteArray> literals;
    };
    Result<QList<Response>> run(const QByteArray &command, const QByteArray *literal = nullptr);
    Result<Response> readResponse();
    Result<QByteArray> readLine();
    Result<QByteArray> readExactly(qint64 n);
    Status writeAll(const QByteArray &bytes);
    Status login();
    Error networkError(const QString &what) const;
    void parseCapabilities(const QByteArray &line);

    ImapEndpoint m_endpoint;
    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_buffer;
    QStringList m_capabilities;
    int m_tag = 0;
    qint64 m_maxLiteral = 64LL * 1024 * 1024;
};

} // namespace hd
