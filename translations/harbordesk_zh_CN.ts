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
    <name>hd</name>
    <message>
        <source>A database operation failed: %1</source>
        <translation>数据库操作失败：%1</translation>
    </message>
</context>
<context>
    <name>hd::AddChannelDialog</name>
    <message>
        <source>IMAP server</source>
        <translation>IMAP 服务器</translation>
    </message>
    <message>
        <source>IMAP port</source>
        <translation>IMAP 端口</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP 服务器</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>SMTP 端口</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>邮箱地址</translation>
    </message>
    <message>
        <source>IMAP password</source>
        <translation>IMAP 密码</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>SMTP 密码</translation>
    </message>
    <message>
        <source>(same as IMAP when empty)</source>
        <translation>（留空则与 IMAP 相同）</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API 地址</translation>
    </message>
    <message>
        <source>App ID (client id)</source>
        <translation>App ID（客户端 ID）</translation>
    </message>
    <message>
        <source>Seller user name</source>
        <translation>卖家用户名</translation>
    </message>
    <message>
        <source>Cert ID (client secret)</source>
        <translation>Cert ID（客户端密钥）</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>刷新令牌</translation>
    </message>
    <message>
        <source>from eBay&apos;s consent page</source>
        <translation>来自 eBay 授权同意页面</translation>
    </message>
    <message>
        <source>Partner id</source>
        <translation>Partner ID</translation>
    </message>
    <message>
        <source>Shop id</source>
        <translation>店铺 ID</translation>
    </message>
    <message>
        <source>Partner key</source>
        <translation>Partner Key</translation>
    </message>
    <message>
        <source>App key</source>
        <translation>App Key</translation>
    </message>
    <message>
        <source>Shop cipher</source>
        <translation>Shop Cipher</translation>
    </message>
    <message>
        <source>App secret</source>
        <translation>App Secret</translation>
    </message>
    <message>
        <source>Instagram account id</source>
        <translation>Instagram 账号 ID</translation>
    </message>
    <message>
        <source>Page id</source>
        <translation>主页 ID</translation>
    </message>
    <message>
        <source>Page access token</source>
        <translation>主页访问令牌</translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation>添加渠道</translation>
    </message>
    <message>
        <source>Re-authorise %1</source>
        <translation>重新授权 %1</translation>
    </message>
    <message>
        <source>e.g. eBay US store</source>
        <translation>例如：eBay 美国店铺</translation>
    </message>
    <message>
        <source>US, DE, SG…</source>
        <translation>US、DE、SG…</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Passwords, keys and tokens are stored in the system keychain only.</source>
        <translation>密码、密钥和令牌仅保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>Test and save credentials</source>
        <translation>测试并保存凭据</translation>
    </message>
    <message>
        <source>Test and add</source>
        <translation>测试并添加</translation>
    </message>
    <message>
        <source>Give the channel a name.</source>
        <translation>请为渠道命名。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 为必填项。</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
    <message>
        <source>The channel refused the test.</source>
        <translation>渠道拒绝了连接测试。</translation>
    </message>
    <message>
        <source>The connection test failed: %1</source>
        <translation>连接测试失败：%1</translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation>登录页面</translation>
    </message>
    <message>
        <source>RuName (redirect URL name)</source>
        <translation>RuName（重定向 URL 名称）</translation>
    </message>
    <message>
        <source>for Sign in with eBay</source>
        <translation>用于“使用 eBay 登录”</translation>
    </message>
    <message>
        <source>Token address</source>
        <translation>令牌地址</translation>
    </message>
    <message>
        <source>Keystring (API key)</source>
        <translation>Keystring（API 密钥）</translation>
    </message>
    <message>
        <source>Redirect address</source>
        <translation>重定向地址</translation>
    </message>
    <message>
        <source>filled in by the sign-in</source>
        <translation>登录后自动填写</translation>
    </message>
    <message>
        <source>Token service address</source>
        <translation>令牌服务地址</translation>
    </message>
    <message>
        <source>Service id</source>
        <translation>服务 ID</translation>
    </message>
    <message>
        <source>for Sign in with TikTok Shop</source>
        <translation>用于“使用 TikTok Shop 登录”</translation>
    </message>
    <message>
        <source>a long-lived Page token</source>
        <translation>长期有效的主页访问令牌</translation>
    </message>
    <message>
        <source>Enter tokens by hand (advanced)</source>
        <translation>手动输入令牌（高级）</translation>
    </message>
    <message>
        <source>Finish or cancel the sign-in first.</source>
        <translation>请先完成或取消登录。</translation>
    </message>
    <message>
        <source>Sign in with %1 first, or enter the tokens by hand.</source>
        <translation>请先使用 %1 登录，或手动输入令牌。</translation>
    </message>
</context>
<context>
    <name>hd::AgentTableModel</name>
    <message>
        <source>Unassigned / automated</source>
        <translation>未分配 / 自动</translation>
    </message>
    <message>
        <source>Conversations the agent replied to in the period.</source>
        <translation>该客服在此期间回复过的会话。</translation>
    </message>
    <message>
        <source>Human replies to a waiting buyer in the period.</source>
        <translation>此期间对等待中买家的人工回复。</translation>
    </message>
    <message>
        <source>Resolves by the agent (or of their conversations) in the period.</source>
        <translation>此期间该客服解决的（或其会话被解决的）次数。</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>First response (median)</source>
        <translation>首次响应（中位数）</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Handle time</source>
        <translation>处理时长</translation>
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
    <name>hd::AnalyticsFilter</name>
    <message>
        <source>The report filter is not valid (%1).</source>
        <translation>报表筛选条件无效（%1）。</translation>
    </message>
    <message>
        <source>The end of the period must come after its start.</source>
        <translation>时间段的结束必须晚于开始。</translation>
    </message>
</context>
<context>
    <name>hd::AnalyticsRepository</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Focus time must be positive.</source>
        <translation>专注时长必须为正数。</translation>
    </message>
    <message>
        <source>A CSAT answer is a score from 1 to 5.</source>
        <translation>满意度评分为 1 到 5 分。</translation>
    </message>
</context>
<context>
    <name>hd::AnalyticsView</name>
    <message>
        <source>The dashboard could not be computed: %1</source>
        <translation>无法计算仪表板：%1</translation>
    </message>
    <message>
        <source>Received %1 %2:00–%2:59</source>
        <translation>%1 %2:00–%2:59 收到</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>全部账号</translation>
    </message>
    <message>
        <source>All %1 accounts</source>
        <translation>全部 %1 账号</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>全部客服</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部团队</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>全部语言</translation>
    </message>
    <message>
        <source>← Inbox</source>
        <translation>← 收件箱</translation>
    </message>
    <message>
        <source>Back to the inbox</source>
        <translation>返回收件箱</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <source>Days are counted in UTC.</source>
        <translation>日期按 UTC 计算。</translation>
    </message>
    <message>
        <source>Messages received by weekday and hour (reporting calendar time zone)</source>
        <translation>按星期和小时统计的收到消息（报表日历时区）</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Marketplace account or platform</source>
        <translation>平台账号或平台</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>计算中…</translation>
    </message>
    <message>
        <source>Computed in %1 ms</source>
        <translation>用时 %1 毫秒</translation>
    </message>
    <message numerus="yes">
        <source>%n reporting event(s) disagree with the messages; the messages were used.</source>
        <translation>
            <numerusform>%n 条报表事件与消息不一致，已采用消息数据。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n conversation(s), newest first</source>
        <translation>
            <numerusform>共 %n 个会话，显示最新的 %1 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n 个会话</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 (UTC)</source>
        <translation>%1 至 %2（UTC）</translation>
    </message>
    <message>
        <source>Exports %1</source>
        <translation>导出范围：%1</translation>
    </message>
    <message>
        <source>No agent belongs to a team in this workspace.</source>
        <translation>此工作区中没有客服属于任何团队。</translation>
    </message>
    <message>
        <source>Conversations assigned to the team&apos;s agents</source>
        <translation>分配给该团队客服的会话</translation>
    </message>
</context>
<context>
    <name>hd::BackgroundTranslator</name>
    <message>
        <source>Translation is switched off in Settings.</source>
        <translation>翻译已在设置中关闭。</translation>
    </message>
</context>
<context>
    <name>hd::BuiltinConnectors</name>
    <message>
        <source>No keychain is available to read the credentials.</source>
        <translation>没有可用的钥匙串，无法读取凭据。</translation>
    </message>
    <message>
        <source>The channel&apos;s credentials are missing; re-authorise it.</source>
        <translation>该渠道缺少凭据，请重新授权。</translation>
    </message>
    <message>
        <source>The eBay channel needs its App ID and API address.</source>
        <translation>eBay 渠道需要 App ID 和 API 地址。</translation>
    </message>
    <message>
        <source>The Shopee channel needs its partner id and shop id.</source>
        <translation>Shopee 渠道需要合作伙伴 ID 和店铺 ID。</translation>
    </message>
    <message>
        <source>The Instagram channel needs its account id and API address.</source>
        <translation>Instagram 渠道需要账号 ID 和 API 地址。</translation>
    </message>
    <message>
        <source>The Facebook channel needs its Page id and API address.</source>
        <translation>Facebook 渠道需要主页 ID 和 API 地址。</translation>
    </message>
    <message>
        <source>The TikTok Shop channel needs its app key and shop cipher.</source>
        <translation>TikTok Shop 渠道需要应用密钥（app key）和店铺密文（shop cipher）。</translation>
    </message>
    <message>
        <source>The Amazon channel needs its LWA client id and marketplace ids.</source>
        <translation>亚马逊渠道需要 LWA 客户端 ID 和站点 ID。</translation>
    </message>
    <message>
        <source>The Shopify channel needs its shop address.</source>
        <translation>Shopify 渠道需要店铺地址。</translation>
    </message>
    <message>
        <source>The Etsy channel needs its keystring and shop id.</source>
        <translation>Etsy 渠道需要 keystring 和店铺 ID。</translation>
    </message>
    <message>
        <source>The Walmart channel needs its client id.</source>
        <translation>沃尔玛渠道需要客户端 ID。</translation>
    </message>
</context>
<context>
    <name>hd::BusinessCalendar</name>
    <message>
        <source>The business hours are not valid.</source>
        <translation>营业时间无效。</translation>
    </message>
    <message>
        <source>Opening hours cannot cross midnight: split %1–%2 into %1–24:00 and 00:00–%2 on the next day.</source>
        <translation>营业时间不能跨越午夜：请将 %1–%2 拆分为 %1–24:00 和次日 00:00–%2。</translation>
    </message>
    <message>
        <source>Unknown time zone: %1</source>
        <translation>未知时区：%1</translation>
    </message>
</context>
<context>
    <name>hd::ChannelHttp</name>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 没有及时响应。</translation>
    </message>
    <message>
        <source>The answer from %1 was cut short.</source>
        <translation>%1 的响应不完整。</translation>
    </message>
    <message>
        <source>Could not reach %1.</source>
        <translation>无法连接 %1。</translation>
    </message>
    <message>
        <source>%1 rejected the new access token; reconnect the channel.</source>
        <translation>%1 拒绝了新的访问令牌；请重新连接该渠道。</translation>
    </message>
    <message>
        <source>%1 asks us to slow down; syncing resumes shortly.</source>
        <translation>%1 要求降低请求频率；同步稍后将自动继续。</translation>
    </message>
    <message>
        <source>%1 had a temporary problem (HTTP %2).</source>
        <translation>%1 出现临时问题（HTTP %2）。</translation>
    </message>
    <message>
        <source>%1 no longer accepts our access; reconnect the channel.</source>
        <translation>%1 不再接受我们的授权；请重新连接该渠道。</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2).</source>
        <translation>%1 拒绝了该请求（HTTP %2）。</translation>
    </message>
    <message>
        <source>%1 sent an answer we could not read; will try again.</source>
        <translation>%1 返回了无法读取的响应；将自动重试。</translation>
    </message>
</context>
<context>
    <name>hd::ChannelOAuth</name>
    <message>
        <source>%1 channels are connected with a token, not a sign-in.</source>
        <translation>%1 渠道通过令牌连接，无需登录。</translation>
    </message>
    <message>
        <source>Fill in %1 before signing in.</source>
        <translation>登录前请先填写%1。</translation>
    </message>
    <message>
        <source>the App ID</source>
        <translation>App ID</translation>
    </message>
    <message>
        <source>the Cert ID</source>
        <translation>Cert ID</translation>
    </message>
    <message>
        <source>the RuName</source>
        <translation>RuName</translation>
    </message>
    <message>
        <source>the keystring</source>
        <translation>Keystring</translation>
    </message>
    <message>
        <source>the redirect address registered with Etsy</source>
        <translation>在 Etsy 注册的重定向地址</translation>
    </message>
    <message>
        <source>the partner id</source>
        <translation>合作伙伴 ID</translation>
    </message>
    <message>
        <source>the partner key</source>
        <translation>合作伙伴密钥</translation>
    </message>
    <message>
        <source>the app key</source>
        <translation>App Key</translation>
    </message>
    <message>
        <source>the app secret</source>
        <translation>App Secret</translation>
    </message>
    <message>
        <source>the service id</source>
        <translation>服务 ID</translation>
    </message>
</context>
<context>
    <name>hd::ChannelSetup</name>
    <message>
        <source>The channel has no stored credentials.</source>
        <translation>该渠道没有已保存的凭据。</translation>
    </message>
    <message>
        <source>Give the channel a name.</source>
        <translation>请为渠道命名。</translation>
    </message>
    <message>
        <source>No keychain is available to store the credentials.</source>
        <translation>没有可用的钥匙串来保存凭据。</translation>
    </message>
    <message>
        <source>There is no channel %1.</source>
        <translation>不存在渠道 %1。</translation>
    </message>
</context>
<context>
    <name>hd::ChannelState</name>
    <message>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Syncing (%1 of %2)</source>
        <translation>正在同步（%1/%2）</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>正在同步</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>已是最新</translation>
    </message>
    <message>
        <source>Backing off until %1</source>
        <translation>暂缓同步，将于 %1 重试</translation>
    </message>
    <message>
        <source>Needs re-authorisation</source>
        <translation>需要重新授权</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
</context>
<context>
    <name>hd::ChannelsPage</name>
    <message>
        <source>Messages from each channel arrive here on its own schedule. Credentials are kept in the system keychain.</source>
        <translation>各渠道的消息按各自的同步计划汇集到这里。凭据保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>下次尝试</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Add channel…</source>
        <translation>添加渠道…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Re-authorise…</source>
        <translation>重新授权…</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>after re-authorisation</source>
        <translation>重新授权后</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>No keychain: this workspace&apos;s credentials are stored unencrypted in %1, as you chose.</source>
        <translation>没有可用的钥匙串：按您的选择，此工作区的凭据以未加密形式保存在 %1 中。</translation>
    </message>
</context>
<context>
    <name>hd::ChannelsStatusIndicator</name>
    <message>
        <source>Channel %1</source>
        <translation>渠道 %1</translation>
    </message>
    <message>
        <source>Channels: not syncing</source>
        <translation>渠道：未同步</translation>
    </message>
    <message numerus="yes">
        <source>Channels: %n need(s) attention</source>
        <translation>
            <numerusform>渠道：%n 个需要处理</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Channels: syncing %n</source>
        <translation>
            <numerusform>渠道：正在同步 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Channels: %n backing off</source>
        <translation>
            <numerusform>渠道：%n 个暂缓同步</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Channels: %n up to date</source>
        <translation>
            <numerusform>渠道：%n 个已是最新</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Channels: syncing %n (%1%)</source>
        <translation>
            <numerusform>渠道：正在同步 %n 个（%1%）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hd::ComplianceChecker</name>
    <message>
        <source>This channel</source>
        <translation>此渠道</translation>
    </message>
    <message>
        <source>This placeholder was not filled in. Replace it with the real value or remove it.</source>
        <translation>此占位符尚未填写。请替换为实际值或将其删除。</translation>
    </message>
    <message>
        <source>The buyer wrote more than 24 hours ago. %1 accepts this reply only as a personal answer from you (HUMAN_AGENT tag, up to 7 days): no automated or promotional messages.</source>
        <translation>买家的消息已超过 24 小时。%1 仅接受您本人的人工回复（HUMAN_AGENT 标签，最长 7 天）：不得发送自动或推广消息。</translation>
    </message>
    <message>
        <source>The buyer wrote more than 7 days ago. %1 no longer accepts replies in this conversation; wait for the buyer to write again.</source>
        <translation>买家的消息已超过 7 天。%1 不再接受此会话中的回复；请等待买家再次来信。</translation>
    </message>
    <message>
        <source>No message from the buyer is known. %1 only accepts replies to conversations the buyer started, within 7 days.</source>
        <translation>没有买家的消息记录。%1 只接受对买家发起的会话在 7 天内的回复。</translation>
    </message>
    <message>
        <source>%1 requires replies in English for US and Canada orders. This reply looks like %2.</source>
        <translation>%1 要求美国和加拿大订单使用英语回复。此回复看起来是%2。</translation>
    </message>
    <message>
        <source>%1 requires replies in English for US and Canada orders. This reply contains text in another script.</source>
        <translation>%1 要求美国和加拿大订单使用英语回复。此回复包含其他文字。</translation>
    </message>
    <message>
        <source>%1 requires replies in English for US and Canada orders. This reply may be in %2.</source>
        <translation>%1 要求美国和加拿大订单使用英语回复。此回复可能是%2。</translation>
    </message>
    <message>
        <source>%1 does not allow e-mail addresses in messages to buyers.</source>
        <translation>%1 不允许在发给买家的消息中包含电子邮件地址。</translation>
    </message>
    <message>
        <source>An e-mail address on %1 can look like moving the buyer off the platform. Keep the conversation here if you can.</source>
        <translation>在 %1 上留电子邮件地址可能被视为把买家引出平台。请尽量在平台内沟通。</translation>
    </message>
    <message>
        <source>%1 does not allow links to websites outside %1.</source>
        <translation>%1 不允许链接到 %1 以外的网站。</translation>
    </message>
    <message>
        <source>%1 discourages links to outside websites. Check that this link is needed and allowed.</source>
        <translation>%1 不鼓励链接到外部网站。请确认此链接确有必要且被允许。</translation>
    </message>
    <message>
        <source>%1 does not allow phone numbers in messages to buyers.</source>
        <translation>%1 不允许在发给买家的消息中包含电话号码。</translation>
    </message>
    <message>
        <source>A phone number on %1 can look like moving the buyer off the platform.</source>
        <translation>在 %1 上留电话号码可能被视为把买家引出平台。</translation>
    </message>
    <message>
        <source>%1 does not allow marketing or promotions in messages to buyers.</source>
        <translation>%1 不允许在发给买家的消息中进行营销或推广。</translation>
    </message>
    <message>
        <source>This reads like marketing. %1 does not allow promotional content in messages to buyers.</source>
        <translation>这读起来像营销内容。%1 不允许在发给买家的消息中包含推广内容。</translation>
    </message>
    <message>
        <source>This may read like marketing. %1 does not allow promotional content; rephrase if it is not about this order.</source>
        <translation>这可能被视为营销内容。%1 不允许推广内容；如与此订单无关，请改写。</translation>
    </message>
    <message>
        <source>Offering anything in exchange for a review is not allowed, by %1&apos;s rules and by consumer law.</source>
        <translation>以任何好处换取评价违反 %1 的规则和消费者保护法。</translation>
    </message>
    <message>
        <source>Offering anything in exchange for a review is not allowed in most countries.</source>
        <translation>在大多数国家，以任何好处换取评价都是不允许的。</translation>
    </message>
    <message>
        <source>%1 does not allow asking for positive reviews or ratings. You may ask neutrally for a review.</source>
        <translation>%1 不允许索要好评或高分。您可以中立地邀请买家评价。</translation>
    </message>
    <message>
        <source>Asking for a positive rating can break %1&apos;s feedback rules. Ask neutrally instead.</source>
        <translation>索要好评可能违反 %1 的评价规则。请改为中立地邀请评价。</translation>
    </message>
    <message>
        <source>%1 does not allow moving buyers to other contact channels or websites.</source>
        <translation>%1 不允许把买家引到其他联系方式或网站。</translation>
    </message>
    <message>
        <source>%1 asks sellers to keep conversations and sales on %1.</source>
        <translation>%1 要求卖家将沟通和交易都留在 %1 上。</translation>
    </message>
    <message>
        <source>%1 does not allow payments outside %1.</source>
        <translation>%1 不允许在 %1 以外付款。</translation>
    </message>
    <message>
        <source>%1 asks that all payments go through %1.</source>
        <translation>%1 要求所有付款都通过 %1 进行。</translation>
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
    <name>hd::ConnectorFactory</name>
    <message>
        <source>This version cannot sync %1 channels yet.</source>
        <translation>当前版本尚不支持同步 %1 渠道。</translation>
    </message>
    <message>
        <source>The channel could not be set up.</source>
        <translation>无法设置该渠道。</translation>
    </message>
</context>
<context>
    <name>hd::ConversationFactsStore</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The analytics facts could not be read.</source>
        <translation>无法读取分析数据。</translation>
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
    <message>
        <source>Meta accepts replies for 24 hours after the buyer&apos;s last message, then for 7 days with the HUMAN_AGENT tag.</source>
        <translation>Meta 允许在买家最后一条消息后 24 小时内回复，之后 7 天内须使用 HUMAN_AGENT 标签。</translation>
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
    <name>hd::ConversationRepository</name>
    <message>
        <source>The conversation no longer exists.</source>
        <translation>该会话已不存在。</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>标签需要名称。</translation>
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
    <message>
        <source>Reply queued for %1 in %2</source>
        <translation>回复已排队，将通过 %1 以%2发送</translation>
    </message>
    <message>
        <source>Machine translation: this template has no %1 version; the buyer receives the machine translation shown under the editor. Check it before sending.</source>
        <translation>机器翻译：此模板没有%1版本；买家将收到编辑器下方显示的机器翻译。发送前请检查。</translation>
    </message>
    <message>
        <source>Stored machine translation in %1, sent as written: check it before sending.</source>
        <translation>已保存的%1机器翻译，将按原文发送：发送前请检查。</translation>
    </message>
    <message>
        <source>Human-written %1 version, sent as written.</source>
        <translation>人工撰写的%1版本，将按原文发送。</translation>
    </message>
    <message>
        <source>Marked “no response needed”: the response clock stopped</source>
        <translation>已标记为“无需回复”：响应计时已停止</translation>
    </message>
</context>
<context>
    <name>hd::CorrectionStore</name>
    <message>
        <source>Only intent and sentiment can be corrected.</source>
        <translation>只能更正意图和情绪。</translation>
    </message>
    <message>
        <source>“%1” is not a %2 label.</source>
        <translation>“%1”不是有效的 %2 标签。</translation>
    </message>
    <message>
        <source>No buyer message #%1.</source>
        <translation>没有买家消息 #%1。</translation>
    </message>
</context>
<context>
    <name>hd::CustomerMergeScorer</name>
    <message>
        <source>same order %1</source>
        <translation>同一订单 %1</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>姓名相同</translation>
    </message>
    <message>
        <source>same name and postcode</source>
        <translation>姓名和邮编相同</translation>
    </message>
    <message>
        <source>same e-mail %1</source>
        <translation>同一邮箱 %1</translation>
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
    <name>hd::CustomerRepository</name>
    <message>
        <source>The buyer no longer exists.</source>
        <translation>该买家已不存在。</translation>
    </message>
</context>
<context>
    <name>hd::DashboardCharts</name>
    <message>
        <source>Conversations active on %1</source>
        <translation>%1 有活动的会话</translation>
    </message>
    <message>
        <source>Response times (median per day, hours)</source>
        <translation>响应时间（每日中位数，小时）</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <source>First response, business</source>
        <translation>首次响应（工作时间）</translation>
    </message>
    <message>
        <source>Next response</source>
        <translation>后续响应</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Volume per day</source>
        <translation>每日数量</translation>
    </message>
    <message>
        <source>Messages received</source>
        <translation>收到的消息</translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation>发出的消息</translation>
    </message>
    <message>
        <source>New conversations</source>
        <translation>新会话</translation>
    </message>
    <message>
        <source>SLA met and marketplace response rate, by account (%)</source>
        <translation>各账号 SLA 达标率与平台回复率（%）</translation>
    </message>
    <message>
        <source>SLA met</source>
        <translation>SLA 达标</translation>
    </message>
    <message>
        <source>Response rate (platform rule)</source>
        <translation>回复率（平台规则）</translation>
    </message>
    <message>
        <source>SLA results: %1</source>
        <translation>SLA 结果：%1</translation>
    </message>
    <message>
        <source>Response rate: %1</source>
        <translation>回复率：%1</translation>
    </message>
    <message>
        <source>Intents of new conversations</source>
        <translation>新会话的意图</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Intent: %1</source>
        <translation>意图：%1</translation>
    </message>
    <message>
        <source>Sentiment of new conversations</source>
        <translation>新会话的情绪</translation>
    </message>
    <message>
        <source>Sentiment: %1</source>
        <translation>情绪：%1</translation>
    </message>
    <message>
        <source>Median per day of the replies (or resolves) on that day, in hours.</source>
        <translation>当天回复（或解决）时长的每日中位数，单位为小时。</translation>
    </message>
    <message>
        <source>Click a point to see the conversations of that day.</source>
        <translation>点击数据点查看当天的会话。</translation>
    </message>
    <message>
        <source>buyer messages or threads answered within the marketplace&apos;s own limit (Amazon: every buyer message in 24 h; Etsy: thread starts in 24 h; Walmart: 48 h; Shopee and TikTok Shop chats: 12 h), out of those due in the period.</source>
        <translation>在平台自身时限内回复的买家消息或会话（Amazon：每条买家消息 24 小时内；Etsy：会话首条消息 24 小时内；Walmart：48 小时；Shopee 和 TikTok Shop 聊天：12 小时），占期间内应回复总数的比例。</translation>
    </message>
    <message>
        <source>Where the platform honours it (Amazon), buyer messages marked &quot;no response needed&quot; are left out, as in the Response rate view.</source>
        <translation>平台认可“无需回复”时（Amazon），标记为“无需回复”的买家消息不计入，与“回复率”视图一致。</translation>
    </message>
    <message>
        <source>Click a bar to see the conversations behind it.</source>
        <translation>点击柱条查看其对应的会话。</translation>
    </message>
    <message>
        <source>Conversations whose first message arrived in the period, by the intent detected in the buyer&apos;s messages.</source>
        <translation>期间内首条消息到达的会话，按买家消息中识别出的意图分类。</translation>
    </message>
    <message>
        <source>Conversations whose first message arrived in the period, by the sentiment detected in the buyer&apos;s messages.</source>
        <translation>期间内首条消息到达的会话，按买家消息中识别出的情绪分类。</translation>
    </message>
    <message>
        <source>Click a slice to see the conversations behind it.</source>
        <translation>点击扇区查看其对应的会话。</translation>
    </message>
    <message>
        <source>SLA met and marketplace response rate (%), the %1 busiest of %2 accounts</source>
        <translation>SLA 达标率与平台回复率（%），%2 个账号中最繁忙的 %1 个</translation>
    </message>
    <message>
        <source>%1: %2 (%3 %)</source>
        <translation>%1：%2（%3 %）</translation>
    </message>
    <message>
        <source>%1: no SLA target met or missed in the period</source>
        <translation>%1：此期间没有达成或超时的 SLA 目标</translation>
    </message>
    <message>
        <source>%1: no marketplace response-rate rule for this account</source>
        <translation>%1：此账号没有平台回复率规则</translation>
    </message>
    <message>
        <source>%1: SLA met %2 (%3 of %4 targets)</source>
        <translation>%1：SLA 达标 %2（%4 个目标中 %3 个）</translation>
    </message>
    <message>
        <source>%1: response rate %2 (%3 of %4 answered in time; %5 late, target %6)</source>
        <translation>%1：回复率 %2（%4 个中 %3 个按时回复；%5 个超时，目标 %6）</translation>
    </message>
    <message>
        <source>%1: nothing was due under the marketplace&apos;s response-rate rule</source>
        <translation>%1：此期间按平台回复率规则没有需要回复的消息</translation>
    </message>
</context>
<context>
    <name>hd::Database</name>
    <message>
        <source>The Qt SQL driver %1 is not installed.</source>
        <translation>未安装 Qt SQL 驱动 %1。</translation>
    </message>
    <message>
        <source>Cannot create the folder for the workspace: %1</source>
        <translation>无法创建工作区文件夹：%1</translation>
    </message>
    <message>
        <source>The workspace path is not a file: %1</source>
        <translation>工作区路径不是文件：%1</translation>
    </message>
    <message>
        <source>Cannot open the workspace %1: %2</source>
        <translation>无法打开工作区 %1：%2</translation>
    </message>
    <message>
        <source>Cannot configure the database.</source>
        <translation>无法配置数据库。</translation>
    </message>
    <message>
        <source>A database operation failed: %1</source>
        <translation>数据库操作失败：%1</translation>
    </message>
</context>
<context>
    <name>hd::DemoSeeder</name>
    <message>
        <source>The demo workspace file is not valid JSON.</source>
        <translation>演示工作区文件不是有效的 JSON。</translation>
    </message>
    <message>
        <source>This workspace already has conversations; the demo is only seeded into an empty workspace.</source>
        <translation>此工作区已有会话；演示数据只能导入空工作区。</translation>
    </message>
    <message>
        <source>Unknown channel kind in the demo: %1</source>
        <translation>演示数据中的渠道类型未知：%1</translation>
    </message>
    <message>
        <source>Unknown channel in the demo: %1</source>
        <translation>演示数据中的渠道未知：%1</translation>
    </message>
</context>
<context>
    <name>hd::DirectoryRepository</name>
    <message>
        <source>There is no agent #%1.</source>
        <translation>没有编号为 #%1 的客服。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language code (like en or zh).</source>
        <translation>“%1”不是语言代码（例如 en 或 zh）。</translation>
    </message>
    <message>
        <source>The capacity is a number of conversations from 0 to %1.</source>
        <translation>接待上限是 0 到 %1 之间的会话数。</translation>
    </message>
</context>
<context>
    <name>hd::DrillDownModel</name>
    <message>
        <source>(no subject)</source>
        <translation>（无主题）</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Waiting on buyer</source>
        <translation>等待买家</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>hd::DryRunDialog</name>
    <message numerus="yes">
        <source>On the last %n day(s) this rule would have fired on</source>
        <translation>
            <numerusform>在过去 %n 天内，此规则会触发于</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n 个会话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(of %n looked at).</source>
        <translation>
            <numerusform>（共检查 %n 个）。</numerusform>
        </translation>
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
    <name>hd::EbayConnector</name>
    <message>
        <source>eBay answered for another conversation.</source>
        <translation>eBay 返回了另一个会话的内容。</translation>
    </message>
    <message>
        <source>The reply is empty.</source>
        <translation>回复内容为空。</translation>
    </message>
    <message>
        <source>eBay messages can be at most %1 characters; this reply has %2.</source>
        <translation>eBay 消息最多 %1 个字符；此回复有 %2 个字符。</translation>
    </message>
</context>
<context>
    <name>hd::EbayOAuth</name>
    <message>
        <source>eBay needs to be connected again (no refresh token).</source>
        <translation>需要重新连接 eBay（没有刷新令牌）。</translation>
    </message>
    <message>
        <source>eBay refused the saved authorisation; connect the account again.</source>
        <translation>eBay 拒绝了已保存的授权；请重新连接该账户。</translation>
    </message>
</context>
<context>
    <name>hd::EbayParser</name>
    <message>
        <source>eBay sent an answer we could not read.</source>
        <translation>eBay 返回了无法读取的响应。</translation>
    </message>
</context>
<context>
    <name>hd::EmailConfig</name>
    <message>
        <source>The e-mail channel settings are damaged.</source>
        <translation>邮件渠道设置已损坏。</translation>
    </message>
    <message>
        <source>Choose TLS, STARTTLS or no encryption.</source>
        <translation>请选择 TLS、STARTTLS 或不加密。</translation>
    </message>
    <message>
        <source>A port must be between 1 and 65535.</source>
        <translation>端口必须介于 1 到 65535 之间。</translation>
    </message>
    <message>
        <source>Enter the IMAP server.</source>
        <translation>请输入 IMAP 服务器。</translation>
    </message>
    <message>
        <source>Enter the IMAP user name.</source>
        <translation>请输入 IMAP 用户名。</translation>
    </message>
    <message>
        <source>Enter the e-mail address replies are sent from.</source>
        <translation>请输入用于发送回复的邮箱地址。</translation>
    </message>
    <message>
        <source>Enter the mailbox to read (usually INBOX).</source>
        <translation>请输入要读取的邮箱文件夹（通常为 INBOX）。</translation>
    </message>
</context>
<context>
    <name>hd::EmailConnector</name>
    <message>
        <source>Unknown sender</source>
        <translation>未知发件人</translation>
    </message>
    <message>
        <source>(unreadable message)</source>
        <translation>（无法读取的邮件）</translation>
    </message>
    <message>
        <source>The reply has no e-mail address to go to.</source>
        <translation>此回复没有收件邮箱地址。</translation>
    </message>
    <message>
        <source>Etsy notifications cannot be answered by e-mail; answer on Etsy.</source>
        <translation>Etsy 通知无法通过邮件回复；请在 Etsy 上回复。</translation>
    </message>
    <message>
        <source>The reply cannot be sent safely.</source>
        <translation>无法安全地发送此回复。</translation>
    </message>
    <message>
        <source>This attachment cannot be opened.</source>
        <translation>无法打开此附件。</translation>
    </message>
    <message>
        <source>The message is no longer in the mailbox; the attachment is gone.</source>
        <translation>该邮件已不在邮箱中；附件已无法获取。</translation>
    </message>
</context>
<context>
    <name>hd::EmailMessageMapper</name>
    <message>
        <source>Answer this buyer on Etsy: %1</source>
        <translation>请在 Etsy 上回复此买家：%1</translation>
    </message>
</context>
<context>
    <name>hd::ExportDialog</name>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>Summary: every dashboard figure</source>
        <translation>汇总：仪表板全部指标</translation>
    </message>
    <message>
        <source>One row per conversation</source>
        <translation>每个会话一行</translation>
    </message>
    <message>
        <source>One row per message</source>
        <translation>每条消息一行</translation>
    </message>
    <message>
        <source>Excel-friendly (byte order mark, Windows line ends)</source>
        <translation>兼容 Excel（字节顺序标记、Windows 换行）</translation>
    </message>
    <message>
        <source>Semicolons and decimal commas (for locales that use them)</source>
        <translation>分号分隔与小数逗号（适用于使用它们的地区）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>报表：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Schedule this report</source>
        <translation>定时生成此报表</translation>
    </message>
    <message>
        <source>Daily (yesterday, UTC)</source>
        <translation>每天（昨天，UTC）</translation>
    </message>
    <message>
        <source>Weekly (last Monday to Sunday, UTC)</source>
        <translation>每周（上周一至周日，UTC）</translation>
    </message>
    <message>
        <source>Save schedule</source>
        <translation>保存计划</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Every:</source>
        <translation>频率：</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>Scheduled: written while HarborDesk runs, or by &quot;harbordesk-cli report --run-due&quot;.</source>
        <translation>已计划：HarborDesk 运行时写入，或由“harbordesk-cli report --run-due”写入。</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>导出中…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>hd::GlossaryRepository</name>
    <message>
        <source>A glossary term cannot be empty.</source>
        <translation>术语不能为空。</translation>
    </message>
    <message>
        <source>Give the term&apos;s translation, or mark it to be kept as written.</source>
        <translation>请填写该术语的译文，或将其标记为保持原文。</translation>
    </message>
</context>
<context>
    <name>hd::HeatMapWidget</name>
    <message numerus="yes">
        <source>%1 %2:00–%2:59: %n message(s) received</source>
        <translation>
            <numerusform>%1 %2:00–%2:59：收到 %n 条消息</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hd::ImapClient</name>
    <message>
        <source>The mail server answered in a way HarborDesk does not understand.</source>
        <translation>邮件服务器返回了 HarborDesk 无法识别的响应。</translation>
    </message>
    <message>
        <source>The mail server could not be reached or stopped answering.</source>
        <translation>无法连接邮件服务器，或服务器已停止响应。</translation>
    </message>
    <message>
        <source>The mail server refused the user name or password.</source>
        <translation>邮件服务器拒绝了用户名或密码。</translation>
    </message>
    <message>
        <source>The mail server refused the request.</source>
        <translation>邮件服务器拒绝了该请求。</translation>
    </message>
    <message>
        <source>The mail server does not offer STARTTLS.</source>
        <translation>邮件服务器不支持 STARTTLS。</translation>
    </message>
    <message>
        <source>The mail server does not allow logging in on an unencrypted connection; turn on TLS.</source>
        <translation>邮件服务器不允许通过未加密连接登录；请开启 TLS。</translation>
    </message>
    <message>
        <source>The user name or password contains characters the mail server cannot take.</source>
        <translation>用户名或密码包含邮件服务器不支持的字符。</translation>
    </message>
    <message>
        <source>The mailbox name is not valid.</source>
        <translation>邮箱文件夹名称无效。</translation>
    </message>
    <message>
        <source>The message id is not valid.</source>
        <translation>邮件 ID 无效。</translation>
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
    <name>hd::IngestPipeline</name>
    <message>
        <source>The workspace is busy; try again.</source>
        <translation>工作区正忙；请重试。</translation>
    </message>
</context>
<context>
    <name>hd::KeychainFallbackPrompt</name>
    <message>
        <source>Credentials cannot be stored</source>
        <translation>无法保存凭据</translation>
    </message>
    <message>
        <source>This workspace has no credential store.</source>
        <translation>此工作区没有凭据存储。</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>没有钥匙串</translation>
    </message>
    <message>
        <source>HarborDesk cannot reach a system keychain (Secret Service: GNOME Keyring or KWallet), where it keeps channel passwords and tokens.</source>
        <translation>HarborDesk 无法连接系统钥匙串（Secret Service：GNOME Keyring 或 KWallet），渠道的密码和令牌原本保存在那里。</translation>
    </message>
    <message>
        <source>You can store this workspace&apos;s credentials in a file instead:
%1

The file is readable only by your user account, but it is NOT encrypted: anyone who can read your files or your backups can read the tokens and use your seller accounts.

Store credentials unencrypted for this workspace? Choose No to start or unlock a keychain first, then try again.</source>
        <translation>您可以改为将此工作区的凭据保存在文件中：
%1

该文件仅您的用户账户可读，但它没有加密：任何能读取您的文件或备份的人都能读取这些令牌并使用您的卖家账户。

要为此工作区以未加密形式保存凭据吗？选择“否”可先启动或解锁钥匙串，然后重试。</translation>
    </message>
    <message>
        <source>Yes, store unencrypted</source>
        <translation>是，以未加密形式保存</translation>
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
    <message>
        <source>Scheduled report written: %1</source>
        <translation>定时报表已写入：%1</translation>
    </message>
    <message>
        <source>Scheduled report failed: %1</source>
        <translation>定时报表失败：%1</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Analytics</source>
        <translation>数据分析(&amp;A)</translation>
    </message>
    <message>
        <source>Supervisor dashboard: response times, SLA, volume, CSAT, agents</source>
        <translation>主管仪表板：响应时间、SLA、数量、满意度、客服</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>Same as the &amp;system</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
</context>
<context>
    <name>hd::MergeSuggestions</name>
    <message>
        <source>That did not work; try again.</source>
        <translation>操作未成功，请重试。</translation>
    </message>
    <message>
        <source>an unnamed buyer</source>
        <translation>一位未命名的买家</translation>
    </message>
    <message>
        <source>This may be the same buyer as %1 (%2).</source>
        <translation>这可能与 %1 是同一位买家（%2）。</translation>
    </message>
    <message>
        <source>this buyer</source>
        <translation>此买家</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>保留 %1</translation>
    </message>
    <message>
        <source>The profile that remains; the other one&apos;s channels, conversations and orders move to it.</source>
        <translation>保留的资料；另一份资料的渠道、会话和订单将合并到这里。</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Not the same</source>
        <translation>不是同一人</translation>
    </message>
    <message>
        <source>Merged with %1</source>
        <translation>已与 %1 合并</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
</context>
<context>
    <name>hd::MessageRepository</name>
    <message>
        <source>The message no longer exists.</source>
        <translation>该消息已不存在。</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>消息为空。</translation>
    </message>
    <message>
        <source>The conversation no longer exists.</source>
        <translation>该会话已不存在。</translation>
    </message>
</context>
<context>
    <name>hd::MessagingWindow</name>
    <message>
        <source>HUMAN_AGENT tag, %1 h left</source>
        <translation>HUMAN_AGENT 标签，剩余 %1 小时</translation>
    </message>
    <message>
        <source>HUMAN_AGENT tag, %1 days left</source>
        <translation>HUMAN_AGENT 标签，剩余 %1 天</translation>
    </message>
    <message>
        <source>HUMAN_AGENT tag, %1 min left</source>
        <translation>HUMAN_AGENT 标签，剩余 %1 分钟</translation>
    </message>
    <message>
        <source>HUMAN_AGENT tag, 1 day left</source>
        <translation>HUMAN_AGENT 标签，剩余 1 天</translation>
    </message>
    <message>
        <source>Window closes in %1 h</source>
        <translation>窗口将在 %1 小时后关闭</translation>
    </message>
    <message>
        <source>Window closes in %1 min</source>
        <translation>窗口将在 %1 分钟后关闭</translation>
    </message>
    <message>
        <source>The buyer has not written yet; the Page cannot start the conversation</source>
        <translation>买家尚未发消息；主页无法主动发起会话</translation>
    </message>
    <message>
        <source>Window closed: the buyer must write again before you can reply</source>
        <translation>窗口已关闭：买家需再次发消息后才能回复</translation>
    </message>
</context>
<context>
    <name>hd::MetaConnector</name>
    <message>
        <source>Could not reach %1; HarborDesk will retry.</source>
        <translation>无法连接 %1；HarborDesk 将自动重试。</translation>
    </message>
    <message>
        <source>The buyer&apos;s Messenger/Instagram id is missing.</source>
        <translation>缺少买家的 Messenger/Instagram ID。</translation>
    </message>
    <message>
        <source>Could not check whether the reply was already delivered; it will be tried again.</source>
        <translation>无法确认回复是否已送达，稍后将重试。</translation>
    </message>
</context>
<context>
    <name>hd::MetricDefinitions</name>
    <message>
        <source>Counted only within business hours (the first company SLA policy on a business calendar; 24/7 when there is none).</source>
        <translation>仅计算工作时间（使用第一个采用工作日历的公司 SLA 策略；没有时按全天候计算）。</translation>
    </message>
    <message>
        <source>Counted in calendar (wall-clock) time.</source>
        <translation>按自然时间计算。</translation>
    </message>
    <message>
        <source>Mean (average) of the samples.</source>
        <translation>样本的平均值。</translation>
    </message>
    <message>
        <source>Median: half of the samples were faster.</source>
        <translation>中位数：一半样本比它更快。</translation>
    </message>
    <message>
        <source>90th percentile: 90 % of the samples were at most this long.</source>
        <translation>第 90 百分位：90% 的样本不超过此时长。</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>First response, business (%1)</source>
        <translation>首次响应，工作时间（%1）</translation>
    </message>
    <message>
        <source>First response (%1)</source>
        <translation>首次响应（%1）</translation>
    </message>
    <message>
        <source>Time from the buyer&apos;s first waiting message to the first human public reply. Auto-replies, rule or bot messages and internal notes do not count. One sample per conversation whose first reply was sent in the period.</source>
        <translation>从买家第一条等待中的消息到第一条人工公开回复的时间。自动回复、规则或机器人消息以及内部备注不计入。每个在此期间发出首次回复的会话计为一个样本。</translation>
    </message>
    <message>
        <source>Next response, business (%1)</source>
        <translation>后续响应，工作时间（%1）</translation>
    </message>
    <message>
        <source>Next response (%1)</source>
        <translation>后续响应（%1）</translation>
    </message>
    <message>
        <source>For every later human reply: time from the buyer message that started the wait (the first of a burst) to the reply. One sample per reply sent in the period.</source>
        <translation>对之后的每条人工回复：从开始等待的买家消息（连续消息中的第一条）到回复的时间。此期间发出的每条回复计为一个样本。</translation>
    </message>
    <message>
        <source>Resolution, business (%1)</source>
        <translation>解决，工作时间（%1）</translation>
    </message>
    <message>
        <source>Resolution time (%1)</source>
        <translation>解决时间（%1）</translation>
    </message>
    <message>
        <source>Time from the conversation&apos;s first buyer message (or its last reopen) to the resolve. Every resolve in the period is a sample, so a reopened conversation can count twice.</source>
        <translation>从会话的第一条买家消息（或最近一次重新打开）到解决的时间。此期间的每次解决都是一个样本，因此重新打开的会话可能计算两次。</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>首次接触解决率</translation>
    </message>
    <message>
        <source>Conversations first resolved in the period with exactly one human reply and not reopened by a new question within 7 days, out of all conversations first resolved in the period. A buyer&apos;s &quot;thank you&quot; that is resolved again without another reply still counts.</source>
        <translation>在此期间首次解决、只有一条人工回复且 7 天内未因新问题重新打开的会话，占此期间首次解决的全部会话的比例。买家的“谢谢”在没有再次回复的情况下再次解决，仍然计入。</translation>
    </message>
    <message>
        <source>SLA met: first response</source>
        <translation>SLA 达标：首次响应</translation>
    </message>
    <message>
        <source>SLA met: next response</source>
        <translation>SLA 达标：后续响应</translation>
    </message>
    <message>
        <source>SLA met: resolution</source>
        <translation>SLA 达标：解决</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>SLA 达标率</translation>
    </message>
    <message>
        <source>SLA targets met in time, out of the targets that were met or missed in the period (marketplace and company clocks each count; from the reporting events).</source>
        <translation>按时达成的 SLA 目标占此期间达成或超时的目标的比例（平台计时和公司计时分别计算；来自报表事件）。</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Survey answers scored 4 or 5 out of all answers, for surveys sent in the period (1–5 scale).</source>
        <translation>此期间发出的调查中，评分为 4 或 5 的回答占全部回答的比例（1–5 分）。</translation>
    </message>
    <message>
        <source>CSAT response rate</source>
        <translation>满意度回复率</translation>
    </message>
    <message>
        <source>Surveys answered out of surveys sent in the period.</source>
        <translation>此期间发出的调查中得到回答的比例。</translation>
    </message>
    <message>
        <source>Auto-resolved</source>
        <translation>自动解决</translation>
    </message>
    <message>
        <source>Conversations first resolved in the period without any human reply while an automated reply was sent, out of all conversations first resolved in the period.</source>
        <translation>在此期间首次解决、没有任何人工回复但发送过自动回复的会话，占此期间首次解决的全部会话的比例。</translation>
    </message>
    <message>
        <source>New conversations</source>
        <translation>新会话</translation>
    </message>
    <message>
        <source>Conversations whose first message arrived in the period.</source>
        <translation>第一条消息在此期间到达的会话。</translation>
    </message>
    <message>
        <source>Messages received</source>
        <translation>收到的消息</translation>
    </message>
    <message>
        <source>Buyer messages received in the period.</source>
        <translation>此期间收到的买家消息。</translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation>发出的消息</translation>
    </message>
    <message>
        <source>Replies sent in the period, human and automated (queued or failed ones excluded).</source>
        <translation>此期间发出的回复，包括人工和自动回复（不含排队中或发送失败的）。</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Resolve events in the period (a conversation resolved twice counts twice).</source>
        <translation>此期间的解决次数（解决两次的会话计两次）。</translation>
    </message>
    <message>
        <source>Reopens</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Resolved conversations reopened in the period, by an agent or by a new buyer message.</source>
        <translation>此期间被客服或买家新消息重新打开的已解决会话。</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>积压</translation>
    </message>
    <message>
        <source>Conversations open or pending at the end of the period, whenever they were created.</source>
        <translation>在期末仍为待处理或等待中的会话，不论创建时间。</translation>
    </message>
    <message>
        <source>Handle time</source>
        <translation>处理时长</translation>
    </message>
    <message>
        <source>Agents&apos; focused time in a conversation (shown while the window is active, idle over 60 s not counted), per agent and conversation handled in the period.</source>
        <translation>客服在会话上的专注时间（窗口处于活动状态时显示的会话，空闲超过 60 秒不计），按此期间处理的每个客服与会话计算。</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
</context>
<context>
    <name>hd::MetricTile</name>
    <message>
        <source>Click to see the conversations behind it.</source>
        <translation>点击查看相关会话。</translation>
    </message>
    <message>
        <source>no change data</source>
        <translation>无变化数据</translation>
    </message>
    <message>
        <source>no previous data</source>
        <translation>无上期数据</translation>
    </message>
    <message>
        <source>%1 %2 % vs previous period</source>
        <translation>较上期 %1 %2%</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s)</source>
        <translation>
            <numerusform>%n 个样本</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hd::Migrations</name>
    <message>
        <source>The workspace could not be upgraded.</source>
        <translation>无法升级工作区。</translation>
    </message>
    <message>
        <source>The workspace could not be read.</source>
        <translation>无法读取工作区。</translation>
    </message>
    <message>
        <source>This workspace was made by a newer HarborDesk (schema %1); this version understands up to %2.</source>
        <translation>此工作区由较新版本的 HarborDesk 创建（架构 %1）；当前版本最高支持 %2。</translation>
    </message>
</context>
<context>
    <name>hd::MimeMessageParser</name>
    <message>
        <source>The e-mail is empty.</source>
        <translation>邮件内容为空。</translation>
    </message>
    <message>
        <source>This is not an e-mail message: it has no headers.</source>
        <translation>这不是邮件：缺少邮件头。</translation>
    </message>
    <message>
        <source>The e-mail is too deeply nested to open its attachments.</source>
        <translation>邮件嵌套层级过深，无法打开附件。</translation>
    </message>
    <message>
        <source>The attachment was not found in the e-mail.</source>
        <translation>邮件中找不到该附件。</translation>
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
    <name>hd::OAuthProvider</name>
    <message>
        <source>%1 refused the sign-in code: %2. Start the sign-in again.</source>
        <translation>%1 拒绝了授权码：%2。请重新开始登录。</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP 状态 %1</translation>
    </message>
    <message>
        <source>%1 answered the sign-in with something unreadable.</source>
        <translation>%1 返回的登录结果无法读取。</translation>
    </message>
    <message>
        <source>%1 accepted the sign-in but sent no access token.</source>
        <translation>%1 接受了登录，但没有发送访问令牌。</translation>
    </message>
</context>
<context>
    <name>hd::OAuthRedirect</name>
    <message>
        <source>Access was declined on the platform&apos;s page; nothing was connected.</source>
        <translation>已在平台页面上拒绝访问；未连接任何账户。</translation>
    </message>
    <message>
        <source>The platform refused the sign-in: %1</source>
        <translation>平台拒绝了登录：%1</translation>
    </message>
    <message>
        <source>This sign-in answer does not belong to the sign-in in progress (the state does not match). Start the sign-in again.</source>
        <translation>此登录结果不属于当前正在进行的登录（state 不匹配）。请重新开始登录。</translation>
    </message>
    <message>
        <source>The address has no authorisation code in it.</source>
        <translation>该地址中没有授权码。</translation>
    </message>
    <message>
        <source>Paste the address your browser shows after you allowed access, or the code.</source>
        <translation>请粘贴您允许访问后浏览器显示的地址，或授权码。</translation>
    </message>
    <message>
        <source>That is not a web address.</source>
        <translation>这不是一个网址。</translation>
    </message>
    <message>
        <source>That does not look like an authorisation code.</source>
        <translation>这看起来不像授权码。</translation>
    </message>
</context>
<context>
    <name>hd::OAuthSession</name>
    <message>
        <source>The sign-in took too long and was stopped. Start it again.</source>
        <translation>登录耗时过长，已停止。请重新开始。</translation>
    </message>
    <message>
        <source>Fill in the %1 app&apos;s settings before signing in.</source>
        <translation>登录前请先填写 %1 应用的设置。</translation>
    </message>
    <message>
        <source>Fill in the %1 app&apos;s secret before signing in.</source>
        <translation>登录前请先填写 %1 应用的密钥。</translation>
    </message>
    <message>
        <source>%1 does not send the sign-in back to this computer; paste the code instead.</source>
        <translation>%1 不会把登录结果发回本机；请改为粘贴授权码。</translation>
    </message>
    <message>
        <source>Could not wait for the browser on this computer (port %1 is busy); paste the code instead.</source>
        <translation>无法在本机等待浏览器返回（端口 %1 被占用）；请改为粘贴授权码。</translation>
    </message>
    <message>
        <source>HarborDesk received the sign-in. You can close this tab and return to HarborDesk.</source>
        <translation>HarborDesk 已收到登录结果。您可以关闭此标签页并返回 HarborDesk。</translation>
    </message>
    <message>
        <source>Fill in the eBay RuName (redirect URL name) before signing in.</source>
        <translation>登录前请先填写 eBay RuName（重定向 URL 名称）。</translation>
    </message>
    <message>
        <source>Fill in the redirect address registered for the %1 app.</source>
        <translation>请填写为 %1 应用注册的重定向地址。</translation>
    </message>
    <message>
        <source>Start the sign-in first.</source>
        <translation>请先开始登录。</translation>
    </message>
    <message>
        <source>Shopee&apos;s answer names no shop (shop_id is missing).</source>
        <translation>Shopee 的返回结果中没有店铺（缺少 shop_id）。</translation>
    </message>
    <message>
        <source>%1 did not answer the sign-in in time. Try again.</source>
        <translation>%1 未及时响应登录请求。请重试。</translation>
    </message>
    <message>
        <source>Could not reach %1 to finish the sign-in: %2</source>
        <translation>无法连接 %1 以完成登录：%2</translation>
    </message>
</context>
<context>
    <name>hd::OAuthSignInBox</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>取消登录</translation>
    </message>
    <message>
        <source>If no browser opened, copy this address into one.</source>
        <translation>如果没有打开浏览器，请将此地址复制到浏览器中。</translation>
    </message>
    <message>
        <source>Paste the address your browser shows after you allowed access, or the code</source>
        <translation>粘贴您允许访问后浏览器显示的地址，或授权码</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation>使用 %1 登录</translation>
    </message>
    <message>
        <source>Your browser opens Shopee&apos;s authorisation page; after you allow access, Shopee sends the shop&apos;s tokens straight back to HarborDesk.</source>
        <translation>浏览器将打开 Shopee 的授权页面；您允许访问后，Shopee 会把店铺令牌直接发回 HarborDesk。</translation>
    </message>
    <message>
        <source>Your browser opens Etsy&apos;s consent page. If the app&apos;s redirect address is on this computer (http://127.0.0.1) HarborDesk receives the answer itself; otherwise paste the address the browser ends on.</source>
        <translation>浏览器将打开 Etsy 的授权页面。如果应用的重定向地址在本机（http://127.0.0.1），HarborDesk 会自动接收结果；否则请粘贴浏览器最终停留的地址。</translation>
    </message>
    <message>
        <source>Your browser opens %1&apos;s consent page. %1 only sends the answer to the web page registered for the app: after you allow access, copy the address the browser ends on (or the code it shows) and paste it below.</source>
        <translation>浏览器将打开 %1 的授权页面。%1 只会把结果发送到为该应用注册的网页：允许访问后，请复制浏览器最终停留的地址（或页面显示的授权码）并粘贴到下方。</translation>
    </message>
    <message>
        <source>Allow access in the browser, then paste the address here.</source>
        <translation>请在浏览器中允许访问，然后将地址粘贴到这里。</translation>
    </message>
    <message>
        <source>Waiting for you to allow access in the browser…</source>
        <translation>正在等待您在浏览器中允许访问…</translation>
    </message>
    <message>
        <source>Finishing the sign-in…</source>
        <translation>正在完成登录…</translation>
    </message>
    <message>
        <source>No browser could be opened: copy the address above into one.</source>
        <translation>无法打开浏览器：请将上面的地址复制到浏览器中。</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>已取消登录。</translation>
    </message>
    <message>
        <source>Signed in to %1. Test and add the channel to finish.</source>
        <translation>已登录 %1。请测试并添加渠道以完成设置。</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>登录失败：%1</translation>
    </message>
</context>
<context>
    <name>hd::OrderIngest</name>
    <message>
        <source>The workspace is busy; try again.</source>
        <translation>工作区正忙；请重试。</translation>
    </message>
    <message>
        <source>The orders could not be saved.</source>
        <translation>无法保存订单。</translation>
    </message>
</context>
<context>
    <name>hd::OutboxQueue</name>
    <message>
        <source>The workspace is busy; try again.</source>
        <translation>工作区正忙；请重试。</translation>
    </message>
    <message>
        <source>The reply no longer exists.</source>
        <translation>该回复已不存在。</translation>
    </message>
    <message>
        <source>This reply is not waiting for a retry.</source>
        <translation>此回复不在等待重试状态。</translation>
    </message>
</context>
<context>
    <name>hd::OutboxSender</name>
    <message>
        <source>The conversation of the reply could not be read.</source>
        <translation>无法读取该回复所属的会话。</translation>
    </message>
    <message>
        <source>The channel is not connected.</source>
        <translation>该渠道未连接。</translation>
    </message>
    <message>
        <source>The channel did not accept the reply.</source>
        <translation>渠道未接受该回复。</translation>
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
    <message>
        <source>No response needed</source>
        <translation>无需回复</translation>
    </message>
    <message>
        <source>The buyer&apos;s last message needs no answer (a thank-you, a notification): the response clock stops and marketplace response rates leave it out</source>
        <translation>买家的最后一条消息无需回复（如致谢、通知）：响应计时停止，平台回复率也不计入</translation>
    </message>
</context>
<context>
    <name>hd::ReportBuilder</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>The report could not be written (%1).</source>
        <translation>无法写入报表（%1）。</translation>
    </message>
    <message>
        <source>Unknown report kind &quot;%1&quot; (conversations, messages or summary).</source>
        <translation>未知的报表类型“%1”（conversations、messages 或 summary）。</translation>
    </message>
</context>
<context>
    <name>hd::ReportDefinition</name>
    <message>
        <source>Unknown schedule &quot;%1&quot; (daily or weekly).</source>
        <translation>未知的计划“%1”（daily 或 weekly）。</translation>
    </message>
</context>
<context>
    <name>hd::ReportDefinitionRepository</name>
    <message>
        <source>There is no report definition %1.</source>
        <translation>不存在报表定义 %1。</translation>
    </message>
    <message>
        <source>A scheduled report needs a name and a folder.</source>
        <translation>定时报表需要名称和文件夹。</translation>
    </message>
</context>
<context>
    <name>hd::ReportScheduler</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Scheduled report &quot;%1&quot;: %2</source>
        <translation>定时报表“%1”：%2</translation>
    </message>
</context>
<context>
    <name>hd::ResponseRatePanel</name>
    <message numerus="yes">
        <source>every buyer message within %n h</source>
        <translation>
            <numerusform>每条买家消息在 %n 小时内回复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every chat within %n h</source>
        <translation>
            <numerusform>每个对话在 %n 小时内回复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the first message of each thread within %n h</source>
        <translation>
            <numerusform>每个会话的首条消息在 %n 小时内回复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, over %n day(s)</source>
        <translation>
            <numerusform>%1，统计 %n 天</numerusform>
        </translation>
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
    <name>hd::RuleActionApplier</name>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
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
        <translation>
            <numerusform>稍后 %n 分钟提醒</numerusform>
        </translation>
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
    <name>hd::SecretStore</name>
    <message>
        <source>No usable keychain: the system keychain (Secret Service, e.g. GNOME Keyring or KWallet) is missing or locked. Unlock or install it, or allow storing credentials unencrypted in the settings.</source>
        <translation>没有可用的钥匙串：系统钥匙串（Secret Service，例如 GNOME Keyring 或 KWallet）缺失或已锁定。请解锁或安装它，或在设置中允许以未加密方式保存凭据。</translation>
    </message>
    <message>
        <source>No credential is stored for %1.</source>
        <translation>没有为 %1 保存凭据。</translation>
    </message>
    <message>
        <source>Access to the keychain was refused.</source>
        <translation>访问钥匙串被拒绝。</translation>
    </message>
    <message>
        <source>A credential needs a name.</source>
        <translation>凭据需要一个名称。</translation>
    </message>
    <message>
        <source>The keychain could not store or read the credential.</source>
        <translation>钥匙串无法保存或读取该凭据。</translation>
    </message>
</context>
<context>
    <name>hd::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>hd::ShopeeAuth</name>
    <message>
        <source>The Shopee shop needs to be authorised again.</source>
        <translation>需要重新授权该 Shopee 店铺。</translation>
    </message>
    <message>
        <source>Shopee refused the saved authorisation; authorise the shop again.</source>
        <translation>Shopee 拒绝了已保存的授权；请重新授权店铺。</translation>
    </message>
</context>
<context>
    <name>hd::ShopeeConnector</name>
    <message>
        <source>Shopee answered for another conversation.</source>
        <translation>Shopee 返回了另一个会话的内容。</translation>
    </message>
    <message>
        <source>The reply is empty.</source>
        <translation>回复内容为空。</translation>
    </message>
    <message>
        <source>Shopee chat messages can be at most %1 characters; this reply has %2.</source>
        <translation>Shopee 聊天消息最多 %1 个字符；此回复有 %2 个字符。</translation>
    </message>
    <message>
        <source>The Shopee buyer of this conversation is unknown.</source>
        <translation>无法确定此会话的 Shopee 买家。</translation>
    </message>
</context>
<context>
    <name>hd::ShopeeParser</name>
    <message>
        <source>Shopee sent an answer we could not read.</source>
        <translation>Shopee 返回了无法读取的响应。</translation>
    </message>
    <message>
        <source>Shopee asks us to slow down.</source>
        <translation>Shopee 要求降低请求频率。</translation>
    </message>
    <message>
        <source>Shopee had a temporary problem.</source>
        <translation>Shopee 出现临时问题。</translation>
    </message>
    <message>
        <source>Shopee no longer accepts our access; reconnect the shop.</source>
        <translation>Shopee 不再接受我们的授权；请重新连接店铺。</translation>
    </message>
    <message>
        <source>Shopee refused the request: %1</source>
        <translation>Shopee 拒绝了该请求：%1</translation>
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
        <translation>
            <numerusform>%n 个会话已超过截止时间</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due soon</source>
        <translation>
            <numerusform>%n 个即将到期</numerusform>
        </translation>
    </message>
    <message>
        <source>Most urgent: %1</source>
        <translation>最紧急：%1</translation>
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
    <name>hd::SlaClockRepository</name>
    <message>
        <source>Company default</source>
        <translation>公司默认</translation>
    </message>
</context>
<context>
    <name>hd::SlaDisplay</name>
    <message>
        <source>%1d</source>
        <comment>days</comment>
        <translation>%1天</translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <comment>days and hours</comment>
        <translation>%1天%2小时</translation>
    </message>
    <message>
        <source>%1h</source>
        <comment>hours</comment>
        <translation>%1小时</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <comment>hours and minutes</comment>
        <translation>%1小时%2分</translation>
    </message>
    <message>
        <source>%1m</source>
        <comment>minutes</comment>
        <translation>%1分</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <comment>SLA countdown past the deadline</comment>
        <translation>超时 %1</translation>
    </message>
    <message>
        <source>paused · %1</source>
        <comment>SLA clock paused, time left</comment>
        <translation>已暂停 · %1</translation>
    </message>
    <message>
        <source>met late</source>
        <translation>延迟达成</translation>
    </message>
    <message>
        <source>met</source>
        <translation>已达成</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
</context>
<context>
    <name>hd::SlaMonitor</name>
    <message>
        <source>%1 deadline (%2) missed: %3</source>
        <translation>%1 已超时（%2）：%3</translation>
    </message>
    <message>
        <source>%1 (%2) due in %3: %4</source>
        <translation>%1（%2）将在 %3 后到期：%4</translation>
    </message>
</context>
<context>
    <name>hd::SlaPolicy</name>
    <message>
        <source>An SLA policy needs a name.</source>
        <translation>SLA 策略需要一个名称。</translation>
    </message>
    <message>
        <source>SLA targets cannot be negative.</source>
        <translation>SLA 目标不能为负数。</translation>
    </message>
    <message>
        <source>An SLA policy needs at least one target.</source>
        <translation>SLA 策略至少需要一个目标。</translation>
    </message>
    <message>
        <source>Business hours are required when the SLA runs on business time.</source>
        <translation>SLA 按工作时间计算时必须设置工作时间。</translation>
    </message>
    <message>
        <source>Amazon: reply within 24 h</source>
        <translation>Amazon：24 小时内回复</translation>
    </message>
    <message>
        <source>Walmart: reply within 48 h</source>
        <translation>Walmart：48 小时内回复</translation>
    </message>
    <message>
        <source>Shopee: reply within 12 h</source>
        <translation>Shopee：12 小时内回复</translation>
    </message>
    <message>
        <source>TikTok Shop: reply within 12 h</source>
        <translation>TikTok Shop：12 小时内回复</translation>
    </message>
    <message>
        <source>Etsy: answer a new thread within 24 h</source>
        <translation>Etsy：24 小时内回复新会话</translation>
    </message>
    <message>
        <source>eBay: respond to returns and claims in 3 business days</source>
        <translation>eBay：3 个工作日内处理退货和索赔</translation>
    </message>
    <message>
        <source>Facebook and Instagram: 24-hour messaging window</source>
        <translation>Facebook 和 Instagram：24 小时消息窗口</translation>
    </message>
    <message>
        <source>The SLA policy could not be read.</source>
        <translation>无法读取 SLA 策略。</translation>
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
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due within %1</source>
        <translation>
            <numerusform>%1 内到期 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>已超时 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing breaches in the next %n hour(s).
Every open conversation is within its deadlines.</source>
        <translation>
            <numerusform>未来 %n 小时内没有会话超时。
所有未结会话都在截止时间内。</numerusform>
        </translation>
    </message>
    <message>
        <source>SLA at risk</source>
        <translation>SLA 风险</translation>
    </message>
    <message numerus="yes">
        <source>Next %n hour(s)</source>
        <translation>
            <numerusform>未来 %n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>How far ahead to look</source>
        <translation>向前查看多长时间</translation>
    </message>
</context>
<context>
    <name>hd::SmtpSender</name>
    <message>
        <source>The mail server refused the user name or password for sending.</source>
        <translation>邮件服务器拒绝了用于发信的用户名或密码。</translation>
    </message>
    <message>
        <source>The mail server refused the reply.</source>
        <translation>邮件服务器拒绝了此回复。</translation>
    </message>
    <message>
        <source>The mail server could not be reached to send the reply.</source>
        <translation>无法连接邮件服务器发送此回复。</translation>
    </message>
    <message>
        <source>Could not start sending.</source>
        <translation>无法开始发送。</translation>
    </message>
    <message>
        <source>The sender address is not valid.</source>
        <translation>发件人地址无效。</translation>
    </message>
    <message>
        <source>A recipient address is not valid.</source>
        <translation>有收件人地址无效。</translation>
    </message>
    <message>
        <source>The reply has no recipient.</source>
        <translation>此回复没有收件人。</translation>
    </message>
</context>
<context>
    <name>hd::SyncEngine</name>
    <message>
        <source>Not connected: this channel has no connection settings.</source>
        <translation>未连接：该渠道没有连接设置。</translation>
    </message>
    <message>
        <source>Synced by another HarborDesk on this workspace.</source>
        <translation>此工作区正由另一台 HarborDesk 同步。</translation>
    </message>
    <message>
        <source>Sign in to this channel again.</source>
        <translation>请重新登录此渠道。</translation>
    </message>
</context>
<context>
    <name>hd::TemplateLibrary</name>
    <message>
        <source>Template %1</source>
        <translation>模板 %1</translation>
    </message>
    <message>
        <source>Template %1 (&quot;%2&quot;)</source>
        <translation>模板 %1（“%2”）</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>模板需要一个名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known intent. Use one of: %2.</source>
        <translation>“%1”不是已知的意图。请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>The shortcut &quot;%1&quot; cannot contain spaces.</source>
        <translation>快捷方式“%1”不能包含空格。</translation>
    </message>
    <message>
        <source>Every variant needs a language.</source>
        <translation>每个版本都需要指定语言。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known platform.</source>
        <translation>“%1”不是已知的平台。</translation>
    </message>
    <message>
        <source>The %1 variant has no text.</source>
        <translation>%1 版本没有正文。</translation>
    </message>
    <message>
        <source>The %1 variant is longer than %2 characters.</source>
        <translation>%1 版本超过 %2 个字符。</translation>
    </message>
    <message>
        <source>There are two %1 variants for all platforms.</source>
        <translation>存在两个适用于所有平台的 %1 版本。</translation>
    </message>
    <message>
        <source>There are two %1 variants for %2.</source>
        <translation>存在两个适用于 %2 的 %1 版本。</translation>
    </message>
    <message>
        <source>Another template already has id %1.</source>
        <translation>另一个模板已使用 ID %1。</translation>
    </message>
    <message>
        <source>The shortcut %1 is already used by &quot;%2&quot;.</source>
        <translation>快捷方式 %1 已被“%2”使用。</translation>
    </message>
    <message>
        <source>That template no longer exists.</source>
        <translation>该模板已不存在。</translation>
    </message>
    <message>
        <source>The file is too large to be a template export (over 16 MB).</source>
        <translation>文件过大（超过 16 MB），不是模板导出文件。</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>文件不是有效的 JSON（第 %2 字节处：%1）。</translation>
    </message>
    <message>
        <source>The file does not contain a template export: expected a JSON object.</source>
        <translation>文件不包含模板导出内容：应为 JSON 对象。</translation>
    </message>
    <message>
        <source>The file is not a HarborDesk template export (&quot;format&quot; should be &quot;%1&quot;).</source>
        <translation>文件不是 HarborDesk 模板导出文件（“format”应为“%1”）。</translation>
    </message>
    <message>
        <source>Template export version %1 is not supported by this HarborDesk (supports %2).</source>
        <translation>此版本的 HarborDesk 不支持模板导出版本 %1（支持 %2）。</translation>
    </message>
    <message>
        <source>The file has no &quot;templates&quot; list.</source>
        <translation>文件中没有“templates”列表。</translation>
    </message>
    <message>
        <source>Template %1 is not a JSON object.</source>
        <translation>模板 %1 不是 JSON 对象。</translation>
    </message>
    <message>
        <source>%1: &quot;name&quot; must be text.</source>
        <translation>%1：“name”必须是文本。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be text.</source>
        <translation>%1：“%2”必须是文本。</translation>
    </message>
    <message>
        <source>%1: &quot;keywords&quot; must be a list of words.</source>
        <translation>%1：“keywords”必须是词语列表。</translation>
    </message>
    <message>
        <source>%1: &quot;useCount&quot; must be a number of uses.</source>
        <translation>%1：“useCount”必须是使用次数。</translation>
    </message>
    <message>
        <source>%1: it has no &quot;variants&quot; (the texts per language).</source>
        <translation>%1：没有“variants”（各语言的正文）。</translation>
    </message>
    <message>
        <source>%1, variant %2</source>
        <translation>%1，版本 %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object.</source>
        <translation>%1 不是 JSON 对象。</translation>
    </message>
    <message>
        <source>%1: &quot;language&quot; is missing.</source>
        <translation>%1：缺少“language”。</translation>
    </message>
    <message>
        <source>%1: &quot;body&quot; (the text) is missing.</source>
        <translation>%1：缺少“body”（正文）。</translation>
    </message>
    <message>
        <source>%1: &quot;platform&quot; must be text.</source>
        <translation>%1：“platform”必须是文本。</translation>
    </message>
    <message>
        <source>%1: &quot;human&quot; must be true or false.</source>
        <translation>%1：“human”必须为 true 或 false。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
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
    <name>hd::TemplatesPage</name>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Import templates</source>
        <translation>导入模板</translation>
    </message>
    <message>
        <source>Templates (*.json)</source>
        <translation>模板 (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 个模板。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export templates</source>
        <translation>导出模板</translation>
    </message>
    <message>
        <source>Templates exported to %1.</source>
        <translation>模板已导出到 %1。</translation>
    </message>
    <message>
        <source>any platform</source>
        <translation>任意平台</translation>
    </message>
    <message>
        <source>human</source>
        <translation>人工</translation>
    </message>
    <message>
        <source>machine translation</source>
        <translation>机器翻译</translation>
    </message>
    <message>
        <source>Unknown placeholder {{%1}}</source>
        <translation>未知占位符 {{%1}}</translation>
    </message>
    <message>
        <source>Broken placeholder “%1”</source>
        <translation>占位符格式错误“%1”</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>可用占位符：%1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Template “%1” saved.</source>
        <translation>模板“%1”已保存。</translation>
    </message>
    <message>
        <source>Template “%1” deleted.</source>
        <translation>模板“%1”已删除。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>未导入：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Intent:</source>
        <translation>意图：</translation>
    </message>
    <message>
        <source>Shortcut:</source>
        <translation>快捷方式：</translation>
    </message>
    <message>
        <source>Keywords:</source>
        <translation>关键词：</translation>
    </message>
    <message>
        <source>comma-separated, any language</source>
        <translation>以逗号分隔，任意语言</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>平台：</translation>
    </message>
    <message>
        <source>Any platform</source>
        <translation>任意平台</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Written by a person</source>
        <translation>人工撰写</translation>
    </message>
    <message>
        <source>Untick for a stored machine translation; agents see it marked.</source>
        <translation>如为已保存的机器翻译请取消勾选；客服会看到相应标记。</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>保存模板</translation>
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
    <message>
        <source>Translating…</source>
        <translation>正在翻译…</translation>
    </message>
    <message>
        <source>Not translated: %1 The original is shown.</source>
        <translation>未翻译：%1 显示的是原文。</translation>
    </message>
    <message>
        <source>Machine translation</source>
        <translation>机器翻译</translation>
    </message>
    <message>
        <source>Machine translation from %1</source>
        <translation>机器翻译自%1</translation>
    </message>
    <message>
        <source>Hide original</source>
        <translation>隐藏原文</translation>
    </message>
    <message>
        <source>Show original</source>
        <translation>显示原文</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
</context>
<context>
    <name>hd::Transaction</name>
    <message>
        <source>No transaction is open.</source>
        <translation>没有已打开的事务。</translation>
    </message>
    <message>
        <source>Saving failed.</source>
        <translation>保存失败。</translation>
    </message>
</context>
<context>
    <name>hd::TranslationError</name>
    <message>
        <source>Apertium cannot detect the language. Choose the language to translate from.</source>
        <translation>Apertium 无法识别语言。请选择源语言。</translation>
    </message>
    <message>
        <source>The %1 translation quota is used up for now. The original text is kept.</source>
        <translation>%1 的翻译额度暂时已用完。已保留原文。</translation>
    </message>
    <message>
        <source>%1 is receiving too many requests. Try again in %2 s.</source>
        <translation>%1 收到的请求过多。请在 %2 秒后重试。</translation>
    </message>
    <message>
        <source>%1 is receiving too many requests. Try again in a moment.</source>
        <translation>%1 收到的请求过多。请稍后重试。</translation>
    </message>
    <message>
        <source>%1 did not accept the API key. Check it in Settings, Translation.</source>
        <translation>%1 不接受该 API 密钥。请在“设置 › 翻译”中检查。</translation>
    </message>
    <message>
        <source>%1 needs an API key. Add it in Settings, Translation.</source>
        <translation>%1 需要 API 密钥。请在“设置 › 翻译”中添加。</translation>
    </message>
    <message>
        <source>%1 cannot translate between these languages.</source>
        <translation>%1 无法在这两种语言之间翻译。</translation>
    </message>
    <message>
        <source>%1 refused to translate this text.</source>
        <translation>%1 拒绝翻译此文本。</translation>
    </message>
    <message>
        <source>%1 could not be reached. Check the connection and the server address.</source>
        <translation>无法连接 %1。请检查网络连接和服务器地址。</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Try again.</source>
        <translation>%1 未及时响应。请重试。</translation>
    </message>
    <message>
        <source>%1 has a problem on its side. Try again later.</source>
        <translation>%1 服务端出现问题。请稍后重试。</translation>
    </message>
    <message>
        <source>%1 sent an answer HarborDesk cannot read.</source>
        <translation>%1 返回了 HarborDesk 无法读取的响应。</translation>
    </message>
    <message>
        <source>The translation lost an order number, link or placeholder, so it was not used.</source>
        <translation>译文丢失了订单号、链接或占位符，因此未被采用。</translation>
    </message>
    <message>
        <source>the detected language</source>
        <translation>检测到的语言</translation>
    </message>
    <message>
        <source>%1 cannot translate from %2 to %3.</source>
        <translation>%1 无法从%2翻译为%3。</translation>
    </message>
</context>
<context>
    <name>hd::TranslationPage</name>
    <message>
        <source>Translation</source>
        <translation>翻译</translation>
    </message>
    <message>
        <source>chosen from the API key</source>
        <translation>根据 API 密钥自动选择</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>The key is kept in the system keychain, never in the settings file. Leave the field empty to keep the stored key.</source>
        <translation>密钥保存在系统钥匙串中，绝不会写入设置文件。留空则保留已保存的密钥。</translation>
    </message>
    <message>
        <source>No keychain is configured.</source>
        <translation>未配置钥匙串。</translation>
    </message>
    <message>
        <source>The API key was not saved: %1</source>
        <translation>API 密钥未保存：%1</translation>
    </message>
    <message>
        <source>Saved. %1 translates from now on.</source>
        <translation>已保存。此后由 %1 负责翻译。</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>正在测试 %1…</translation>
    </message>
    <message>
        <source>It works. “%1” → “%2”</source>
        <translation>可以使用。“%1” → “%2”</translation>
    </message>
    <message>
        <source>It does not work: %1</source>
        <translation>无法使用：%1</translation>
    </message>
    <message>
        <source>Buyer messages are shown in your language and your replies are sent in the buyer&apos;s. Apertium runs on your own server and needs no key.</source>
        <translation>买家消息以您的语言显示，您的回复以买家的语言发送。Apertium 运行在您自己的服务器上，无需密钥。</translation>
    </message>
    <message>
        <source>Translate buyer messages and replies</source>
        <translation>翻译买家消息和回复</translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation>翻译引擎：</translation>
    </message>
    <message>
        <source>Server URL:</source>
        <translation>服务器地址：</translation>
    </message>
    <message>
        <source>Agents&apos; language:</source>
        <translation>客服语言：</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API 密钥：</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>hd::TranslationPreview</name>
    <message>
        <source>Sent as written</source>
        <translation>按原文发送</translation>
    </message>
    <message>
        <source>Translating…</source>
        <translation>正在翻译…</translation>
    </message>
    <message>
        <source>Write in your language; the buyer receives it in %1.</source>
        <translation>请用您的语言撰写；买家将收到%1版本。</translation>
    </message>
    <message>
        <source>The buyer receives (%1, machine translation):</source>
        <translation>买家将收到（%1，机器翻译）：</translation>
    </message>
    <message>
        <source>Not translated: %1 Your text is kept; untick “Translate” to send it as written.</source>
        <translation>未翻译：%1 您的文本已保留；取消勾选“翻译”即可按原文发送。</translation>
    </message>
    <message>
        <source>Translate into %1</source>
        <translation>翻译为%1</translation>
    </message>
    <message>
        <source>Untick to send the text exactly as written (already in the buyer&apos;s language).</source>
        <translation>取消勾选则按原文发送（文本已是买家的语言）。</translation>
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
    <message>
        <source>%1 (by hand)</source>
        <translation>%1（手动）</translation>
    </message>
    <message>
        <source>%1 (by hand, by %2)</source>
        <translation>%1（由 %2 手动分配）</translation>
    </message>
</context>
<context>
    <name>hd::TriageService</name>
    <message>
        <source>The number of hours cannot be negative.</source>
        <translation>小时数不能为负数。</translation>
    </message>
    <message>
        <source>The period must be at least one day.</source>
        <translation>时间段至少为一天。</translation>
    </message>
    <message>
        <source>The conversation no longer exists.</source>
        <translation>该会话已不存在。</translation>
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
    <message numerus="yes">
        <source>%n deadline(s) missed</source>
        <translation>
            <numerusform>%n 个已超时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) at risk</source>
        <translation>
            <numerusform>%n 个即将超时</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hd::WorkspaceLocation</name>
    <message>
        <source>No workspace given.</source>
        <translation>未指定工作区。</translation>
    </message>
    <message>
        <source>Invalid PostgreSQL URL: %1</source>
        <translation>无效的 PostgreSQL URL：%1</translation>
    </message>
    <message>
        <source>The PostgreSQL URL names no database.</source>
        <translation>PostgreSQL URL 中未指定数据库。</translation>
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
