#include "core/storage/CustomerMergeScorer.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace hd {
using namespace Qt::StringLiterals;

QString CustomerMergeScorer::normalizeName(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString cleaned;
    cleaned.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        cleaned += c.isLetterOrNumber() ? c : u' ';
    }
    QStringList words = cleaned.split(u' ', Qt::SkipEmptyParts);
    std::sort(words.begin(), words.end());
    return words.join(u' ');
}

QString CustomerMergeScorer::normalizePostcode(const QString &postcode)
{
    QString out;
    for (const QChar c : postcode)
        if (c.isLetterOrNumber())
            out += c.toUpper();
    return out;
}

QString CustomerMergeScorer::normalizeEmail(const QString &email)
{
    return email.trimmed().toLower();
}

MergeScore CustomerMergeScorer::score(const CustomerFacts &a, const CustomerFacts &b)
{
    MergeScore s;
    if (a.customerId != 0 && a.customerId == b.customerId)
        return s;
    QSet<QString> ordersA;
    for (const QString &o : a.orderNumbers)
        if (!o.trimmed().isEmpty())
            ordersA.insert(o.trimmed());
    for (const QString &o : b.orderNumbers) {
        if (ordersA.contains(o.trimmed())) {
            s.score += 60;
            s.reasons << u"order"_s;
            s.sharedOrder = o.trimmed();
            break;
        }
    }
    QSet<QString> emailsA;
    for (const QString &e : a.emails)
        if (const QString n = normalizeEmail(e); n.contains(u'@'))
            emailsA.insert(n);
    for (const QString &e : b.emails) {
        const QString n = normalizeEmail(e);
        if (n.contains(u'@') && emailsA.contains(n)) {
            s.score += 50;
            s.reasons << u"email"_s;
            s.sharedEmail = n;
            break;
        }
    }
    const QString nameA = normalizeName(a.name);
    const bool sameName = !nameA.isEmpty() && nameA == normalizeName(b.name);
    const QString postA = normalizePostcode(a.postcode);
    if (sameName && !postA.isEmpty() && postA == normalizePostcode(b.postcode)) {
        s.score += 40;
        s.reasons << u"name_postcode"_s;
    } else if (sameName) {
        s.score += 10;
        s.reasons << u"name"_s;
    }
    s.score = std::min(s.score, 100);
    return s;
}

QString CustomerMergeScorer::describe(const MergeScore &score)
{
    QStringList parts;
    for (const QString &r : score.reasons) {
        if (r == "order"_L1)
            parts << QCoreApplication::translate("hd::CustomerMergeScorer", "same order %1").arg(score.sharedOrder);
        else if (r == "email"_L1)
            parts << QCoreApplication::translate("hd::CustomerMergeScorer", "same e-mail %1").arg(score.sharedEmail);
        else if (r == "name_postcode"_L1)
            parts << QCoreApplication::translate("hd::CustomerMergeScorer", "same name and postcode");
        else if (r == "name"_L1)
            parts << QCoreApplication::translate("hd::CustomerMergeScorer", "same name");
    }
    return parts.join(u", "_s);
}

} // namespace hd
