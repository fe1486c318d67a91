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
#include <QJsonObject>
#include <QTimeZone>

namespace hd::cli {
using namespace Qt::StringLiterals;

namespace {
QString stamp(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODate) : u"-"_s;
}

/// Runs a connection test to its end. Returns the failure text, empty on success. `toSave` gets
/// the secrets to store afterwards (Shopee rotates its refresh token during the test).
QString runTest(ChannelSetup &setup,
                const Channel &channel,
                const ChannelSetup::Secrets &secrets,
                ChannelSetup::Secrets *toSave = nullptr)
{
    QString failure;
    bool answered = false;
    setup.testForSave(channel,
                      secrets,
                      [&](Status ok, std::optional<ChannelFailure> f, const ChannelSetup::Secrets &keep) {
                          if (toSave)
                              *toSave = keep;
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

/// Reads the --secret NAME=ENV / NAME=- values. Returns the problem, empty on success.
QString readSecrets(const QCommandLineParser &parser, ChannelSetup::Secrets &values)
{
    QTextStream in(stdin);
    for (const QString &spec : parser.values(u"secret"_s)) {
        const qsizetype eq = spec.indexOf(u'=');
        if (eq <= 0)
            return u"--secret wants NAME=ENV or NAME=-"_s;
        const QString name = spec.left(eq), source = spec.mid(eq + 1);
        QString value;
        if (source == "-"_L1) {
            value = in.readLine();
        } else {
            if (!qEnvironmentVariableIsSet(source.toLocal8Bit().constData()))
                return u"environment variable %1 is not set"_s.arg(source);
            value = qEnvironmentVariable(source.toLocal8Bit().constData());
        }
        if (value.isEmpty())
            return u"secret %1 is empty"_s.arg(name);
        values.insert(name, value);
    }
    return {};
}

/// The --config value (inline JSON or @file) as an object. Returns the problem, empty on success.
QString readConfig(const QCommandLineParser &parser, QJsonObject &object)
{
    QString config = parser.isSet(u"config"_s) ? parser.value(u"config"_s) : u"{}"_s;
    if (config.startsWith(u'@')) {
        QFile f(config.mid(1));
        if (!f.open(QIODevice::ReadOnly))
            return u"cannot read %1"_s.arg(config.mid(1));
        config = QString::fromUtf8(f.readAll());
    }
    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(config.toUtf8(), &jsonError);
    if (!doc.isObject())
        return u"--config is not a JSON object%1"_s.arg(
            jsonError.error == QJsonParseError::NoError ? QString() : u" ("_s + jsonError.errorString() + u')');
    object = doc.object();
    return {};
}
} // namespace

void ChannelsCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(u"action"_s,
                                 u"list | add | update ID | test ID | enable ID | disable ID"_s,
                                 u"ACTION [ID]"_s);
    parser.addOption({u"kind"_s, u"add: email, ebay, shopee, tiktok, facebook, instagram, amazon, ..."_s, u"KIND"_s});
    parser.addOption({u"name"_s, u"add, update: the channel's name (\"eBay US store\")."_s, u"NAME"_s});
    parser.addOption({u"marketplace"_s, u"add, update: region or site (US, DE, SG)."_s, u"CODE"_s});
    parser.addOption(
        {u"config"_s,
         u"add: non-secret settings as JSON, or @file.json; update: the keys given replace the saved ones."_s,
         u"JSON"_s});
    parser.addOption({u"secret"_s,
                      u"add, update: NAME=ENV reads secret NAME from environment variable ENV; NAME=- reads it from "
                      "standard input (repeatable). Secrets go to the keychain only."_s,
                      u"NAME=SOURCE"_s});
    parser.addOption({u"no-test"_s, u"add, update: save without testing the connection first."_s});
    parser.addOption({u"clear-secret"_s,
                      u"update: remove stored secret NAME (e.g. a cached access_token) (repeatable)."_s,
                      u"NAME"_s});
    parser.addOption({u"json"_s, u"list: one JSON object per channel, with its settings (never its secrets)."_s});
}

int ChannelsCommand::update(CliContext &context, const QCommandLineParser &parser, ChannelSetup &setup)
{
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(1).toLongLong(&ok);
    if (!ok || id <= 0)
        return context.fail(u"channels update: give the channel id (see channels list)"_s, ExitUsage);
    auto saved = setup.channel(id);
    if (!saved)
        return context.fail(u"channels update: "_s + saved.error().message, ExitUsage);
    Channel channel = saved.value();
    if (parser.isSet(u"kind"_s))
        return context.fail(u"channels update: a channel's type cannot change; add a new channel"_s, ExitUsage);
    if (parser.isSet(u"name"_s)) {
        channel.name = parser.value(u"name"_s).trimmed();
        if (channel.name.isEmpty())
            return context.fail(u"channels update: --name cannot be empty"_s, ExitUsage);
    }
    if (parser.isSet(u"marketplace"_s))
        channel.marketplace = parser.value(u"marketplace"_s).trimmed().toUpper();
    QJsonObject changes;
    if (QString problem = readConfig(parser, changes); !problem.isEmpty())
        return context.fail(u"channels update: "_s + problem, ExitUsage);
    QJsonObject config = QJsonDocument::fromJson(channel.configJson.toUtf8()).object();
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
        config.insert(it.key(), it.value());
    channel.configJson = QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact));
    ChannelSetup::Secrets values;
    if (QString problem = readSecrets(parser, values); !problem.isEmpty())
        return context.fail(u"channels update: "_s + problem, ExitUsage);
    for (const QString &name : parser.values(u"clear-secret"_s)) {
        if (values.contains(name))
            return context.fail(u"channels update: secret %1 is both set and cleared"_s.arg(name), ExitUsage);
        values.insert(name, QString()); // an empty value removes the stored secret
    }
    const Channel &before = saved.value();
    const bool unchanged = channel.name == before.name && channel.marketplace == before.marketplace
        && config == QJsonDocument::fromJson(before.configJson.toUtf8()).object();
    if (unchanged && values.isEmpty())
        return context.fail(u"channels update: nothing to change (--name, --marketplace, --config, --secret, "
                            "--clear-secret)"_s,
                            ExitUsage);
    if (!parser.isSet(u"no-test"_s)) {
        // The saved secrets stand in for the ones not given; a cleared one is tested as absent.
        const QString failure = runTest(setup, channel, values, &values);
        if (!failure.isEmpty())
            return context.fail(u"channels update: the connection test failed, nothing was changed: "_s + failure,
                                ExitRuntime);
    }
    // Secrets first: if the keychain refuses them the old settings still match the old secrets.
    if (auto s = setup.updateSecrets(channel, values); !s)
        return context.fail(u"channels update: "_s + s.error().message, ExitRuntime);
    if (auto s = setup.updateSettings(channel); !s)
        return context.fail(u"channels update: "_s + s.error().message, ExitRuntime);
    context.out() << u"channel %1 updated"_s.arg(id) << Qt::endl;
    return ExitOk;
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
        if (parser.isSet(u"json"_s)) {
            for (const Channel &c : std::as_const(channels.value())) {
                const ChannelState st = states->value(c.id);
                const QJsonObject row{{u"id"_s, c.id},
                                      {u"kind"_s, channelKindToString(c.kind)},
                                      {u"name"_s, c.name},
                                      {u"marketplace"_s, c.marketplace},
                                      {u"enabled"_s, c.enabled},
                                      {u"config"_s, QJsonDocument::fromJson(c.configJson.toUtf8()).object()},
                                      {u"state"_s, channelSyncStateToString(st.state)},
                                      {u"lastSuccessAt"_s, st.lastSuccessAt},
                                      {u"detail"_s, st.detail}};
                out << QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact)) << Qt::endl;
            }
            return ExitOk;
        }
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

    if (action == "update"_L1)
        return update(context, parser, setup);

    if (action != "add"_L1)
        return context.fail(u"channels: unknown action '%1' (list, add, update, test, enable or disable)"_s.arg(action),
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
    QJsonObject config;
    if (QString problem = readConfig(parser, config); !problem.isEmpty())
        return context.fail(u"channels add: "_s + problem, ExitUsage);
    channel.configJson = QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact));
    channel.enabled = true;
    channel.createdAt = context.clock().nowMs();

    ChannelSetup::Secrets values;
    if (QString problem = readSecrets(parser, values); !problem.isEmpty())
        return context.fail(u"channels add: "_s + problem, ExitUsage);
    if (!parser.isSet(u"no-test"_s)) {
        const QString failure = runTest(setup, channel, values, &values);
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
