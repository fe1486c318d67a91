#include "core/analytics/CsvWriter.h"

#include <cmath>

namespace hd {
using namespace Qt::StringLiterals;

CsvWriter::CsvWriter(QIODevice *device, Options options)
    : m_device(device)
    , m_options(options)
{
}

bool CsvWriter::begin()
{
    if (m_started)
        return !m_error;
    m_started = true;
    if (m_options.excelFriendly && m_device->write("\xEF\xBB\xBF", 3) != 3)
        m_error = true;
    return !m_error;
}

bool CsvWriter::isDangerous(const QString &value)
{
    if (value.isEmpty())
        return false;
    const QChar c = value.front();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

QString CsvWriter::escape(const QString &value, QChar separator)
{
    QString v = value;
    if (isDangerous(v))
        v.prepend(u'\'');
    const bool quote = v.contains(separator) || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r')
        || (!v.isEmpty() && (v.front().isSpace() || v.back().isSpace()));
    if (!quote)
        return v;
    v.replace(u"\""_s, u"\"\""_s);
    return u'"' + v + u'"';
}

void CsvWriter::cell(const QString &escaped)
{
    if (!m_firstCell)
        m_line += QString(m_options.separator).toUtf8();
    m_firstCell = false;
    m_line += escaped.toUtf8();
}

CsvWriter &CsvWriter::text(const QString &value)
{
    cell(escape(value, m_options.separator));
    return *this;
}

CsvWriter &CsvWriter::number(double value, int decimals)
{
    if (std::isnan(value))
        return empty();
    QString s = decimals >= 0 ? QString::number(value, 'f', decimals) : QString::number(value, 'g', 15);
    // With ';' as separator the locale expects a decimal comma.
    if (m_options.separator == u';')
        s.replace(u'.', u',');
    cell(s);
    return *this;
}

CsvWriter &CsvWriter::integer(qint64 value)
{
    cell(QString::number(value));
    return *this;
}

CsvWriter &CsvWriter::empty()
{
    cell(QString());
    return *this;
}

bool CsvWriter::endRow()
{
    if (!begin())
        return false;
    m_line += m_options.excelFriendly ? "\r\n" : "\n";
    if (m_device->write(m_line) != m_line.size())
        m_error = true;
    m_line.clear();
    m_firstCell = true;
    return !m_error;
}

bool CsvWriter::row(const QStringList &cells)
{
    for (const QString &c : cells)
        text(c);
    return endRow();
}

} // namespace hd
