#include "core/storage/WorkspaceLocation.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace hd {
using namespace Qt::StringLiterals;

Result<WorkspaceLocation> WorkspaceLocation::parse(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return Error::make(Error::Code::InvalidArgument,
                           QCoreApplication::translate("hd::WorkspaceLocation", "No workspace given."));
    WorkspaceLocation loc;
    if (t.startsWith("postgres://"_L1) || t.startsWith("postgresql://"_L1)) {
        const QUrl url(t, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return Error::make(Error::Code::InvalidArgument,
                               QCoreApplication::translate("hd::WorkspaceLocation", "Invalid PostgreSQL URL: %1")
                                   .arg(url.toString(QUrl::RemovePassword)));
        loc.engine = Engine::Postgres;
        loc.host = url.host();
        loc.port = url.port(5432);
        loc.database = url.path().mid(1);
        loc.user = url.userName();
        loc.password = url.password();
        if (loc.database.isEmpty())
            return Error::make(Error::Code::InvalidArgument,
                               QCoreApplication::translate("hd::WorkspaceLocation", "The PostgreSQL URL names no database."));
        QStringList opts;
        const QUrlQuery q(url);
        for (const auto &[k, v] : q.queryItems(QUrl::FullyDecoded))
            opts << k + u'=' + v;
        if (!q.hasQueryItem(u"connect_timeout"_s))
            opts << u"connect_timeout=5"_s;
        loc.options = opts.join(u';');
        return loc;
    }
    loc.engine = Engine::Sqlite;
    loc.path = t.startsWith("sqlite://"_L1) ? t.mid(9) : t;
    return loc;
}

QString WorkspaceLocation::displayName() const
{
    if (engine == Engine::Sqlite)
        return path;
    return u"postgresql://%1@%2:%3/%4"_s.arg(user, host).arg(port).arg(database);
}

} // namespace hd
