#include "core/workflow/rules/Rule.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace hd {
using namespace Qt::StringLiterals;

namespace {
const QString kStopMarker = u"stop_processing"_s;

Error bad(const QString &what)
{
    return Error::make(Error::Code::InvalidArgument, what);
}
} // namespace

Status Rule::validate() const
{
    if (name.trimmed().isEmpty())
        return bad(u"Rule: name is empty"_s);
    Status s = condition.validate();
    if (!s)
        return s;
    if (actions.isEmpty() && !stopProcessing)
        return bad(u"Rule \"%1\": no actions"_s.arg(name));
    return {};
}

QJsonArray Rule::actionsJson() const
{
    QJsonArray out;
    for (const RuleAction &a : actions)
        out.append(a.toJson());
    if (stopProcessing)
        out.append(QJsonObject{{u"type"_s, kStopMarker}});
    return out;
}

Status Rule::setActionsFromJson(const QJsonArray &json)
{
    QList<RuleAction> parsed;
    bool stop = false;
    for (int i = 0; i < json.size(); ++i) {
        if (!json.at(i).isObject())
            return bad(u"Action %1: must be an object"_s.arg(i));
        const QJsonObject o = json.at(i).toObject();
        if (o.value(u"type"_s).toString() == kStopMarker) {
            stop = true;
            continue;
        }
        auto a = RuleAction::fromJson(o);
        if (!a)
            return bad(u"Action %1: %2"_s.arg(QString::number(i), a.error().message.mid(8)));
        parsed << a.value();
    }
    actions = parsed;
    stopProcessing = stop;
    return {};
}

Status Rule::setActionsFromJsonText(const QByteArray &text)
{
    if (text.trimmed().isEmpty())
        return setActionsFromJson({});
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &err);
    if (err.error != QJsonParseError::NoError)
        return Error::make(Error::Code::Parse,
                           u"Actions are not valid JSON: %1 at offset %2"_s.arg(err.errorString()).arg(err.offset));
    if (!doc.isArray())
        return Error::make(Error::Code::Parse, u"Actions must be a JSON array"_s);
    return setActionsFromJson(doc.array());
}

QJsonObject Rule::toJson() const
{
    QJsonArray acts;
    for (const RuleAction &a : actions)
        acts.append(a.toJson());
    return QJsonObject{
        {u"id"_s, double(id)},
        {u"name"_s, name},
        {u"event"_s, ruleEventToString(event)},
        {u"condition"_s, condition.toJson()},
        {u"actions"_s, acts},
        {u"enabled"_s, enabled},
        {u"position"_s, position},
        {u"stopProcessing"_s, stopProcessing},
        {u"createdAt"_s, double(createdAt)},
    };
}

Result<Rule> Rule::fromJson(const QJsonObject &json)
{
    Rule r;
    r.id = qint64(json.value(u"id"_s).toDouble(0));
    r.name = json.value(u"name"_s).toString();
    bool ok = false;
    const QString event = json.value(u"event"_s).toString();
    r.event = ruleEventFromString(event, &ok);
    if (!ok) {
        return bad(u"Rule \"%1\": unknown event \"%2\" (expected one of %3)"_s.arg(r.name,
                                                                                   event,
                                                                                   ruleEventNames().join(u", "_s)));
    }
    auto cond = Condition::fromJson(json.value(u"condition"_s).toObject());
    if (!cond)
        return bad(u"Rule \"%1\": %2"_s.arg(r.name, cond.error().message));
    r.condition = cond.value();
    QJsonArray acts = json.value(u"actions"_s).toArray();
    if (json.value(u"stopProcessing"_s).toBool())
        acts.append(QJsonObject{{u"type"_s, kStopMarker}});
    Status s = r.setActionsFromJson(acts);
    if (!s)
        return bad(u"Rule \"%1\": %2"_s.arg(r.name, s.error().message));
    r.enabled = json.value(u"enabled"_s).toBool(true);
    r.position = json.value(u"position"_s).toInt(0);
    r.createdAt = qint64(json.value(u"createdAt"_s).toDouble(0));
    s = r.validate();
    if (!s)
        return s.error();
    return r;
}

} // namespace hd
