<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DisplayNames</name>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Waiting on buyer</source>
        <translation>等待买家回复</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>全部待处理</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation>全部会话</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>发送失败</translation>
    </message>
    <message>
        <source>Pending payment</source>
        <translation>待付款</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退货</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>Just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>minutes ago, short</comment>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>hours ago, short</comment>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date in the current year</comment>
        <translation>M月d日</translation>
    </message>
</context>
<context>
    <name>hd::AnalysisChips</name>
    <message>
        <source>Where is my order?</source>
        <translation>订单在哪里？</translation>
    </message>
    <message>
        <source>Delivery delay</source>
        <translation>配送延迟</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Return or exchange</source>
        <translation>退货或换货</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <source>Damaged or wrong item</source>
        <translation>商品损坏或发错</translation>
    </message>
    <message>
        <source>Address change</source>
        <translation>修改地址</translation>
    </message>
    <message>
        <source>Payment problem</source>
        <translation>付款问题</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Pre-sales question</source>
        <translation>售前咨询</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Chargeback or legal</source>
        <translation>拒付或法律问题</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>好评</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>负面</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>中性</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>正面</translation>
    </message>
    <message>
        <source>Detected intent</source>
        <translation>识别出的意图</translation>
    </message>
    <message>
        <source>Detected intent: %1</source>
        <translation>识别出的意图：%1</translation>
    </message>
    <message>
        <source>Detected sentiment</source>
        <translation>识别出的情绪</translation>
    </message>
    <message>
        <source>Detected sentiment: %1</source>
        <translation>识别出的情绪：%1</translation>
    </message>
    <message>
        <source>Correct the sentiment</source>
        <translation>更正情绪</translation>
    </message>
    <message>
        <source>Correct the intent</source>
        <translation>更正意图</translation>
    </message>
    <message>
        <source>Click to correct it.</source>
        <translation>点击可更正。</translation>
    </message>
</context>
<context>
    <name>hd::ComplianceMarker</name>
    <message>
        <source>Blocked</source>
        <translation>已拦截</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>hd::ConversationHeader</name>
    <message>
        <source>Remove tag “%1”</source>
        <translation>移除标签“%1”</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <source>Type a tag and press Enter</source>
        <translation>输入标签后按回车</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
</context>
<context>
    <name>hd::ConversationListModel</name>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Priority %1 · score %2 of 100</source>
        <translation>优先级 %1 · 得分 %2/100</translation>
    </message>
</context>
<context>
    <name>hd::ConversationView</name>
    <message>
        <source>Note added</source>
        <translation>已添加备注</translation>
    </message>
    <message>
        <source>Reply queued for %1</source>
        <translation>回复已排队，将通过 %1 发送</translation>
    </message>
    <message>
        <source>Conversation marked “%1”</source>
        <translation>会话已标记为“%1”</translation>
    </message>
    <message>
        <source>Conversation unassigned</source>
        <translation>已取消分配</translation>
    </message>
    <message>
        <source>Conversation assigned</source>
        <translation>会话已分配</translation>
    </message>
    <message>
        <source>Priority set to %1</source>
        <translation>优先级已设为%1</translation>
    </message>
    <message>
        <source>Tag “%1” added</source>
        <translation>已添加标签“%1”</translation>
    </message>
    <message>
        <source>Tag “%1” removed</source>
        <translation>已移除标签“%1”</translation>
    </message>
    <message>
        <source>Other conversations</source>
        <translation>其他会话</translation>
    </message>
    <message>
        <source>This is the buyer&apos;s only conversation.</source>
        <translation>这是该买家唯一的会话。</translation>
    </message>
    <message>
        <source>Select a conversation to read it.

j / k move through the list · Enter opens · Ctrl+F searches</source>
        <translation>选择一个会话即可查看。

j / k 在列表中移动 · 回车打开 · Ctrl+F 搜索</translation>
    </message>
    <message>
        <source>Machine translation needed: this template has no version in the buyer&apos;s language (%1); the %2 text was inserted.</source>
        <translation>需要机器翻译：此模板没有买家语言（%1）的版本，已插入 %2 文本。</translation>
    </message>
    <message>
        <source>Machine-translated template: check it before sending.</source>
        <translation>机器翻译的模板：发送前请检查。</translation>
    </message>
    <message>
        <source>Fill in the marked [[… missing]] values before sending.</source>
        <translation>发送前请填写标记为 [[… missing]] 的值。</translation>
    </message>
    <message>
        <source>There is no buyer message to correct.</source>
        <translation>没有可更正的买家消息。</translation>
    </message>
    <message>
        <source>Sentiment corrected to %1</source>
        <translation>情绪已更正为 %1</translation>
    </message>
    <message>
        <source>Intent corrected to %1</source>
        <translation>意图已更正为 %1</translation>
    </message>
</context>
<context>
    <name>hd::CustomerPanel</name>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>物流单号</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>发货时间</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>送达时间</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>各渠道身份</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>No order linked to this conversation.</source>
        <translation>此会话未关联订单。</translation>
    </message>
</context>
<context>
    <name>hd::InboxView</name>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>Top %1 results for “%2”</source>
        <translation>“%2”的前 %1 条结果</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) for “%1”</source>
        <translation>
            <numerusform>“%1”共 %n 条结果</numerusform>
        </translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>%1+ conversations</source>
        <translation>%1+ 个会话</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n 个会话</numerusform>
        </translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>全部语言</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>最新优先</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>最早优先</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Buyer&apos;s language</source>
        <translation>买家语言</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Sort by last activity</source>
        <translation>按最近活动排序</translation>
    </message>
    <message>
        <source>Best match first</source>
        <translation>最相关优先</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Back to the inbox (Esc)</source>
        <translation>返回收件箱 (Esc)</translation>
    </message>
    <message>
        <source>No conversations here.
New messages appear as they arrive.</source>
        <translation>这里暂无会话。
新消息到达后会显示在这里。</translation>
    </message>
    <message>
        <source>Searching for “%1”…</source>
        <translation>正在搜索“%1”…</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>SLA due first</source>
        <translation>SLA 截止最早优先</translation>
    </message>
    <message>
        <source>Sort: most urgent (priority score), newest activity, earliest SLA deadline</source>
        <translation>排序：最紧急（优先级得分）、最新动态、最早 SLA 截止</translation>
    </message>
</context>
<context>
    <name>hd::MainWindow</name>
    <message>
        <source>Signed in as %1</source>
        <translation>当前客服：%1</translation>
    </message>
    <message>
        <source>%1 open · %2 unread · %3 waiting on buyer</source>
        <translation>%1 待处理 · %2 未读 · %3 等待买家回复</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>工作区：%1</translation>
    </message>
    <message>
        <source>About HarborDesk</source>
        <translation>关于 HarborDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;HarborDesk %1&lt;/h3&gt;&lt;p&gt;One inbox for every marketplace, store and mailbox your buyers write to.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;HarborDesk %1&lt;/h3&gt;&lt;p&gt;一个收件箱，汇集买家联系您的所有平台、店铺和邮箱。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;j&lt;/b&gt; / &lt;b&gt;k&lt;/b&gt;, ↓ / ↑&lt;/td&gt;&lt;td&gt;Next / previous conversation&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Open and reply&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Send the reply or note&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Search&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Leave the search&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Refresh&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;j&lt;/b&gt; / &lt;b&gt;k&lt;/b&gt;, ↓ / ↑&lt;/td&gt;&lt;td&gt;下一个 / 上一个会话&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;打开并回复&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;发送回复或备注&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;搜索&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;退出搜索&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;刷新&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>HarborDesk — %1</source>
        <translation>HarborDesk — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Inbox &amp;layout</source>
        <translation>收件箱布局(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Cards</source>
        <translation>卡片(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>表格(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Agent</source>
        <translation>客服(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About HarborDesk</source>
        <translation>关于 HarborDesk(&amp;A)</translation>
    </message>
    <message>
        <source>Search messages, buyers and orders (Ctrl+F)</source>
        <translation>搜索消息、买家和订单 (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>hd::NavigationPane</name>
    <message>
        <source>%1 conversations, %2 unread</source>
        <translation>%1 个会话，%2 个未读</translation>
    </message>
    <message>
        <source>%1 conversations</source>
        <translation>%1 个会话</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>收件箱</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
</context>
<context>
    <name>hd::ReplyEditor</name>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Write an internal note. Only your team sees it.</source>
        <translation>写一条内部备注，仅团队成员可见。</translation>
    </message>
    <message>
        <source>Write a reply…</source>
        <translation>撰写回复…</translation>
    </message>
    <message>
        <source>Write a reply to %1…</source>
        <translation>回复 %1…</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <source>Notes are never sent to the buyer</source>
        <translation>备注永远不会发送给买家</translation>
    </message>
    <message>
        <source>Ctrl+Enter to send</source>
        <translation>Ctrl+Enter 发送</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>标记已解决</translation>
    </message>
    <message>
        <source>Mark as resolved and move on</source>
        <translation>标记为已解决并处理下一个</translation>
    </message>
    <message>
        <source>Waiting on buyer</source>
        <translation>等待买家回复</translation>
    </message>
    <message>
        <source>Set aside until the buyer answers</source>
        <translation>暂缓处理，直到买家回复</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>发送 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Send anyway?</source>
        <translation>仍要发送？</translation>
    </message>
    <message>
        <source>This reply may break the marketplace&apos;s rules:</source>
        <translation>此回复可能违反平台规则：</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>仍然发送</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
</context>
<context>
    <name>hd::SlaBadge</name>
    <message>
        <source>Reply was due %1</source>
        <translation>回复期限已过（%1）</translation>
    </message>
    <message>
        <source>Reply due by %1</source>
        <translation>请在 %1 前回复</translation>
    </message>
</context>
<context>
    <name>hd::TemplatePicker</name>
    <message>
        <source>No version in the buyer&apos;s language yet: needs machine translation</source>
        <translation>尚无买家语言版本：需要机器翻译</translation>
    </message>
    <message>
        <source>Suggested for this conversation</source>
        <translation>本会话推荐</translation>
    </message>
    <message>
        <source>All templates</source>
        <translation>全部模板</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Insert a saved reply (or type its shortcut, like /wismo, and press Tab)</source>
        <translation>插入已保存的回复（或输入快捷词，如 /wismo，再按 Tab）</translation>
    </message>
    <message>
        <source>Search templates…</source>
        <translation>搜索模板…</translation>
    </message>
</context>
<context>
    <name>hd::ThreadView</name>
    <message>
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <source>Sent in %1:</source>
        <translation>以%1发送：</translation>
    </message>
    <message>
        <source>Not delivered: %1</source>
        <translation>未送达：%1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>HarborDesk</source>
        <translation>HarborDesk</translation>
    </message>
    <message>
        <source>Cannot load the demo: %1</source>
        <translation>无法载入演示数据：%1</translation>
    </message>
</context>
<context>
    <name>RuleNames</name>
    <message>
        <source>Conversation created</source>
        <translation>会话创建时</translation>
    </message>
    <message>
        <source>Message received</source>
        <translation>收到消息时</translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation>发送消息时</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>状态变更时</translation>
    </message>
    <message>
        <source>SLA warning</source>
        <translation>SLA 预警时</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA 超时时</translation>
    </message>
    <message>
        <source>Order updated</source>
        <translation>订单更新时</translation>
    </message>
    <message>
        <source>On a schedule</source>
        <translation>按计划定时</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Buyer&apos;s country</source>
        <translation>买家国家/地区</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>消息正文</translation>
    </message>
    <message>
        <source>Message direction</source>
        <translation>消息方向</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>意图</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>情绪</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <source>Order value</source>
        <translation>订单金额</translation>
    </message>
    <message>
        <source>Customer&apos;s order count</source>
        <translation>客户订单数</translation>
    </message>
    <message>
        <source>Customer lifetime value</source>
        <translation>客户终身价值</translation>
    </message>
    <message>
        <source>Repeat contacts in 7 days</source>
        <translation>7 天内重复联系次数</translation>
    </message>
    <message>
        <source>VIP customer</source>
        <translation>VIP 客户</translation>
    </message>
    <message>
        <source>SLA minutes left</source>
        <translation>SLA 剩余分钟数</translation>
    </message>
    <message>
        <source>Within business hours</source>
        <translation>在工作时间内</translation>
    </message>
    <message>
        <source>Minutes since the buyer wrote</source>
        <translation>买家来信后经过的分钟数</translation>
    </message>
    <message>
        <source>is</source>
        <translation>等于</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>不等于</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>属于其中之一</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>不属于其中任何一个</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>不包含</translation>
    </message>
    <message>
        <source>matches pattern</source>
        <translation>匹配正则表达式</translation>
    </message>
    <message>
        <source>is more than</source>
        <translation>大于</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>小于</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>至少为</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>至多为</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <source>Set priority</source>
        <translation>设置优先级</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>设置状态</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>稍后提醒</translation>
    </message>
    <message>
        <source>Reply with a template</source>
        <translation>用模板回复</translation>
    </message>
    <message>
        <source>Add an internal note</source>
        <translation>添加内部备注</translation>
    </message>
    <message>
        <source>Desktop notification</source>
        <translation>桌面通知</translation>
    </message>
    <message>
        <source>Apply an SLA policy</source>
        <translation>应用 SLA 策略</translation>
    </message>
    <message>
        <source>Mark &quot;no response needed&quot;</source>
        <translation>标记为“无需回复”</translation>
    </message>
    <message>
        <source>to an agent</source>
        <translation>给指定客服</translation>
    </message>
    <message>
        <source>to a team</source>
        <translation>给团队</translation>
    </message>
    <message>
        <source>round robin</source>
        <translation>轮流分配</translation>
    </message>
    <message>
        <source>least loaded</source>
        <translation>分给负载最低者</translation>
    </message>
    <message>
        <source>to the last agent who helped this buyer</source>
        <translation>给上次接待该买家的客服</translation>
    </message>
    <message>
        <source>unassign</source>
        <translation>取消分配</translation>
    </message>
    <message>
        <source>the assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>a team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>an agent</source>
        <translation>指定客服</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>ALL of (AND)</source>
        <translation>全部满足（AND）</translation>
    </message>
    <message>
        <source>ANY of (OR)</source>
        <translation>满足任一（OR）</translation>
    </message>
    <message>
        <source>NOT</source>
        <translation>不满足（NOT）</translation>
    </message>
</context>
<context>
    <name>hd::DryRunDialog</name>
    <message numerus="yes">
        <source>On the last %n day(s) this rule would have fired on</source>
        <translation><numerusform>在过去 %n 天内，此规则会触发于</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation><numerusform>%n 个会话</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>(of %n looked at).</source>
        <translation><numerusform>（共检查 %n 个）。</numerusform></translation>
    </message>
    <message>
        <source>The list shows the first %1.</source>
        <translation>列表仅显示前 %1 个。</translation>
    </message>
    <message>
        <source>Dry run: %1</source>
        <translation>试运行：%1</translation>
    </message>
    <message>
        <source>new rule</source>
        <translation>新规则</translation>
    </message>
    <message>
        <source>Condition: %1</source>
        <translation>条件：%1</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Buyer wrote</source>
        <translation>买家来信时间</translation>
    </message>
    <message>
        <source>Why it matched</source>
        <translation>匹配原因</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <source>No conversation in the period matched the condition.</source>
        <translation>该时段内没有会话符合条件。</translation>
    </message>
    <message>
        <source>%1 · %2 · conversation #%3</source>
        <translation>%1 · %2 · 会话 #%3</translation>
    </message>
    <message>
        <source>Matched because: %1</source>
        <translation>匹配原因：%1</translation>
    </message>
</context>
<context>
    <name>hd::NotificationBanner</name>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>hd::ResponseRatePanel</name>
    <message numerus="yes">
        <source>every buyer message within %n h</source>
        <translation><numerusform>每条买家消息在 %n 小时内回复</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>every chat within %n h</source>
        <translation><numerusform>每个对话在 %n 小时内回复</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>the first message of each thread within %n h</source>
        <translation><numerusform>每个会话的首条消息在 %n 小时内回复</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1, over %n day(s)</source>
        <translation><numerusform>%1，统计 %n 天</numerusform></translation>
    </message>
    <message>
        <source>auto-replies do not count</source>
        <translation>自动回复不计入</translation>
    </message>
    <message>
        <source>auto-replies count</source>
        <translation>自动回复计入</translation>
    </message>
    <message>
        <source>chats closed by automation are left out</source>
        <translation>由自动回复结束的对话不计入</translation>
    </message>
    <message>
        <source>If every open conversation is answered in time: %1
If none is: %2</source>
        <translation>若所有未回复会话都按时回复：%1
若都未按时回复：%2</translation>
    </message>
    <message>
        <source>%1 answered in time, %2 late, %3 missed; %4 left out</source>
        <translation>按时回复 %1，迟回复 %2，未回复 %3；不计入 %4</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>回复率</translation>
    </message>
    <message>
        <source>Per marketplace account, counted with the platform&apos;s own rule. The forecast shows where the rate lands if the open conversations are all answered in time, or none of them.</source>
        <translation>按各平台自己的规则统计每个店铺账号的回复率。预测显示未回复的会话全部按时回复或全部超时时回复率的落点。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>回复率</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>达标线</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待回复</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>下一截止</translation>
    </message>
    <message>
        <source>Platform rule</source>
        <translation>平台规则</translation>
    </message>
    <message>
        <source>No marketplace account with a response-rate rule (Amazon, Walmart, Etsy, Shopee, TikTok Shop) is connected.</source>
        <translation>尚未连接有回复率规则的店铺账号（Amazon、Walmart、Etsy、Shopee、TikTok Shop）。</translation>
    </message>
</context>
<context>
    <name>hd::RuleActionEditor</name>
    <message>
        <source>agent #%1</source>
        <translation>客服 #%1</translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation>分配给 %1</translation>
    </message>
    <message>
        <source>Assign %1 (everyone)</source>
        <translation>分配：%1（所有人）</translation>
    </message>
    <message>
        <source>Assign %1 (team %2)</source>
        <translation>分配：%1（团队 %2）</translation>
    </message>
    <message>
        <source>Assign %1</source>
        <translation>分配：%1</translation>
    </message>
    <message numerus="yes">
        <source>Snooze for %n minute(s)</source>
        <translation><numerusform>稍后 %n 分钟提醒</numerusform></translation>
    </message>
    <message>
        <source>%1: template #%2</source>
        <translation>%1：模板 #%2</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>团队 %1</translation>
    </message>
    <message>
        <source>Notify %1: %2</source>
        <translation>通知%1：%2</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>动作：</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>方式：</translation>
    </message>
    <message>
        <source>Agent:</source>
        <translation>客服：</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>团队：</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>优先级：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Minutes:</source>
        <translation>分钟：</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <source>Notify:</source>
        <translation>通知：</translation>
    </message>
    <message>
        <source>SLA policy id:</source>
        <translation>SLA 策略编号：</translation>
    </message>
    <message>
        <source>Team name; empty = everyone</source>
        <translation>团队名称；留空表示所有人</translation>
    </message>
    <message>
        <source>Tag name</source>
        <translation>标签名称</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>添加动作</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>移除动作</translation>
    </message>
</context>
<context>
    <name>hd::RuleConditionEditor</name>
    <message>
        <source>Always (no condition)</source>
        <translation>始终（无条件）</translation>
    </message>
    <message>
        <source>No value needed.</source>
        <translation>无需填写值。</translation>
    </message>
    <message>
        <source>A regular expression, case-insensitive (at most %1 characters).</source>
        <translation>正则表达式，不区分大小写（最多 %1 个字符）。</translation>
    </message>
    <message>
        <source>A number in major currency units, e.g. 100 or 49.90.</source>
        <translation>以主货币单位表示的数字，例如 100 或 49.90。</translation>
    </message>
    <message>
        <source>A number.</source>
        <translation>一个数字。</translation>
    </message>
    <message>
        <source>true or false.</source>
        <translation>true 或 false。</translation>
    </message>
    <message>
        <source>An agent, or an agent id.</source>
        <translation>客服或客服编号。</translation>
    </message>
    <message>
        <source>low, normal, high or urgent.</source>
        <translation>low、normal、high 或 urgent。</translation>
    </message>
    <message>
        <source>A tag name.</source>
        <translation>标签名称。</translation>
    </message>
    <message>
        <source>Text, compared without regard to case.</source>
        <translation>文本，比较时不区分大小写。</translation>
    </message>
    <message>
        <source>Separate several values with commas.</source>
        <translation>多个值用逗号分隔。</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>添加条件</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>添加条件组</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>条件组：</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>字段：</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>运算符：</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>值：</translation>
    </message>
</context>
<context>
    <name>hd::RuleEditor</name>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>触发时机：</translation>
    </message>
    <message>
        <source>If</source>
        <translation>如果</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>则</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Stop processing later rules</source>
        <translation>停止执行后续规则</translation>
    </message>
    <message>
        <source>e.g. Chargebacks to the senior team</source>
        <translation>例如：拒付交给资深团队</translation>
    </message>
</context>
<context>
    <name>hd::RulesPage</name>
    <message>
        <source>Some stored rules could not be read: %1</source>
        <translation>部分已保存的规则无法读取：%1</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1（未保存）</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>新建规则</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>已保存“%1”。</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <source>“%1” is on.</source>
        <translation>“%1”已启用。</translation>
    </message>
    <message>
        <source>“%1” is off.</source>
        <translation>“%1”已停用。</translation>
    </message>
    <message>
        <source>Cannot dry-run: %1</source>
        <translation>无法试运行：%1</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Rules run in this order when their event happens: WHEN an event, IF the condition holds, THEN the actions. Changes made by rules do not trigger other rules.</source>
        <translation>事件发生时规则按此顺序执行：当（事件）发生，如果（条件）成立，则执行（动作）。规则所做的更改不会触发其他规则。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Dry run (30 days)…</source>
        <translation>试运行（30 天）…</translation>
    </message>
</context>
<context>
    <name>hd::SlaAlerts</name>
    <message>
        <source>HarborDesk</source>
        <translation>HarborDesk</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA 已超时</translation>
    </message>
    <message>
        <source>SLA at risk</source>
        <translation>SLA 即将超时</translation>
    </message>
    <message>
        <source>%1 – %2 is overdue by %3</source>
        <translation>%1 – %2 已超时 %3</translation>
    </message>
    <message>
        <source>%1 – %2 is due in %3</source>
        <translation>%1 – %2 将在 %3 后到期</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) past the deadline</source>
        <translation><numerusform>%n 个会话已超过截止时间</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n due soon</source>
        <translation><numerusform>%n 个即将到期</numerusform></translation>
    </message>
    <message>
        <source>Most urgent: %1</source>
        <translation>最紧急：%1</translation>
    </message>
</context>
<context>
    <name>hd::SlaRiskModel</name>
    <message>
        <source>First response</source>
        <translation>首次回复</translation>
    </message>
    <message>
        <source>Next response</source>
        <translation>下次回复</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Was due %1</source>
        <translation>截止时间为 %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>截止 %1</translation>
    </message>
    <message>
        <source>Counted in business hours.</source>
        <translation>按工作时间计算。</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>已分配给 %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>计时</translation>
    </message>
</context>
<context>
    <name>hd::SlaRiskView</name>
    <message numerus="yes">
        <source>%n h</source>
        <translation><numerusform>%n 小时</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n due within %1</source>
        <translation><numerusform>%1 内到期 %n 个</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation><numerusform>已超时 %n 个</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Nothing breaches in the next %n hour(s).
Every open conversation is within its deadlines.</source>
        <translation><numerusform>未来 %n 小时内没有会话超时。
所有未结会话都在截止时间内。</numerusform></translation>
    </message>
    <message>
        <source>SLA at risk</source>
        <translation>SLA 风险</translation>
    </message>
    <message numerus="yes">
        <source>Next %n hour(s)</source>
        <translation><numerusform>未来 %n 小时</numerusform></translation>
    </message>
    <message>
        <source>How far ahead to look</source>
        <translation>向前查看多长时间</translation>
    </message>
</context>
<context>
    <name>hd::TriagePanel</name>
    <message>
        <source>chosen agent</source>
        <translation>指定客服</translation>
    </message>
    <message>
        <source>round robin</source>
        <translation>轮流分配</translation>
    </message>
    <message>
        <source>least loaded</source>
        <translation>负载最低</translation>
    </message>
    <message>
        <source>same agent as before</source>
        <translation>沿用上次的客服</translation>
    </message>
    <message>
        <source>team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>overflow</source>
        <translation>溢出分配</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>%1 · score %2 of 100</source>
        <translation>%1 · 得分 %2/100</translation>
    </message>
    <message>
        <source>No rule has fired on this conversation.</source>
        <translation>此会话尚未触发任何规则。</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>Not assigned yet.</source>
        <translation>尚未分配。</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>截止 %1</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>SLA clocks</source>
        <translation>SLA 计时</translation>
    </message>
    <message>
        <source>No SLA clock on this conversation.</source>
        <translation>此会话没有 SLA 计时。</translation>
    </message>
    <message>
        <source>Rules that fired</source>
        <translation>已触发的规则</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>分配记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Rule and why</source>
        <translation>规则及原因</translation>
    </message>
    <message>
        <source>Assigned to and why</source>
        <translation>分配对象及原因</translation>
    </message>
</context>
<context>
    <name>hd::TriageViews</name>
    <message>
        <source>SLA at risk</source>
        <translation>SLA 风险</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>回复率</translation>
    </message>
    <message>
        <source>SLA at &amp;Risk</source>
        <translation>SLA 风险(&amp;R)</translation>
    </message>
    <message>
        <source>What breaches its deadline in the next hours</source>
        <translation>未来几小时内将超时的会话</translation>
    </message>
    <message>
        <source>Response &amp;Rate</source>
        <translation>回复率(&amp;A)</translation>
    </message>
    <message>
        <source>Each marketplace account&apos;s response rate and forecast</source>
        <translation>各店铺账号的回复率与预测</translation>
    </message>
</context>
</TS>
