#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>

namespace hd {

/// Writes RFC 4180 CSV in UTF-8 to a device.
///
/// Excel-friendly mode starts the file with a UTF-8 byte order mark (so Excel reads it as UTF-8,
/// which matters for Chinese and other non-Latin text), ends lines with CRLF and can use ';' as the
/// separator (for locales whose decimal separator is a comma). Formula injection (OWASP "CSV
/// injection") is neutralised in every mode: a text cell starting with = + - @ tab or CR gets a
/// leading apostrophe, so a spreadsheet shows it as text instead of evaluating it. Numbers written
/// through number() are not touched (a negative number stays a number).
class CsvWriter final
{
public:
    struct Options
    {
        bool excelFriendly = false;
        QChar separator = u',';
    };

    explicit CsvWriter(QIODevice *device)
        : CsvWriter(device, Options{})
    {
    }
    CsvWriter(QIODevice *device, Options options);

    /// Writes the BOM when Excel-friendly; call once before the first row (rows call it lazily).
    bool begin();
    /// Appends one text cell to the current row (neutralised and quoted as needed).
    CsvWriter &text(const QString &value);
    /// Appends a number cell; nothing is neutralised. Empty for NaN.
    CsvWriter &number(double value, int decimals = -1);
    CsvWriter &integer(qint64 value);
    /// An empty cell.
    CsvWriter &empty();
    /// Ends the row. False when the device failed (disk full, closed).
    bool endRow();
    /// A whole row of text cells.
    bool row(const QStringList &cells);

    /// The escaped form of one text cell (exposed for tests).
    static QString escape(const QString &value, QChar separator);
    /// True when a spreadsheet would treat the text as a formula.
    static bool isDangerous(const QString &value);
    bool hasError() const { return m_error; }

private:
    void cell(const QString &escaped);

    QIODevice *m_device;
    Options m_options;
    QByteArray m_line;
    bool m_started = false;
    bool m_firstCell = true;
    bool m_error = false;
};

} // namespace hd
