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
</TS>
