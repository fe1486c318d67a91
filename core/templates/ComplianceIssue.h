#pragma once

#include <QString>

namespace hd {

/// Block stops the send; Warn asks the agent to confirm. Stored as "block" / "warn".
enum class ComplianceSeverity { Warn, Block };

/// One problem in an outgoing text, for underlining in the reply editor.
struct ComplianceIssue
{
    QString ruleId; ///< stable id, see complianceRuleId(): "external_link", "phone_number", ...
    ComplianceSeverity severity = ComplianceSeverity::Warn;
    QString message; ///< plain words for the agent, translated (context "hd::ComplianceChecker")
    int start = 0;   ///< UTF-16 index into the checked text
    int length = 0;  ///< 0 for issues about the whole message (e.g. the Messenger reply window)
    QString excerpt; ///< the offending text (empty when length is 0)

    bool operator==(const ComplianceIssue &) const = default;
};

} // namespace hd
