// The e-mail channel against a real Dovecot (IMAP) and an SMTP sink on loopback:
//   ./scripts/services.sh --only dovecot,smtp_sink -- build/tests/integration/TestEmailChannel
// Mail goes into Dovecot by IMAP APPEND, is synced through the real ingest pipeline into a SQLite
// workspace, and a reply goes out through the sink.
#include "core/Workspace.h"
#include "core/channels/email/EmailConnector.h"
#include "core/channels/email/MailComposer.h"
#include "core/channels/email/MimeMessageParser.h"
#include "core/storage/ConversationRepository.h"
#include "core/storage/Database.h"
#include "core/storage/DirectoryRepository.h"
#include "core/sync/IngestPipeline.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace hd;
using namespace Qt::StringLiterals;

namespace {

constexpr auto kUser = "test2"; // a user of its own: other tests use harbordesk / test1
const QString kMailbox = u"HdEmailTest"_s;
const QString kSent = u"HdEmailTestSent"_s;
const QString kSeller = u"seller@shop.example"_s;

QByteArray mail(const QString &messageId,
                const QString &from,
                const QString &subject,
                const QString &body,
                const QString &inReplyTo = {})
{
    QByteArray raw = "From: " + from.toUtf8() + "\r\nTo: " + kSeller.toUtf8() + "\r\nSubject: " + subject.toUtf8()
        + "\r\nDate: Mon, 09 Nov 2026 10:00:00 +0000\r\nMessage-ID: <" + messageId.toUtf8()
        + ">\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n";
    if (!inReplyTo.isEmpty())
        raw += "In-Reply-To: <" + inReplyTo.toUtf8() + ">\r\nReferences: <" + inReplyTo.toUtf8() + ">\r\n";
    return raw + "\r\n" + body.toUtf8() + "\r\n";
}

QByteArray fixture(const QString &name)
{
    // ctest sets HARBORDESK_SOURCE_DIR; run by hand, the source dir compiled into the test is used.
    QString root = QString::fromLocal8Bit(qgetenv("HARBORDESK_SOURCE_DIR"));
    if (root.isEmpty())
        root = QStringLiteral(QT_TESTCASE_SOURCEDIR) + u"/../.."_s;
    QFile f(root + u"/tests/core/channels/email/fixtures/"_s + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

} // namespace

class TestEmailChannel final : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock{1'800'000'000'000};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    EmailConfig m_config;
    QString m_sinkDir;
    qint64 m_channelId = 0;
    qint64 m_orderId = 0;

    ImapEndpoint endpoint() const { return m_config.imap; }

    void resetMailboxes()
    {
        ImapClient imap(endpoint());
        QVERIFY2(imap.open().ok(), "cannot log in to Dovecot");
        for (const QString &box : {kMailbox, kSent}) {
            (void)imap.deleteMailbox(box); // absent on the first run
            auto created = imap.createMailbox(box);
            QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().detail));
        }
    }

    void append(const QByteArray &raw)
    {
        ImapClient imap(endpoint());
        QVERIFY(imap.open().ok());
        auto uid = imap.append(kMailbox, raw);
        QVERIFY2(uid.ok(), qPrintable(uid.ok() ? QString() : uid.error().detail));
    }

    /// Fetches every page after cursor through the connector and ingests each with its cursor.
    IngestReport syncAll(EmailConnector &connector, QString &cursor)
    {
        IngestReport total;
        for (int guard = 0; guard < 50; ++guard) {
            bool finished = false;
            std::optional<FetchedPage> page;
            QString failure;
            connector.fetch(cursor, [&](Result<FetchedPage> r, std::optional<ChannelFailure> f) {
                if (r)
                    page = *r;
                else
                    failure = r.error().detail + (f ? u" kind "_s + QString::number(int(f->kind)) : QString());
                finished = true;
            });
            [&] { QTRY_VERIFY_WITH_TIMEOUT(finished, 30000); }();
            if (!page) {
                qWarning("fetch failed: %s", qPrintable(failure));
                return total;
            }
            auto report = m_ws->ingest().ingest(page->messages, SyncCursor{m_channelId, u"imap"_s, page->cursor});
            if (!report) {
                qWarning("ingest failed: %s", qPrintable(report.error().detail));
                return total;
            }
            total.received += report->received;
            total.inserted += report->inserted;
            total.duplicates += report->duplicates;
            total.conversationsCreated += report->conversationsCreated;
            cursor = page->cursor;
            if (!page->hasMore)
                break;
        }
        return total;
    }

    qint64 scalar(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(m_ws->database().connection());
        q.prepare(sql);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    QString text(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(m_ws->database().connection());
        q.prepare(sql);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return {};
        return q.value(0).toString();
    }

    QStringList sinkFiles() const { return QDir(m_sinkDir).entryList({u"*.eml"_s}, QDir::Files, QDir::Name); }

    std::unique_ptr<EmailConnector> connector(const QString &password = QString::fromLatin1(kUser))
    {
        auto passwords = [password](const QString &which) -> Result<QString> {
            return which == "imap"_L1 ? password : u"harbordesk"_s;
        };
        return std::make_unique<EmailConnector>(m_channelId, m_config, passwords, m_clock);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QByteArray imapUrl = qgetenv("HARBORDESK_IMAP_URL");
        const QByteArray smtpUrl = qgetenv("HARBORDESK_SMTP_URL");
        m_sinkDir = QString::fromLocal8Bit(qgetenv("HARBORDESK_SMTP_SINK_DIR"));
        if (imapUrl.isEmpty() || smtpUrl.isEmpty() || m_sinkDir.isEmpty()) {
            const char *msg = "needs Dovecot and the SMTP sink: run it with "
                              "./scripts/services.sh --only dovecot,smtp_sink -- <this test>";
            QFAIL(msg); // locally as in CI: a skipped test is not a pass
        }
        const QUrl imap(QString::fromLatin1(imapUrl));
        const QUrl smtp(QString::fromLatin1(smtpUrl));
        m_config.imap.host = imap.host();
        m_config.imap.port = quint16(imap.port(143));
        m_config.imap.security = ImapEndpoint::Security::None;
        m_config.imap.user = QString::fromLatin1(kUser);
        m_config.imap.timeoutMs = 20'000;
        m_config.smtp.host = smtp.host();
        m_config.smtp.port = quint16(smtp.port(25));
        m_config.smtp.security = SmtpEndpoint::Security::None;
        m_config.smtp.user = u"harbordesk"_s;
        m_config.mailbox = kMailbox;
        m_config.sentMailbox = kSent;
        m_config.address = kSeller;
        m_config.displayName = u"Shop Support"_s;
        m_config.pageSize = 2;                               // several pages, so paging and cursors are exercised
        m_config.imap.password = QString::fromLatin1(kUser); // for the test's own IMAP client only
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto ws = Workspace::open(m_dir->filePath(u"email.sqlite"_s), m_clock);
        QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().detail));
        m_ws = std::move(ws).value();
        Channel mailbox;
        mailbox.kind = ChannelKind::Email;
        mailbox.name = u"Support mailbox"_s;
        mailbox.configJson = m_config.toJson();
        auto id = m_ws->directory().addChannel(mailbox);
        QVERIFY(id.ok());
        m_channelId = *id;
        // The Amazon DE account's order, as the SP-API order sync stores it.
        Channel amazon;
        amazon.kind = ChannelKind::Amazon;
        amazon.name = u"Amazon DE"_s;
        amazon.marketplace = u"DE"_s;
        auto amazonId = m_ws->directory().addChannel(amazon);
        QVERIFY(amazonId.ok());
        QSqlQuery q(m_ws->database().connection());
        QVERIFY(q.prepare(
            u"INSERT INTO orders(channel_id, external_id, status) VALUES (?, '302-1234567-7654321', 'shipped')"
            " RETURNING id"_s));
        q.addBindValue(*amazonId);
        QVERIFY(q.exec() && q.next());
        m_orderId = q.value(0).toLongLong();
        resetMailboxes();
    }

    void cleanup()
    {
        m_ws.reset();
        m_dir.reset();
    }

    void syncsThreadsRelaysAndAttachments()
    {
        append(mail(u"root-1@buyer.example"_s,
                    u"Mia Buyer <mia@buyer.example>"_s,
                    u"Wrong size"_s,
                    u"I got size M, I ordered L."_s));
        append(mail(u"reply-1@buyer.example"_s,
                    u"Mia Buyer <mia@buyer.example>"_s,
                    u"Re: Wrong size"_s,
                    u"Any news?"_s,
                    u"root-1@buyer.example"_s));
        append(fixture(u"amazon_de.eml"_s));
        append(fixture(u"attachments.eml"_s));
        append(fixture(u"gb2312.eml"_s));

        auto conn = connector();
        QString cursor;
        const IngestReport first = syncAll(*conn, cursor);
        QCOMPARE(first.inserted, 5);
        QCOMPARE(first.duplicates, 0);
        QVERIFY(cursor.startsWith(u"v1:"_s));
        QCOMPARE(text(u"SELECT value FROM sync_cursors WHERE channel_id = ? AND name = 'imap'"_s, {m_channelId}),
                 cursor);

        // Threading: the buyer's follow-up joined the first mail's conversation.
        const qint64 rootConv =
            scalar(u"SELECT conversation_id FROM messages WHERE external_id = 'root-1@buyer.example'"_s);
        QVERIFY(rootConv > 0);
        QCOMPARE(scalar(u"SELECT conversation_id FROM messages WHERE external_id = 'reply-1@buyer.example'"_s),
                 rootConv);
        QCOMPARE(text(u"SELECT thread_refs FROM messages WHERE external_id = 'reply-1@buyer.example'"_s),
                 u"<root-1@buyer.example>"_s);

        // The Amazon relay: shows "Amazon · DE", linked to its order, token kept for the reply.
        const qint64 amazonConv = scalar(
            u"SELECT conversation_id FROM messages WHERE external_id = '0100018c-amazon-de-1@email.amazonses.com'"_s);
        auto summary = m_ws->conversations().summary(amazonConv);
        QVERIFY(summary.ok());
        QCOMPARE(summary->channelKind, ChannelKind::Amazon);
        QCOMPARE(summary->marketplace, u"DE"_s);
        QCOMPARE(summary->conversation.orderId, m_orderId);
        QCOMPARE(summary->customerName, u"Alisa"_s);
        QVERIFY(text(u"SELECT thread_refs FROM messages WHERE conversation_id = ?"_s, {amazonConv})
                    .contains(u"[commMgrTok:AF9E104T7W2Q2]"_s));

        // Charsets survived the whole path.
        QCOMPARE(text(u"SELECT subject FROM messages WHERE external_id = 'gb-1@example.cn'"_s), u"订单问题"_s);

        // Attachments: metadata stored, content fetched on demand from Dovecot.
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM attachments"_s), 2);
        const QString ref = text(u"SELECT external_ref FROM attachments WHERE mime_type = 'application/pdf'"_s);
        QVERIFY2(ref.startsWith(u"imap:"_s + kMailbox + u";UIDVALIDITY="_s), qPrintable(ref));
        const QString sha = text(u"SELECT content_sha256 FROM attachments WHERE mime_type = 'application/pdf'"_s);
        bool fetched = false;
        QByteArray content;
        conn->fetchAttachment(ref, [&](Result<QByteArray> r) {
            if (r)
                content = *r;
            fetched = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(fetched, 30000);
        QVERIFY(content.startsWith("%PDF-1.4"));
        QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()), sha);

        // Incremental: only what arrived since the cursor.
        append(mail(u"new-1@buyer.example"_s, u"Leo <leo@buyer.example>"_s, u"Hello"_s, u"Is it in stock?"_s));
        const IngestReport second = syncAll(*conn, cursor);
        QCOMPARE(second.received, 1);
        QCOMPARE(second.inserted, 1);
        const IngestReport idle = syncAll(*conn, cursor);
        QCOMPARE(idle.received, 0);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM messages"_s), 6);
    }

    void resyncsWithoutDuplicatesWhenUidValidityChanges()
    {
        append(mail(u"a-1@buyer.example"_s, u"A <a@buyer.example>"_s, u"One"_s, u"first"_s));
        append(
            mail(u"a-2@buyer.example"_s, u"A <a@buyer.example>"_s, u"Re: One"_s, u"second"_s, u"a-1@buyer.example"_s));
        append(mail(u"b-1@buyer.example"_s, u"B <b@buyer.example>"_s, u"Two"_s, u"third"_s));
        auto conn = connector();
        QString cursor;
        QCOMPARE(syncAll(*conn, cursor).inserted, 3);
        const QString oldValidity = cursor.section(u':', 1, 1);

        // The mailbox is rebuilt (a server migration): new UIDVALIDITY, UIDs start again at 1.
        resetMailboxes();
        append(mail(u"a-1@buyer.example"_s, u"A <a@buyer.example>"_s, u"One"_s, u"first"_s));
        append(
            mail(u"a-2@buyer.example"_s, u"A <a@buyer.example>"_s, u"Re: One"_s, u"second"_s, u"a-1@buyer.example"_s));
        append(mail(u"b-1@buyer.example"_s, u"B <b@buyer.example>"_s, u"Two"_s, u"third"_s));
        append(mail(u"c-1@buyer.example"_s, u"C <c@buyer.example>"_s, u"Three"_s, u"fourth"_s));
        const IngestReport resync = syncAll(*conn, cursor);
        QVERIFY(cursor.section(u':', 1, 1) != oldValidity);
        QCOMPARE(resync.received, 4);
        QCOMPARE(resync.duplicates, 3);
        QCOMPARE(resync.inserted, 1);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM messages"_s), 4);
        QCOMPARE(scalar(u"SELECT COUNT(DISTINCT conversation_id) FROM messages"_s), 3);
    }

    void sendsReplyWithThreadingHeadersOnce()
    {
        append(fixture(u"amazon_de.eml"_s));
        auto conn = connector();
        QString cursor;
        QCOMPARE(syncAll(*conn, cursor).inserted, 1);

        OutboundReply reply;
        reply.messageId = 1;
        reply.channelId = m_channelId;
        reply.idempotencyKey = u"outbox-%1"_s.arg(QDateTime::currentMSecsSinceEpoch()); // unique per run
        reply.inReplyToExternalId = u"0100018c-amazon-de-1@email.amazonses.com"_s;
        reply.threadRefs =
            text(u"SELECT thread_refs FROM messages WHERE external_id = ?"_s, {reply.inReplyToExternalId});
        reply.recipientAddress = u"7yxwc3c8k00p1k3@marketplace.amazon.de"_s;
        reply.recipientName = u"Alisa"_s;
        reply.subject = text(u"SELECT subject FROM messages WHERE external_id = ?"_s, {reply.inReplyToExternalId});
        reply.bodyText = u"Hallo Alisa, Ihr Paket kommt morgen. Grüße"_s;

        const QStringList before = sinkFiles();
        std::optional<SendReceipt> receipt;
        bool finished = false;
        conn->send(reply, [&](Result<SendReceipt> r, std::optional<ChannelFailure>) {
            if (r)
                receipt = *r;
            else
                qWarning("send failed: %s", qPrintable(r.error().detail));
            finished = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(finished, 30000);
        QVERIFY(receipt.has_value());
        QVERIFY(!receipt->alreadySent);
        const QString expectedId = MailComposer::messageIdForKey(reply.idempotencyKey, u"shop.example"_s);
        QCOMPARE(receipt->remoteId, expectedId);
        QTRY_COMPARE_WITH_TIMEOUT(sinkFiles().size(), before.size() + 1, 10000);

        const QString newest = sinkFiles().last();
        QFile eml(m_sinkDir + u'/' + newest);
        QVERIFY(eml.open(QIODevice::ReadOnly));
        const auto sent = MimeMessageParser::parse(eml.readAll());
        QVERIFY(sent.ok());
        QCOMPARE(sent->messageId, expectedId);
        QCOMPARE(sent->subject, u"Re: Lieferanfrage von Amazon-Kunde Alisa (Order: 302-1234567-7654321)"_s);
        QCOMPARE(sent->inReplyTo, QStringList{reply.inReplyToExternalId});
        QCOMPARE(sent->references, QStringList{reply.inReplyToExternalId});
        QCOMPARE(sent->fromAddress, kSeller);
        QCOMPARE(sent->toAddresses, QStringList{reply.recipientAddress});
        QVERIFY(sent->bodyText.contains(u"Grüße"_s));
        QVERIFY(sent->bodyText.contains(u"[commMgrTok:AF9E104T7W2Q2]"_s));
        QFile envelope(m_sinkDir + u'/' + newest.chopped(4) + u".json"_s);
        QVERIFY(envelope.open(QIODevice::ReadOnly));
        const QJsonObject env = QJsonDocument::fromJson(envelope.readAll()).object();
        QCOMPARE(env.value(u"mail_from"_s).toString(), kSeller);
        QCOMPARE(env.value(u"rcpt_tos"_s).toVariant().toStringList(), QStringList{reply.recipientAddress});

        // A retry after a crash ("sent" but not yet marked): found in Sent, not sent twice.
        finished = false;
        receipt.reset();
        conn->send(reply, [&](Result<SendReceipt> r, std::optional<ChannelFailure>) {
            if (r)
                receipt = *r;
            finished = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(finished, 30000);
        QVERIFY(receipt.has_value());
        QVERIFY(receipt->alreadySent);
        QCOMPARE(receipt->remoteId, expectedId);
        QCOMPARE(sinkFiles().size(), before.size() + 1);
    }

    void reportsConnectionProblems()
    {
        auto good = connector();
        std::optional<bool> ok;
        good->testConnection([&](Status s, std::optional<ChannelFailure>) { ok = s.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(ok.has_value(), 30000);
        QVERIFY(*ok);

        auto bad = connector(u"wrong-password"_s);
        std::optional<ChannelFailure> failure;
        bool finished = false;
        bad->fetch(QString(), [&](Result<FetchedPage> r, std::optional<ChannelFailure> f) {
            QVERIFY(!r.ok());
            QVERIFY(!r.error().detail.contains(u"wrong-password"_s)); // never a secret in an error
            failure = f;
            finished = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(finished, 30000);
        QVERIFY(failure.has_value());
        QCOMPARE(failure->kind, ChannelFailure::Kind::Auth);

        // A closed port: transient, retried later.
        EmailConfig closed = m_config;
        closed.imap.port = 1;
        closed.imap.timeoutMs = 3000;
        const auto outcome = EmailConnector::fetchBlocking(closed, m_channelId, QString());
        QVERIFY(!outcome.result.ok());
        QVERIFY(outcome.failure.has_value());
        QCOMPARE(outcome.failure->kind, ChannelFailure::Kind::Transient);
    }
};

QTEST_GUILESS_MAIN(TestEmailChannel)
#include "TestEmailChannel.moc"
