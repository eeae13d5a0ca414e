<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../evaldesk/ui/dialogs/about.py" line="22"/>
        <source>About EvalDesk</source>
        <translation>关于 EvalDesk</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/about.py" line="26"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/about.py" line="28"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/about.py" line="31"/>
        <source>Assessment year</source>
        <translation>考核年度</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/about.py" line="32"/>
        <source>Rubric</source>
        <translation>考核细则</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/about.py" line="33"/>
        <source>Rubric id</source>
        <translation>细则编号</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/about.py" line="34"/>
        <source>Rubric SHA-256</source>
        <translation>细则 SHA-256</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/about.py" line="35"/>
        <source>Python / Qt</source>
        <translation>Python / Qt</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/about.py" line="41"/>
        <source>Offline self-assessment, ledger and signed report packages.</source>
        <translation>离线自评、工作台账与签名报送材料包。</translation>
    </message>
</context>
<context>
    <name>AccountBox</name>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="196"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="197"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="198"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="199"/>
        <source>Password again</source>
        <translation>确认密码</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="134"/>
        <source>Administrator account</source>
        <translation>管理员账户</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="137"/>
        <source>The administrator sets the office up and manages the accounts (File → User accounts…). Nobody, not even the administrator, can read a password back: keep it somewhere safe.</source>
        <translation>管理员负责设置本单位并管理账户（文件 → 用户账户…）。密码保存后任何人（包括管理员）都无法查看，请妥善记下。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="155"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="156"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="157"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="158"/>
        <source>Password again</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="165"/>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>两次输入的密码不一致，请输入相同的密码。</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../evaldesk/ui/app.py" line="170"/>
        <source>Opening the data folder</source>
        <extracomment>How often the GUI looks whether the daily check and backup (a worker thread) have ended. The main window has the signed-in user&apos;s data (emitted once per start). The daily check and backup after the open have ended (an UpkeepReport).</extracomment>
        <translation>正在打开数据文件夹</translation>
    </message>
</context>
<context>
    <name>ApprovalsBox</name>
    <message>
        <location filename="../../evaldesk/ui/widgets/approvals.py" line="28"/>
        <source>Approval</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/approvals.py" line="36"/>
        <source>Whole year</source>
        <extracomment>One button per quarter (and the year): &quot;Approve&quot;, or &quot;Unlock…&quot; once approved.</extracomment>
        <translation>全年</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/approvals.py" line="38"/>
        <source>Quarter {n}</source>
        <translation>第{n}季度</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/approvals.py" line="46"/>
        <location filename="../../evaldesk/ui/widgets/approvals.py" line="86"/>
        <location filename="../../evaldesk/ui/widgets/approvals.py" line="106"/>
        <source>Approve</source>
        <translation>审批通过</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/approvals.py" line="75"/>
        <source>not approved</source>
        <translation>未审批</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/approvals.py" line="79"/>
        <source>approved by {who}, {date}</source>
        <translation>{who} 于 {date} 审批</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/approvals.py" line="86"/>
        <source>Unlock…</source>
        <translation>解锁…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/approvals.py" line="107"/>
        <source>Approving locks it against changes. Comment (optional):</source>
        <translation>审批通过后将锁定，不能再修改。审批意见（可不填）：</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/approvals.py" line="123"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/approvals.py" line="124"/>
        <source>Why is it unlocked? The reason is kept in the audit log:</source>
        <translation>解锁原因（将记入审计日志）：</translation>
    </message>
</context>
<context>
    <name>AttachFiles</name>
    <message>
        <location filename="../../evaldesk/ui/widgets/attach.py" line="53"/>
        <source>Copying %1</source>
        <translation>正在复制 %1</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/attach.py" line="101"/>
        <source>Attaching files</source>
        <translation>正在添加附件</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/attach.py" line="109"/>
        <source>%1 file(s) attached, %2 refused:</source>
        <translation>已添加 %1 个文件，%2 个未能添加：</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/attach.py" line="118"/>
        <source>Some files were not attached</source>
        <translation>部分文件未能添加</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="260"/>
        <source>Create the office</source>
        <translation>创建单位</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="276"/>
        <source>Office</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="277"/>
        <source>Rubric</source>
        <translation>考核细则</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="280"/>
        <source>Assessed unit</source>
        <translation>被评估单位</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="296"/>
        <source>After Create you are signed in as the administrator.</source>
        <translation>点击“创建”后将直接以管理员身份登录，无需再次输入密码。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="283"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="284"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="286"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
</context>
<context>
    <name>DispatchView</name>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="50"/>
        <source>On time</source>
        <translation>按时报送</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="51"/>
        <source>Late</source>
        <translation>逾期报送</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="52"/>
        <source>Missing</source>
        <translation>未报送</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="53"/>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="62"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="63"/>
        <source>Due</source>
        <translation>报送期限</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="64"/>
        <source>Submitted</source>
        <translation>报送日期</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="65"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="66"/>
        <source>Approval</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="150"/>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="151"/>
        <source>Submit</source>
        <translation>报送</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="152"/>
        <source>Withdraw submission</source>
        <translation>撤回报送</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="153"/>
        <source>Attach files…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="155"/>
        <source>Drop files here to attach them to this quarter</source>
        <translation>把文件拖到这里，作为本季度的附件</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="164"/>
        <source>Progress by area</source>
        <translation>各项工作进展</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="167"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="171"/>
        <source>Submitted on</source>
        <translation>报送日期</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="182"/>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="219"/>
        <source>Progress this quarter in %1</source>
        <translation>本季度%1工作进展</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="243"/>
        <source>Q%1</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="247"/>
        <source>Approved, locked</source>
        <translation>已审核，已锁定</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="257"/>
        <source>%1 day(s) after the due date</source>
        <translation>超过报送期限 %1 天</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="279"/>
        <source>Quarter %1 of %2 — due %3</source>
        <translation>%2 年第 %1 季度 — 报送期限 %3</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="345"/>
        <source>Draft of quarter %1 saved</source>
        <translation>第 %1 季度草稿已保存</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="366"/>
        <source>Quarter %1 submitted</source>
        <translation>第 %1 季度已报送</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="379"/>
        <source>Attach files to the quarter</source>
        <translation>为本季度添加附件</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="389"/>
        <source>%1 file(s) attached to quarter %2</source>
        <translation>已为第 %2 季度添加 %1 个附件</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../evaldesk/ui/dialogs/error.py" line="51"/>
        <source>Not allowed</source>
        <translation>无权操作</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/error.py" line="53"/>
        <source>Locked by an approval</source>
        <translation>已审批锁定</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/error.py" line="55"/>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/error.py" line="57"/>
        <source>Please check the input</source>
        <translation>请检查输入</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/error.py" line="59"/>
        <source>Problem with the data folder</source>
        <translation>数据文件夹有问题</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/error.py" line="61"/>
        <source>Check failed</source>
        <translation>检查未通过</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/error.py" line="63"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/error.py" line="65"/>
        <source>Cannot do this</source>
        <translation>无法执行</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/error.py" line="66"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/error.py" line="101"/>
        <source>EvalDesk met an unexpected problem. Your data is safe: nothing half-done was saved. Please save a report and send it to whoever supports EvalDesk.</source>
        <translation>EvalDesk 遇到意外问题。您的数据是安全的：未完成的操作不会被保存。请保存错误报告，并发送给 EvalDesk 的技术支持人员。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/error.py" line="144"/>
        <source>Show details</source>
        <translation>显示详情</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/error.py" line="148"/>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/error.py" line="164"/>
        <source>The report was saved to {path} (&lt;a href=&apos;{folder}&apos;&gt;open the folder&lt;/a&gt;).</source>
        <translation>报告已保存到 {path}（&lt;a href=&apos;{folder}&apos;&gt;打开文件夹&lt;/a&gt;）。</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../evaldesk/ui/error_text/__init__.py" line="116"/>
        <source>Title</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/__init__.py" line="117"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/__init__.py" line="118"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/__init__.py" line="119"/>
        <source>Received</source>
        <translation>接收日期</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/__init__.py" line="120"/>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/__init__.py" line="121"/>
        <source>Done date</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/__init__.py" line="122"/>
        <source>Rubric item</source>
        <translation>评分项目</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/__init__.py" line="123"/>
        <source>Description</source>
        <translation>办理内容</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/__init__.py" line="124"/>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/__init__.py" line="125"/>
        <source>Submitted on</source>
        <translation>报送日期</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/__init__.py" line="126"/>
        <source>Progress</source>
        <translation>工作进展</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_export.py" line="14"/>
        <source>{what}: not an Ed25519 key</source>
        <translation>{what}：不是 Ed25519 密钥</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_export.py" line="15"/>
        <source>{path} is not an Ed25519 key</source>
        <translation>{path}不是 Ed25519 密钥</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_export.py" line="16"/>
        <source>{what}: not a PEM public key ({error})</source>
        <translation>{what}：不是 PEM 格式的公钥（{error}）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_export.py" line="18"/>
        <source>the passphrase protecting the new signing key must have at least {n} characters</source>
        <translation>保护新签名密钥的口令至少需要{n}个字符</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_export.py" line="23"/>
        <source>cannot read the signing key {path}: {error}</source>
        <translation>无法读取签名密钥{path}：{error}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_export.py" line="25"/>
        <source>wrong passphrase for the office&apos;s signing key (or the key file is damaged)</source>
        <translation>本单位签名密钥的口令不正确（或密钥文件已损坏）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_export.py" line="30"/>
        <source>key file: {path}</source>
        <translation>密钥文件：{path}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_export.py" line="31"/>
        <source>the signing key {path} cannot be read: {error}</source>
        <translation>无法读取签名密钥{path}：{error}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_export.py" line="32"/>
        <source>the two passphrases differ; nothing was created</source>
        <translation>两次输入的口令不一致，未创建签名密钥</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_export.py" line="34"/>
        <source>{path}: the package file name must end in .zip</source>
        <translation>{path}：材料包文件名必须以 .zip 结尾</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_export.py" line="35"/>
        <source>export cancelled; nothing was written</source>
        <translation>已取消导出，未生成任何文件</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_export.py" line="37"/>
        <source>evidence &apos;{name}&apos; changed on disk since it was stored (SHA-256 or size differs); the export was stopped. Run `evaldesk check`.</source>
        <translation>佐证资料“{name}”保存后在磁盘上被改动（SHA-256 或大小不符），导出已停止。请运行“evaldesk check”检查。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_export.py" line="43"/>
        <source>cannot write in {path}: {error}</source>
        <translation>无法在{path}中写入：{error}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_export.py" line="44"/>
        <source>cannot write {path}: {error}; nothing was written</source>
        <translation>无法写入{path}：{error}；未生成任何文件</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_export.py" line="45"/>
        <source>cannot write {path}: {error}</source>
        <translation>无法写入{path}：{error}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_export.py" line="46"/>
        <source>cannot read evidence &apos;{name}&apos; ({blob}): {error}</source>
        <translation>无法读取佐证资料“{name}”（{blob}）：{error}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_export.py" line="47"/>
        <source>cannot read evidence &apos;{name}&apos;: {error}</source>
        <translation>无法读取佐证资料“{name}”：{error}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_export.py" line="48"/>
        <source>{path}: no such package file</source>
        <translation>{path}：材料包文件不存在</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_export.py" line="49"/>
        <source>{path}: not a readable zip file ({error})</source>
        <translation>{path}：不是可以读取的 zip 文件（{error}）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_export.py" line="51"/>
        <source>cannot export: {problem}</source>
        <translation>无法导出：{problem}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_export.py" line="52"/>
        <source>the office has no name: set it in the office settings</source>
        <translation>单位名称为空，请在单位信息中填写</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_export.py" line="53"/>
        <source>year {year} is not a four-digit year</source>
        <translation>{year}不是四位数的年份</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_export.py" line="54"/>
        <source>the score was computed for rubric {computed}, not {rubric}</source>
        <translation>得分是按考核细则{computed}计算的，而不是{rubric}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_export.py" line="55"/>
        <source>the rubric&apos;s SHA-256 must be 64 lowercase hex digits</source>
        <translation>考核细则的 SHA-256 必须是64位小写十六进制数字</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_export.py" line="56"/>
        <source>ledger entry &apos;{title}&apos; names unknown rubric item {code}</source>
        <translation>台账事项“{title}”关联了不存在的评分项目{code}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_export.py" line="57"/>
        <source>dispatch quarter {quarter} is not 1-4</source>
        <translation>调度记录的季度{quarter}不在1至4之间</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_export.py" line="58"/>
        <source>evidence &apos;{name}&apos;</source>
        <translation>佐证资料“{name}”</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_export.py" line="59"/>
        <source>{where}: SHA-256 must be 64 lowercase hex digits</source>
        <translation>{where}：SHA-256 必须是64位小写十六进制数字</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_export.py" line="60"/>
        <source>{where}: negative size</source>
        <translation>{where}：文件大小为负数</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_export.py" line="61"/>
        <source>{where}: unknown rubric item(s) {codes}</source>
        <translation>{where}：关联了不存在的评分项目{codes}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_export.py" line="63"/>
        <source>{where}: stored file is {actual} bytes, the store recorded {size}; run `evaldesk check`</source>
        <translation>{where}：存储的文件大小为{actual}字节，记录的是{size}字节；请运行“evaldesk check”检查</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_export.py" line="70"/>
        <source>{where}: stored file {blob} is missing; run `evaldesk check`</source>
        <translation>{where}：存储的文件{blob}不见了；请运行“evaldesk check”检查</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_export.py" line="76"/>
        <source>{name}: a rubric file must be a mapping with id, title and sections</source>
        <translation>{name}：考核细则文件必须是包含 id、title 和 sections 的映射</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_export.py" line="80"/>
        <source>{where}: YAML syntax error: {error}</source>
        <translation>{where}：YAML 语法错误：{error}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_export.py" line="81"/>
        <source>{name}: YAML error: {error}</source>
        <translation>{name}：YAML 错误：{error}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_export.py" line="82"/>
        <source>{path}: cannot read ({error})</source>
        <translation>{path}：无法读取（{error}）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_export.py" line="83"/>
        <source>{name}: not UTF-8 text (byte {n}); save the file as UTF-8</source>
        <translation>{name}：不是 UTF-8 文本（第{n}字节）；请将文件另存为 UTF-8 编码</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_export.py" line="85"/>
        <source>no rubric &apos;{ref}&apos;; built-in rubrics are: {known}; or give the path of a .yaml file</source>
        <translation>没有考核细则“{ref}”；内置的考核细则有：{known}；也可以给出 .yaml 文件的路径</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_export.py" line="90"/>
        <source>no unit &apos;{unit}&apos; in rubric {rubric}; units are: {known}</source>
        <translation>考核细则{rubric}中没有考核对象“{unit}”；考核对象有：{known}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_export.py" line="91"/>
        <source>unknown unit &apos;{unit}&apos; for rubric {rubric} (known: {known})</source>
        <translation>考核细则{rubric}中没有考核对象“{unit}”（已有：{known}）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_export.py" line="92"/>
        <source>subsidies {id}: needs &apos;amount&apos; or &apos;scaled&apos;</source>
        <translation>补助{id}：需要设置 amount 或 scaled</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_export.py" line="93"/>
        <source>subsidies: item {item} has no rule &apos;{rule}&apos;</source>
        <translation>补助：评估项目{item}没有规则“{rule}”</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_export.py" line="95"/>
        <source>the passphrase file {path} is empty</source>
        <translation>口令文件{path}是空的</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_export.py" line="96"/>
        <source>cannot read the passphrase file {path}: {error}</source>
        <translation>无法读取口令文件{path}：{error}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_services.py" line="17"/>
        <source>ledger entries have no field(s) {fields}</source>
        <translation>台账事项没有以下字段：{fields}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_services.py" line="19"/>
        <source>{path}: no such folder</source>
        <translation>{path}：文件夹不存在</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_services.py" line="20"/>
        <source>{path}: no such file</source>
        <translation>{path}：文件不存在</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="15"/>
        <source>{what}: {scope} was approved by {who} on {date} and is locked; a head (负责人) must unlock it first</source>
        <translation>{scope}已由{who}于{date}审核锁定，{what}；需由负责人解锁后才能修改</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="21"/>
        <source>the year {year}</source>
        <translation>{year}年度</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="22"/>
        <source>quarter {quarter} of {year}</source>
        <translation>{year}年第{quarter}季度</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="23"/>
        <source>an entry cannot be added</source>
        <translation>不能新增台账事项</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="24"/>
        <source>an entry received in this quarter cannot be added</source>
        <translation>不能新增该季度接收的台账事项</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="25"/>
        <source>evidence cannot be added</source>
        <translation>不能添加佐证资料</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="26"/>
        <source>ledger entry #{id} cannot be changed</source>
        <translation>不能修改台账事项 #{id}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="27"/>
        <source>the dispatch record of quarter {quarter} cannot be changed</source>
        <translation>不能修改第{quarter}季度的调度记录</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="28"/>
        <source>the evidence note cannot be changed</source>
        <translation>不能修改佐证资料的备注</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="29"/>
        <source>the facts cannot be changed</source>
        <translation>不能修改自评填报内容</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="30"/>
        <source>evidence cannot be attached to {target}</source>
        <translation>不能把佐证资料关联到{target}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="31"/>
        <source>evidence cannot be detached from {target}</source>
        <translation>不能取消佐证资料与{target}的关联</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="34"/>
        <source>quarter must be 1-4, or 0 for the whole year (got {quarter})</source>
        <translation>季度须为1至4，全年为0（收到的是{quarter}）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="38"/>
        <source>{scope} is already approved</source>
        <translation>{scope}已审核通过</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="39"/>
        <source>an unlock needs a reason (it is recorded in the audit log)</source>
        <translation>解锁需要填写原因（将记入审计日志）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="40"/>
        <source>{scope} is not approved, so it is not locked</source>
        <translation>{scope}尚未审核，没有锁定</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="42"/>
        <source>there is no assessment year {year} in this office (years: {years})</source>
        <translation>本单位没有{year}考核年度（已有年度：{years}）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="46"/>
        <source>this office has no assessment year yet; create one first</source>
        <translation>本单位还没有考核年度，请先新建考核年度</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="47"/>
        <source>year {year} is not a plausible assessment year (2000-2100)</source>
        <translation>{year}不是有效的考核年度（应在2000至2100之间）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="48"/>
        <source>the assessment year {year} already exists</source>
        <translation>{year}考核年度已存在</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="49"/>
        <source>this data folder has no office yet; create one first</source>
        <translation>该数据文件夹中还没有单位，请先创建单位</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="50"/>
        <source>this data folder already has an office</source>
        <translation>该数据文件夹中已有单位</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="51"/>
        <source>unknown role &apos;{role}&apos; (roles: {roles})</source>
        <translation>未知角色“{role}”（可选角色：{roles}）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="52"/>
        <source>the user name &apos;{name}&apos; is taken; choose another</source>
        <translation>用户名“{name}”已被使用，请换一个</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="53"/>
        <source>there is no user #{id}</source>
        <translation>没有编号为 #{id} 的用户</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="54"/>
        <source>the comment is empty</source>
        <translation>审核意见为空</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="57"/>
        <source>there is no dispatch record for quarter {quarter} of {year}</source>
        <translation>没有{year}年第{quarter}季度的调度记录</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="61"/>
        <source>quarter must be 1-4 (got {quarter})</source>
        <translation>季度须为1至4（收到的是{quarter}）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="62"/>
        <source>there is no dispatch record #{id}</source>
        <translation>没有编号为 #{id} 的调度记录</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="63"/>
        <source>there is no dispatch record #{id} in {year}</source>
        <translation>{year}年度没有编号为 #{id} 的调度记录</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="64"/>
        <source>there is no ledger entry #{id}</source>
        <translation>没有台账事项 #{id}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="65"/>
        <source>there is no ledger entry #{id} in {year}</source>
        <translation>{year}年度没有台账事项 #{id}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="66"/>
        <source>the file {sha}… is not in the evidence folder</source>
        <translation>佐证资料文件夹中没有文件{sha}…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="67"/>
        <source>there is no evidence #{id}</source>
        <translation>没有编号为 #{id} 的佐证资料</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="68"/>
        <source>evidence #{id} is not attached to {target}</source>
        <translation>佐证资料 #{id} 没有关联到{target}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="69"/>
        <source>unknown link kind &apos;{kind}&apos; (item, ledger or dispatch)</source>
        <translation>未知的关联类型“{kind}”（应为 item、ledger 或 dispatch）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="70"/>
        <source>unknown fact scope &apos;{scope}&apos; (scopes: {scopes})</source>
        <translation>未知的填报范围“{scope}”（可用范围：{scopes}）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="71"/>
        <source>cannot sort the ledger by &apos;{sort}&apos; (columns: {columns})</source>
        <translation>台账不能按“{sort}”排序（可用的列：{columns}）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="72"/>
        <source>a keyset page needs search_queries()</source>
        <translation>按键分页需要 search_queries()</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="74"/>
        <source>a ledger page is either after a row or at an offset, not both</source>
        <translation>台账分页只能指定起始行或偏移量之一，不能同时指定</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="78"/>
        <source>a ledger row always has a {column}; the page key has none</source>
        <translation>台账的每一行都有{column}，但分页键中没有</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="79"/>
        <source>the overdue filter needs the day to judge at (as_of)</source>
        <translation>逾期筛选需要指定判断日期（as_of）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="82"/>
        <source>{name} is {size}, larger than the limit of {limit} for one evidence file; split or compress it (e.g. scan at a lower resolution); nothing was stored</source>
        <translation>{name}大小为{size}，超过了单个佐证资料文件{limit}的上限；请拆分或压缩（如降低扫描分辨率），未保存任何内容</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="89"/>
        <source>{name} is larger than the limit of {limit} for one evidence file; split or compress it (e.g. scan at a lower resolution); nothing was stored</source>
        <translation>{name}超过了单个佐证资料文件{limit}的上限；请拆分或压缩（如降低扫描分辨率），未保存任何内容</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="95"/>
        <source>{path} is a folder; choose the files inside it</source>
        <translation>{path}是文件夹，请选择其中的文件</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="96"/>
        <source>{path} is not a regular file</source>
        <translation>{path}不是普通文件</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="97"/>
        <source>{path}: no such file (was it moved or deleted?)</source>
        <translation>{path}：文件不存在（是否已被移动或删除？）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="98"/>
        <source>{path}: cannot be read ({error})</source>
        <translation>{path}：无法读取（{error}）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="100"/>
        <source>{path}: permission denied; EvalDesk cannot read this file (check its permissions, or copy it somewhere readable first)</source>
        <translation>{path}：没有访问权限，EvalDesk 无法读取该文件（请检查文件权限，或先把它复制到可以读取的位置）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="107"/>
        <source>not enough free disk space for {name} ({size}; {free} free on the data folder&apos;s disk)</source>
        <translation>磁盘空间不足，无法保存{name}（需要{size}，数据文件夹所在磁盘只剩{free}）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="112"/>
        <source>could not store {name}: {error}</source>
        <translation>无法保存{name}：{error}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="114"/>
        <source>the disk is full while storing {name}; free some space and add it again (nothing was stored)</source>
        <translation>保存{name}时磁盘已满；请腾出空间后重新添加（未保存任何内容）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="120"/>
        <source>adding {name} was cancelled; nothing was stored</source>
        <translation>已取消添加{name}，未保存任何内容</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="122"/>
        <source>{name}: reading failed after {size} ({error}); nothing was stored</source>
        <translation>{name}：读取{size}后出错（{error}），未保存任何内容</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="126"/>
        <source>the evidence file needs a name (the given name is empty)</source>
        <translation>佐证资料文件需要名称（给出的名称为空）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="128"/>
        <source>the file name is {n} characters long; shorten it to at most {max}</source>
        <translation>文件名长{n}个字符，请缩短到{max}个字符以内</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="134"/>
        <source>the data folder {path} is open in EvalDesk (or in another evaldesk command); close it and try again</source>
        <translation>数据文件夹{path}已在 EvalDesk（或另一个 evaldesk 命令）中打开，请关闭后再试</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="140"/>
        <source>the daily check and backup are already running</source>
        <translation>每日检查和备份正在进行中</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="142"/>
        <source>there is no EvalDesk data in {path} (no {db}); create an office with the app&apos;s first-run wizard, or try `evaldesk demo --data-dir DIR`</source>
        <translation>{path}中没有 EvalDesk 数据（缺少{db}）；请通过首次使用向导创建单位，或运行“evaldesk demo --data-dir 文件夹”试用演示单位</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="148"/>
        <source>the change was refused by the database: {error}</source>
        <translation>数据库拒绝了此次修改：{error}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="150"/>
        <source>cannot open {path}: {error} (is the folder read-only, or the disk full?)</source>
        <translation>无法打开{path}：{error}（文件夹是否只读，或磁盘已满？）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="154"/>
        <source>the database could not be written: {error}</source>
        <translation>无法写入数据库：{error}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="155"/>
        <source>cannot create the data folder {path}: {error}</source>
        <translation>无法创建数据文件夹{path}：{error}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="157"/>
        <source>the data folder was written by a newer EvalDesk (schema {revision}); install that version or newer to open it</source>
        <translation>该数据文件夹由更新版本的 EvalDesk 写入（数据结构版本{revision}），请安装该版本或更新的版本后再打开</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="164"/>
        <source>the database has tables ({tables}) but is not an EvalDesk store; choose an empty folder or an EvalDesk data folder</source>
        <translation>该数据库中已有数据表（{tables}），但不是 EvalDesk 数据；请选择空文件夹或 EvalDesk 数据文件夹</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="171"/>
        <source>The EvalDesk database is damaged and was not opened: {problems}</source>
        <translation>EvalDesk 数据库已损坏，未能打开：{problems}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="176"/>
        <source>The EvalDesk database is damaged and cannot be read any further: {problems}</source>
        <translation>EvalDesk 数据库已损坏，无法继续读取：{problems}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="181"/>
        <source>{path} is damaged: {error}</source>
        <translation>{path}已损坏：{error}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="182"/>
        <source>{path} cannot be read: {error}</source>
        <translation>无法读取{path}：{error}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="183"/>
        <source>{path} is not a database (its header is damaged)</source>
        <translation>{path}不是数据库（文件头已损坏）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="185"/>
        <source>No backup was found in {path}. Do not delete the file; copy the whole data folder somewhere safe and ask for help recovering it.</source>
        <translation>在{path}中没有找到备份。请不要删除该文件；请把整个数据文件夹复制到安全的位置，并请技术支持人员帮助恢复。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="192"/>
        <source>The newest backup is {path} (made {when}). Restore it with:</source>
        <translation>最新的备份是{path}（生成于{when}）。可以用以下命令恢复：</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="196"/>
        <source>The restore keeps the damaged file in the backups folder.</source>
        <translation>恢复时会把损坏的文件保留在备份文件夹中。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="197"/>
        <source>the database check was stopped</source>
        <translation>数据库检查已停止</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="198"/>
        <source>the automatic backup was stopped</source>
        <translation>自动备份已停止</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="199"/>
        <source>stopped before the backup</source>
        <translation>已在备份前停止</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="200"/>
        <source>there is no EvalDesk data in {path} to back up</source>
        <translation>{path}中没有可备份的 EvalDesk 数据</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="201"/>
        <source>{path} already exists; choose another file name</source>
        <translation>{path}已存在，请换一个文件名</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="202"/>
        <source>{what} is damaged and was not restored: {problem}</source>
        <translation>{what}已损坏，未恢复：{problem}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="203"/>
        <source>{what} is not an EvalDesk database</source>
        <translation>{what}不是 EvalDesk 数据库</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="205"/>
        <source>{path} is neither an EvalDesk backup archive (.zip) nor a database backup</source>
        <translation>{path}既不是 EvalDesk 备份包（.zip），也不是数据库备份</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="209"/>
        <source>{path}: no such backup file</source>
        <translation>{path}：备份文件不存在</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="210"/>
        <source>could not write the backup {path}: {error}</source>
        <translation>无法写入备份{path}：{error}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="211"/>
        <source>{what} is not a database: {error}</source>
        <translation>{what}不是数据库：{error}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="212"/>
        <source>{path} is not an EvalDesk backup archive</source>
        <translation>{path}不是 EvalDesk 备份包</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="214"/>
        <source>{path}: the database inside does not match its manifest (damaged archive)</source>
        <translation>{path}：其中的数据库与清单不符（备份包已损坏）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="219"/>
        <source>{path} is a zip but not an EvalDesk backup (no manifest.json)</source>
        <translation>{path}是 zip 文件，但不是 EvalDesk 备份（缺少 manifest.json）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="223"/>
        <source>could not back up {name} to {path}: {error}</source>
        <translation>无法将{name}备份到{path}：{error}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="225"/>
        <source>Permission denied</source>
        <translation>没有访问权限</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="226"/>
        <source>No such file or directory</source>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="227"/>
        <source>No space left on device</source>
        <translation>磁盘空间不足</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="228"/>
        <source>Read-only file system</source>
        <translation>文件系统为只读</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="229"/>
        <source>database disk image is malformed</source>
        <translation>数据库文件已损坏</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="230"/>
        <source>file is not a database</source>
        <translation>不是数据库文件</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="231"/>
        <source>database is locked</source>
        <translation>数据库被占用</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="232"/>
        <source>[Errno {errno}] {error}: {path}</source>
        <translation>{error}：{path}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="233"/>
        <source>[Errno {errno}] {error}</source>
        <translation>{error}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="234"/>
        <source>[WinError {errno}] {error}: {path}</source>
        <translation>{error}：{path}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/error_text/catalog_store.py" line="235"/>
        <source>{path} cannot be opened: {error}</source>
        <translation>无法打开{path}：{error}</translation>
    </message>
</context>
<context>
    <name>EvidenceView</name>
    <message>
        <location filename="../../evaldesk/ui/views/evidence.py" line="61"/>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/evidence.py" line="84"/>
        <source>Save note</source>
        <translation>保存备注</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/evidence.py" line="87"/>
        <source>Remove link</source>
        <translation>取消关联</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/evidence.py" line="90"/>
        <source>Link to item</source>
        <translation>关联评分项目</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/evidence.py" line="93"/>
        <source>Link to ledger entry</source>
        <translation>关联台账事项</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/evidence.py" line="96"/>
        <source>Q%1</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/evidence.py" line="97"/>
        <source>Link to quarter</source>
        <translation>关联季度调度</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/evidence.py" line="105"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/evidence.py" line="117"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/evidence.py" line="118"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/evidence.py" line="122"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/evidence.py" line="126"/>
        <source>Linked to</source>
        <translation>关联到</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/evidence.py" line="171"/>
        <source>All files</source>
        <translation>全部文件</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/evidence.py" line="172"/>
        <source>Not linked to anything</source>
        <translation>未关联的文件</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/evidence.py" line="194"/>
        <source>%1 file(s), %2</source>
        <translation>共 %1 个文件，%2</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/evidence.py" line="222"/>
        <source>Rubric item %1</source>
        <translation>评分项目 %1</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/evidence.py" line="228"/>
        <source>Ledger entry #%1</source>
        <translation>台账事项 #%1</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/evidence.py" line="233"/>
        <source>Dispatch report, quarter %1</source>
        <translation>第 %1 季度调度报告</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/evidence.py" line="309"/>
        <source>Add evidence files</source>
        <translation>添加佐证资料</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/evidence.py" line="319"/>
        <source>%1 file(s) added</source>
        <translation>已添加 %1 个文件</translation>
    </message>
</context>
<context>
    <name>ExportView</name>
    <message>
        <location filename="../../evaldesk/ui/views/export.py" line="47"/>
        <source>Export the signed report package</source>
        <translation>导出签名的自评材料包</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/export.py" line="54"/>
        <source>The package holds the PDF report, the Excel score sheet, the ledger, the dispatch reports and the evidence files, with a manifest and the office&apos;s signature. Send it to the assessing authority as it is.</source>
        <translation>材料包含 PDF 自评报告、Excel 评分表、工作台账、季度调度报告和佐证资料，并附清单和本单位签名。请原样报送考核单位。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/export.py" line="64"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/export.py" line="69"/>
        <source>Repeat passphrase</source>
        <translation>再次输入口令</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/export.py" line="73"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/export.py" line="75"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/export.py" line="82"/>
        <source>Show the package in its folder</source>
        <translation>打开材料包所在文件夹</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/export.py" line="92"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/export.py" line="93"/>
        <source>Save as</source>
        <translation>保存为</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/export.py" line="95"/>
        <source>Passphrase</source>
        <translation>签名口令</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/export.py" line="177"/>
        <source>This is the office&apos;s first export: a signing key will be created and protected with this passphrase. Keep the passphrase safe; it cannot be recovered.</source>
        <translation>这是本单位第一次导出：将创建签名密钥，并用此口令保护。请妥善保管口令，遗失后无法找回。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/export.py" line="182"/>
        <source>Enter the passphrase of the office&apos;s signing key.</source>
        <translation>请输入本单位签名密钥的口令。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/export.py" line="201"/>
        <source>Save the package as</source>
        <translation>材料包保存为</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/export.py" line="201"/>
        <source>Package (*.zip)</source>
        <translation>材料包 (*.zip)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/export.py" line="237"/>
        <source>Exporting %1…</source>
        <translation>正在导出 %1 年度…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/export.py" line="259"/>
        <source>Exporting the package</source>
        <translation>正在导出材料包</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/export.py" line="292"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/export.py" line="304"/>
        <source>Package written: %1</source>
        <translation>材料包已生成：%1</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/export.py" line="305"/>
        <source>Package id %1; key fingerprint %2</source>
        <translation>材料包编号 %1；密钥指纹 %2</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/export.py" line="309"/>
        <source>Warning: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/export.py" line="315"/>
        <source>The export failed; nothing was written.</source>
        <translation>导出失败，未生成任何文件。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/export.py" line="320"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>已取消导出，未生成任何文件。</translation>
    </message>
</context>
<context>
    <name>FormChecks</name>
    <message>
        <location filename="../../evaldesk/ui/widgets/form_checks.py" line="25"/>
        <source>matches</source>
        <translation>相符</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/form_checks.py" line="26"/>
        <source>differs within tolerance</source>
        <translation>有差异（在容差内）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/form_checks.py" line="27"/>
        <source>does not match</source>
        <translation>不符</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/form_checks.py" line="28"/>
        <source>not filled</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/form_checks.py" line="29"/>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/form_checks.py" line="65"/>
        <source>{status} {n}</source>
        <translation>{status}{n}项</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/form_checks.py" line="72"/>
        <source>{n} checks: {parts}</source>
        <translation>共核对{n}项：{parts}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/form_checks.py" line="74"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/form_checks.py" line="116"/>
        <source>{n} more do not apply (rows not used).</source>
        <translation>另有{n}项不适用（本行未使用）。</translation>
    </message>
</context>
<context>
    <name>FormEdits</name>
    <message>
        <location filename="../../evaldesk/ui/views/form_edits.py" line="34"/>
        <source>“{text}” is not a number; it was not saved.</source>
        <translation>“{text}”不是数字，未保存。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/form_edits.py" line="60"/>
        <source>“{text}” is not a date; type it as 2023年2月20日. It was not saved.</source>
        <translation>“{text}”不是日期，请按“2023年2月20日”的格式填写。未保存。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/form_edits.py" line="66"/>
        <source>Fill in {field}</source>
        <translation>填写{field}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/form_edits.py" line="77"/>
        <source>Fill in a table cell</source>
        <translation>填写表格数字</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/form_edits.py" line="97"/>
        <source>Edit the indicators of {code}</source>
        <translation>修改{code}的绩效指标</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/form_edits.py" line="107"/>
        <source>Edit a table of names</source>
        <translation>修改人员表</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/form_edits.py" line="122"/>
        <source>This category has no score to enter.</source>
        <translation>本类没有需要填写的得分。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/form_edits.py" line="132"/>
        <source>A score of {title} lies between 0 and {max}; it was not saved.</source>
        <translation>{title}的得分应在0至{max}分之间，未保存。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/form_edits.py" line="145"/>
        <source>Score {title}</source>
        <translation>评定{title}得分</translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <location filename="../../evaldesk/ui/widgets/form_field.py" line="52"/>
        <source>a number</source>
        <translation>填数字</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/form_field.py" line="54"/>
        <source>e.g. 2023年2月20日</source>
        <translation>如 2023年2月20日</translation>
    </message>
</context>
<context>
    <name>FormGrid</name>
    <message>
        <location filename="../../evaldesk/ui/models/form_grid.py" line="159"/>
        <source>{cell}: “{text}” is not a number; it was not saved.</source>
        <extracomment>Statuses that mark a cell, worst first, and their tints. Called with (row id, column id, Decimal or None) for an edit; True when recorded. Called with the message for a refused edit (not a number, refused by the services).</extracomment>
        <translation>{cell}：“{text}”不是数字，未保存。</translation>
    </message>
</context>
<context>
    <name>FormIndicators</name>
    <message>
        <location filename="../../evaldesk/ui/widgets/form_indicators.py" line="58"/>
        <source>Category score</source>
        <translation>本类得分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/form_indicators.py" line="81"/>
        <source>Not scored yet</source>
        <translation>尚未评分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/form_indicators.py" line="86"/>
        <source>Counts as {score}{max} points</source>
        <translation>计{score}{max}分</translation>
    </message>
</context>
<context>
    <name>FormRows</name>
    <message>
        <location filename="../../evaldesk/ui/models/form_rows.py" line="125"/>
        <source>{column}: “{text}” is not a number; it was not saved.</source>
        <extracomment>Called with the new list of filled rows; returns True when it was saved. Called with the message for a refused edit.</extracomment>
        <translation>{column}：“{text}”不是数字，未保存。</translation>
    </message>
</context>
<context>
    <name>FormTables</name>
    <message>
        <location filename="../../evaldesk/ui/widgets/form_tables.py" line="183"/>
        <source>Remove the selected row</source>
        <translation>删除选中行</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/form_tables.py" line="186"/>
        <source>Type into the empty last row to add one.</source>
        <translation>在最后的空行中填写即可增加一行。</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../evaldesk/ui/dialogs/help.py" line="23"/>
        <source>Help — the day&apos;s tasks</source>
        <translation>帮助 — 日常工作</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ledger_import.py" line="101"/>
        <source>Import ledger entries</source>
        <translation>导入台账</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ledger_import.py" line="104"/>
        <source>%1: %2 row(s) can be imported, %3 row(s) have problems and will be skipped.</source>
        <translation>%1：可导入 %2 行，%3 行有问题，将被跳过。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ledger_import.py" line="116"/>
        <source>Columns not read: %1</source>
        <translation>未读取的列：%1</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ledger_import.py" line="119"/>
        <source>Show only rows with problems</source>
        <translation>只显示有问题的行</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ledger_import.py" line="133"/>
        <source>Import %1 row(s)</source>
        <translation>导入 %1 行</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ledger_import.py" line="39"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ledger_import.py" line="40"/>
        <source>Title</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ledger_import.py" line="41"/>
        <source>Received</source>
        <translation>接收日期</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ledger_import.py" line="42"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ledger_import.py" line="87"/>
        <source>OK</source>
        <translation>无误</translation>
    </message>
</context>
<context>
    <name>Interpretations</name>
    <message>
        <location filename="../../evaldesk/ui/widgets/interpretation_marks.py" line="21"/>
        <source>Not printed in the source document</source>
        <translation>原文未印的数值（解释口径）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/interpretation_marks.py" line="22"/>
        <source>From: {document}</source>
        <translation>依据：{document}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/interpretation_marks.py" line="23"/>
        <source>Source: “{text}”</source>
        <translation>原文：“{text}”</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/interpretation_marks.py" line="26"/>
        <source>derived</source>
        <translation>推算</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/interpretation_marks.py" line="27"/>
        <source>assumed</source>
        <translation>假定</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/interpretation_marks.py" line="28"/>
        <source>from another document</source>
        <translation>取自其他文件</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/interpretation_marks.py" line="29"/>
        <source>added</source>
        <translation>增补</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/interpretation_marks.py" line="30"/>
        <source>set by the office</source>
        <translation>单位设定</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/interpretation_marks.py" line="31"/>
        <source>suggested, not confirmed</source>
        <translation>建议（未确认）</translation>
    </message>
</context>
<context>
    <name>InterpretationsView</name>
    <message>
        <location filename="../../evaldesk/ui/views/interpretations.py" line="44"/>
        <source>{mark} These values are not printed in the source document: EvalDesk derived, assumed or took them from another document, and says why. Every place that shows one of them carries the mark {mark}.</source>
        <translation>{mark} 以下数值原文未印：是本软件推算、假定或取自其他文件的解释口径，并说明理由。凡显示这些数值之处都标注“{mark}”。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/interpretations.py" line="56"/>
        <source>What</source>
        <translation>解释口径</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/interpretations.py" line="56"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/interpretations.py" line="56"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/interpretations.py" line="56"/>
        <source>Applies to</source>
        <translation>所涉数值</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/interpretations.py" line="97"/>
        <source>Values marked ✎ are left to the office: double-click to set them.</source>
        <translation>标有 ✎ 的数值由单位设定：双击即可修改。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/interpretations.py" line="99"/>
        <source>Values marked ✎ are left to the office; {reason}.</source>
        <translation>标有 ✎ 的数值由单位设定；{reason}。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/interpretations.py" line="141"/>
        <source>From: {document}</source>
        <translation>依据：{document}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/interpretations.py" line="144"/>
        <source>Source: “{text}”</source>
        <translation>原文：“{text}”</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/interpretations.py" line="164"/>
        <source>Set {what}</source>
        <translation>设定{what}</translation>
    </message>
</context>
<context>
    <name>ItemDetail</name>
    <message>
        <location filename="../../evaldesk/ui/widgets/item_detail.py" line="69"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/item_detail.py" line="70"/>
        <source>met</source>
        <translation>符合</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/item_detail.py" line="71"/>
        <source>not met</source>
        <translation>不符合</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/item_detail.py" line="72"/>
        <source>not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/item_detail.py" line="73"/>
        <source>How the score is reached</source>
        <translation>得分说明</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/item_detail.py" line="74"/>
        <source>Initial review</source>
        <translation>初评分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/item_detail.py" line="75"/>
        <source>Final review</source>
        <translation>审定分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/item_detail.py" line="76"/>
        <source>What is assessed (评估内容)</source>
        <translation>评估内容</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/item_detail.py" line="77"/>
        <source>Scoring standard (评分标准)</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/item_detail.py" line="78"/>
        <source>Method (评估方法)</source>
        <translation>评估方法</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/item_detail.py" line="79"/>
        <source>Evidence expected</source>
        <translation>佐证资料</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/item_detail.py" line="80"/>
        <source>none attached</source>
        <translation>尚未上传</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/item_detail.py" line="81"/>
        <source>{n} file(s) attached</source>
        <translation>已上传 {n} 个文件</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/item_detail.py" line="82"/>
        <source>Interpretation note</source>
        <translation>解读说明</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/item_detail.py" line="105"/>
        <source>Select an item to see its wording and how it is scored.</source>
        <translation>选择一个评估项目，查看原文和得分说明。</translation>
    </message>
</context>
<context>
    <name>LedgerEntryDialog</name>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ledger_entry.py" line="79"/>
        <source>New ledger entry</source>
        <translation>新增台账事项</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ledger_entry.py" line="79"/>
        <source>Edit ledger entry</source>
        <translation>修改台账事项</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ledger_entry.py" line="87"/>
        <source>What is the task, in a few words</source>
        <translation>用几个字说明是什么事项</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ledger_entry.py" line="94"/>
        <source>Done on</source>
        <translation>办结于</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ledger_entry.py" line="99"/>
        <source>(no rubric item)</source>
        <translation>（不关联评分项目）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ledger_entry.py" line="124"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ledger_entry.py" line="125"/>
        <source>Title</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ledger_entry.py" line="126"/>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ledger_entry.py" line="127"/>
        <source>Received</source>
        <translation>接收日期</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ledger_entry.py" line="128"/>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ledger_entry.py" line="129"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ledger_entry.py" line="130"/>
        <source>Done date</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ledger_entry.py" line="131"/>
        <source>Rubric item</source>
        <translation>评分项目</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ledger_entry.py" line="132"/>
        <source>Description</source>
        <translation>办理内容</translation>
    </message>
</context>
<context>
    <name>LedgerTableModel</name>
    <message>
        <location filename="../../evaldesk/ui/models/ledger_model.py" line="55"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/ledger_model.py" line="56"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/ledger_model.py" line="57"/>
        <source>Title</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/ledger_model.py" line="58"/>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/ledger_model.py" line="59"/>
        <source>Received</source>
        <translation>接收日期</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/ledger_model.py" line="60"/>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/ledger_model.py" line="61"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/ledger_model.py" line="62"/>
        <source>Done date</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/ledger_model.py" line="63"/>
        <source>Rubric item</source>
        <translation>评分项目</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/ledger_model.py" line="399"/>
        <source>Done %n day(s) after the deadline</source>
        <extracomment>Roles that change when an entry&apos;s fields change (what refresh() announces). (matching, overdue) after every re-query or refresh. Page number -&gt; the key of its last row, for reading the next page by keyset. Rows and queries read from the store since construction (the benchmark reports them). Of those, pages after the first read at their offset (not after the previous page).</extracomment>
        <translation>超过办理时限 %n 天办结</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/ledger_model.py" line="405"/>
        <source>Overdue by %n day(s)</source>
        <translation>已逾期 %n 天</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/records_labels.py" line="12"/>
        <source>Assigned</source>
        <translation>上级交办</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/records_labels.py" line="13"/>
        <source>Inspection</source>
        <translation>督导发现</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/records_labels.py" line="14"/>
        <source>Public</source>
        <translation>群众反映</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/records_labels.py" line="15"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/records_labels.py" line="18"/>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/records_labels.py" line="19"/>
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/records_labels.py" line="20"/>
        <source>Done</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/records_labels.py" line="21"/>
        <source>Cancelled</source>
        <translation>已撤销</translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
    <message>
        <location filename="../../evaldesk/ui/views/ledger.py" line="65"/>
        <source>Search title, description, responsible…</source>
        <translation>搜索事项、办理内容、责任人…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/ledger.py" line="68"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/ledger.py" line="72"/>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/ledger.py" line="80"/>
        <source>Overdue only</source>
        <translation>只看逾期</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/ledger.py" line="84"/>
        <source>New entry</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/ledger.py" line="85"/>
        <source>Edit</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/ledger.py" line="86"/>
        <source>Mark done</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/ledger.py" line="87"/>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/ledger.py" line="88"/>
        <source>Attach files…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/ledger.py" line="89"/>
        <source>Import xlsx…</source>
        <translation>导入 Excel…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/ledger.py" line="90"/>
        <source>Export xlsx…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/ledger.py" line="171"/>
        <source>All rubric items</source>
        <translation>全部评分项目</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/ledger.py" line="192"/>
        <source>%1 entries, %2 overdue</source>
        <translation>共 %1 条，逾期 %2 条</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/ledger.py" line="278"/>
        <source>Saved entry #%1</source>
        <translation>已保存事项 #%1</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/ledger.py" line="288"/>
        <source>Entry #%1 marked done</source>
        <translation>事项 #%1 已办结</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/ledger.py" line="299"/>
        <source>Entry #%1 reopened</source>
        <translation>事项 #%1 已重新打开</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/ledger.py" line="307"/>
        <source>Attach files to the entry</source>
        <translation>为事项添加附件</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/ledger.py" line="313"/>
        <source>%1 file(s) attached to entry #%2</source>
        <translation>已为事项 #%2 添加 %1 个附件</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/ledger.py" line="323"/>
        <source>Import ledger entries</source>
        <translation>导入台账</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/ledger.py" line="323"/>
        <location filename="../../evaldesk/ui/views/ledger.py" line="380"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/ledger.py" line="342"/>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/ledger.py" line="367"/>
        <source>Imported %1 entries</source>
        <translation>已导入 %1 条</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/ledger.py" line="371"/>
        <source>Importing ledger entries</source>
        <translation>正在导入台账</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/ledger.py" line="378"/>
        <source>Export the ledger</source>
        <translation>导出台账</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/ledger.py" line="402"/>
        <source>Exported %1 entries to %2</source>
        <translation>已导出 %1 条到 %2</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/ledger.py" line="405"/>
        <source>Exporting the ledger</source>
        <translation>正在导出台账</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../evaldesk/ui/dialogs/login.py" line="32"/>
        <source>Sign in — EvalDesk</source>
        <translation>登录 — EvalDesk</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/login.py" line="36"/>
        <source>Sign in with your EvalDesk account.</source>
        <translation>请使用您的 EvalDesk 账户登录。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/login.py" line="48"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/login.py" line="49"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/login.py" line="54"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/login.py" line="72"/>
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/login.py" line="98"/>
        <source>The account {name} is disabled; ask an administrator.</source>
        <translation>账户 {name} 已停用，请联系管理员。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/login.py" line="101"/>
        <source>Wrong user name or password. Please try again.</source>
        <translation>用户名或密码错误，请重新输入。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="44"/>
        <source>Self-assessment</source>
        <translation>自评</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="45"/>
        <source>Ledger</source>
        <translation>台账</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="46"/>
        <source>Quarterly dispatch</source>
        <translation>季度调度</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="47"/>
        <source>Evidence</source>
        <translation>佐证资料</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="48"/>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="49"/>
        <source>Interpretations</source>
        <translation>解释口径</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="50"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="110"/>
        <source>EvalDesk 自评台账</source>
        <extracomment>The view each role starts in (until a person has chosen another).</extracomment>
        <translation>EvalDesk 自评台账</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="128"/>
        <source>Opening the data folder…</source>
        <translation>正在打开数据文件夹…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="235"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="236"/>
        <source>Switch user…</source>
        <translation>切换用户…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="238"/>
        <source>User accounts…</source>
        <translation>用户账户…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="240"/>
        <source>New assessment year…</source>
        <translation>新建考核年度…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="243"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="247"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="248"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="250"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="255"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="259"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="270"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="274"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="284"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="285"/>
        <source>&amp;The day&apos;s tasks…</source>
        <translation>日常工作说明(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="289"/>
        <source>&amp;About EvalDesk</source>
        <translation>关于 EvalDesk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="380"/>
        <source>Work in progress</source>
        <translation>任务进行中</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="381"/>
        <source>Some work is still running. Stop it and quit?</source>
        <translation>还有任务正在进行。要停止任务并退出吗？</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../evaldesk/ui/dialogs/users.py" line="32"/>
        <source>New account</source>
        <translation>新建账户</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/users.py" line="46"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/users.py" line="47"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/users.py" line="48"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/users.py" line="49"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/users.py" line="50"/>
        <source>Password again</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/users.py" line="61"/>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>两次输入的密码不一致，请输入相同的密码。</translation>
    </message>
</context>
<context>
    <name>NewYearDialog</name>
    <message>
        <location filename="../../evaldesk/ui/dialogs/new_year.py" line="30"/>
        <source>New assessment year</source>
        <translation>新建考核年度</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/new_year.py" line="44"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/new_year.py" line="45"/>
        <source>Rubric</source>
        <translation>考核细则</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="48"/>
        <source>Your office</source>
        <translation>您的单位</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="50"/>
        <source>EvalDesk keeps one office&apos;s ledger, evidence and self-assessment.</source>
        <translation>EvalDesk 保存一个单位的工作台账、佐证资料和自评结果。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="54"/>
        <source>e.g. 某某县人力资源和社会保障局</source>
        <translation>例如：某某县人力资源和社会保障局</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="61"/>
        <source>Office name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="62"/>
        <source>Region (optional)</source>
        <translation>所在地区（可不填）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="63"/>
        <source>Contact (optional)</source>
        <translation>联系方式（可不填）</translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <location filename="../../evaldesk/ui/ops.py" line="152"/>
        <source>Cancel</source>
        <extracomment>Ops still running (they must outlive the Python references of their callers). The latest (done, total, text) the work reported, seen by the GUI thread&apos;s poll.</extracomment>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/ops.py" line="174"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../../evaldesk/ui/permissions.py" line="16"/>
        <source>Editing the ledger</source>
        <translation>编辑台账</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/permissions.py" line="17"/>
        <source>Editing a quarter&apos;s dispatch record</source>
        <translation>编辑季度调度记录</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/permissions.py" line="18"/>
        <source>Ticking or filling rubric items</source>
        <translation>填报自评项目</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/permissions.py" line="19"/>
        <source>Attaching or detaching evidence</source>
        <translation>上传或移除佐证资料</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/permissions.py" line="20"/>
        <source>Approving a quarter or the year</source>
        <translation>审批季度或年度</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/permissions.py" line="21"/>
        <source>Unlocking an approved quarter or year</source>
        <translation>解锁已审批的季度或年度</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/permissions.py" line="22"/>
        <source>Writing review comments</source>
        <translation>填写审核意见</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/permissions.py" line="23"/>
        <source>Entering review scores</source>
        <translation>录入审核得分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/permissions.py" line="24"/>
        <source>Managing user accounts</source>
        <translation>管理用户账户</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/permissions.py" line="25"/>
        <source>Changing the office or its years</source>
        <translation>修改单位信息或考核年度</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/permissions.py" line="26"/>
        <source>Setting a value the source document leaves to the office</source>
        <translation>设定原文留给单位确定的数值</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/permissions.py" line="31"/>
        <source>clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/permissions.py" line="32"/>
        <source>head</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/permissions.py" line="33"/>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/permissions.py" line="65"/>
        <source>system</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/permissions.py" line="66"/>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/permissions.py" line="67"/>
        <source>{what} needs the {roles} role; {name} is signed in as {role}.</source>
        <translation>{what}需要{roles}角色；{name}当前的角色是{role}。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/permissions.py" line="79"/>
        <source>The year {year} was approved by {who} on {date} and is locked; a head must unlock it before anything can be changed.</source>
        <translation>{year}年度已由{who}于{date}审批并锁定；需负责人解锁后才能修改。</translation>
    </message>
</context>
<context>
    <name>PreviewWidget</name>
    <message>
        <location filename="../../evaldesk/ui/widgets/preview.py" line="132"/>
        <source>Open with the system viewer</source>
        <translation>用系统程序打开</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/preview.py" line="144"/>
        <source>Select a file to see it here</source>
        <translation>选择一个文件在此预览</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/preview.py" line="162"/>
        <source>The stored file is missing; run “evaldesk check” to find out why</source>
        <translation>存储的文件不见了；请运行“evaldesk check”检查原因</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/preview.py" line="167"/>
        <source>PDF preview is not available in this build; open it with the system viewer</source>
        <translation>此版本不能预览 PDF，请用系统程序打开</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/preview.py" line="172"/>
        <source>No preview for this type of file; open it with the system viewer</source>
        <translation>此类文件不能预览，请用系统程序打开</translation>
    </message>
</context>
<context>
    <name>RankingGroup</name>
    <message>
        <location filename="../../evaldesk/ui/widgets/ranking_group.py" line="48"/>
        <source>Figures of the other units</source>
        <translation>同组其他单位的数值</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/ranking_group.py" line="105"/>
        <source>Completion rate (%)</source>
        <translation>完成率（%）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/ranking_group.py" line="107"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/ranking_group.py" line="115"/>
        <source>all units</source>
        <translation>全部单位统一排名</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/ranking_group.py" line="117"/>
        <source>the units of your group</source>
        <translation>按本单位所在组排名</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/ranking_group.py" line="120"/>
        <source>{item} ranks {scope}. Enter each unit&apos;s figure as announced by the assessing office; units left empty are not counted.</source>
        <translation>{item}{scope}。请按考核部门公布的数据填写各单位的数值；未填写的单位不计入排名。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/ranking_group.py" line="130"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/ranking_group.py" line="143"/>
        <source>{unit} (this unit)</source>
        <translation>{unit}（本单位）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/ranking_group.py" line="149"/>
        <source>From this unit&apos;s own figures in the rubric tree</source>
        <translation>由本单位在评估项目中填报的数据计算</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/ranking_group.py" line="194"/>
        <source>Ranked first: full points.</source>
        <translation>排名第一，得满分。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/ranking_group.py" line="243"/>
        <source>{unit}: “{text}” is not a number; it was not saved.</source>
        <translation>{unit}：“{text}”不是数字，未保存。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/ranking_group.py" line="252"/>
        <source>Figure of {unit} for {code}</source>
        <translation>填写{unit}的{code}数值</translation>
    </message>
</context>
<context>
    <name>ReportFormView</name>
    <message>
        <location filename="../../evaldesk/ui/views/report_form.py" line="82"/>
        <source>Also list the checks that do not apply</source>
        <translation>同时列出不适用的核对项</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/report_form.py" line="136"/>
        <source>Basic information</source>
        <translation>基本概况</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/report_form.py" line="171"/>
        <source>Under each category list your own indicators with their target and what was done. Enter the category&apos;s score, or a score for every indicator: their sum then counts as the category&apos;s score.</source>
        <translation>在每一类下填写本单位自列的指标及其绩效目标和完成情况。可直接填写本类得分，或给每项指标都填写得分，其合计即为本类得分。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/report_form.py" line="193"/>
        <source>Overall self-score and grade</source>
        <translation>绩效自评综合得分和评价等次</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/report_form.py" line="199"/>
        <source>Computed from the categories</source>
        <translation>按各类得分计算</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/report_form.py" line="223"/>
        <source>Sign-off</source>
        <translation>签署意见</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/report_form.py" line="235"/>
        <source>Opinion</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/report_form.py" line="238"/>
        <source>Signed by</source>
        <translation>签字</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/report_form.py" line="241"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/report_form.py" line="276"/>
        <source>{score} points, grade {grade}</source>
        <translation>{score}分，等次：{grade}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/report_form.py" line="281"/>
        <source> (not scored yet: {items})</source>
        <translation>（尚未评分：{items}）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/report_form.py" line="288"/>
        <source>{n} to look at (differences and blanks are tinted in the tables).</source>
        <translation>需注意{n}项（有差异和未填写的单元格在表中以底色标出）。</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../evaldesk/ui/views/review.py" line="53"/>
        <source>Review comment on the selected item…</source>
        <translation>对所选项目的审核意见…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/review.py" line="55"/>
        <source>Add comment</source>
        <translation>添加意见</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/review.py" line="66"/>
        <location filename="../../evaldesk/ui/views/review.py" line="103"/>
        <source>Comments</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/review.py" line="100"/>
        <source>Self score</source>
        <translation>自评分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/review.py" line="102"/>
        <source>Item</source>
        <translation>评估项目</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/review.py" line="205"/>
        <source>Review score {code}</source>
        <translation>审核得分 {code}</translation>
    </message>
</context>
<context>
    <name>RubricModel</name>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_rows.py" line="26"/>
        <source>Item</source>
        <translation>评估项目</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_rows.py" line="27"/>
        <source>Recorded</source>
        <translation>填报情况</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_rows.py" line="28"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_rows.py" line="29"/>
        <source>Max</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_rows.py" line="30"/>
        <source>Evidence</source>
        <translation>佐证资料</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_rows.py" line="46"/>
        <source>met</source>
        <translation>符合</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_rows.py" line="47"/>
        <source>not met</source>
        <translation>不符合</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_rows.py" line="48"/>
        <location filename="../../evaldesk/ui/models/rubric_rows.py" line="53"/>
        <source>not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_rows.py" line="51"/>
        <source>happened</source>
        <translation>发生</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_rows.py" line="52"/>
        <source>did not happen</source>
        <translation>未发生</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_rows.py" line="56"/>
        <source>counted from the ledger</source>
        <translation>按台账统计</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_rows.py" line="57"/>
        <source>counted from the dispatch records</source>
        <translation>按调度记录统计</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_rows.py" line="125"/>
        <source>bonus</source>
        <translation>加分项</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_rows.py" line="125"/>
        <source>missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_rows.py" line="127"/>
        <source>count</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_rows.py" line="128"/>
        <source>actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_rows.py" line="129"/>
        <source>this year</source>
        <translation>本年</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_rows.py" line="130"/>
        <source>last year</source>
        <translation>上年</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_rows.py" line="131"/>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_rows.py" line="132"/>
        <source>precondition</source>
        <translation>前提条件</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_rows.py" line="133"/>
        <source>times</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_rows.py" line="134"/>
        <source>deviation %</source>
        <translation>偏差%</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_rows.py" line="135"/>
        <source>votes</source>
        <translation>票数</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_rows.py" line="136"/>
        <source>score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_rows.py" line="137"/>
        <source>each</source>
        <translation>/次</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/fact_delegate.py" line="33"/>
        <source>not recorded</source>
        <translation>未填报</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_model.py" line="353"/>
        <source>Figures of the other units</source>
        <extracomment>Called with (row, what was typed or picked) for an edit; True when it was recorded. Called with a refused edit&apos;s error (bad number, PermissionDenied, Locked). Errors cannot propagate: setData is called from C++ (views, proxies). None re-raises. When set, nothing is editable (the reason is shown by the view).</extracomment>
        <translation>同组其他单位的数值</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_model.py" line="377"/>
        <source>{n} of {m} entered beside</source>
        <translation>已填{n}/{m}个单位（见右侧）</translation>
    </message>
</context>
<context>
    <name>RubricPage</name>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="76"/>
        <source>Rubric and year</source>
        <translation>考核细则和年度</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="77"/>
        <source>Choose the scheme your office is assessed by.</source>
        <translation>选择本单位适用的考核办法。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="90"/>
        <source>Your unit</source>
        <translation>考核对象</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="97"/>
        <source>Rubric</source>
        <translation>考核细则</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="100"/>
        <source>Assessment year</source>
        <translation>考核年度</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="112"/>
        <source>items</source>
        <translation>项</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="114"/>
        <source>{points} points</source>
        <translation>{points}分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="116"/>
        <source>rated (no points)</source>
        <translation>定性评价（不计分）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="120"/>
        <source>(not one of the listed units)</source>
        <translation>（不在所列单位中）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="127"/>
        <source>The rubric was issued for {year}.</source>
        <translation>该细则适用于{year}年度。</translation>
    </message>
</context>
<context>
    <name>RubricPages</name>
    <message>
        <location filename="../../evaldesk/ui/views/rubric_pages.py" line="23"/>
        <source>Scored categories</source>
        <translation>评分项</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/rubric_pages.py" line="25"/>
        <source>Rubric items</source>
        <translation>评估项目</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/rubric_pages.py" line="35"/>
        <source>Report form</source>
        <translation>报告表</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/rubric_pages.py" line="43"/>
        <source>Subsidies</source>
        <translation>补助测算</translation>
    </message>
</context>
<context>
    <name>RubricView</name>
    <message>
        <location filename="../../evaldesk/ui/views/rubric.py" line="59"/>
        <source>Search items (code, title, wording)…</source>
        <translation>搜索项目（编号、名称、原文）…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/rubric.py" line="69"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/rubric.py" line="70"/>
        <source>Losing points</source>
        <translation>失分项</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/rubric.py" line="71"/>
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/rubric.py" line="72"/>
        <source>Missing evidence</source>
        <translation>缺佐证</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/rubric.py" line="85"/>
        <source>Rating:</source>
        <translation>评价等次：</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/rubric.py" line="260"/>
        <source>(not chosen)</source>
        <translation>（未选择）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/rubric.py" line="277"/>
        <source>Choose the rating</source>
        <translation>选择评价等次</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/rubric.py" line="322"/>
        <source>{n} items</source>
        <translation>共{n}项</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/rubric.py" line="324"/>
        <source>{shown} of {n} items</source>
        <translation>显示{shown}项，共{n}项</translation>
    </message>
</context>
<context>
    <name>ScorePanel</name>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="71"/>
        <source>Self-assessment score</source>
        <translation>自评得分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="110"/>
        <source>Composite</source>
        <translation>综合构成</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="124"/>
        <source>Sections</source>
        <translation>各部分得分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="141"/>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="360"/>
        <source>Score through the year</source>
        <translation>年度得分变化</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="144"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="130"/>
        <source>Largest point losses</source>
        <translation>主要失分项</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="117"/>
        <source>What costs points</source>
        <translation>扣分因素</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="199"/>
        <source>Grade: {grade}</source>
        <translation>等次：{grade}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="202"/>
        <source>Best rating still possible: {rating}</source>
        <translation>最高可评：{rating}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="210"/>
        <source>Maximum still attainable: {points}</source>
        <translation>最高可得：{points}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="229"/>
        <source>bonus {points}</source>
        <translation>加分 {points}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="217"/>
        <source>One-vote veto: the total is 0.</source>
        <translation>一票否决：总分为0。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="220"/>
        <source>A veto caps the grade at {grade}.</source>
        <translation>因一票否决，等次最高为{grade}。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="231"/>
        <source>bonus {points} (adds {added} to the total)</source>
        <translation>加分 {points}（计入总分 {added}）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="296"/>
        <source>No points lost.</source>
        <translation>暂无失分。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="312"/>
        <source>Overdue ledger entries</source>
        <translation>台账逾期未办结</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="313"/>
        <source>Quarters reported late</source>
        <translation>季度调度逾期报送</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="315"/>
        <source>Quarters not reported</source>
        <translation>季度调度未报送</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="319"/>
        <source>Items not assessed yet</source>
        <translation>尚未评估的项目</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="320"/>
        <source>Items missing evidence</source>
        <translation>缺少佐证的项目</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="322"/>
        <source> (not scored)</source>
        <translation>（不计分）</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../evaldesk/ui/settings.py" line="37"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/settings.py" line="38"/>
        <source>Window size</source>
        <translation>窗口大小</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/settings.py" line="40"/>
        <source>Toolbars and docks</source>
        <translation>工具栏与停靠窗口</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/settings.py" line="43"/>
        <source>Score panel width</source>
        <translation>得分面板宽度</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/settings.py" line="46"/>
        <source>Rubric view layout</source>
        <translation>自评视图布局</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/settings.py" line="48"/>
        <source>Last view shown</source>
        <translation>上次打开的视图</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/settings.py" line="50"/>
        <source>Last user name</source>
        <extracomment>Scoped by data folder (folder_scope): each office remembers its own last user.</extracomment>
        <translation>上次登录的用户名</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="317"/>
        <source>EvalDesk — first start</source>
        <translation>EvalDesk — 首次使用</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="327"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../evaldesk/ui/widgets/status.py" line="23"/>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/status.py" line="26"/>
        <source>The assessment year shown</source>
        <translation>当前显示的考核年度</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/status.py" line="43"/>
        <source>{name} ({role})</source>
        <translation>{name}（{role}）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/status.py" line="58"/>
        <source>Score {total}</source>
        <translation>得分 {total}</translation>
    </message>
</context>
<context>
    <name>SubsidyPanel</name>
    <message>
        <location filename="../../evaldesk/ui/widgets/subsidy_panel.py" line="70"/>
        <source>Subsidy</source>
        <translation>补助项目</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/subsidy_panel.py" line="71"/>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/subsidy_panel.py" line="72"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/subsidy_panel.py" line="73"/>
        <source>How it is reached</source>
        <translation>测算依据</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/subsidy_panel.py" line="126"/>
        <source>Places given by the assessing office</source>
        <translation>考核小组排定的名次</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/subsidy_panel.py" line="133"/>
        <source>not given yet</source>
        <translation>尚未排定</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/subsidy_panel.py" line="139"/>
        <source>Recorded for the money</source>
        <translation>补助测算需填报的情况</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/subsidy_panel.py" line="149"/>
        <source>not recorded</source>
        <translation>未填报</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/subsidy_panel.py" line="150"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/subsidy_panel.py" line="151"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/subsidy_panel.py" line="183"/>
        <source>“{text}” is not a number; it was not saved.</source>
        <translation>“{text}”不是数字，未保存。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/subsidy_panel.py" line="187"/>
        <source>Type a whole number; it was not saved.</source>
        <translation>请填写整数，未保存。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/subsidy_panel.py" line="189"/>
        <source>A place counts from 1; it was not saved.</source>
        <translation>名次从1开始，未保存。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/subsidy_panel.py" line="192"/>
        <source>Record a subsidy figure</source>
        <translation>填报补助测算数据</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/subsidy_panel.py" line="206"/>
        <source>Record a subsidy condition</source>
        <translation>填报补助条件</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/subsidy_panel.py" line="241"/>
        <source>Cannot compute: {why}</source>
        <translation>无法测算：{why}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/subsidy_panel.py" line="247"/>
        <source>Total {amount} yuan</source>
        <translation>合计{amount}元</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/subsidy_panel.py" line="251"/>
        <source> ({n} still pending)</source>
        <translation>（{n}项待定）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/subsidy_panel.py" line="258"/>
        <source>pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/subsidy_panel.py" line="260"/>
        <source>settled</source>
        <translation>已定</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="206"/>
        <source>The head&apos;s and the clerk&apos;s accounts</source>
        <translation>负责人和经办人账户</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="209"/>
        <source>Tick an account to create it now, or add accounts later under File → User accounts…</source>
        <translation>勾选即同时创建该账户；也可以以后在“文件 → 用户账户…”中添加。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="213"/>
        <source>The head (reviews and approves)</source>
        <translation>负责人（审核、审批）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="214"/>
        <source>A clerk (keeps the ledger and scores)</source>
        <translation>经办人（记台账、自评打分）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="234"/>
        <source>{title}: the two passwords differ.</source>
        <translation>{title}：两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="238"/>
        <source>{title}: the user name {name} is already taken.</source>
        <translation>{title}：用户名 {name} 已被使用。</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../evaldesk/ui/undo.py" line="92"/>
        <source>Edit {code}</source>
        <translation>编辑 {code}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/undo.py" line="77"/>
        <source>Record {code}</source>
        <translation>填报 {code}</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../evaldesk/ui/dialogs/users.py" line="71"/>
        <source>User accounts</source>
        <translation>用户账户</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/users.py" line="74"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/users.py" line="74"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/users.py" line="74"/>
        <location filename="../../evaldesk/ui/dialogs/users.py" line="153"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/users.py" line="74"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/users.py" line="81"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/users.py" line="83"/>
        <source>Change role…</source>
        <translation>修改角色…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/users.py" line="85"/>
        <source>Enable / disable</source>
        <translation>启用/停用</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/users.py" line="87"/>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/users.py" line="116"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/users.py" line="116"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/users.py" line="153"/>
        <source>New role</source>
        <translation>新角色</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/users.py" line="180"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/users.py" line="180"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
</context>
</TS>
