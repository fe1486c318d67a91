<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DisplayNames</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting on buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>Just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>minutes ago, short</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>hours ago, short</comment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date in the current year</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleNames</name>
    <message>
        <source>Conversation created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer&apos;s country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s order count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer lifetime value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat contacts in 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA minutes left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within business hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes since the buyer wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is one of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is none of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is less than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply with a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply an SLA policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &quot;no response needed&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to an agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round robin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>least loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the last agent who helped this buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALL of (AND)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ANY of (OR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd</name>
    <message>
        <source>A database operation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::AddChannelDialog</name>
    <message>
        <source>IMAP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(same as IMAP when empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App ID (client id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RuName (redirect URL name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for Sign in with eBay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cert ID (client secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from eBay&apos;s consent page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keystring (API key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filled in by the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token service address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for Sign in with TikTok Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop cipher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a long-lived Page token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-authorise %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. eBay US store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US, DE, SG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter tokens by hand (advanced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords, keys and tokens are stored in the system keychain only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test and save credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test and add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the channel a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish or cancel the sign-in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with %1 first, or enter the tokens by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel refused the test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection test failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::AgentTableModel</name>
    <message>
        <source>Unassigned / automated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations the agent replied to in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human replies to a waiting buyer in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolves by the agent (or of their conversations) in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::AnalysisChips</name>
    <message>
        <source>Where is my order?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return or exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged or wrong item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-sales question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargeback or legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected intent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected sentiment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::AnalyticsFilter</name>
    <message>
        <source>The report filter is not valid (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the period must come after its start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::AnalyticsRepository</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus time must be positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSAT answer is a score from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::AnalyticsView</name>
    <message>
        <source>The dashboard could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1 %2:00–%2:59</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days are counted in UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages received by weekday and hour (reporting calendar time zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace account or platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reporting event(s) disagree with the messages; the messages were used.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n conversation(s), newest first</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation type="unfinished">
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agent belongs to a team in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations assigned to the team&apos;s agents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::BackgroundTranslator</name>
    <message>
        <source>Translation is switched off in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::BuiltinConnectors</name>
    <message>
        <source>No keychain is available to read the credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel&apos;s credentials are missing; re-authorise it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The eBay channel needs its App ID and API address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Shopee channel needs its partner id and shop id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Instagram channel needs its account id and API address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Facebook channel needs its Page id and API address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TikTok Shop channel needs its app key and shop cipher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Amazon channel needs its LWA client id and marketplace ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Shopify channel needs its shop address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Etsy channel needs its keystring and shop id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Walmart channel needs its client id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::BusinessCalendar</name>
    <message>
        <source>The business hours are not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours cannot cross midnight: split %1–%2 into %1–24:00 and 00:00–%2 on the next day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::ChannelHttp</name>
    <message>
        <source>%1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 was cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected the new access token; reconnect the channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks us to slow down; syncing resumes shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had a temporary problem (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer accepts our access; reconnect the channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent an answer we could not read; will try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::ChannelOAuth</name>
    <message>
        <source>Fill in %1 before signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 channels are connected with a token, not a sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the App ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Cert ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the RuName</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keystring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the redirect address registered with Etsy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the partner id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the partner key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the app key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the app secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::ChannelSetup</name>
    <message>
        <source>The channel has no stored credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the channel a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available to store the credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no channel %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::ChannelState</name>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing off until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs re-authorisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::ChannelsPage</name>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages from each channel arrive here on its own schedule. Credentials are kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add channel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-authorise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain: this workspace&apos;s credentials are stored unencrypted in %1, as you chose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after re-authorisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::ChannelsStatusIndicator</name>
    <message>
        <source>Channel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels: not syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Channels: %n need(s) attention</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Channels: syncing %n (%1%)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Channels: syncing %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Channels: %n backing off</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Channels: %n up to date</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hd::ComplianceChecker</name>
    <message>
        <source>This channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This placeholder was not filled in. Replace it with the real value or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buyer wrote more than 24 hours ago. %1 accepts this reply only as a personal answer from you (HUMAN_AGENT tag, up to 7 days): no automated or promotional messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buyer wrote more than 7 days ago. %1 no longer accepts replies in this conversation; wait for the buyer to write again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message from the buyer is known. %1 only accepts replies to conversations the buyer started, within 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requires replies in English for US and Canada orders. This reply looks like %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requires replies in English for US and Canada orders. This reply contains text in another script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requires replies in English for US and Canada orders. This reply may be in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not allow e-mail addresses in messages to buyers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail address on %1 can look like moving the buyer off the platform. Keep the conversation here if you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not allow links to websites outside %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 discourages links to outside websites. Check that this link is needed and allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not allow phone numbers in messages to buyers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number on %1 can look like moving the buyer off the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not allow marketing or promotions in messages to buyers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reads like marketing. %1 does not allow promotional content in messages to buyers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This may read like marketing. %1 does not allow promotional content; rephrase if it is not about this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offering anything in exchange for a review is not allowed, by %1&apos;s rules and by consumer law.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offering anything in exchange for a review is not allowed in most countries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not allow asking for positive reviews or ratings. You may ask neutrally for a review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking for a positive rating can break %1&apos;s feedback rules. Ask neutrally instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not allow moving buyers to other contact channels or websites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks sellers to keep conversations and sales on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not allow payments outside %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks that all payments go through %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::ComplianceMarker</name>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::ConnectorFactory</name>
    <message>
        <source>This version cannot sync %1 channels yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel could not be set up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::ConversationFactsStore</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analytics facts could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::ConversationHeader</name>
    <message>
        <source>Remove tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a tag and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta accepts replies for 24 hours after the buyer&apos;s last message, then for 7 days with the HUMAN_AGENT tag.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::ConversationListModel</name>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority %1 · score %2 of 100</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::ConversationRepository</name>
    <message>
        <source>The conversation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::ConversationView</name>
    <message>
        <source>Note added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply queued for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation marked “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority set to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag “%1” added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag “%1” removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the buyer&apos;s only conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a conversation to read it.

j / k move through the list · Enter opens · Ctrl+F searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine translation needed: this template has no version in the buyer&apos;s language (%1); the %2 text was inserted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-translated template: check it before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the marked [[… missing]] values before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply queued for %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked “no response needed”: the response clock stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no buyer message to correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentiment corrected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent corrected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine translation: this template has no %1 version; the buyer receives the machine translation shown under the editor. Check it before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored machine translation in %1, sent as written: check it before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human-written %1 version, sent as written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::CorrectionStore</name>
    <message>
        <source>Only intent and sentiment can be corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a %2 label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No buyer message #%1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::CustomerMergeScorer</name>
    <message>
        <source>same order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same e-mail %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name and postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::CustomerPanel</name>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order linked to this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::CustomerRepository</name>
    <message>
        <source>The buyer no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::DashboardCharts</name>
    <message>
        <source>Click a point to see the conversations of that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median per day of the replies (or resolves) on that day, in hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response rate (platform rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buyer messages or threads answered within the marketplace&apos;s own limit (Amazon: every buyer message in 24 h; Etsy: thread starts in 24 h; Walmart: 48 h; Shopee and TikTok Shop chats: 12 h), out of those due in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a bar to see the conversations behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations whose first message arrived in the period, by the intent detected in the buyer&apos;s messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations whose first message arrived in the period, by the sentiment detected in the buyer&apos;s messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a slice to see the conversations behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations active on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response times (median per day, hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response, business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA met and marketplace response rate (%), the %1 busiest of %2 accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA met and marketplace response rate, by account (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA results: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response rate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intents of new conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentiment of new conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentiment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no SLA target met or missed in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no marketplace response-rate rule for this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: SLA met %2 (%3 of %4 targets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: response rate %2 (%3 of %4 answered in time; %5 late, target %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing was due under the marketplace&apos;s response-rate rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the platform honours it (Amazon), buyer messages marked &quot;no response needed&quot; are left out, as in the Response rate view.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::Database</name>
    <message>
        <source>The Qt SQL driver %1 is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder for the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace path is not a file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workspace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot configure the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database operation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::DemoSeeder</name>
    <message>
        <source>The demo workspace file is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace already has conversations; the demo is only seeded into an empty workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown channel kind in the demo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown channel in the demo: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::DirectoryRepository</name>
    <message>
        <source>There is no agent #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language code (like en or zh).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capacity is a number of conversations from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::DrillDownModel</name>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting on buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::DryRunDialog</name>
    <message numerus="yes">
        <source>On the last %n day(s) this rule would have fired on</source>
        <translation>
            <numerusform>On the last day this rule would have fired on</numerusform>
            <numerusform>On the last %n days this rule would have fired on</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(of %n looked at).</source>
        <translation>
            <numerusform>(of %n looked at).</numerusform>
            <numerusform>(of %n looked at).</numerusform>
        </translation>
    </message>
    <message>
        <source>The list shows the first %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation in the period matched the condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · conversation #%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched because: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::EbayConnector</name>
    <message>
        <source>eBay answered for another conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eBay messages can be at most %1 characters; this reply has %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::EbayOAuth</name>
    <message>
        <source>eBay needs to be connected again (no refresh token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eBay refused the saved authorisation; connect the account again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::EbayParser</name>
    <message>
        <source>eBay sent an answer we could not read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::EmailConfig</name>
    <message>
        <source>The e-mail channel settings are damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose TLS, STARTTLS or no encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A port must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the IMAP server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the IMAP user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the e-mail address replies are sent from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the mailbox to read (usually INBOX).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::EmailConnector</name>
    <message>
        <source>Unknown sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unreadable message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply has no e-mail address to go to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Etsy notifications cannot be answered by e-mail; answer on Etsy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply cannot be sent safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This attachment cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is no longer in the mailbox; the attachment is gone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::EmailMessageMapper</name>
    <message>
        <source>Answer this buyer on Etsy: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::ExportDialog</name>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary: every dashboard figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel-friendly (byte order mark, Windows line ends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolons and decimal commas (for locales that use them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily (yesterday, UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly (last Monday to Sunday, UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled: written while HarborDesk runs, or by &quot;harbordesk-cli report --run-due&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::GlossaryRepository</name>
    <message>
        <source>A glossary term cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the term&apos;s translation, or mark it to be kept as written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::HeatMapWidget</name>
    <message numerus="yes">
        <source>%1 %2:00–%2:59: %n message(s) received</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hd::ImapClient</name>
    <message>
        <source>The mail server answered in a way HarborDesk does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server could not be reached or stopped answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server refused the user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server does not offer STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server does not allow logging in on an unencrypted connection; turn on TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password contains characters the mail server cannot take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox name is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message id is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::InboxView</name>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top %1 results for “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) for “%1”</source>
        <translation>
            <numerusform>%n result for “%1”</numerusform>
            <numerusform>%n results for “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+ conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>Any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best match first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the inbox (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversations here.
New messages appear as they arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching for “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA due first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort: most urgent (priority score), newest activity, earliest SLA deadline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::IngestPipeline</name>
    <message>
        <source>The workspace is busy; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::KeychainFallbackPrompt</name>
    <message>
        <source>Credentials cannot be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no credential store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HarborDesk cannot reach a system keychain (Secret Service: GNOME Keyring or KWallet), where it keeps channel passwords and tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can store this workspace&apos;s credentials in a file instead:
%1

The file is readable only by your user account, but it is NOT encrypted: anyone who can read your files or your backups can read the tokens and use your seller accounts.

Store credentials unencrypted for this workspace? Choose No to start or unlock a keychain first, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, store unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::MainWindow</name>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open · %2 unread · %3 waiting on buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About HarborDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;HarborDesk %1&lt;/h3&gt;&lt;p&gt;One inbox for every marketplace, store and mailbox your buyers write to.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;j&lt;/b&gt; / &lt;b&gt;k&lt;/b&gt;, ↓ / ↑&lt;/td&gt;&lt;td&gt;Next / previous conversation&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Open and reply&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Send the reply or note&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Search&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Leave the search&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Refresh&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HarborDesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox &amp;layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About HarborDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search messages, buyers and orders (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled report written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled report failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor dashboard: response times, SLA, volume, CSAT, agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::MergeSuggestions</name>
    <message>
        <source>That did not work; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unnamed buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This may be the same buyer as %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile that remains; the other one&apos;s channels, conversations and orders move to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::MessageRepository</name>
    <message>
        <source>The message no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::MessagingWindow</name>
    <message>
        <source>The buyer has not written yet; the Page cannot start the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window closed: the buyer must write again before you can reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window closes in %1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window closes in %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HUMAN_AGENT tag, %1 days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HUMAN_AGENT tag, 1 day left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HUMAN_AGENT tag, %1 h left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HUMAN_AGENT tag, %1 min left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::MetaConnector</name>
    <message>
        <source>Could not reach %1; HarborDesk will retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buyer&apos;s Messenger/Instagram id is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check whether the reply was already delivered; it will be tried again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::MetricDefinitions</name>
    <message>
        <source>Counted only within business hours (the first company SLA policy on a business calendar; 24/7 when there is none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted in calendar (wall-clock) time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean (average) of the samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median: half of the samples were faster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile: 90 % of the samples were at most this long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response, business (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time from the buyer&apos;s first waiting message to the first human public reply. Auto-replies, rule or bot messages and internal notes do not count. One sample per conversation whose first reply was sent in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next response, business (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next response (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For every later human reply: time from the buyer message that started the wait (the first of a burst) to the reply. One sample per reply sent in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution, business (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution time (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time from the conversation&apos;s first buyer message (or its last reopen) to the resolve. Every resolve in the period is a sample, so a reopened conversation can count twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations first resolved in the period with exactly one human reply and not reopened by a new question within 7 days, out of all conversations first resolved in the period. A buyer&apos;s &quot;thank you&quot; that is resolved again without another reply still counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA met: first response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA met: next response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA met: resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA targets met in time, out of the targets that were met or missed in the period (marketplace and company clocks each count; from the reporting events).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey answers scored 4 or 5 out of all answers, for surveys sent in the period (1–5 scale).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT response rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surveys answered out of surveys sent in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations first resolved in the period without any human reply while an automated reply was sent, out of all conversations first resolved in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations whose first message arrived in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer messages received in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies sent in the period, human and automated (queued or failed ones excluded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve events in the period (a conversation resolved twice counts twice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved conversations reopened in the period, by an agent or by a new buyer message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations open or pending at the end of the period, whenever they were created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents&apos; focused time in a conversation (shown while the window is active, idle over 60 s not counted), per agent and conversation handled in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::MetricTile</name>
    <message>
        <source>Click to see the conversations behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no previous data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 % vs previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hd::Migrations</name>
    <message>
        <source>The workspace could not be upgraded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace was made by a newer HarborDesk (schema %1); this version understands up to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::MimeMessageParser</name>
    <message>
        <source>The e-mail is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an e-mail message: it has no headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail is too deeply nested to open its attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment was not found in the e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::NavigationPane</name>
    <message>
        <source>%1 conversations, %2 unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::NotificationBanner</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::OAuthProvider</name>
    <message>
        <source>%1 refused the sign-in code: %2. Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered the sign-in with something unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted the sign-in but sent no access token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::OAuthRedirect</name>
    <message>
        <source>Access was declined on the platform&apos;s page; nothing was connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform refused the sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in answer does not belong to the sign-in in progress (the state does not match). Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address has no authorisation code in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the address your browser shows after you allowed access, or the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That does not look like an authorisation code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::OAuthSession</name>
    <message>
        <source>The sign-in took too long and was stopped. Start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the %1 app&apos;s settings before signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the %1 app&apos;s secret before signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not send the sign-in back to this computer; paste the code instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not wait for the browser on this computer (port %1 is busy); paste the code instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HarborDesk received the sign-in. You can close this tab and return to HarborDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the eBay RuName (redirect URL name) before signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the redirect address registered for the %1 app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the sign-in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopee&apos;s answer names no shop (shop_id is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer the sign-in in time. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1 to finish the sign-in: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::OAuthSignInBox</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If no browser opened, copy this address into one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the address your browser shows after you allowed access, or the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your browser opens Shopee&apos;s authorisation page; after you allow access, Shopee sends the shop&apos;s tokens straight back to HarborDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your browser opens Etsy&apos;s consent page. If the app&apos;s redirect address is on this computer (http://127.0.0.1) HarborDesk receives the answer itself; otherwise paste the address the browser ends on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your browser opens %1&apos;s consent page. %1 only sends the answer to the web page registered for the app: after you allow access, copy the address the browser ends on (or the code it shows) and paste it below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow access in the browser, then paste the address here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to allow access in the browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing the sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be opened: copy the address above into one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1. Test and add the channel to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::OrderIngest</name>
    <message>
        <source>The workspace is busy; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The orders could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::OutboxQueue</name>
    <message>
        <source>The workspace is busy; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reply is not waiting for a retry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::OutboxSender</name>
    <message>
        <source>The conversation of the reply could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel did not accept the reply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::ReplyEditor</name>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an internal note. Only your team sees it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reply to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes are never sent to the buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as resolved and move on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting on buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside until the buyer answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reply may break the marketplace&apos;s rules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buyer&apos;s last message needs no answer (a thank-you, a notification): the response clock stops and marketplace response rates leave it out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::ReportBuilder</name>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown report kind &quot;%1&quot; (conversations, messages or summary).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::ReportDefinition</name>
    <message>
        <source>Unknown schedule &quot;%1&quot; (daily or weekly).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::ReportDefinitionRepository</name>
    <message>
        <source>There is no report definition %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scheduled report needs a name and a folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::ReportScheduler</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled report &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::ResponseRatePanel</name>
    <message numerus="yes">
        <source>every buyer message within %n h</source>
        <translation>
            <numerusform>every buyer message within %n h</numerusform>
            <numerusform>every buyer message within %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every chat within %n h</source>
        <translation>
            <numerusform>every chat within %n h</numerusform>
            <numerusform>every chat within %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the first message of each thread within %n h</source>
        <translation>
            <numerusform>the first message of each thread within %n h</numerusform>
            <numerusform>the first message of each thread within %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, over %n day(s)</source>
        <translation>
            <numerusform>%1, over %n day</numerusform>
            <numerusform>%1, over %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>auto-replies do not count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto-replies count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chats closed by automation are left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If every open conversation is answered in time: %1
If none is: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered in time, %2 late, %3 missed; %4 left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per marketplace account, counted with the platform&apos;s own rule. The forecast shows where the rate lands if the open conversations are all answered in time, or none of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No marketplace account with a response-rate rule (Amazon, Walmart, Etsy, Shopee, TikTok Shop) is connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::RuleActionApplier</name>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::RuleActionEditor</name>
    <message numerus="yes">
        <source>Snooze for %n minute(s)</source>
        <translation>
            <numerusform>Snooze for %n minute</numerusform>
            <numerusform>Snooze for %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>agent #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign %1 (everyone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign %1 (team %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: template #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA policy id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team name; empty = everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::RuleConditionEditor</name>
    <message>
        <source>Always (no condition)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A regular expression, case-insensitive (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number in major currency units, e.g. 100 or 49.90.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agent, or an agent id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low, normal, high or urgent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text, compared without regard to case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate several values with commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::RuleEditor</name>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop processing later rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Chargebacks to the senior team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::RulesPage</name>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some stored rules could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot dry-run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules run in this order when their event happens: WHEN an event, IF the condition holds, THEN the actions. Changes made by rules do not trigger other rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run (30 days)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::SecretStore</name>
    <message>
        <source>No usable keychain: the system keychain (Secret Service, e.g. GNOME Keyring or KWallet) is missing or locked. Unlock or install it, or allow storing credentials unencrypted in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential is stored for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credential needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not store or read the credential.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::ShopeeAuth</name>
    <message>
        <source>The Shopee shop needs to be authorised again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopee refused the saved authorisation; authorise the shop again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::ShopeeConnector</name>
    <message>
        <source>Shopee answered for another conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopee chat messages can be at most %1 characters; this reply has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Shopee buyer of this conversation is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::ShopeeParser</name>
    <message>
        <source>Shopee sent an answer we could not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopee asks us to slow down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopee had a temporary problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopee no longer accepts our access; reconnect the shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopee refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::SlaAlerts</name>
    <message numerus="yes">
        <source>%n conversation(s) past the deadline</source>
        <translation>
            <numerusform>%n conversation past the deadline</numerusform>
            <numerusform>%n conversations past the deadline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due soon</source>
        <translation>
            <numerusform>%n due soon</numerusform>
            <numerusform>%n due soon</numerusform>
        </translation>
    </message>
    <message>
        <source>HarborDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 is overdue by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 is due in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most urgent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::SlaBadge</name>
    <message>
        <source>Reply was due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply due by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::SlaClockRepository</name>
    <message>
        <source>Company default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::SlaDisplay</name>
    <message>
        <source>%1d</source>
        <comment>days</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <comment>days and hours</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1h</source>
        <comment>hours</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <comment>hours and minutes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1m</source>
        <comment>minutes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue %1</source>
        <comment>SLA countdown past the deadline</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused · %1</source>
        <comment>SLA clock paused, time left</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::SlaMonitor</name>
    <message>
        <source>%1 deadline (%2) missed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) due in %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::SlaPolicy</name>
    <message>
        <source>An SLA policy needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA targets cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SLA policy needs at least one target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business hours are required when the SLA runs on business time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon: reply within 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walmart: reply within 48 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopee: reply within 12 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok Shop: reply within 12 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Etsy: answer a new thread within 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eBay: respond to returns and claims in 3 business days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facebook and Instagram: 24-hour messaging window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SLA policy could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::SlaRiskModel</name>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted in business hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::SlaRiskView</name>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due within %1</source>
        <translation>
            <numerusform>%n due within %1</numerusform>
            <numerusform>%n due within %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing breaches in the next %n hour(s).
Every open conversation is within its deadlines.</source>
        <translation>
            <numerusform>Nothing breaches in the next hour.
Every open conversation is within its deadlines.</numerusform>
            <numerusform>Nothing breaches in the next %n hours.
Every open conversation is within its deadlines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next %n hour(s)</source>
        <translation>
            <numerusform>Next hour</numerusform>
            <numerusform>Next %n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>SLA at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far ahead to look</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::SmtpSender</name>
    <message>
        <source>The mail server refused the user name or password for sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server refused the reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server could not be reached to send the reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender address is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recipient address is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply has no recipient.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::SyncEngine</name>
    <message>
        <source>Not connected: this channel has no connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced by another HarborDesk on this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to this channel again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::TemplateLibrary</name>
    <message>
        <source>Template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1 (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known intent. Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shortcut &quot;%1&quot; cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every variant needs a language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 variant has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 variant is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are two %1 variants for all platforms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are two %1 variants for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another template already has id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shortcut %1 is already used by &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That template no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large to be a template export (over 16 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not contain a template export: expected a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a HarborDesk template export (&quot;format&quot; should be &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template export version %1 is not supported by this HarborDesk (supports %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no &quot;templates&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1 is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;name&quot; must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;keywords&quot; must be a list of words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;useCount&quot; must be a number of uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: it has no &quot;variants&quot; (the texts per language).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, variant %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;language&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;body&quot; (the text) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;platform&quot; must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;human&quot; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::TemplatePicker</name>
    <message>
        <source>No version in the buyer&apos;s language yet: needs machine translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested for this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a saved reply (or type its shortcut, like /wismo, and press Tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search templates…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::TemplatesPage</name>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>human</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>machine translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown placeholder {{%1}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken placeholder “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template “%1” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template “%1” deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick for a stored machine translation; agents see it marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::ThreadView</name>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent in %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not delivered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not translated: %1 The original is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine translation from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::Transaction</name>
    <message>
        <source>No transaction is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::TranslationError</name>
    <message>
        <source>The %1 translation quota is used up for now. The original text is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is receiving too many requests. Try again in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is receiving too many requests. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not accept the API key. Check it in Settings, Translation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an API key. Add it in Settings, Translation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot translate between these languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused to translate this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be reached. Check the connection and the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a problem on its side. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent an answer HarborDesk cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The translation lost an order number, link or placeholder, so it was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the detected language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot translate from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apertium cannot detect the language. Choose the language to translate from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::TranslationPage</name>
    <message>
        <source>Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen from the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is kept in the system keychain, never in the settings file. Leave the field empty to keep the stored key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. %1 translates from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It works. “%1” → “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It does not work: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer messages are shown in your language and your replies are sent in the buyer&apos;s. Apertium runs on your own server and needs no key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translate buyer messages and replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents&apos; language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::TranslationPreview</name>
    <message>
        <source>Sent as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write in your language; the buyer receives it in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buyer receives (%1, machine translation):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not translated: %1 Your text is kept; untick “Translate” to send it as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translate into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick to send the text exactly as written (already in the buyer&apos;s language).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::TriagePanel</name>
    <message>
        <source>chosen agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round robin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>least loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same agent as before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · score %2 of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule has fired on this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (by hand, by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA clocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SLA clock on this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules that fired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to and why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::TriageService</name>
    <message>
        <source>The conversation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of hours cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period must be at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hd::TriageViews</name>
    <message>
        <source>SLA at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA at &amp;Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What breaches its deadline in the next hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response &amp;Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each marketplace account&apos;s response rate and forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) missed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) at risk</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hd::WorkspaceLocation</name>
    <message>
        <source>No workspace given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid PostgreSQL URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL URL names no database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>HarborDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load the demo: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
