<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../evaldesk/ui/dialogs/about.py" line="21" />
        <source>About EvalDesk</source>
        <translation>关于 EvalDesk</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/about.py" line="25" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/about.py" line="27" />
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/about.py" line="30" />
        <source>Assessment year</source>
        <translation>考核年度</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/about.py" line="31" />
        <source>Rubric</source>
        <translation>考核细则</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/about.py" line="32" />
        <source>Rubric id</source>
        <translation>细则编号</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/about.py" line="33" />
        <source>Rubric SHA-256</source>
        <translation>细则 SHA-256</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/about.py" line="34" />
        <source>Python / Qt</source>
        <translation>Python / Qt</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/about.py" line="40" />
        <source>Offline self-assessment, ledger and signed report packages.</source>
        <translation>离线自评、工作台账与签名报送材料包。</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="128" />
        <source>Administrator account</source>
        <translation>管理员账户</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="131" />
        <source>The administrator adds the accounts of clerks and heads. Passwords are stored only as argon2 hashes.</source>
        <translation>管理员负责添加经办人和负责人的账户。密码仅以 argon2 散列值保存。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="148" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="149" />
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="150" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="151" />
        <source>Password again</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="158" />
        <source>The two passwords differ; type the same password twice.</source>
        <translation>两次输入的密码不一致，请输入相同的密码。</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../evaldesk/ui/app.py" line="202" />
        <source>Opening the data folder</source>
        <extracomment>The main window has the signed-in user's data (emitted once per start).</extracomment>
        <translation>正在打开数据文件夹</translation>
    </message>
</context>
<context>
    <name>ApprovalsBox</name>
    <message>
        <location filename="../../evaldesk/ui/widgets/approvals.py" line="32" />
        <source>Approval</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/approvals.py" line="40" />
        <source>Whole year</source>
        <extracomment>One button per quarter (and the year): "Approve", or "Unlock…" once approved.</extracomment>
        <translation>全年</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/approvals.py" line="42" />
        <source>Quarter {n}</source>
        <translation>第{n}季度</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/approvals.py" line="50" />
        <location filename="../../evaldesk/ui/widgets/approvals.py" line="90" />
        <location filename="../../evaldesk/ui/widgets/approvals.py" line="110" />
        <source>Approve</source>
        <translation>审批通过</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/approvals.py" line="79" />
        <source>not approved</source>
        <translation>未审批</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/approvals.py" line="83" />
        <source>approved by {who}, {date}</source>
        <translation>{who} 于 {date} 审批</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/approvals.py" line="90" />
        <source>Unlock…</source>
        <translation>解锁…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/approvals.py" line="111" />
        <source>Approving locks it against changes. Comment (optional):</source>
        <translation>审批通过后将锁定，不能再修改。审批意见（可不填）：</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/approvals.py" line="127" />
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/approvals.py" line="128" />
        <source>Why is it unlocked? The reason is kept in the audit log:</source>
        <translation>解锁原因（将记入审计日志）：</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="176" />
        <source>Create the office</source>
        <translation>创建单位</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="192" />
        <source>Office</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="193" />
        <source>Rubric</source>
        <translation>考核细则</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="194" />
        <source>Unit</source>
        <translation>考核对象</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="195" />
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="196" />
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="197" />
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../evaldesk/ui/dialogs/error.py" line="50" />
        <source>Not allowed</source>
        <translation>无权操作</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/error.py" line="52" />
        <source>Locked by an approval</source>
        <translation>已审批锁定</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/error.py" line="54" />
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/error.py" line="56" />
        <source>Please check the input</source>
        <translation>请检查输入</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/error.py" line="58" />
        <source>Problem with the data folder</source>
        <translation>数据文件夹有问题</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/error.py" line="60" />
        <source>Check failed</source>
        <translation>检查未通过</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/error.py" line="62" />
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/error.py" line="64" />
        <source>Cannot do this</source>
        <translation>无法执行</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/error.py" line="65" />
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/error.py" line="96" />
        <source>EvalDesk met an unexpected problem. Your data is safe: nothing half-done was saved. Please save a report and send it to whoever supports EvalDesk.</source>
        <translation>EvalDesk 遇到意外问题。您的数据是安全的：未完成的操作不会被保存。请保存错误报告，并发送给 EvalDesk 的技术支持人员。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/error.py" line="139" />
        <source>Show details</source>
        <translation>显示详情</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/error.py" line="143" />
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/error.py" line="159" />
        <source>The report was saved to {path} (&lt;a href='{folder}'&gt;open the folder&lt;/a&gt;).</source>
        <translation>报告已保存到 {path}（&lt;a href='{folder}'&gt;打开文件夹&lt;/a&gt;）。</translation>
    </message>
</context>
<context>
    <name>ItemDetail</name>
    <message>
        <location filename="../../evaldesk/ui/widgets/item_detail.py" line="69" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/item_detail.py" line="70" />
        <source>met</source>
        <translation>符合</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/item_detail.py" line="71" />
        <source>not met</source>
        <translation>不符合</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/item_detail.py" line="72" />
        <source>not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/item_detail.py" line="73" />
        <source>How the score is reached</source>
        <translation>得分说明</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/item_detail.py" line="74" />
        <source>Initial review</source>
        <translation>初评分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/item_detail.py" line="75" />
        <source>Final review</source>
        <translation>审定分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/item_detail.py" line="76" />
        <source>What is assessed (评估内容)</source>
        <translation>评估内容</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/item_detail.py" line="77" />
        <source>Scoring standard (评分标准)</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/item_detail.py" line="78" />
        <source>Method (评估方法)</source>
        <translation>评估方法</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/item_detail.py" line="79" />
        <source>Evidence expected</source>
        <translation>佐证资料</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/item_detail.py" line="80" />
        <source>none attached</source>
        <translation>尚未上传</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/item_detail.py" line="81" />
        <source>{n} file(s) attached</source>
        <translation>已上传 {n} 个文件</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/item_detail.py" line="82" />
        <source>Interpretation note</source>
        <translation>解读说明</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/item_detail.py" line="105" />
        <source>Select an item to see its wording and how it is scored.</source>
        <translation>选择一个评估项目，查看原文和得分说明。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../evaldesk/ui/dialogs/login.py" line="31" />
        <source>Sign in — EvalDesk</source>
        <translation>登录 — EvalDesk</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/login.py" line="35" />
        <source>Sign in with your EvalDesk account.</source>
        <translation>请使用您的 EvalDesk 账户登录。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/login.py" line="47" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/login.py" line="48" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/login.py" line="53" />
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/login.py" line="71" />
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/login.py" line="95" />
        <source>The account {name} is disabled; ask an administrator.</source>
        <translation>账户 {name} 已停用，请联系管理员。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/login.py" line="98" />
        <source>Wrong user name or password. Please try again.</source>
        <translation>用户名或密码错误，请重新输入。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="49" />
        <source>Self-assessment</source>
        <translation>自评</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="50" />
        <source>Ledger</source>
        <translation>台账</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="51" />
        <source>Quarterly dispatch</source>
        <translation>季度调度</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="52" />
        <source>Evidence</source>
        <translation>佐证资料</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="53" />
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="54" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="80" />
        <source>EvalDesk 自评台账</source>
        <extracomment>The view each role starts in (until a person has chosen another).</extracomment>
        <translation>EvalDesk 自评台账</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="98" />
        <source>Opening the data folder…</source>
        <translation>正在打开数据文件夹…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="164" />
        <source>This part of EvalDesk is not available in this build ({name}).</source>
        <translation>此版本暂不包含该功能（{name}）。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="213" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="214" />
        <source>Switch user…</source>
        <translation>切换用户…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="216" />
        <source>User accounts…</source>
        <translation>用户账户…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="218" />
        <source>New assessment year…</source>
        <translation>新建考核年度…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="221" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="225" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="226" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="228" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="233" />
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="237" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="248" />
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="252" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="262" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="263" />
        <source>&amp;About EvalDesk</source>
        <translation>关于 EvalDesk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="349" />
        <source>Work in progress</source>
        <translation>任务进行中</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="350" />
        <source>Some work is still running. Stop it and quit?</source>
        <translation>还有任务正在进行。要停止任务并退出吗？</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../evaldesk/ui/dialogs/users.py" line="32" />
        <source>New account</source>
        <translation>新建账户</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/users.py" line="46" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/users.py" line="47" />
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/users.py" line="48" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/users.py" line="49" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/users.py" line="50" />
        <source>Password again</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/users.py" line="61" />
        <source>The two passwords differ; type the same password twice.</source>
        <translation>两次输入的密码不一致，请输入相同的密码。</translation>
    </message>
</context>
<context>
    <name>NewYearDialog</name>
    <message>
        <location filename="../../evaldesk/ui/dialogs/new_year.py" line="28" />
        <source>New assessment year</source>
        <translation>新建考核年度</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/new_year.py" line="42" />
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/new_year.py" line="43" />
        <source>Rubric</source>
        <translation>考核细则</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="42" />
        <source>Your office</source>
        <translation>您的单位</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="44" />
        <source>EvalDesk keeps one office's ledger, evidence and self-assessment.</source>
        <translation>EvalDesk 保存一个单位的工作台账、佐证资料和自评结果。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="48" />
        <source>e.g. 某某县人力资源和社会保障局</source>
        <translation>例如：某某县人力资源和社会保障局</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="55" />
        <source>Office name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="56" />
        <source>Region (optional)</source>
        <translation>所在地区（可不填）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="57" />
        <source>Contact (optional)</source>
        <translation>联系方式（可不填）</translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <location filename="../../evaldesk/ui/ops.py" line="150" />
        <source>Cancel</source>
        <extracomment>Ops still running (they must outlive the Python references of their callers).</extracomment>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/ops.py" line="172" />
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../../evaldesk/ui/permissions.py" line="16" />
        <source>Editing the ledger</source>
        <translation>编辑台账</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/permissions.py" line="17" />
        <source>Editing a quarter's dispatch record</source>
        <translation>编辑季度调度记录</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/permissions.py" line="18" />
        <source>Ticking or filling rubric items</source>
        <translation>填报自评项目</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/permissions.py" line="19" />
        <source>Attaching or detaching evidence</source>
        <translation>上传或移除佐证资料</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/permissions.py" line="20" />
        <source>Approving a quarter or the year</source>
        <translation>审批季度或年度</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/permissions.py" line="21" />
        <source>Unlocking an approved quarter or year</source>
        <translation>解锁已审批的季度或年度</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/permissions.py" line="22" />
        <source>Writing review comments</source>
        <translation>填写审核意见</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/permissions.py" line="23" />
        <source>Entering review scores</source>
        <translation>录入审核得分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/permissions.py" line="24" />
        <source>Managing user accounts</source>
        <translation>管理用户账户</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/permissions.py" line="25" />
        <source>Changing the office or its years</source>
        <translation>修改单位信息或考核年度</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/permissions.py" line="28" />
        <source>clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/permissions.py" line="29" />
        <source>head</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/permissions.py" line="30" />
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/permissions.py" line="62" />
        <source>system</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/permissions.py" line="63" />
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/permissions.py" line="64" />
        <source>{what} needs the {roles} role; {name} is signed in as {role}.</source>
        <translation>{what}需要{roles}角色；{name}当前的角色是{role}。</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../evaldesk/ui/views/review.py" line="53" />
        <source>Review comment on the selected item…</source>
        <translation>对所选项目的审核意见…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/review.py" line="55" />
        <source>Add comment</source>
        <translation>添加意见</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/review.py" line="66" />
        <location filename="../../evaldesk/ui/views/review.py" line="103" />
        <source>Comments</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/review.py" line="100" />
        <source>Self score</source>
        <translation>自评分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/review.py" line="102" />
        <source>Item</source>
        <translation>评估项目</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/review.py" line="207" />
        <source>Review score {code}</source>
        <translation>审核得分 {code}</translation>
    </message>
</context>
<context>
    <name>RubricModel</name>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_model.py" line="40" />
        <source>Item</source>
        <translation>评估项目</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_model.py" line="41" />
        <source>Recorded</source>
        <translation>填报情况</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_model.py" line="42" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_model.py" line="43" />
        <source>Max</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_model.py" line="44" />
        <source>Evidence</source>
        <translation>佐证资料</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_model.py" line="60" />
        <source>met</source>
        <translation>符合</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_model.py" line="61" />
        <source>not met</source>
        <translation>不符合</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_model.py" line="62" />
        <location filename="../../evaldesk/ui/models/rubric_model.py" line="67" />
        <source>not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_model.py" line="65" />
        <source>happened</source>
        <translation>发生</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_model.py" line="66" />
        <source>did not happen</source>
        <translation>未发生</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_model.py" line="70" />
        <source>counted from the ledger</source>
        <translation>按台账统计</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_model.py" line="71" />
        <source>counted from the dispatch records</source>
        <translation>按调度记录统计</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_model.py" line="445" />
        <source>bonus</source>
        <extracomment>Called with (criterion, parsed value) for an edit; returns True when it was recorded. Called with a refused edit's error (bad number, PermissionDenied, Locked). Errors cannot propagate: setData is called from C++ (views, proxies). None re-raises. When set, nothing is editable (the reason is shown by the view).</extracomment>
        <translation>加分项</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_model.py" line="445" />
        <source>missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_model.py" line="447" />
        <source>count</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_model.py" line="448" />
        <source>actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_model.py" line="449" />
        <source>this year</source>
        <translation>本年</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_model.py" line="450" />
        <source>last year</source>
        <translation>上年</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_model.py" line="451" />
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_model.py" line="452" />
        <source>precondition</source>
        <translation>前提条件</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_model.py" line="453" />
        <source>times</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_model.py" line="454" />
        <source>deviation %</source>
        <translation>偏差%</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_model.py" line="455" />
        <source>votes</source>
        <translation>票数</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_model.py" line="456" />
        <source>score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_model.py" line="457" />
        <source>each</source>
        <translation>/次</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/fact_delegate.py" line="34" />
        <source>not recorded</source>
        <translation>未填报</translation>
    </message>
</context>
<context>
    <name>RubricPage</name>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="70" />
        <source>Rubric and year</source>
        <translation>考核细则和年度</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="71" />
        <source>Choose the scheme your office is assessed by.</source>
        <translation>选择本单位适用的考核办法。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="84" />
        <source>Your unit</source>
        <translation>考核对象</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="91" />
        <source>Rubric</source>
        <translation>考核细则</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="94" />
        <source>Assessment year</source>
        <translation>考核年度</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="106" />
        <source>items</source>
        <translation>项</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="108" />
        <source>{points} points</source>
        <translation>{points}分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="110" />
        <source>rated (no points)</source>
        <translation>定性评价（不计分）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="114" />
        <source>(not one of the listed units)</source>
        <translation>（不在所列单位中）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="121" />
        <source>The rubric was issued for {year}.</source>
        <translation>该细则适用于{year}年度。</translation>
    </message>
</context>
<context>
    <name>RubricView</name>
    <message>
        <location filename="../../evaldesk/ui/views/rubric.py" line="57" />
        <source>Search items (code, title, wording)…</source>
        <translation>搜索项目（编号、名称、原文）…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/rubric.py" line="67" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/rubric.py" line="68" />
        <source>Losing points</source>
        <translation>失分项</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/rubric.py" line="69" />
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/rubric.py" line="70" />
        <source>Missing evidence</source>
        <translation>缺佐证</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/rubric.py" line="83" />
        <source>Rating:</source>
        <translation>评价等次：</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/rubric.py" line="192" />
        <source>The year {year} was approved by {who} on {date} and is locked; a head must unlock it before anything can be changed.</source>
        <translation>{year}年度已由{who}于{date}审批并锁定；需负责人解锁后才能修改。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/rubric.py" line="212" />
        <source>(not chosen)</source>
        <translation>（未选择）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/rubric.py" line="229" />
        <source>Choose the rating</source>
        <translation>选择评价等次</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/rubric.py" line="275" />
        <source>{n} items</source>
        <translation>共{n}项</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/rubric.py" line="277" />
        <source>{shown} of {n} items</source>
        <translation>显示{shown}项，共{n}项</translation>
    </message>
</context>
<context>
    <name>ScorePanel</name>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="69" />
        <source>Self-assessment score</source>
        <translation>自评得分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="108" />
        <source>Composite</source>
        <translation>综合构成</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="114" />
        <source>Sections</source>
        <translation>各部分得分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="120" />
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="325" />
        <source>Score through the year</source>
        <translation>年度得分变化</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="123" />
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="126" />
        <source>Largest point losses</source>
        <translation>主要失分项</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="137" />
        <source>What costs points</source>
        <translation>扣分因素</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="191" />
        <source>Grade: {grade}</source>
        <translation>等次：{grade}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="194" />
        <source>Best rating still possible: {rating}</source>
        <translation>最高可评：{rating}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="202" />
        <source>Maximum still attainable: {points}</source>
        <translation>最高可得：{points}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="206" />
        <source>bonus {points}</source>
        <translation>加分 {points}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="213" />
        <source>One-vote veto: the total is 0.</source>
        <translation>一票否决：总分为0。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="216" />
        <source>A veto caps the grade at {grade}.</source>
        <translation>因一票否决，等次最高为{grade}。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="274" />
        <source>No points lost.</source>
        <translation>暂无失分。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="286" />
        <source>Overdue ledger entries</source>
        <translation>台账逾期未办结</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="287" />
        <source>Quarters reported late</source>
        <translation>季度调度逾期报送</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="288" />
        <source>Quarters not reported</source>
        <translation>季度调度未报送</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="289" />
        <source>Items not assessed yet</source>
        <translation>尚未评估的项目</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="290" />
        <source>Items missing evidence</source>
        <translation>缺少佐证的项目</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../evaldesk/ui/settings.py" line="35" />
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/settings.py" line="36" />
        <source>Window size</source>
        <translation>窗口大小</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/settings.py" line="38" />
        <source>Toolbars and docks</source>
        <translation>工具栏与停靠窗口</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/settings.py" line="41" />
        <source>Score panel width</source>
        <translation>得分面板宽度</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/settings.py" line="44" />
        <source>Rubric view layout</source>
        <translation>自评视图布局</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/settings.py" line="46" />
        <source>Last view shown</source>
        <translation>上次打开的视图</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/settings.py" line="47" />
        <source>Last user name</source>
        <translation>上次登录的用户名</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="221" />
        <source>EvalDesk — first start</source>
        <translation>EvalDesk — 首次使用</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="230" />
        <source>Create</source>
        <translation>创建</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../evaldesk/ui/widgets/status.py" line="22" />
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/status.py" line="25" />
        <source>The assessment year shown</source>
        <translation>当前显示的考核年度</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/status.py" line="43" />
        <source>{name} ({role})</source>
        <translation>{name}（{role}）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/status.py" line="58" />
        <source>Score {total}</source>
        <translation>得分 {total}</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../evaldesk/ui/undo.py" line="93" />
        <source>Edit {code}</source>
        <translation>编辑 {code}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/undo.py" line="106" />
        <source>Record {code}</source>
        <translation>填报 {code}</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../evaldesk/ui/dialogs/users.py" line="71" />
        <source>User accounts</source>
        <translation>用户账户</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/users.py" line="74" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/users.py" line="74" />
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/users.py" line="74" />
        <location filename="../../evaldesk/ui/dialogs/users.py" line="151" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/users.py" line="74" />
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/users.py" line="81" />
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/users.py" line="83" />
        <source>Change role…</source>
        <translation>修改角色…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/users.py" line="85" />
        <source>Enable / disable</source>
        <translation>启用/停用</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/users.py" line="87" />
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/users.py" line="114" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/users.py" line="114" />
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/users.py" line="151" />
        <source>New role</source>
        <translation>新角色</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/users.py" line="178" />
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/users.py" line="178" />
        <source>New password</source>
        <translation>新密码</translation>
    </message>
</context>
</TS>