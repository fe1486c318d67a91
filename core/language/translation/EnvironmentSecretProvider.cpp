#include "core/language/translation/EnvironmentSecretProvider.h"

#include <QtGlobal>

namespace hd {
using namespace Qt::StringLiterals;

QString EnvironmentSecretProvider::variableName(const QString &key)
{
    QString name = key;
    if (name.startsWith("translation/"_L1))
        name.remove(0, 12);
    QString out = u"HARBORDESK_"_s;
    for (const QChar c : std::as_const(name))
        out += c.isLetterOrNumber() && c.unicode() < 0x80 ? c.toUpper() : u'_';
    return out;
}

QString EnvironmentSecretProvider::secret(const QString &key) const
{
    return qEnvironmentVariable(variableName(key).toLatin1().constData());
}

} // namespace hd
