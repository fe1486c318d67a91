#include "core/channels/email/EmailMessageMapper.h"

#include <QCoreApplication>

namespace hd {
using namespace Qt::StringLiterals;

QString EmailMessageMapper::externalId(const ParsedMail &mail)
{
    return mail.messageId.isEmpty() ? u"sha256:"_s + mail.contentHash : mail.messageId;
}

QString EmailMessageMapper::threadRefs(const ParsedMail &mail, const RelayInfo &relay)
{
    QStringList parts;
    // Long chains: the root and the most recent ids are what matter for threading.
    QStringList ids = mail.threadIds();
    if (ids.size() > 40)
        ids = ids.mid(0, 1) + ids.mid(ids.size() - 39);
    for (const QString &id : std::as_const(ids))
        parts << u'<' + id + u'>';
    if (!relay.relayToken.isEmpty())
        parts << relay.relayToken;
    return parts.join(u' ');
}

InboundMessage EmailMessageMapper::map(const ParsedMail &mail,
                                       qint64 channelId,
                                       const QString &ownAddress,
                                       const QString &attachmentRefBase,
                                       qint64 fallbackSentAt)
{
    const RelayInfo relay = RelayRecognizer::recognize(mail);
    InboundMessage m;
    m.channelId = channelId;
    m.externalId = externalId(mail);
    m.threadRefs = threadRefs(mail, relay);
    m.subject = mail.subject;
    m.bodyText = mail.bodyText;
    m.bodyHtml = mail.bodyHtml;
    m.sentAt = mail.dateMs > 0 ? mail.dateMs : fallbackSentAt;
    // A mail we sent ourselves (a copy in the mailbox, or sent from another client) is history.
    const bool fromUs = !ownAddress.isEmpty() && mail.fromAddress.compare(ownAddress, Qt::CaseInsensitive) == 0;
    m.direction = fromUs ? u"outbound"_s : u"inbound"_s;

    if (fromUs) {
        const QString to = mail.toAddresses.value(0);
        m.customerExternalId = to.toLower();
        m.customerEmail = to.toLower();
    } else {
        m.customerExternalId = (relay.relayAddress.isEmpty() ? mail.fromAddress : relay.relayAddress).toLower();
        m.customerEmail = m.customerExternalId;
        m.customerName = relay.isRelay && !relay.buyerName.isEmpty() ? relay.buyerName : mail.fromName;
    }
    if (m.customerName.isEmpty())
        m.customerName = m.customerEmail.section(u'@', 0, 0);

    // The thread: a relay thread is (relay address, order id); otherwise the root of References.
    const QStringList ids = mail.threadIds();
    if (relay.isRelay && relay.platform == ChannelKind::Etsy && !relay.link.isEmpty()) {
        m.conversationExternalId = u"etsy:"_s + relay.link;
    } else if (relay.isRelay && !relay.orderId.isEmpty() && relay.platform != ChannelKind::Etsy) {
        m.conversationExternalId =
            channelKindToString(relay.platform) + u':' + m.customerExternalId + u':' + relay.orderId;
    } else if (!ids.isEmpty()) {
        m.conversationExternalId = ids.first();
    } else {
        m.conversationExternalId = m.externalId;
    }

    if (relay.isRelay) {
        m.relayPlatform = channelKindToString(relay.platform);
        m.relayMarketplace = relay.marketplace;
        m.orderExternalId = relay.orderId;
        m.customerCountry = relay.marketplace == "UK"_L1 ? u"GB"_s : relay.marketplace;
        m.tags << channelKindToString(relay.platform);
        if (relay.readOnly) {
            m.tags << u"read-only"_s;
            if (!relay.link.isEmpty())
                m.bodyText += u"\n\n"_s
                    + QCoreApplication::translate("hd::EmailMessageMapper", "Answer this buyer on Etsy: %1")
                          .arg(relay.link);
        }
    }

    for (const MailAttachment &a : mail.attachments) {
        InboundAttachment att;
        att.filename = a.filename;
        att.mimeType = a.mimeType;
        att.sizeBytes = a.sizeBytes;
        att.contentSha256 = a.contentSha256;
        att.externalRef = attachmentRefBase.isEmpty() ? a.partPath : attachmentRefBase + u"/;SECTION="_s + a.partPath;
        m.attachments << att;
    }
    return m;
}

} // namespace hd
