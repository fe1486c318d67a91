#pragma once

// Phrase patterns behind ComplianceChecker, compiled once. Kept apart so the lists can grow without
// the checker's logic moving. Every pattern is case-insensitive and Unicode-aware; Latin phrases are
// anchored on word boundaries, CJK phrases are not (no spaces between words).

#include <QList>
#include <QRegularExpression>

namespace hd::CompliancePatterns {

struct Phrase
{
    QRegularExpression re;
    bool strong = true; ///< false: weak cue ("discount"), reported as a warning whatever the policy
};

const QList<Phrase> &marketing();
const QList<QRegularExpression> &reviewRequest();
const QList<QRegularExpression> &reviewIncentive();
const QList<QRegularExpression> &offPlatformContact();
const QList<QRegularExpression> &offPlatformPayment();
/// Words that announce a phone number: "call", "WhatsApp", "Telefon", "电话", ...
const QRegularExpression &phoneCue();
/// Stopword-based guess: the language code ("de", "es", ...) that clearly dominates a Latin-script
/// text over English, or empty.
QString dominantNonEnglishLatinLanguage(const QString &text);

} // namespace hd::CompliancePatterns
