#include "core/sync/ConnectorFactory.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>

namespace hd {
using namespace Qt::StringLiterals;

namespace {
QJsonObject parseConfig(const QString &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    return doc.isObject() ? doc.object() : QJsonObject{};
}
} // namespace

void ConnectorFactory::registerBuilder(const QString &name, Builder builder)
{
    m_builders.insert(name, std::move(builder));
}

QStringList ConnectorFactory::builderNames() const
{
    QStringList names = m_builders.keys();
    std::sort(names.begin(), names.end());
    return names;
}

QString ConnectorFactory::builderNameFor(const Channel &channel)
{
    const QString custom = parseConfig(channel.configJson).value(u"connector"_s).toString();
    return custom.isEmpty() ? channelKindToString(channel.kind) : custom;
}

QString ConnectorFactory::secretKey(const Channel &channel, const QString &name)
{
    return u"channels/"_s + channelKindToString(channel.kind) + u'/' + QString::number(channel.id) + u'/' + name;
}

Result<std::unique_ptr<Connector>> ConnectorFactory::createWith(const Channel &channel, SecretStore *secrets) const
{
    const QString name = builderNameFor(channel);
    const auto it = m_builders.constFind(name);
    if (it == m_builders.constEnd())
        return Error::make(
            Error::Code::NotFound,
            QCoreApplication::translate("hd::ConnectorFactory", "This version cannot sync %1 channels yet.")
                .arg(channelKindDisplayName(channel.kind)),
            u"no connector builder named '%1' for channel %2"_s.arg(name).arg(channel.id));
    ConnectorContext context{channel, parseConfig(channel.configJson), secrets, m_clock};
    auto connector = (*it)(context);
    if (connector && !connector.value())
        return Error::make(Error::Code::Internal,
                           QCoreApplication::translate("hd::ConnectorFactory", "The channel could not be set up."),
                           u"builder '%1' returned no connector"_s.arg(name));
    return connector;
}

} // namespace hd
