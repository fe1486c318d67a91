#include "core/analytics/CsvWriter.h"

#include <QBuffer>
#include <QTest>

using namespace hd;
using namespace Qt::StringLiterals;

class TestCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void injection_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("written");
        // OWASP CSV injection: a leading = + - @ tab or CR makes a spreadsheet evaluate the cell.
        QTest::newRow("formula") << u"=1+1"_s << u"'=1+1"_s;
        QTest::newRow("hyperlink with quotes")
            << u"=HYPERLINK(\"http://evil\",\"x\")"_s << u"\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\""_s;
        QTest::newRow("plus") << u"+49 30 1234"_s << u"'+49 30 1234"_s;
        QTest::newRow("minus") << u"-2+3"_s << u"'-2+3"_s;
        QTest::newRow("at") << u"@SUM(A1:A9)"_s << u"'@SUM(A1:A9)"_s;
        QTest::newRow("tab") << u"\t=1"_s << u"'\t=1"_s;
        QTest::newRow("carriage return") << u"\r=1"_s << u"\"'\r=1\""_s;
        QTest::newRow("dde") << u"=cmd|' /C calc'!A0"_s << u"'=cmd|' /C calc'!A0"_s;
        QTest::newRow("formula after a space is kept but quoted") << u" =1"_s << u"\" =1\""_s;
        QTest::newRow("plain text") << u"Where is my order?"_s << u"Where is my order?"_s;
        QTest::newRow("separator") << u"a,b"_s << u"\"a,b\""_s;
        QTest::newRow("newline") << u"line1\nline2"_s << u"\"line1\nline2\""_s;
        QTest::newRow("quotes") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
        QTest::newRow("chinese") << u"退款 请求"_s << u"退款 请求"_s;
        QTest::newRow("empty") << QString() << QString();
    }
    void injection()
    {
        QFETCH(QString, cell);
        QFETCH(QString, written);
        QCOMPARE(CsvWriter::escape(cell, u','), written);
    }

    void numbersAreNotNeutralised()
    {
        QBuffer b;
        b.open(QIODevice::WriteOnly);
        CsvWriter csv(&b);
        csv.number(-1.5, 1).integer(-42).number(std::numeric_limits<double>::quiet_NaN()).text(u"-1"_s);
        QVERIFY(csv.endRow());
        QCOMPARE(b.data(), QByteArray("-1.5,-42,,'-1\n"));
    }

    void plainUtf8()
    {
        QBuffer b;
        b.open(QIODevice::WriteOnly);
        CsvWriter csv(&b);
        QVERIFY(csv.row({u"渠道"_s, u"Müller"_s}));
        QVERIFY(csv.row({u"x"_s}));
        QCOMPARE(b.data(), QString(u"渠道,Müller\nx\n"_s).toUtf8());
    }

    void excelFriendly_data()
    {
        QTest::addColumn<QChar>("separator");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("comma") << QChar(u',')
                               << QByteArray("\xEF\xBB\xBF"
                                             "a,\"b,c\",1.5\r\nz\r\n");
        // Locales with a decimal comma: ';' separates and numbers use ','.
        QTest::newRow("semicolon") << QChar(u';')
                                   << QByteArray("\xEF\xBB\xBF"
                                                 "a;b,c;1,5\r\nz\r\n");
    }
    void excelFriendly()
    {
        QFETCH(QChar, separator);
        QFETCH(QByteArray, expected);
        QBuffer b;
        b.open(QIODevice::WriteOnly);
        CsvWriter csv(&b, {true, separator});
        csv.text(u"a"_s).text(u"b,c"_s).number(1.5, 1);
        QVERIFY(csv.endRow());
        QVERIFY(csv.row({u"z"_s}));
        QCOMPARE(b.data(), expected);
    }

    void writeFailureIsReported()
    {
        QBuffer b; // not open: every write fails
        CsvWriter csv(&b);
        QVERIFY(!csv.row({u"a"_s}));
        QVERIFY(csv.hasError());
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "TestCsvWriter.moc"
