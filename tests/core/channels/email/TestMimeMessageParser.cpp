#include "core/channels/email/MimeMessageParser.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace hd;
using namespace Qt::StringLiterals;

class TestMimeMessageParser final : public QObject
{
    Q_OBJECT

private:
    static QByteArray fixture(const QString &name)
    {
        const QString path = QFINDTESTDATA(u"fixtures/"_s + name);
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing fixture %s", qPrintable(name));
        return f.readAll();
    }

private Q_SLOTS:
    void decodesCharsetsAndHeaders_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("fromName");
        QTest::addColumn<QString>("fromAddress");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("bodyContains");
        QTest::addColumn<QString>("messageId");

        QTest::newRow("multipart/alternative UTF-8 quoted-printable")
            << u"multipart_alternative.eml"_s << u"José Müller"_s << u"jose@example.de"_s << u"Where is my parcel?"_s
            << u"Grüße"_s << u"alt-1@example.de"_s;
        QTest::newRow("ISO-8859-1 8bit, RFC 2047 Q headers")
            << u"iso8859_1.eml"_s << u"François Clément"_s << u"francois@example.fr"_s << u"Commande cassée"_s
            << u"arrivée cassée. Merci de répondre à ma réclamation"_s << u"latin1-1@example.fr"_s;
        QTest::newRow("Shift_JIS base64 body, ISO-2022-JP B subject")
            << u"shift_jis.eml"_s << u"山田 太郎"_s << u"taro@example.jp"_s << u"配送について"_s
            << u"ご注文の商品がまだ届いていません"_s << u"sjis-1@example.jp"_s;
        QTest::newRow("GB2312 quoted-printable, B-encoded name and subject")
            << u"gb2312.eml"_s << u"王小明"_s << u"wang@example.cn"_s << u"订单问题"_s << u"我的订单还没有发货"_s
            << u"gb-1@example.cn"_s;
    }

    void decodesCharsetsAndHeaders()
    {
        QFETCH(QString, file);
        QFETCH(QString, fromName);
        QFETCH(QString, fromAddress);
        QFETCH(QString, subject);
        QFETCH(QString, bodyContains);
        QFETCH(QString, messageId);
        const auto mail = MimeMessageParser::parse(fixture(file));
        QVERIFY2(mail.ok(), qPrintable(mail.ok() ? QString() : mail.error().detail));
        QCOMPARE(mail->fromName, fromName);
        QCOMPARE(mail->fromAddress, fromAddress);
        QCOMPARE(mail->subject, subject);
        QVERIFY2(mail->bodyText.contains(bodyContains), qPrintable(mail->bodyText));
        QCOMPARE(mail->messageId, messageId);
        QVERIFY(!mail->bodyText.contains(QChar::ReplacementCharacter));
    }

    void keepsHtmlAndPlainParts()
    {
        const auto mail = MimeMessageParser::parse(fixture(u"multipart_alternative.eml"_s));
        QVERIFY(mail.ok());
        QCOMPARE(mail->bodyText.trimmed(), u"Hallo, wo ist mein Paket? Grüße"_s);
        QVERIFY(mail->bodyHtml.contains(u"<b>Paket</b>"_s)); // HTML kept as sent, sanitised at display
        QVERIFY(mail->attachments.isEmpty());
        // 10:15 +01:00 = 09:15 UTC
        QCOMPARE(mail->dateMs, QDateTime(QDate(2026, 11, 3), QTime(9, 15), QTimeZone::utc()).toMSecsSinceEpoch());
    }

    void derivesTextFromHtmlOnlyMail()
    {
        const auto mail = MimeMessageParser::parse(fixture(u"html_only.eml"_s));
        QVERIFY(mail.ok());
        QCOMPARE(mail->bodyText, u"Line one & more\n\nLine two €5 你"_s); // paragraphs stay apart
        QVERIFY(!mail->bodyText.contains(u"color:red"_s));
    }

    void htmlToText_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        QTest::newRow("script dropped") << u"a<script>x()</script>b"_s << u"ab"_s;
        QTest::newRow("br and entities") << u"one<br>two &lt;3&gt; &amp;amp;"_s << u"one\ntwo <3> &amp;"_s;
        QTest::newRow("bad numeric entity dropped") << u"x&#xD800;y&#99999999;z"_s << u"xy&#99999999;z"_s;
        QTest::newRow("unclosed tag") << u"text <b"_s << u"text <b"_s;
    }

    void htmlToText()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QCOMPARE(MimeMessageParser::htmlToText(html), text);
    }

    void listsAttachmentsWithMetadata()
    {
        const QByteArray raw = fixture(u"attachments.eml"_s);
        const auto mail = MimeMessageParser::parse(raw);
        QVERIFY(mail.ok());
        QCOMPARE(mail->bodyText.trimmed(), u"Please see the photo of the damage and the invoice."_s);
        QCOMPARE(mail->inReplyTo, QStringList{u"root-1@shop.example"_s});
        QCOMPARE(mail->references, QStringList{u"root-1@shop.example"_s});
        QCOMPARE(mail->attachments.size(), 2);

        const MailAttachment &png = mail->attachments.at(0);
        QCOMPARE(png.filename, u"damage.png"_s);
        QCOMPARE(png.mimeType, u"image/png"_s);
        QCOMPARE(png.sizeBytes, 108);
        QCOMPARE(png.partPath, u"1.2"_s);
        QCOMPARE(png.contentId, u"img1@example.com"_s);
        QVERIFY(png.isInline);

        const MailAttachment &pdf = mail->attachments.at(1);
        QCOMPARE(pdf.filename, u"Rechnung März.pdf"_s); // RFC 2231 filename*
        QCOMPARE(pdf.mimeType, u"application/pdf"_s);
        QCOMPARE(pdf.partPath, u"2"_s);
        QVERIFY(!pdf.isInline);

        // Content on demand: the same bytes, by part path.
        const auto content = MimeMessageParser::attachmentContent(raw, pdf.partPath);
        QVERIFY(content.ok());
        QCOMPARE(content->size(), pdf.sizeBytes);
        QVERIFY(content->startsWith("%PDF-1.4"));
        QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(*content, QCryptographicHash::Sha256).toHex()),
                 pdf.contentSha256);
        QCOMPARE(MimeMessageParser::attachmentContent(raw, u"9"_s).error().code, Error::Code::NotFound);
        QVERIFY(!MimeMessageParser::attachmentContent(raw, u"x.y"_s).ok());
    }

    void readsBrokenMimeBestEffort()
    {
        const auto mail = MimeMessageParser::parse(fixture(u"broken_mime.eml"_s));
        QVERIFY(mail.ok());
        QCOMPARE(mail->subject, u"Broken"_s);
        QVERIFY2(mail->bodyText.startsWith(u"Hello, this is broken"_s), qPrintable(mail->bodyText));
        QCOMPARE(mail->attachments.size(), 1);
        QCOMPARE(mail->attachments.at(0).filename, u"trunc.bin"_s);
    }

    void readsInvalidUtf8BestEffort()
    {
        const auto mail = MimeMessageParser::parse(fixture(u"invalid_utf8.eml"_s));
        QVERIFY(mail.ok());
        // Undeclared Latin-1 bytes in a "UTF-8" body fall back to windows-1252.
        QVERIFY2(mail->bodyText.startsWith(u"Café au lait"_s), qPrintable(mail->bodyText));
        QVERIFY(!mail->warnings.isEmpty());
        QVERIFY(mail->subject.startsWith(u"Bad bytes"_s));
        // Whatever the bytes, the result is valid text: it round-trips through UTF-8 unchanged.
        QCOMPARE(QString::fromUtf8(mail->bodyText.toUtf8()), mail->bodyText);
    }

    void rejectsWhatIsNotMail_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("whitespace") << QByteArray("\r\n \r\n");
    }

    void rejectsWhatIsNotMail()
    {
        QFETCH(QByteArray, raw);
        const auto mail = MimeMessageParser::parse(raw);
        QVERIFY(!mail.ok());
        QCOMPARE(mail.error().code, Error::Code::Parse);
        QVERIFY(!mail.error().message.isEmpty());
    }

    void boundsHugeMail()
    {
        QByteArray raw = "From: big@example.com\r\nSubject: big\r\nMessage-ID: <big@example.com>\r\n"
                         "Content-Type: text/plain; charset=utf-8\r\n\r\n";
        raw += QByteArray(3 * 1024 * 1024, 'a');
        MimeLimits limits;
        limits.maxRawBytes = 1024 * 1024;
        limits.maxBodyChars = 100 * 1000;
        const auto mail = MimeMessageParser::parse(raw, limits);
        QVERIFY(mail.ok());
        QVERIFY(mail->truncated);
        QCOMPARE(mail->bodyText.size(), 100 * 1000);
        QCOMPARE(mail->subject, u"big"_s);
    }

    void survivesDeepNesting()
    {
        QByteArray raw = "From: deep@example.com\r\nSubject: deep\r\nMessage-ID: <deep@example.com>\r\n";
        const int depth = 20000;
        for (int i = 0; i < depth; ++i)
            raw += "Content-Type: multipart/mixed; boundary=b" + QByteArray::number(i) + "\r\n\r\n--b"
                + QByteArray::number(i) + "\r\n";
        raw += "Content-Type: text/plain\r\n\r\nleaf\r\n";
        const auto mail = MimeMessageParser::parse(raw);
        QVERIFY(mail.ok());
        QCOMPARE(mail->subject, u"deep"_s);
        QVERIFY(mail->truncated);

        // Moderate nesting is walked up to the depth bound.
        QByteArray mid = "From: mid@example.com\r\nSubject: mid\r\n";
        for (int i = 0; i < 100; ++i)
            mid += "Content-Type: multipart/mixed; boundary=b" + QByteArray::number(i) + "\r\n\r\n--b"
                + QByteArray::number(i) + "\r\n";
        mid += "Content-Type: text/plain\r\n\r\nleaf\r\n";
        const auto m2 = MimeMessageParser::parse(mid);
        QVERIFY(m2.ok());
        QVERIFY(m2->bodyText.isEmpty()); // below the depth bound
        QVERIFY(!m2->warnings.isEmpty());
    }

    void hashesMailWithoutMessageId()
    {
        const QByteArray raw = "From: a@example.com\r\nSubject: no id\r\n\r\nbody\r\n";
        const auto a = MimeMessageParser::parse(raw);
        const auto b = MimeMessageParser::parse(raw);
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a->messageId.isEmpty());
        QCOMPARE(a->contentHash.size(), 64);
        QCOMPARE(a->contentHash, b->contentHash);
    }
};

QTEST_GUILESS_MAIN(TestMimeMessageParser)
#include "TestMimeMessageParser.moc"
