#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace hd {

/// What is known about one buyer profile for merge scoring.
struct CustomerFacts
{
    qint64 customerId = 0;
    QString name;
    QStringList emails; ///< the profile's e-mail and every e-mail its identities and orders carry
    QString postcode;
    QStringList orderNumbers; ///< order numbers of the profile's orders and of its conversations' orders
};

/// How alike two profiles are, 0-100, and why ("order", "email", "name_postcode", "name").
struct MergeScore
{
    int score = 0;
    QStringList reasons; ///< stable keys, strongest first
    QString sharedOrder; ///< the order number behind "order"
    QString sharedEmail; ///< the address behind "email"
};

/// Scores merge suggestions (pure): a shared order number is the strongest sign (60), the same
/// e-mail address next (50, relay aliases included: one alias is one buyer), then the same name and
/// postcode (40); the same name alone adds 10. Names compare without case, accents, punctuation or
/// word order; postcodes without spaces and dashes. 50 or more is worth suggesting.
class CustomerMergeScorer final
{
public:
    static constexpr int kSuggestThreshold = 50;

    static MergeScore score(const CustomerFacts &a, const CustomerFacts &b);
    /// "anna schmidt" for "Schmidt, Anna" and "ANNA SCHMİDT"; empty for empty.
    static QString normalizeName(const QString &name);
    static QString normalizePostcode(const QString &postcode);
    static QString normalizeEmail(const QString &email);
    /// The reasons in words for the agent ("same order 111-…", "same e-mail", …), translated.
    static QString describe(const MergeScore &score);
};

} // namespace hd
