#include "app/cli/commands/ChannelsCommand.h"

#include "app/cli/CliContext.h"
#include "core/security/SecretStoreFactory.h"
#include "core/sync/BuiltinConnectors.h"
#include "core/sync/ChannelSetup.h"
#include "core/sync/ChannelStateRepository.h"
#include "core/sync/ConnectorFactory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QTimeZone>

namespace hd::cli {
using namespace Qt::StringLiterals;

namespace {
QString stamp(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODate) : u"-"_s;
}

/// Runs a connection test to its end. Returns the failure text, empty on success.
QString runTest(ChannelSetup &setup, const Channel &channel, const ChannelSetup::Secrets &secrets)
{
    QString failure;
    bool answered = false;
    setup.test(channel, secrets, [&](Status ok, std::optional<ChannelFailure> f) {
        if (!ok || f)
            failure = f && !f->message.isEmpty() ? f->message
                : ok                             ? u"the channel refused the test"_s
                                                 : ok.error().message;
        answered = true;
        QCoreApplication::exit(0);
    });
    if (!answered)
        QCoreApplication::exec();
    return failure;
}
} // namespace

void ChannelsCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(u"action"_s, u"list | add | test ID | enable ID | disable ID"_s, u"ACTION [ID]"_s);
    parser.addOption({u"kind"_s, u"add: email, ebay, shopee, tiktok, facebook, instagram, amazon, ..."_s, u"KIND"_s});
    parser.addOption({u"name"_s, u"add: the channel's name (\"eBay US store\")."_s, u"NAME"_s});
    parser.addOption({u"marketplace"_s, u"add: region or site (US, DE, SG)."_s, u"CODE"_s});
    parser.addOption({u"config"_s, u"add: non-secret settings as JSON, or @file.json."_s, u"JSON"_s});
    parser.addOption({u"secret"_s,
                      u"add: NAME=ENV reads secret NAME from environment variable ENV; NAME=- reads it from "
                      "standard input (repeatable). Secrets go to the keychain only."_s,
                      u"NAME=SOURCE"_s});
    parser.addOption({u"no-test"_s, u"add: save without testing the connection first."_s});
}

int ChannelsCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0, u"list"_s);
    Workspace *ws = context.workspace();
    if (!ws)
        return ExitRuntime;
    QTextStream &out = context.out();

    if (action == "list"_L1) {
        auto channels = ws->directory().channels();
        auto states = ChannelStateRepository(ws->database()).all();
        if (!channels || !states)
            return context.fail(u"channels: cannot read the channels"_s, ExitRuntime);
        out << u"ID\tKIND\tNAME\tMARKET\tENABLED\tSTATE\tLAST SYNC\tNEXT ATTEMPT\tDETAIL"_s << Qt::endl;
        for (const Channel &c : std::as_const(channels.value())) {
            const ChannelState s = states->value(c.id);
            out << c.id << '\t' << channelKindToString(c.kind) << '\t' << c.name << '\t' << c.marketplace << '\t'
                << (c.enabled ? "yes" : "no") << '\t' << channelSyncStateToString(s.state) << '\t'
                << stamp(s.lastSuccessAt) << '\t' << stamp(s.nextAttemptAt) << '\t' << s.detail << Qt::endl;
        }
        return ExitOk;
    }

    std::unique_ptr<SecretStore> secrets = SecretStoreFactory::create(SecretStoreFactory::optionsFromSettings());
    ConnectorFactory factory(secrets.get(), context.clock());
    registerBuiltinConnectors(factory);
    ChannelSetup setup(ws->database(), factory, secrets.get());

    if (action == "test"_L1) {
        bool ok = false;
        const qint64 id = args.value(1).toLongLong(&ok);
        if (!ok || id <= 0)
            return context.fail(u"channels test: give the channel id (see channels list)"_s, ExitUsage);
        auto channel = setup.channel(id);
        if (!channel)
            return context.fail(u"channels test: "_s + channel.error().message, ExitUsage);
        const QString failure = runTest(setup, channel.value(), {});
        if (!failure.isEmpty())
            return context.fail(u"channels test: %1: %2"_s.arg(channel->name, failure), ExitRuntime);
        out << u"%1 [%2]: connection ok"_s.arg(channel->name).arg(id) << Qt::endl;
        return ExitOk;
    }

    if (action == "enable"_L1 || action == "disable"_L1) {
        bool ok = false;
        const qint64 id = args.value(1).toLongLong(&ok);
        if (!ok || id <= 0)
            return context.fail(u"channels %1: give the channel id (see channels list)"_s.arg(action), ExitUsage);
        if (auto channel = setup.channel(id); !channel)
            return context.fail(u"channels %1: "_s.arg(action) + channel.error().message, ExitUsage);
        if (auto s = setup.setEnabled(id, action == "enable"_L1); !s)
            return context.fail(u"channels %1: "_s.arg(action) + s.error().message, ExitRuntime);
        out << u"channel %1 %2d"_s.arg(id).arg(action) << Qt::endl;
        return ExitOk;
    }

    if (action != "add"_L1)
        return context.fail(u"channels: unknown action '%1' (list, add, test, enable or disable)"_s.arg(action),
                            ExitUsage);

    bool kindOk = false;
    Channel channel;
    channel.kind = channelKindFromString(parser.value(u"kind"_s), &kindOk);
    if (!kindOk)
        return context.fail(u"channels add: --kind '%1' is not a channel type"_s.arg(parser.value(u"kind"_s)),
                            ExitUsage);
    channel.name = parser.value(u"name"_s).trimmed();
    if (channel.name.isEmpty())
        return context.fail(u"channels add: --name is required"_s, ExitUsage);
    channel.marketplace = parser.value(u"marketplace"_s).trimmed().toUpper();
    QString config = parser.isSet(u"config"_s) ? parser.value(u"config"_s) : u"{}"_s;
    if (config.startsWith(u'@')) {
        QFile f(config.mid(1));
        if (!f.open(QIODevice::ReadOnly))
            return context.fail(u"channels add: cannot read %1"_s.arg(config.mid(1)), ExitUsage);
        config = QString::fromUtf8(f.readAll());
    }
    QJsonParseError jsonError;
    if (!QJsonDocument::fromJson(config.toUtf8(), &jsonError).isObject())
        return context.fail(u"channels add: --config is not a JSON object%1"_s.arg(
                                jsonError.error == QJsonParseError::NoError ? QString()
                                                                            : u" ("_s + jsonError.errorString() + u')'),
                            ExitUsage);
    channel.configJson = config;
    channel.enabled = true;
    channel.createdAt = context.clock().nowMs();

    ChannelSetup::Secrets values;
    QTextStream in(stdin);
    for (const QString &spec : parser.values(u"secret"_s)) {
        const qsizetype eq = spec.indexOf(u'=');
        if (eq <= 0)
            return context.fail(u"channels add: --secret wants NAME=ENV or NAME=-"_s, ExitUsage);
        const QString name = spec.left(eq), source = spec.mid(eq + 1);
        QString value;
        if (source == "-"_L1) {
            value = in.readLine();
        } else {
            if (!qEnvironmentVariableIsSet(source.toLocal8Bit().constData()))
                return context.fail(u"channels add: environment variable %1 is not set"_s.arg(source), ExitUsage);
            value = qEnvironmentVariable(source.toLocal8Bit().constData());
        }
        if (value.isEmpty())
            return context.fail(u"channels add: secret %1 is empty"_s.arg(name), ExitUsage);
        values.insert(name, value);
    }
    if (!parser.isSet(u"no-test"_s)) {
        const QString failure = runTest(setup, channel, values);
        if (!failure.isEmpty())
            return context.fail(u"channels add: the connection test failed, nothing was saved: "_s + failure,
                                ExitRuntime);
    }
    auto id = setup.add(channel, values);
    if (!id)
        return context.fail(u"channels add: "_s + id.error().message, ExitRuntime);
    out << id.value() << Qt::endl;
    return ExitOk;
}

} // namespace hd::cli
