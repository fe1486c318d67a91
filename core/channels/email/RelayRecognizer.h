#pragma once

#include "core/channels/email/ParsedMail.h"
#include "core/domain/Channel.h"

#include <QString>

namespace hd {

/// What a marketplace relay mail tells us beyond its headers.
struct RelayInfo
{
    bool isRelay = false;
    ChannelKind platform = ChannelKind::Email;
    QString marketplace;   ///< "DE", "UK", "JP", "US"...; empty when the relay does not say
    QString orderId;       ///< Amazon 3-7-7, eBay 2-5-5, Walmart 13-15 digits, Etsy receipt
    QString relayToken;    ///< Amazon "[commMgrTok:…]" as written; must be kept on the reply
    QString relayAddress;  ///< the anonymised buyer address replies go to
    QString buyerName;     ///< "Alisa" from "Alisa - Amazon Marketplace"
    bool readOnly = false; ///< Etsy notifications: answered on Etsy, not by e-mail
    QString link;          ///< where to answer (Etsy conversation link)
};

/// Recognises marketplace relay mail (pure, no I/O): Amazon Buyer-Seller Messaging
/// (`@marketplace.amazon.<tld>`, marketplace from the TLD, order id from the subject, the
/// `[commMgrTok:…]` thread token), eBay (`members.ebay.<tld>`), Walmart (`relay.walmart.com`) and
/// Etsy notifications (`mail.etsy.com` / `etsy.com`, read-only with a link).
class RelayRecognizer final
{
public:
    static RelayInfo recognize(const ParsedMail &mail);
    /// "DE" for "marketplace.amazon.de", "UK" for "...amazon.co.uk"; empty when unknown.
    static QString amazonMarketplace(const QString &domain);
    /// "US" for "members.ebay.com", "UK" for "members.ebay.co.uk"; empty when unknown.
    static QString ebayMarketplace(const QString &domain);
    /// The Amazon thread token in a text ("[commMgrTok:AF9E104T7W2Q2]"), or empty.
    static QString findAmazonToken(const QString &text);
};

} // namespace hd
