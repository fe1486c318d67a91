#pragma once

#include <QString>
#include <QtGlobal>

namespace hd {

/// A buyer, across every channel they write on (see CustomerIdentity).
struct Customer {
    qint64 id = 0;
    QString displayName;
    QString email;
    QString phone;
    QString country;   ///< ISO 3166-1 alpha-2
    QString language;  ///< preferred ISO 639-1
    QString postcode;
    qint64 createdAt = 0;
    qint64 mergedInto = 0; ///< non-zero when merged into another profile
};

/// How one channel knows a customer: a relay alias, an eBay user name, a PSID, an e-mail address.
struct CustomerIdentity {
    qint64 id = 0;
    qint64 customerId = 0;
    qint64 channelId = 0;
    QString externalId;
    QString displayName;
};

} // namespace hd
