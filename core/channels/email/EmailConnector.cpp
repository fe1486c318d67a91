#include "core/channels/email/EmailConnector.h"

#include "core/channels/email/EmailMessageMapper.h"
#include "core/channels/email/MailComposer.h"
#include "core/channels/email/MimeMessageParser.h"
#include "core/common/Log.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <memory>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

struct EmailCursor
{
    quint32 uidValidity = 0;
    quint32 lastUid = 0;

    static EmailCursor parse(const QString &s)
    {
        EmailCursor c;
        const QStringList parts = s.split(u':');
        if (parts.size() == 3 && parts.at(0) == "v1"_L1) {
            c.uidValidity = parts.at(1).toUInt();
            c.lastUid = parts.at(2).toUInt();
        }
        return c;
    }
};

template<typename T>
ChannelOutcome<T> failed(const Error &error)
{
    return ChannelOutcome<T>{Result<T>(error), EmailConnector::failureFor(error)};
}

/// A mail GMime cannot read at all is still stored (nothing lost), as text, under its hash.
InboundMessage unreadableMail(const QByteArray &raw, qint64 channelId, qint64 sentAt, const Error &error)
{
    InboundMessage m;
    m.channelId = channelId;
    m.externalId =
        u"sha256:"_s + QString::fromLatin1(QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex());
    m.conversationExternalId = m.externalId;
    m.customerExternalId = u"unknown-sender"_s;
    m.customerName = QCoreApplication::translate("hd::EmailConnector", "Unknown sender");
    m.subject = QCoreApplication::translate("hd::EmailConnector", "(unreadable message)");
    m.bodyText = QString::fromUtf8(raw.left(64 * 1024));
    m.bodyText.remove(QChar(0));
    m.sentAt = sentAt;
    m.tags << u"unreadable"_s;
    log::warn("sync.email", u"stored an unreadable message as text: "_s + error.detail);
    return m;
}

} // namespace

EmailConnector::EmailConnector(qint64 channelId,
                               EmailConfig config,
                               PasswordProvider passwords,
                               const Clock &clock,
                               QObject *parent)
    : Connector(parent)
    , m_channelId(channelId)
    , m_config(std::move(config))
    , m_passwords(std::move(passwords))
    , m_clock(clock)
{
}

EmailConnector::~EmailConnector()
{
    // Workers only touch their own copies; wait for them so none outlives the callbacks' owner.
    for (const QPointer<QThread> &t : std::as_const(m_workers)) {
        if (t) {
            t->wait();
            delete t.data();
        }
    }
}

ChannelFailure EmailConnector::failureFor(const Error &error)
{
    ChannelFailure f;
    f.message = error.message;
    f.detail = error.detail;
    switch (error.code) {
    case Error::Code::PermissionDenied: f.kind = ChannelFailure::Kind::Auth; break;
    case Error::Code::InvalidArgument:
    case Error::Code::Unavailable:
    case Error::Code::NotFound: f.kind = ChannelFailure::Kind::Permanent; break;
    default: f.kind = ChannelFailure::Kind::Transient; break;
    }
    return f;
}

QString EmailConnector::messageRef(const QString &mailbox, quint32 uidValidity, quint32 uid)
{
    return u"imap:"_s + QString::fromLatin1(QUrl::toPercentEncoding(mailbox)) + u";UIDVALIDITY="_s
        + QString::number(uidValidity) + u"/;UID="_s + QString::number(uid);
}

QString EmailConnector::cursorString(quint32 uidValidity, quint32 lastUid)
{
    return u"v1:%1:%2"_s.arg(uidValidity).arg(lastUid);
}

Result<EmailConfig> EmailConnector::withPasswords(bool imap, bool smtp) const
{
    EmailConfig c = m_config;
    if (!m_passwords)
        return c;
    if (imap) {
        auto p = m_passwords(u"imap"_s);
        if (!p)
            return p.error();
        c.imap.password = *p;
    }
    if (smtp && !c.smtp.user.isEmpty()) {
        auto p = m_passwords(u"smtp"_s);
        if (!p)
            return p.error();
        c.smtp.password = *p;
    }
    return c;
}

void EmailConnector::runWorker(std::function<void()> work, std::function<void()> deliver)
{
    QThread *thread = QThread::create(std::move(work));
    m_workers.append(thread);
    connect(thread, &QThread::finished, this, [this, thread, deliver = std::move(deliver)]() {
        m_workers.removeAll(thread);
        thread->deleteLater();
        deliver();
    });
    thread->start();
}

void EmailConnector::fetch(const QString &cursor, FetchCallback done)
{
    auto config = withPasswords(true, false);
    if (!config) {
        done(config.error(), failureFor(config.error()));
        return;
    }
    auto out = std::make_shared<std::optional<ChannelOutcome<FetchedPage>>>();
    runWorker([out, cfg = *config, id = m_channelId, cursor]() { *out = fetchBlocking(cfg, id, cursor); },
              [out, done]() { done(std::move((*out)->result), (*out)->failure); });
}

void EmailConnector::send(const OutboundReply &reply, SendCallback done)
{
    auto config = withPasswords(!m_config.sentMailbox.isEmpty(), true);
    if (!config) {
        done(config.error(), failureFor(config.error()));
        return;
    }
    auto out = std::make_shared<std::optional<ChannelOutcome<SendReceipt>>>();
    runWorker([out, cfg = *config, reply, now = m_clock.nowMs()]() { *out = sendBlocking(cfg, reply, now); },
              [out, done]() { done(std::move((*out)->result), (*out)->failure); });
}

void EmailConnector::testConnection(CheckCallback done)
{
    auto config = withPasswords(true, true);
    if (!config) {
        done(config.error(), failureFor(config.error()));
        return;
    }
    auto out = std::make_shared<std::optional<ChannelOutcome<bool>>>();
    runWorker([out, cfg = *config]() { *out = checkBlocking(cfg); },
              [out, done]() {
                  if ((*out)->result)
                      done(Status{}, std::nullopt);
                  else
                      done(Status{(*out)->result.error()}, (*out)->failure);
              });
}

void EmailConnector::fetchAttachment(const QString &externalRef, ContentCallback done)
{
    auto config = withPasswords(true, false);
    if (!config) {
        done(config.error());
        return;
    }
    auto out = std::make_shared<std::optional<Result<QByteArray>>>();
    runWorker([out, cfg = *config, externalRef]() { *out = attachmentBlocking(cfg, externalRef); },
              [out, done]() { done(std::move(**out)); });
}

ChannelOutcome<FetchedPage>
EmailConnector::fetchBlocking(const EmailConfig &config, qint64 channelId, const QString &cursor)
{
    ImapClient imap(config.imap);
    if (auto s = imap.open(); !s)
        return failed<FetchedPage>(s.error());
    auto state = imap.select(config.mailbox, true);
    if (!state)
        return failed<FetchedPage>(state.error());
    EmailCursor c = EmailCursor::parse(cursor);
    if (c.uidValidity != 0 && c.uidValidity != state->uidValidity)
        log::info("sync.email",
                  u"UIDVALIDITY of %1 changed (%2 -> %3): resyncing; known mail is deduplicated"_s.arg(config.mailbox)
                      .arg(c.uidValidity)
                      .arg(state->uidValidity));
    if (c.uidValidity != state->uidValidity)
        c.lastUid = 0;
    auto uids = imap.uidsAfter(c.lastUid);
    if (!uids)
        return failed<FetchedPage>(uids.error());
    const QList<quint32> pageUids = uids->mid(0, config.pageSize);
    auto fetched = imap.fetch(pageUids, config.maxMessageBytes);
    if (!fetched)
        return failed<FetchedPage>(fetched.error());

    FetchedPage page;
    MimeLimits limits;
    limits.maxRawBytes = config.maxMessageBytes;
    for (const ImapMessage &m : std::as_const(*fetched)) {
        const QString ref = messageRef(config.mailbox, state->uidValidity, m.uid);
        auto parsed = MimeMessageParser::parse(m.raw, limits);
        if (!parsed) {
            page.messages << unreadableMail(m.raw, channelId, m.internalDateMs, parsed.error());
            continue;
        }
        if (m.size > m.raw.size())
            parsed.value().truncated = true;
        InboundMessage msg = EmailMessageMapper::map(*parsed, channelId, config.address, ref, m.internalDateMs);
        if (parsed->truncated)
            msg.tags << u"truncated"_s;
        page.messages << msg;
    }
    // Expunged between SEARCH and FETCH: skipped; the cursor still moves past them.
    page.cursor = cursorString(state->uidValidity, pageUids.isEmpty() ? c.lastUid : pageUids.last());
    page.hasMore = uids->size() > pageUids.size();
    // Progress over the whole mailbox (the engine shows it for long backfills): what is left after
    // this page out of all its messages, so the figure grows page by page instead of restarting.
    const qint64 total = std::max<qint64>(state->exists, uids->size());
    page.progressTotal = total;
    page.progressDone = total - (uids->size() - pageUids.size());
    return ChannelOutcome<FetchedPage>{page, std::nullopt};
}

ChannelOutcome<SendReceipt>
EmailConnector::sendBlocking(const EmailConfig &config, const OutboundReply &reply, qint64 nowMs)
{
    if (!reply.recipientAddress.contains(u'@'))
        return failed<SendReceipt>(
            Error::make(Error::Code::InvalidArgument,
                        QCoreApplication::translate("hd::EmailConnector", "The reply has no e-mail address to go to."),
                        u"recipient '%1'"_s.arg(reply.recipientAddress)));
    const QString domain = reply.recipientAddress.section(u'@', 1).toLower();
    if (domain == "mail.etsy.com"_L1 || domain == "etsy.com"_L1)
        return failed<SendReceipt>(
            Error::make(Error::Code::InvalidArgument,
                        QCoreApplication::translate("hd::EmailConnector",
                                                    "Etsy notifications cannot be answered by e-mail; answer on Etsy."),
                        domain));
    if (reply.idempotencyKey.isEmpty())
        return failed<SendReceipt>(
            Error::make(Error::Code::InvalidArgument,
                        QCoreApplication::translate("hd::EmailConnector", "The reply cannot be sent safely."),
                        u"empty idempotency key"_s));
    const OutgoingMail mail = MailComposer::forReply(reply, config.address, config.displayName, nowMs);

    // Sent before a crash? The Message-ID comes from the idempotency key, so the Sent folder says.
    std::unique_ptr<ImapClient> imap;
    if (!config.sentMailbox.isEmpty()) {
        imap = std::make_unique<ImapClient>(config.imap);
        if (auto s = imap->open(); !s)
            return failed<SendReceipt>(s.error());
        auto state = imap->select(config.sentMailbox, true);
        if (!state)
            return failed<SendReceipt>(state.error());
        auto found = imap->searchMessageId(mail.messageId);
        if (!found)
            return failed<SendReceipt>(found.error());
        if (!found->isEmpty()) {
            log::info("sync.email", u"reply already in %1; not sent again"_s.arg(config.sentMailbox));
            return ChannelOutcome<SendReceipt>{SendReceipt{mail.messageId, true}, std::nullopt};
        }
    }

    const QByteArray raw = MailComposer::compose(mail);
    if (auto failure = SmtpSender::send(config.smtp, config.address, {mail.toAddress}, raw)) {
        ChannelFailure f = failureFor(failure->error);
        f.kind = failure->kind == SmtpFailure::Kind::Auth   ? ChannelFailure::Kind::Auth
            : failure->kind == SmtpFailure::Kind::Permanent ? ChannelFailure::Kind::Permanent
                                                            : ChannelFailure::Kind::Transient;
        return ChannelOutcome<SendReceipt>{Result<SendReceipt>(failure->error), f};
    }
    if (imap && config.appendToSent) {
        // The mail is out; a failed copy only weakens the duplicate check, so it is logged, not fatal.
        if (auto appended = imap->append(config.sentMailbox, raw, {u"\\Seen"_s}); !appended)
            log::warn("sync.email",
                      u"sent, but the copy to %1 failed: %2"_s.arg(config.sentMailbox, appended.error().detail));
    }
    return ChannelOutcome<SendReceipt>{SendReceipt{mail.messageId, false}, std::nullopt};
}

ChannelOutcome<bool> EmailConnector::checkBlocking(const EmailConfig &config)
{
    ImapClient imap(config.imap);
    if (auto s = imap.open(); !s)
        return failed<bool>(s.error());
    if (auto state = imap.select(config.mailbox, true); !state)
        return failed<bool>(state.error());
    if (!config.smtp.host.isEmpty()) {
        if (auto failure = SmtpSender::check(config.smtp))
            return failed<bool>(failure->error);
    }
    return ChannelOutcome<bool>{true, std::nullopt};
}

Result<QByteArray> EmailConnector::attachmentBlocking(const EmailConfig &config, const QString &externalRef)
{
    static const QRegularExpression ref(u"^imap:([^;]*);UIDVALIDITY=(\\d+)/;UID=(\\d+)/;SECTION=([0-9.]+)$"_s);
    const auto m = ref.match(externalRef);
    if (!m.hasMatch())
        return Error::make(Error::Code::InvalidArgument,
                           QCoreApplication::translate("hd::EmailConnector", "This attachment cannot be opened."),
                           externalRef);
    const QString mailbox = QUrl::fromPercentEncoding(m.captured(1).toLatin1());
    ImapClient imap(config.imap);
    if (auto s = imap.open(); !s)
        return s.error();
    auto state = imap.select(mailbox, true);
    if (!state)
        return state.error();
    if (state->uidValidity != m.captured(2).toUInt())
        return Error::make(
            Error::Code::NotFound,
            QCoreApplication::translate("hd::EmailConnector",
                                        "The message is no longer in the mailbox; the attachment is gone."),
            u"UIDVALIDITY changed"_s);
    const quint32 uid = m.captured(3).toUInt();
    auto fetched = imap.fetch({uid}, config.maxMessageBytes);
    if (!fetched)
        return fetched.error();
    if (fetched->isEmpty())
        return Error::make(
            Error::Code::NotFound,
            QCoreApplication::translate("hd::EmailConnector",
                                        "The message is no longer in the mailbox; the attachment is gone."),
            u"UID %1 not found"_s.arg(uid));
    MimeLimits limits;
    limits.maxRawBytes = config.maxMessageBytes;
    return MimeMessageParser::attachmentContent(fetched->first().raw, m.captured(4), limits);
}

} // namespace hd
