#include "app/sim/SimScenarioGenerator.h"

#include "app/sim/SimServer.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace hd::sim {

namespace {

constexpr int kMaxPerChannel = 1'000'000;

// A few buyer phrasings, so bodies differ in length and words; the number keeps each unique.
const char16_t *const kPhrases[] = {
    u"Hello, where is my order? It has not arrived yet.",
    u"Can you send me the tracking number please?",
    u"The item arrived damaged, I would like a refund.",
    u"Do you ship to Germany? How long does it take?",
    u"I ordered the wrong size, can I exchange it?",
};

} // namespace

Result<QJsonObject> SimScenarioGenerator::generate(SimServer &server, const QJsonObject &request)
{
    const QJsonArray channels = request.value(u"channels"_s).toArray();
    const int perChannel = request.value(u"perChannel"_s).toInt(0);
    const int perConversation = request.value(u"perConversation"_s).toInt(4);
    const QString tag = request.value(u"tag"_s).toString(u"g"_s);
    if (channels.isEmpty())
        return Error::make(Error::Code::InvalidArgument, u"generate needs \"channels\": [injector names]"_s);
    if (perChannel <= 0 || perChannel > kMaxPerChannel)
        return Error::make(Error::Code::InvalidArgument,
                           u"generate needs \"perChannel\" between 1 and %1"_s.arg(kMaxPerChannel));
    if (perConversation <= 0)
        return Error::make(Error::Code::InvalidArgument, u"\"perConversation\" must be positive"_s);
    if (tag.isEmpty() || tag.contains(u' '))
        return Error::make(Error::Code::InvalidArgument, u"\"tag\" must be a non-empty word"_s);

    const QStringList known = server.injectorChannels();
    QJsonObject out;
    qint64 total = 0;
    QSet<QString> seen;
    for (const QJsonValue &v : channels) {
        const QString spec = v.toString();
        const QString injector = spec.section(u':', 0, 0);
        const QString platform = spec.section(u':', 1);
        if (!known.contains(injector))
            return Error::make(
                Error::Code::NotFound,
                u"generate: no injector for channel '%1' (known: %2)"_s.arg(injector, known.join(u", "_s)));
        if (seen.contains(spec))
            return Error::make(Error::Code::InvalidArgument, u"generate: channel '%1' listed twice"_s.arg(spec));
        seen.insert(spec);
        // Fixed-width buyer names: no buyer's name is a prefix of another's (eBay's injector finds
        // a buyer's conversation by its title).
        const QString shortName = QString(spec).replace(u':', u'-');
        QJsonArray messages;
        QStringList conversations;
        for (int i = 0; i < perChannel; ++i) {
            const int buyer = i / perConversation;
            QJsonObject in{
                {u"buyer"_s, u"%1_%2_b%3"_s.arg(tag, shortName).arg(buyer, 6, 10, QChar(u'0'))},
                {u"name"_s, u"Buyer %1 %2"_s.arg(tag).arg(buyer)},
                {u"text"_s,
                 u"%1 (%2 %3 #%4)"_s.arg(QStringView(kPhrases[i % std::size(kPhrases)]), tag, shortName).arg(i)}};
            if (!platform.isEmpty())
                in.insert(u"platform"_s, platform);
            Result<QJsonObject> created = server.inject(injector, in);
            if (!created)
                return created.error();
            messages.append(created->value(u"messageId"_s).toString());
            const QString conversation = created->value(u"conversationId"_s).toString();
            if (conversations.isEmpty() || conversations.constLast() != conversation)
                conversations.append(conversation);
        }
        total += messages.size();
        out.insert(
            spec,
            QJsonObject{{u"messages"_s, messages}, {u"conversations"_s, QJsonArray::fromStringList(conversations)}});
    }
    return QJsonObject{{u"channels"_s, out}, {u"total"_s, total}};
}

} // namespace hd::sim
