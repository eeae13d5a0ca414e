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
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="227"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="228"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="229"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="230"/>
        <source>Password again</source>
        <translation>确认密码</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="165"/>
        <source>Administrator account</source>
        <translation>管理员账户</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="168"/>
        <source>The administrator sets the office up and manages the accounts (File → User accounts…). Nobody, not even the administrator, can read a password back: keep it somewhere safe.</source>
        <translation>管理员负责设置本单位并管理账户（文件 → 用户账户…）。密码保存后任何人（包括管理员）都无法查看，请妥善记下。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="186"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="187"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="188"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="189"/>
        <source>Password again</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="196"/>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>两次输入的密码不一致，请输入相同的密码。</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../evaldesk/ui/app.py" line="216"/>
        <location filename="../../evaldesk/ui/app.py" line="281"/>
        <location filename="../../evaldesk/ui/app.py" line="344"/>
        <source>Opening the data folder</source>
        <extracomment>How often the GUI looks whether the daily check and backup (a worker thread) have ended. The main window has the signed-in user&apos;s data (emitted once per start). The daily check and backup after the open have ended (an UpkeepReport).</extracomment>
        <translation>正在打开数据文件夹</translation>
    </message>
</context>
<context>
    <name>ApprovalsBox</name>
    <message>
        <location filename="../../evaldesk/ui/widgets/approvals.py" line="31"/>
        <source>Approval</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/approvals.py" line="39"/>
        <source>Whole year</source>
        <extracomment>One button per quarter (and the year): &quot;Approve&quot;, or &quot;Unlock…&quot; once approved.</extracomment>
        <translation>全年</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/approvals.py" line="41"/>
        <source>Quarter {n}</source>
        <translation>第{n}季度</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/approvals.py" line="49"/>
        <location filename="../../evaldesk/ui/widgets/approvals.py" line="93"/>
        <location filename="../../evaldesk/ui/widgets/approvals.py" line="122"/>
        <source>Approve</source>
        <translation>审批通过</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/approvals.py" line="79"/>
        <source>not approved</source>
        <translation>未审批</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/approvals.py" line="83"/>
        <source>approved by {who}, {date}</source>
        <translation>{who} 于 {date} 审批</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/approvals.py" line="93"/>
        <source>Unlock…</source>
        <translation>解锁…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/approvals.py" line="123"/>
        <source>Approving locks it against changes. Comment (optional):</source>
        <translation>审批通过后将锁定，不能再修改。审批意见（可不填）：</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/approvals.py" line="148"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/approvals.py" line="149"/>
        <source>Why is it unlocked? The reason is kept in the audit log:</source>
        <translation>解锁原因（将记入审计日志）：</translation>
    </message>
</context>
<context>
    <name>ApproveYearDialog</name>
    <message>
        <location filename="../../evaldesk/ui/widgets/approve_year.py" line="42"/>
        <source>Approve the whole year %1</source>
        <translation>审核确认%1年度全年</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/approve_year.py" line="47"/>
        <source>Approving the year locks all of its data, and the package exported next is the final one, carrying your approval. Until then every package is a draft (草稿).</source>
        <translation>审核确认全年后，本年度全部数据即被锁定，此后导出的报送包为定稿，并载明您的审核；在此之前导出的报送包均为草稿。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/approve_year.py" line="58"/>
        <source>Still open</source>
        <translation>尚未完成</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/approve_year.py" line="58"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/approve_year.py" line="70"/>
        <source>Comment (optional), e.g. 同意报送</source>
        <translation>审核意见（可不填），例如：同意报送</translation>
    </message>
    <message numerus="yes">
        <location filename="../../evaldesk/ui/widgets/approve_year.py" line="72"/>
        <source>I approve the year knowing that %n point(s) are still open.</source>
        <translation>
            <numerusform>我已知悉仍有 %n 项未完成，仍审核确认全年。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/approve_year.py" line="78"/>
        <source>Approve anyway</source>
        <translation>仍然审核确认</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/approve_year.py" line="78"/>
        <source>Approve</source>
        <translation>审批通过</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/approve_year.py" line="90"/>
        <source>Comment</source>
        <translation>审核意见</translation>
    </message>
    <message numerus="yes">
        <location filename="../../evaldesk/ui/widgets/approve_year.py" line="104"/>
        <source>Items not assessed (未评估): %n</source>
        <translation>
            <numerusform>未评估的细则：%n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../evaldesk/ui/widgets/approve_year.py" line="106"/>
        <source>Items lacking required evidence: %n</source>
        <translation>
            <numerusform>缺少应附佐证的细则：%n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../evaldesk/ui/widgets/approve_year.py" line="108"/>
        <source>Review comments not resolved: %n</source>
        <translation>
            <numerusform>未处理的审核意见：%n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../evaldesk/ui/widgets/approve_year.py" line="110"/>
        <source>Suggested interpretations not confirmed (the package stays a draft): %n</source>
        <translation>
            <numerusform>未经确认的建议解释口径（报送包只能是草稿）：%n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../evaldesk/ui/widgets/approve_year.py" line="147"/>
        <source>%n point(s) are still open. You may approve all the same; the package records the open review comments.</source>
        <translation>
            <numerusform>仍有 %n 项未完成。您仍可审核确认；报送包会载明未处理的审核意见。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/approve_year.py" line="157"/>
        <source>Nothing is open: every item is assessed and has its evidence, every review comment is resolved and no interpretation waits for confirmation.</source>
        <translation>没有未完成事项：各细则均已评估并附有佐证，审核意见均已处理，也没有待确认的解释口径。</translation>
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
    <name>BallotDialog</name>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ballot_entry.py" line="64"/>
        <source>Ballots</source>
        <translation>选票</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ballot_entry.py" line="84"/>
        <source>As the source words it (不超过, to the letter)</source>
        <translation>按原文“不超过”字面计算</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ballot_entry.py" line="85"/>
        <source>Number of each grade rounded half up</source>
        <translation>各等次个数四舍五入</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ballot_entry.py" line="88"/>
        <source>Why (printed with the results)</source>
        <translation>理由（印在考核结果中）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ballot_entry.py" line="92"/>
        <source>How the quotas are counted</source>
        <translation>等次比例的计算方法</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ballot_entry.py" line="116"/>
        <source>Ballots entered</source>
        <translation>已录入的选票</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ballot_entry.py" line="130"/>
        <source>The voter, as written on the ballot</source>
        <translation>投票人（按选票上所写）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ballot_entry.py" line="89"/>
        <source>Record the &amp;decision</source>
        <translation>记录决定(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ballot_entry.py" line="108"/>
        <source>&amp;New ballot</source>
        <translation>新选票(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ballot_entry.py" line="110"/>
        <source>&amp;Withdraw…</source>
        <translation>撤回(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ballot_entry.py" line="146"/>
        <source>&amp;Save the ballot</source>
        <translation>保存选票(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ballot_entry.py" line="153"/>
        <source>Voter</source>
        <translation>投票人</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ballot_entry.py" line="154"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ballot_entry.py" line="189"/>
        <source>Ballot sheet</source>
        <translation>选票类别</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ballot_entry.py" line="199"/>
        <source>This rubric has no ballots.</source>
        <translation>本细则没有需要投票评议的项目。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ballot_entry.py" line="219"/>
        <source>{grade} = {points} points</source>
        <translation>{grade}等次计{points}分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ballot_entry.py" line="225"/>
        <source>{grade} at most {pct}</source>
        <translation>{grade}等次不超过{pct}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ballot_entry.py" line="229"/>
        <source>on one ballot: </source>
        <translation>每张选票</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ballot_entry.py" line="261"/>
        <location filename="../../evaldesk/ui/dialogs/ballot_entry.py" line="397"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ballot_entry.py" line="323"/>
        <source>{n} of {all} units graded</source>
        <translation>已评{n}个单位（共{all}个）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ballot_entry.py" line="351"/>
        <source>{n} units</source>
        <translation>{n}个单位</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ballot_entry.py" line="357"/>
        <source>Withdrawn: {reason}</source>
        <translation>已撤回：{reason}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ballot_entry.py" line="389"/>
        <source>As the office computes it: {n} ballots</source>
        <translation>本办公室汇总计算：共{n}张选票</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ballot_entry.py" line="399"/>
        <source>Average</source>
        <translation>平均得分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ballot_entry.py" line="452"/>
        <source>Ballot of {voter} saved.</source>
        <translation>{voter}的选票已保存。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ballot_entry.py" line="464"/>
        <source>Withdraw a ballot</source>
        <translation>撤回选票</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ballot_entry.py" line="465"/>
        <source>Why is the ballot of {voter} withdrawn?</source>
        <translation>撤回{voter}的选票的理由：</translation>
    </message>
</context>
<context>
    <name>CollectItems</name>
    <message>
        <location filename="../../evaldesk/ui/models/collect_items.py" line="27"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/collect_items.py" line="28"/>
        <source>Title</source>
        <translation>评估内容</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/collect_items.py" line="29"/>
        <source>Max</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/collect_items.py" line="30"/>
        <source>Self-score</source>
        <translation>自评分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/collect_items.py" line="31"/>
        <source>Initial review</source>
        <translation>初评分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/collect_items.py" line="32"/>
        <source>Final review</source>
        <translation>审定分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/collect_items.py" line="33"/>
        <source>Office&apos;s score</source>
        <translation>核算分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/collect_items.py" line="34"/>
        <source>Final score</source>
        <translation>最终得分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/collect_items.py" line="35"/>
        <source>Evidence</source>
        <translation>佐证资料</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/collect_items.py" line="37"/>
        <source>lacking</source>
        <translation>缺佐证</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/collect_items.py" line="38"/>
        <source>not assessed</source>
        <translation>未评定</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/collect_items.py" line="39"/>
        <source>Reason: {reason}</source>
        <translation>理由：{reason}</translation>
    </message>
</context>
<context>
    <name>CollectOverview</name>
    <message>
        <location filename="../../evaldesk/ui/views/collect_overview.py" line="96"/>
        <source>Filter units (Ctrl+F)</source>
        <extracomment>a reviewer&apos;s score&apos;s changes shown under the form (the rest: the audit log) How many rows the units&apos; column widths are measured on (a province has 130 and more).</extracomment>
        <translation>筛选单位（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/collect_overview.py" line="170"/>
        <source>Reviewer&apos;s score</source>
        <translation>评审打分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/collect_overview.py" line="176"/>
        <source>Initial review (初评)</source>
        <translation>初评</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/collect_overview.py" line="177"/>
        <source>Final review (审定)</source>
        <translation>审定</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/collect_overview.py" line="141"/>
        <source>&amp;Report PDF</source>
        <translation>自评报告(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/collect_overview.py" line="144"/>
        <source>Led&amp;ger</source>
        <translation>台账(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/collect_overview.py" line="147"/>
        <source>&amp;Evidence of the item</source>
        <translation>本项佐证(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/collect_overview.py" line="182"/>
        <source>&amp;Save score</source>
        <translation>保存得分(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/collect_overview.py" line="185"/>
        <source>&amp;Clear</source>
        <translation>清除(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/collect_overview.py" line="187"/>
        <source>&amp;Undo last change</source>
        <translation>撤销上次修改(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/collect_overview.py" line="201"/>
        <source>Which</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/collect_overview.py" line="202"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/collect_overview.py" line="203"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/collect_overview.py" line="260"/>
        <source>{n} units: {received} received, {missing} not yet</source>
        <translation>共{n}个单位：已收到{received}个，未收到{missing}个</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/collect_overview.py" line="325"/>
        <source>Choose a unit above to see its items.</source>
        <translation>请在上方选择单位，查看其各项得分。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/collect_overview.py" line="393"/>
        <source>Choose an item of the unit.</source>
        <translation>请选择该单位的一个项目。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/collect_overview.py" line="410"/>
        <source>not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/collect_overview.py" line="412"/>
        <source>undone, back to {value}</source>
        <translation>撤销，恢复为 {value}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/collect_overview.py" line="418"/>
        <source>… {n} earlier in the audit log</source>
        <translation>……更早的 {n} 次修改见审计日志</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/collect_overview.py" line="422"/>
        <source>Changes of this score, newest first:</source>
        <translation>该评审分的修改记录（最近的在前）：</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/collect_overview.py" line="455"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/collect_overview.py" line="475"/>
        <source>The last change is undone.</source>
        <translation>已撤销上次修改。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/collect_overview.py" line="485"/>
        <source>No program on this computer opens {name}. A checked copy is at:
{path}</source>
        <translation>本机没有可以打开 {name} 的程序。已校验的副本位于：
{path}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/collect_overview.py" line="523"/>
        <source>{unit} attached no evidence to {item}.</source>
        <translation>{unit}未为 {item} 附佐证资料。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/collect_overview.py" line="150"/>
        <source>&amp;Interpretations that differ</source>
        <translation>解释口径差异(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/collect_overview.py" line="341"/>
        <source>The unit scored with this office&apos;s interpretations.</source>
        <translation>该单位计分所用的解释口径与本办公室一致。</translation>
    </message>
</context>
<context>
    <name>CollectUnits</name>
    <message>
        <location filename="../../evaldesk/ui/models/collect_units.py" line="44"/>
        <source>Unit</source>
        <extracomment>True when the unit lacks something (not received, unassessed items, evidence lacking).</extracomment>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/collect_units.py" line="45"/>
        <source>Group</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/collect_units.py" line="46"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/collect_units.py" line="47"/>
        <source>Self-score</source>
        <translation>自评分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/collect_units.py" line="48"/>
        <source>Initial review</source>
        <translation>初评</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/collect_units.py" line="49"/>
        <source>Final review</source>
        <translation>审定</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/collect_units.py" line="50"/>
        <source>Office&apos;s score</source>
        <translation>核算分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/collect_units.py" line="51"/>
        <source>Final score</source>
        <translation>最终得分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/collect_units.py" line="52"/>
        <source>Place</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/collect_units.py" line="53"/>
        <source>Grade</source>
        <translation>等次</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/collect_units.py" line="54"/>
        <source>What is missing</source>
        <translation>缺少的内容</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/collect_units.py" line="57"/>
        <source>not received</source>
        <translation>未收到</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/collect_units.py" line="58"/>
        <source>draft only</source>
        <translation>只有草稿</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/collect_units.py" line="59"/>
        <source>not scorable</source>
        <translation>无法核算</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/collect_units.py" line="60"/>
        <source>flagged</source>
        <translation>有疑点</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/collect_units.py" line="61"/>
        <source>received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/collect_units.py" line="63"/>
        <source>{n} items</source>
        <translation>{n}项</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/collect_units.py" line="64"/>
        <source>{n} item</source>
        <translation>{n}项</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/collect_units.py" line="181"/>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/collect_units.py" line="182"/>
        <source>Missing something</source>
        <translation>有缺项的单位</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/collect_units.py" line="183"/>
        <source>Not yet received</source>
        <translation>尚未收到</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/collect_units.py" line="184"/>
        <source>Units received</source>
        <translation>已收到的单位</translation>
    </message>
</context>
<context>
    <name>CollectWindow</name>
    <message>
        <location filename="../../evaldesk/ui/collect/window.py" line="46"/>
        <source>EvalDesk — receiving office: {name}</source>
        <extracomment>The one &quot;view&quot; of this window (the app asks for the current view when it re-creates it).</extracomment>
        <translation>EvalDesk 自评台账 — 接收单位：{name}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/collect/window.py" line="61"/>
        <source>Year {year}</source>
        <extracomment>The latest import&apos;s work, key confirmation and result (tests and scripts wait on them).</extracomment>
        <translation>{year}年度</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/collect/window.py" line="83"/>
        <source>Import packages…</source>
        <translation>导入报送包…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/collect/window.py" line="86"/>
        <source>Trusted unit keys…</source>
        <translation>受信任的单位密钥…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/collect/window.py" line="89"/>
        <source>Ballots…</source>
        <translation>录入选票…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/collect/window.py" line="92"/>
        <source>Ranking and finals…</source>
        <translation>排名与最终得分…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/collect/window.py" line="95"/>
        <source>Publish results…</source>
        <translation>发布考核结果…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/collect/window.py" line="100"/>
        <source>Receiving office</source>
        <translation>接收单位</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/collect/window.py" line="116"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/collect/window.py" line="120"/>
        <source>Switch user…</source>
        <translation>切换用户…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/collect/window.py" line="123"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/collect/window.py" line="125"/>
        <source>&amp;Office</source>
        <translation>考核(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/collect/window.py" line="131"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/collect/window.py" line="132"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/collect/window.py" line="134"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/collect/window.py" line="137"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/collect/window.py" line="98"/>
        <source>Units of the office…</source>
        <translation>报送单位名单…</translation>
    </message>
</context>
<context>
    <name>ConfirmKeysDialog</name>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_import.py" line="140"/>
        <source>Confirm the units&apos; keys</source>
        <translation>确认单位密钥</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_import.py" line="196"/>
        <location filename="../../evaldesk/ui/dialogs/collect_import.py" line="202"/>
        <source>The fingerprint matches the one on the unit&apos;s cover</source>
        <translation>指纹与该单位报告封面上的一致</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_import.py" line="218"/>
        <source>&amp;Trust the ticked keys and import</source>
        <translation>信任所勾选的密钥并导入(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_import.py" line="145"/>
        <source>These packages wait for a confirmation before they are imported. Compare each fingerprint with the one printed on the cover of the unit&apos;s report (ask the unit by phone or letter, not in the package itself). Tick only those that match; the others stay waiting and nothing of them is kept.</source>
        <translation>以下报送包须经确认后才能导入。请将每个指纹与该单位自评报告封面上印的指纹逐一核对（通过电话或函件向该单位核实，不要以报送包本身为准）。只勾选核对一致的；其余的继续等待确认，其内容不会保留。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_import.py" line="178"/>
        <source>The unit&apos;s registered key (the old one):</source>
        <translation>该单位已登记的密钥（原密钥）：</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_import.py" line="180"/>
        <source>The key that signed this package (the new one):</source>
        <translation>签署本报送包的密钥（新密钥）：</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_import.py" line="182"/>
        <source>The unit confirmed it changed to this new key</source>
        <translation>已与该单位核实，确已更换为此新密钥</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_import.py" line="186"/>
        <source>(choose the unit)</source>
        <translation>（请选择单位）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_import.py" line="190"/>
        <source>The unit that sent it:</source>
        <translation>报送单位：</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="320"/>
        <source>Create the office</source>
        <translation>创建单位</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="341"/>
        <source>Office</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="342"/>
        <source>Rubric</source>
        <translation>考核细则</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="345"/>
        <source>Assessed unit</source>
        <translation>被评估单位</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="369"/>
        <source>After Create you are signed in as the administrator.</source>
        <translation>点击“创建”后将直接以管理员身份登录，无需再次输入密码。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="352"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="353"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="359"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="338"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="339"/>
        <source>Receiving office</source>
        <translation>接收单位</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="339"/>
        <source>Self-assessing office</source>
        <translation>自评单位</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="349"/>
        <source>Units received from</source>
        <translation>报送单位数</translation>
    </message>
</context>
<context>
    <name>CountedDialog</name>
    <message>
        <location filename="../../evaldesk/ui/dialogs/counted.py" line="46"/>
        <source>Quarters not reported on time</source>
        <extracomment>Row data: the entry&apos;s id or the quarter (Qt.ItemDataRole.UserRole of the first cell).</extracomment>
        <translation>未按时报送调度的季度</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/counted.py" line="50"/>
        <source>Counted as of %1 (the start of that day).</source>
        <translation>按 %1（当日零时）判断。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/counted.py" line="54"/>
        <source>The score deducts for them:</source>
        <translation>评分据此扣分：</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/counted.py" line="55"/>
        <source>No rule of this rubric deducts for them.</source>
        <translation>本考核细则没有据此扣分的条款。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/counted.py" line="77"/>
        <source>&amp;Show in the ledger</source>
        <translation>在台账中显示(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/counted.py" line="80"/>
        <source>&amp;Show in quarterly dispatch</source>
        <translation>在季度调度中显示(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/counted.py" line="132"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/counted.py" line="133"/>
        <source>Title</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/counted.py" line="134"/>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/counted.py" line="135"/>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/counted.py" line="136"/>
        <source>Done</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/counted.py" line="137"/>
        <location filename="../../evaldesk/ui/dialogs/counted.py" line="162"/>
        <source>Days late</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/counted.py" line="147"/>
        <source>Quarter %1</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/counted.py" line="148"/>
        <source>Reported late</source>
        <translation>逾期报送</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/counted.py" line="148"/>
        <source>Not reported</source>
        <translation>未报送</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/counted.py" line="158"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/counted.py" line="159"/>
        <source>What</source>
        <translation>情况</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/counted.py" line="160"/>
        <source>Due</source>
        <translation>报送截止</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/counted.py" line="161"/>
        <source>Reported</source>
        <translation>报送日期</translation>
    </message>
</context>
<context>
    <name>DifferencesDialog</name>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_differences.py" line="30"/>
        <source>Interpretations that differ: {unit}</source>
        <translation>解释口径差异：{unit}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_differences.py" line="33"/>
        <source>{unit} scored with these interpretations otherwise than this office. This office&apos;s interpretations are the ones that count: its scores of the unit use them.</source>
        <translation>{unit}计分时以下解释口径与本办公室不同。以本办公室的解释口径为准：本办公室对该单位的计分按本办公室的口径。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_differences.py" line="43"/>
        <source>Interpretation</source>
        <translation>解释口径</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_differences.py" line="44"/>
        <source>The unit used</source>
        <translation>单位所用</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_differences.py" line="45"/>
        <source>This office uses</source>
        <translation>本办公室所用</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_differences.py" line="46"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_differences.py" line="55"/>
        <source>not in the unit&apos;s package (another version of the rubric)</source>
        <translation>报送包中没有此解释口径（细则版本不同）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_differences.py" line="57"/>
        <source>not in this office&apos;s rubric</source>
        <translation>本办公室的细则中没有此解释口径</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_differences.py" line="59"/>
        <source>the unit set its own value</source>
        <translation>单位自行设定的数值</translation>
    </message>
</context>
<context>
    <name>DispatchView</name>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="56"/>
        <source>On time</source>
        <translation>按时报送</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="57"/>
        <source>Late</source>
        <translation>逾期报送</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="58"/>
        <source>Missing</source>
        <translation>未报送</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="59"/>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="68"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="69"/>
        <source>Due</source>
        <translation>报送期限</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="70"/>
        <source>Submitted</source>
        <translation>报送日期</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="71"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="72"/>
        <source>Approval</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="421"/>
        <source>Withdraw submission</source>
        <translation>撤回报送</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="164"/>
        <source>Drop files here to attach them to this quarter</source>
        <translation>把文件拖到这里，作为本季度的附件</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="173"/>
        <source>Progress by area</source>
        <translation>各项工作进展</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="176"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="180"/>
        <source>Submitted on</source>
        <translation>报送日期</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="191"/>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="228"/>
        <source>Progress this quarter in %1</source>
        <translation>本季度%1工作进展</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="257"/>
        <source>Q%1</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="261"/>
        <source>Approved, locked</source>
        <translation>已审核，已锁定</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="271"/>
        <source>%1 day(s) after the due date</source>
        <translation>超过报送期限 %1 天</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="293"/>
        <source>Quarter %1 of %2 — due %3</source>
        <translation>%2 年第 %1 季度 — 报送期限 %3</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="368"/>
        <source>Draft of quarter %1 saved</source>
        <translation>第 %1 季度草稿已保存</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="437"/>
        <source>Attach files to the quarter</source>
        <translation>为本季度添加附件</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="447"/>
        <source>%1 file(s) attached to quarter %2</source>
        <translation>已为第 %2 季度添加 %1 个附件</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="309"/>
        <source>The date of the withdrawn submission</source>
        <translation>即撤回前的报送日期</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="390"/>
        <source>Quarter %1 submitted on %2</source>
        <translation>第 %1 季度已于 %2 报送</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="410"/>
        <source>Withdraw the submission of quarter %1 (submitted %2)?

Until it is submitted again it counts as not submitted: %3. Submitting again proposes %2 again.</source>
        <translation>撤回第 %1 季度的报送（报送日期 %2）？

重新报送前，该季度按未报送计：%3。重新报送时仍预填原报送日期 %2。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="423"/>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="432"/>
        <source>Submission of quarter %1 withdrawn</source>
        <translation>已撤回第 %1 季度的报送</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="159"/>
        <source>&amp;Save draft</source>
        <translation>保存草稿(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="160"/>
        <source>S&amp;ubmit</source>
        <translation>报送(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="161"/>
        <source>&amp;Withdraw submission</source>
        <translation>撤回报送(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/dispatch.py" line="162"/>
        <source>&amp;Attach files…</source>
        <translation>添加附件(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>DoneDateDialog</name>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ledger_done.py" line="46"/>
        <source>Mark entry #%1 done</source>
        <translation>办结事项 #%1</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ledger_done.py" line="51"/>
        <source>Received %1 · deadline %2</source>
        <translation>接收日期 %1 · 办理时限 %2</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ledger_done.py" line="69"/>
        <source>Entry</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ledger_done.py" line="74"/>
        <source>Done on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ledger_done.py" line="79"/>
        <source>Mark done</source>
        <translation>办结</translation>
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
        <location filename="../../evaldesk/ui/dialogs/error.py" line="93"/>
        <source>EvalDesk met an unexpected problem. Your data is safe: nothing half-done was saved. Please save a report and send it to whoever supports EvalDesk.</source>
        <translation>EvalDesk 遇到意外问题。您的数据是安全的：未完成的操作不会被保存。请保存错误报告，并发送给 EvalDesk 的技术支持人员。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/error.py" line="137"/>
        <source>Show &amp;details</source>
        <translation>显示详情(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/error.py" line="141"/>
        <source>&amp;Save report</source>
        <translation>保存报告(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/error.py" line="157"/>
        <source>The report was saved to {path} (&lt;a href=&apos;{folder}&apos;&gt;open the folder&lt;/a&gt;).</source>
        <translation>报告已保存到 {path}（&lt;a href=&apos;{folder}&apos;&gt;打开文件夹&lt;/a&gt;）。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/message_text.py" line="64"/>
        <source>%1 problems were found, each listed below:</source>
        <translation>发现 %1 处问题，逐条列在下面：</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/message_text.py" line="67"/>
        <source>%1 problems in %2, each listed below:</source>
        <translation>%2 中有 %1 处问题，逐条列在下面：</translation>
    </message>
</context>
<context>
    <name>EvidenceView</name>
    <message>
        <location filename="../../evaldesk/ui/views/evidence.py" line="94"/>
        <source>Q%1</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/evidence.py" line="103"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/evidence.py" line="115"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/evidence.py" line="116"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/evidence.py" line="120"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/evidence.py" line="124"/>
        <source>Linked to</source>
        <translation>关联到</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/evidence.py" line="167"/>
        <source>All files</source>
        <translation>全部文件</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/evidence.py" line="168"/>
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
        <location filename="../../evaldesk/ui/views/evidence.py" line="292"/>
        <source>Type part of an entry&apos;s title and pick it from the list</source>
        <translation>请输入台账事项中的几个字，再从列表中选择</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/evidence.py" line="313"/>
        <source>Add evidence files</source>
        <translation>添加佐证资料</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/evidence.py" line="323"/>
        <source>%1 file(s) added</source>
        <translation>已添加 %1 个文件</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/evidence.py" line="60"/>
        <source>&amp;Add files…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/evidence.py" line="83"/>
        <source>&amp;Save note</source>
        <translation>保存备注(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/evidence.py" line="86"/>
        <source>&amp;Remove link</source>
        <translation>取消关联(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/evidence.py" line="89"/>
        <source>Link to &amp;item</source>
        <translation>关联评分项目(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/evidence.py" line="91"/>
        <source>Link to le&amp;dger entry</source>
        <translation>关联台账事项(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/evidence.py" line="95"/>
        <source>Link to &amp;quarter</source>
        <translation>关联季度调度(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>ExportResultDialog</name>
    <message>
        <location filename="../../evaldesk/ui/dialogs/export_result.py" line="49"/>
        <source>Package exported</source>
        <translation>材料包已导出</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/export_result.py" line="51"/>
        <source>The package was written.</source>
        <translation>材料包已生成。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/export_result.py" line="74"/>
        <source>The fingerprint names the office&apos;s signing key. It is printed on the report&apos;s cover as “Signing key fingerprint”. The higher authority compares it with the cover and with the fingerprint your office registered: when they are the same, the package comes from your office and nothing in it was changed.</source>
        <translation>指纹是本单位签名密钥的标识，印在自评报告封面的“签名公钥指纹”一栏。上级部门收到材料包后，将它与报告封面及本单位备案的指纹核对：三者一致，说明材料包确由本单位签发，内容未被改动。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/export_result.py" line="82"/>
        <source>Saved as</source>
        <translation>保存位置</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/export_result.py" line="83"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/export_result.py" line="84"/>
        <source>Package number</source>
        <translation>报送包编号</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/export_result.py" line="85"/>
        <source>Signing key fingerprint</source>
        <translation>签名公钥指纹</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/export_result.py" line="88"/>
        <source>Warning: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/export_result.py" line="99"/>
        <source>&amp;Open the folder</source>
        <translation>打开所在文件夹(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/export_result.py" line="100"/>
        <source>&amp;Copy the path</source>
        <translation>复制路径(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/export_result.py" line="105"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/export_result.py" line="140"/>
        <source>This computer has no program that opens folders, so the folder could not be shown. The package is here:
%1
Click “Copy the path” and paste it into the file manager, or into the upload page&apos;s file box.</source>
        <translation>本机没有可以打开文件夹的程序，无法直接显示文件夹。材料包保存在：
%1
请点击“复制路径”，再粘贴到文件管理器的地址栏或上传页面的文件选择框中。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/export_result.py" line="152"/>
        <source>Path copied</source>
        <translation>路径已复制</translation>
    </message>
</context>
<context>
    <name>ExportView</name>
    <message>
        <location filename="../../evaldesk/ui/views/export.py" line="63"/>
        <source>Export the signed report package</source>
        <extracomment>the path this view proposed; a different text was typed or chosen by the person</extracomment>
        <translation>导出签名的自评材料包</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/export.py" line="70"/>
        <source>The package holds the PDF report, the Excel score sheet, the ledger, the dispatch reports and the evidence files, with a manifest and the office&apos;s signature. Send it to the assessing authority as it is.</source>
        <translation>材料包含 PDF 自评报告、Excel 评分表、工作台账、季度调度报告和佐证资料，并附清单和本单位签名。请原样报送考核单位。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/export.py" line="90"/>
        <source>Repeat passphrase</source>
        <translation>再次输入口令</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/export.py" line="96"/>
        <source>Export (Enter in the passphrase field)</source>
        <translation>导出（在签名口令框中按回车也可导出）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/export.py" line="104"/>
        <source>&amp;Show the export result…</source>
        <translation>查看导出结果(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/export.py" line="114"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/export.py" line="115"/>
        <source>Save as</source>
        <translation>保存为</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/export.py" line="117"/>
        <source>Passphrase</source>
        <translation>签名口令</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/export.py" line="233"/>
        <source>This is the office&apos;s first export: a signing key will be created and protected with this passphrase. Keep the passphrase safe; it cannot be recovered.</source>
        <translation>这是本单位第一次导出：将创建签名密钥，并用此口令保护。请妥善保管口令，遗失后无法找回。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/export.py" line="238"/>
        <source>Enter the passphrase of the office&apos;s signing key.</source>
        <translation>请输入本单位签名密钥的口令。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/export.py" line="279"/>
        <source>This package will be a DRAFT (草稿).</source>
        <translation>本次导出的报送包为草稿。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/export.py" line="282"/>
        <source>It is marked 草稿 on every page and in the package, and must not be sent as the office&apos;s submission.</source>
        <translation>报告每页及报送包内均标明“草稿”，不能作为本单位的正式报送材料。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/export.py" line="290"/>
        <source>A rubric with suggested (unconfirmed) interpretations scores, marked ※, but can only be exported as a draft until they are confirmed.</source>
        <translation>考核细则含未经确认的建议解释口径：照常计分并以※标注，但在确认之前只能导出草稿。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/export.py" line="297"/>
        <source>The final package needs the head&apos;s approval of the whole year (审核 view).</source>
        <translation>导出定稿须由负责人审核确认全年（在“审核”页面）。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/export.py" line="305"/>
        <source>This package will be final.</source>
        <translation>本次导出的报送包为定稿。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/export.py" line="308"/>
        <source>The whole year was approved by {who} on {date}.</source>
        <translation>全年已由{who}于{date}审核确认。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/export.py" line="324"/>
        <source>The data differs from its audit log</source>
        <translation>数据与审计日志不符</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/export.py" line="328"/>
        <source>The data check found the data and its audit log apart, so nothing was exported. Either restore a backup from before the change, or a head accepts the data as it is: give the reason and export again. The reason and the differences are recorded in the audit log and printed in the package.</source>
        <translation>数据核对发现数据与审计日志不一致，因此没有导出。可以从改动之前的备份恢复；或由负责人确认接受现有数据：填写理由后重新导出。理由和不一致之处会记入审计日志，并印在报送包中。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/export.py" line="337"/>
        <source>Why the data is accepted as it is</source>
        <translation>接受现有数据的理由</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/export.py" line="344"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/export.py" line="367"/>
        <source>Save the package as</source>
        <translation>材料包保存为</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/export.py" line="367"/>
        <source>Package (*.zip)</source>
        <translation>材料包 (*.zip)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/export.py" line="407"/>
        <source>Exporting %1…</source>
        <translation>正在导出 %1 年度…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/export.py" line="430"/>
        <source>Exporting the package</source>
        <translation>正在导出材料包</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/export.py" line="474"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/export.py" line="486"/>
        <source>Package written: %1</source>
        <translation>材料包已生成：%1</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/export.py" line="488"/>
        <source>Package number: %1</source>
        <translation>报送包编号：%1</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/export.py" line="492"/>
        <source>Warning: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/export.py" line="502"/>
        <source>The export failed; nothing was written.</source>
        <translation>导出失败，未生成任何文件。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/export.py" line="509"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>已取消导出，未生成任何文件。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/export.py" line="85"/>
        <source>Ch&amp;oose…</source>
        <translation>选择(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/export.py" line="94"/>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/export.py" line="97"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
</context>
<context>
    <name>FileKinds</name>
    <message>
        <location filename="../../evaldesk/ui/models/records_labels.py" line="39"/>
        <source>PDF document</source>
        <extracomment>What kind of file a piece of evidence is, in words (never its MIME type), by MIME type.</extracomment>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/records_labels.py" line="40"/>
        <location filename="../../evaldesk/ui/models/records_labels.py" line="41"/>
        <source>Word document</source>
        <translation>Word 文档</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/records_labels.py" line="44"/>
        <location filename="../../evaldesk/ui/models/records_labels.py" line="45"/>
        <source>Excel workbook</source>
        <translation>Excel 表格</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/records_labels.py" line="48"/>
        <source>Zip archive</source>
        <translation>压缩包</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/records_labels.py" line="49"/>
        <location filename="../../evaldesk/ui/models/records_labels.py" line="55"/>
        <source>Text file</source>
        <translation>文本文件</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/records_labels.py" line="52"/>
        <source>Picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/records_labels.py" line="53"/>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/records_labels.py" line="54"/>
        <source>Sound recording</source>
        <translation>录音</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/records_labels.py" line="57"/>
        <source>File</source>
        <translation>文件</translation>
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
    <name>ImportResultDialog</name>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_import.py" line="270"/>
        <source>Import result</source>
        <translation>导入结果</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_import.py" line="274"/>
        <source>{imported} imported, {refused} refused, {waiting} waiting for confirmation</source>
        <translation>已导入{imported}个，拒收{refused}个，待确认{waiting}个</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_import.py" line="284"/>
        <source>Package</source>
        <translation>报送包</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_import.py" line="284"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_import.py" line="284"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_import.py" line="284"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_import.py" line="291"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_import.py" line="292"/>
        <source>Refused</source>
        <translation>拒收</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_import.py" line="293"/>
        <source>Waiting for confirmation</source>
        <translation>待确认</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_import.py" line="302"/>
        <source>Interpretations that differ from this office&apos;s:</source>
        <translation>与本办公室不同的解释口径：</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_import.py" line="325"/>
        <source>&amp;Interpretations that differ…</source>
        <translation>解释口径差异(&amp;I)…</translation>
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
        <location filename="../../evaldesk/ui/widgets/item_detail.py" line="87"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/item_detail.py" line="88"/>
        <source>met</source>
        <translation>符合</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/item_detail.py" line="89"/>
        <source>not met</source>
        <translation>不符合</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/item_detail.py" line="90"/>
        <source>not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/item_detail.py" line="91"/>
        <source>How the score is reached</source>
        <translation>得分说明</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/item_detail.py" line="92"/>
        <source>Initial review</source>
        <translation>初评分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/item_detail.py" line="93"/>
        <source>Final review</source>
        <translation>审定分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/item_detail.py" line="94"/>
        <source>What is assessed (评估内容)</source>
        <translation>评估内容</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/item_detail.py" line="95"/>
        <source>Scoring standard (评分标准)</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/item_detail.py" line="96"/>
        <source>Method (评估方法)</source>
        <translation>评估方法</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/item_detail.py" line="97"/>
        <source>Evidence expected</source>
        <translation>佐证资料</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/item_detail.py" line="98"/>
        <source>none attached</source>
        <translation>尚未上传</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/item_detail.py" line="99"/>
        <source>{n} file(s) attached</source>
        <translation>已上传 {n} 个文件</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/item_detail.py" line="100"/>
        <source>Interpretation note</source>
        <translation>解读说明</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/item_detail.py" line="143"/>
        <source>Select an item to see its wording and how it is scored.</source>
        <translation>选择一个评估项目，查看原文和得分说明。</translation>
    </message>
</context>
<context>
    <name>ItemEvidence</name>
    <message>
        <location filename="../../evaldesk/ui/widgets/item_evidence.py" line="67"/>
        <source>Unlink the selected file from this item; the file stays in Evidence</source>
        <translation>取消所选文件与本项的关联；文件仍保留在“佐证资料”中</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/item_evidence.py" line="124"/>
        <source>Evidence</source>
        <translation>佐证资料</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/item_evidence.py" line="125"/>
        <source>%1 file(s)</source>
        <translation>%1 个文件</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/item_evidence.py" line="134"/>
        <source>Drop files here to attach them to this item</source>
        <translation>把文件拖到这里，即添加为本项佐证</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/item_evidence.py" line="136"/>
        <source>No evidence attached yet: drop files here, or click “Add evidence…”</source>
        <translation>本项还没有佐证：把文件拖到这里，或点击“添加佐证…”</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/item_evidence.py" line="177"/>
        <source>Add evidence files</source>
        <translation>添加佐证文件</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/item_evidence.py" line="187"/>
        <source>%1 file(s) added</source>
        <translation>已添加 %1 个文件</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/item_evidence.py" line="215"/>
        <source>“%1” is no longer linked to this item; the file stays in Evidence</source>
        <translation>“%1”已不再关联本项，文件仍保留在“佐证资料”中</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/item_evidence.py" line="50"/>
        <source>Add evi&amp;dence…</source>
        <translation>添加佐证(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/item_evidence.py" line="63"/>
        <source>P&amp;review</source>
        <translation>预览(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/item_evidence.py" line="64"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/item_evidence.py" line="65"/>
        <source>&amp;Unlink</source>
        <translation>取消关联(&amp;U)</translation>
    </message>
</context>
<context>
    <name>LedgerCost</name>
    <message>
        <location filename="../../evaldesk/ui/widgets/ledger_cost.py" line="24"/>
        <source>%1 points fewer (score %2 → %3)</source>
        <translation>扣 %1 分（得分 %2 → %3）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/ledger_cost.py" line="28"/>
        <source>%1 points more (score %2 → %3)</source>
        <translation>加 %1 分（得分 %2 → %3）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/ledger_cost.py" line="32"/>
        <source>the score stays %1 (the deduction is already at its limit or not counted)</source>
        <translation>得分仍为 %1（该项扣分已达上限或不计分）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/ledger_cost.py" line="49"/>
        <source>%1 day(s) after the deadline %2: the entry counts as not done in time, %3 points fewer than done by the deadline (score %4 instead of %5).</source>
        <translation>晚于办理时限 %2 共 %1 天，按未及时落实计，比按期办结少 %3 分（得分 %4，按期办结为 %5）。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/ledger_cost.py" line="60"/>
        <source>%1 day(s) after the deadline %2: the entry counts as not done in time; the score stays %3 (the deduction is already at its limit or not counted).</source>
        <translation>晚于办理时限 %2 共 %1 天，按未及时落实计；得分仍为 %3（该项扣分已达上限或不计分）。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/ledger_cost.py" line="68"/>
        <source>By the deadline %1: no points lost.</source>
        <translation>未超过办理时限 %1，不扣分。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/ledger_cost.py" line="74"/>
        <source>This day is after the assessed year %1; if the work was finished earlier, enter that day.</source>
        <translation>该日期已超出 %1 考核年度；如实际更早办结，请填写实际办结日期。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/ledger_cost.py" line="81"/>
        <source>Today&apos;s date is proposed; change it if the work was finished on another day.</source>
        <translation>预填的是今天的日期；如在其他日期办结，请修改。</translation>
    </message>
</context>
<context>
    <name>LedgerEntryDialog</name>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ledger_entry.py" line="89"/>
        <source>New ledger entry</source>
        <translation>新增台账事项</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ledger_entry.py" line="89"/>
        <source>Edit ledger entry</source>
        <translation>修改台账事项</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ledger_entry.py" line="97"/>
        <source>What is the task, in a few words</source>
        <translation>用几个字说明是什么事项</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ledger_entry.py" line="119"/>
        <source>(no rubric item)</source>
        <translation>（不关联评分项目）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ledger_entry.py" line="109"/>
        <source>&amp;Done on</source>
        <translation>办结于(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ledger_entry.py" line="128"/>
        <source>&amp;Repeats every year</source>
        <translation>每年重复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ledger_entry.py" line="131"/>
        <source>A new year proposes this entry again, with the same month and day.</source>
        <translation>新建年度时按相同月、日再次列出本事项，供确认。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ledger_entry.py" line="149"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ledger_entry.py" line="150"/>
        <source>Title</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ledger_entry.py" line="151"/>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ledger_entry.py" line="152"/>
        <source>Received</source>
        <translation>接收日期</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ledger_entry.py" line="153"/>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ledger_entry.py" line="154"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ledger_entry.py" line="155"/>
        <source>Done date</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ledger_entry.py" line="156"/>
        <source>Rubric item</source>
        <translation>评分项目</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ledger_entry.py" line="157"/>
        <source>Description</source>
        <translation>办理内容</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ledger_entry.py" line="218"/>
        <source>Today (%1) is outside the assessed year %2, so both dates start at %3: enter the real dates.</source>
        <translation>今天（%1）不在 %2 考核年度内，两个日期暂填为 %3，请填写实际日期。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ledger_entry.py" line="338"/>
        <source>This entry is past its deadline %1 and not done by then, so it counts as not done in time: %2.

Save it anyway?</source>
        <translation>该事项已超过办理时限 %1 且未按时办结，将按未及时落实计：%2。

仍要保存吗？</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ledger_entry.py" line="343"/>
        <source>Save an overdue entry</source>
        <translation>保存逾期事项</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/ledger_entry.py" line="345"/>
        <source>Save and count it</source>
        <translation>保存并计入扣分</translation>
    </message>
</context>
<context>
    <name>LedgerPicker</name>
    <message>
        <location filename="../../evaldesk/ui/widgets/ledger_picker.py" line="30"/>
        <source>Type part of a ledger entry&apos;s title…</source>
        <translation>输入台账事项中的几个字查找…</translation>
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
        <location filename="../../evaldesk/ui/views/ledger.py" line="62"/>
        <source>Search title, description, responsible…</source>
        <extracomment>Pages fetched at most to find a saved entry below the rows in memory (200 rows a page).</extracomment>
        <translation>搜索事项、办理内容、责任人…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/ledger.py" line="65"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/ledger.py" line="69"/>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/ledger.py" line="181"/>
        <source>All rubric items</source>
        <translation>全部评分项目</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/ledger.py" line="202"/>
        <source>%1 entries, %2 overdue</source>
        <translation>共 %1 条，逾期 %2 条</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/ledger.py" line="296"/>
        <source>Saved entry #%1</source>
        <translation>已保存事项 #%1</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/ledger.py" line="346"/>
        <source>Entry #%1 reopened</source>
        <translation>事项 #%1 已重新打开</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/ledger.py" line="354"/>
        <source>Attach files to the entry</source>
        <translation>为事项添加附件</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/ledger.py" line="360"/>
        <source>%1 file(s) attached to entry #%2</source>
        <translation>已为事项 #%2 添加 %1 个附件</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/ledger.py" line="370"/>
        <source>Import ledger entries</source>
        <translation>导入台账</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/ledger.py" line="370"/>
        <location filename="../../evaldesk/ui/views/ledger.py" line="427"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/ledger.py" line="389"/>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/ledger.py" line="414"/>
        <source>Imported %1 entries</source>
        <translation>已导入 %1 条</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/ledger.py" line="418"/>
        <source>Importing ledger entries</source>
        <translation>正在导入台账</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/ledger.py" line="425"/>
        <source>Export the ledger</source>
        <translation>导出台账</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/ledger.py" line="449"/>
        <source>Exported %1 entries to %2</source>
        <translation>已导出 %1 条到 %2</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/ledger.py" line="452"/>
        <source>Exporting the ledger</source>
        <translation>正在导出台账</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/ledger.py" line="298"/>
        <source> (not shown: the filters hide it)</source>
        <translation>（当前筛选条件下未显示）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/ledger.py" line="330"/>
        <source>Entry #%1 marked done on %2</source>
        <translation>事项 #%1 已于 %2 办结</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/ledger.py" line="77"/>
        <source>&amp;Overdue only</source>
        <translation>只看逾期(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/ledger.py" line="81"/>
        <location filename="../../evaldesk/ui/views/ledger.py" line="233"/>
        <source>&amp;New entry</source>
        <translation>新增(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/ledger.py" line="82"/>
        <source>Ed&amp;it</source>
        <translation>修改(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/ledger.py" line="83"/>
        <source>Mark &amp;done</source>
        <translation>办结(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/ledger.py" line="84"/>
        <source>&amp;Reopen</source>
        <translation>重新打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/ledger.py" line="85"/>
        <source>&amp;Attach files…</source>
        <translation>添加附件(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/ledger.py" line="86"/>
        <source>Im&amp;port xlsx…</source>
        <translation>导入 Excel(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/ledger.py" line="87"/>
        <source>E&amp;xport xlsx…</source>
        <translation>导出 Excel(&amp;X)…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../evaldesk/ui/dialogs/login.py" line="36"/>
        <source>Sign in — EvalDesk</source>
        <translation>登录 — EvalDesk</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/login.py" line="41"/>
        <source>Sign in with your EvalDesk account.</source>
        <translation>请使用您的 EvalDesk 账户登录。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/login.py" line="53"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/login.py" line="54"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/login.py" line="60"/>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/login.py" line="62"/>
        <source>Opening the data folder…</source>
        <translation>正在打开数据文件夹…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/login.py" line="99"/>
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/login.py" line="125"/>
        <source>The account {name} is disabled; ask an administrator.</source>
        <translation>账户 {name} 已停用，请联系管理员。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/login.py" line="128"/>
        <source>Wrong user name or password. Please try again.</source>
        <translation>用户名或密码错误，请重新输入。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../evaldesk/ui/view_index.py" line="25"/>
        <source>Self-assessment</source>
        <translation>自评</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/view_index.py" line="26"/>
        <source>Ledger</source>
        <translation>台账</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/view_index.py" line="27"/>
        <source>Quarterly dispatch</source>
        <translation>季度调度</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/view_index.py" line="28"/>
        <source>Evidence</source>
        <translation>佐证资料</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/view_index.py" line="29"/>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/view_index.py" line="30"/>
        <source>Interpretations</source>
        <translation>解释口径</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/view_index.py" line="31"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="69"/>
        <source>EvalDesk 自评台账</source>
        <translation>EvalDesk 自评台账</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="87"/>
        <source>Opening the data folder…</source>
        <translation>正在打开数据文件夹…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="298"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="303"/>
        <source>Switch user…</source>
        <translation>切换用户…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="305"/>
        <source>User accounts…</source>
        <translation>用户账户…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="307"/>
        <source>New assessment year…</source>
        <translation>新建考核年度…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="309"/>
        <source>Import a rubric table…</source>
        <translation>导入考核细则…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="311"/>
        <source>Edit the rubric…</source>
        <translation>编辑考核细则…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="314"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="318"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="319"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="321"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="327"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="331"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="342"/>
        <source>Score &amp;details</source>
        <translation>得分详情(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="347"/>
        <source>What costs &amp;points</source>
        <translation>扣分因素(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="349"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="353"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="363"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="364"/>
        <source>&amp;The day&apos;s tasks…</source>
        <translation>日常工作说明(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="368"/>
        <source>&amp;About EvalDesk</source>
        <translation>关于 EvalDesk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/ops.py" line="318"/>
        <source>Work in progress</source>
        <translation>任务进行中</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/ops.py" line="319"/>
        <source>Some work is still running. Stop it and quit?</source>
        <translation>还有任务正在进行。要停止任务并退出吗？</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/main_window.py" line="299"/>
        <source>&amp;New ledger entry…</source>
        <translation>新增台账事项(&amp;N)…</translation>
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
        <location filename="../../evaldesk/ui/dialogs/new_year.py" line="53"/>
        <source>New assessment year</source>
        <translation>新建考核年度</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/new_year.py" line="63"/>
        <source>&amp;Import a table…</source>
        <translation>导入表格(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/new_year.py" line="75"/>
        <source>Last year&apos;s item</source>
        <translation>上年项目</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/new_year.py" line="75"/>
        <source>This year&apos;s item</source>
        <translation>本年项目</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/new_year.py" line="83"/>
        <source>Carry over</source>
        <translation>带入</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/new_year.py" line="84"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/new_year.py" line="85"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/new_year.py" line="86"/>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/new_year.py" line="87"/>
        <source>Rubric item</source>
        <translation>评分项目</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/new_year.py" line="94"/>
        <source>What changed</source>
        <translation>细则变化</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/new_year.py" line="95"/>
        <source>Items whose code changed</source>
        <translation>编号改变的项目</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/new_year.py" line="96"/>
        <source>Ledger entries to carry over</source>
        <translation>带入本年的台账事项</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/new_year.py" line="102"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/new_year.py" line="103"/>
        <source>Rubric</source>
        <translation>考核细则</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/new_year.py" line="124"/>
        <source>scored with in %1</source>
        <translation>%1年度使用</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/new_year.py" line="126"/>
        <source>saved in the data folder</source>
        <translation>保存在数据文件夹</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/new_year.py" line="128"/>
        <source>built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/new_year.py" line="190"/>
        <source>No earlier year: nothing to compare.</source>
        <translation>没有以前的年度，无可比较。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/new_year.py" line="194"/>
        <source>The same items, points and rules as %1.</source>
        <translation>考核项目、分值和规则与%1年度相同。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/new_year.py" line="201"/>
        <source>Items added %1, removed %2, renamed %3, renumbered %4; points changed %5, rules changed %6, wording changed %7.</source>
        <translation>项目新增%1项、删除%2项、改名%3项、编号改变%4项；分值改变%5项、计分规则改变%6项、措辞改变%7项。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/new_year.py" line="238"/>
        <source>(no counterpart)</source>
        <translation>（无对应项目）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/new_year.py" line="245"/>
        <source>Items whose code changed (%1)</source>
        <translation>编号改变的项目（%1）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/new_year.py" line="259"/>
        <source>repeats every year</source>
        <translation>每年重复</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/new_year.py" line="261"/>
        <source>still open</source>
        <translation>年底未办结</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/new_year.py" line="270"/>
        <source>(none: %1 has no counterpart)</source>
        <translation>（无：%1 没有对应项目）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/new_year.py" line="279"/>
        <source>Ledger entries to carry over (%1)</source>
        <translation>带入本年的台账事项（%1）</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="50"/>
        <source>Your office</source>
        <translation>您的单位</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="52"/>
        <source>EvalDesk keeps one office&apos;s ledger, evidence and self-assessment.</source>
        <translation>EvalDesk 保存一个单位的工作台账、佐证资料和自评结果。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="56"/>
        <source>e.g. 某某县人力资源和社会保障局</source>
        <translation>例如：某某县人力资源和社会保障局</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="77"/>
        <source>Office name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="78"/>
        <source>Region (optional)</source>
        <translation>所在地区（可不填）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="79"/>
        <source>Contact (optional)</source>
        <translation>联系方式（可不填）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="62"/>
        <source>An office that assesses itself</source>
        <translation>自评单位（本单位自评）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="66"/>
        <source>A receiving office: collects, checks and ranks the units&apos; packages</source>
        <translation>接收单位：接收、核验各单位的报送包并排名</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="76"/>
        <source>This office is</source>
        <translation>单位类型</translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <location filename="../../evaldesk/ui/ops.py" line="178"/>
        <source>Cancel</source>
        <extracomment>Ops still running (they must outlive the Python references of their callers). The latest (done, total, text) the work reported, seen by the GUI thread&apos;s poll.</extracomment>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/ops.py" line="201"/>
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
        <source>Exporting data that differs from its audit log</source>
        <translation>导出与审计日志不符的数据</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/permissions.py" line="27"/>
        <source>Managing user accounts</source>
        <translation>管理用户账户</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/permissions.py" line="28"/>
        <source>Changing the office or its years</source>
        <translation>修改单位信息或考核年度</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/permissions.py" line="29"/>
        <source>Setting a value the source document leaves to the office</source>
        <translation>设定原文留给单位确定的数值</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/permissions.py" line="41"/>
        <source>clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/permissions.py" line="42"/>
        <source>head</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/permissions.py" line="43"/>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/permissions.py" line="76"/>
        <source>system</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/permissions.py" line="77"/>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/permissions.py" line="78"/>
        <source>{what} needs the {roles} role; {name} is signed in as {role}.</source>
        <translation>{what}需要{roles}角色；{name}当前的角色是{role}。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/permissions.py" line="90"/>
        <source>The year {year} was approved by {who} on {date} and is locked; a head must unlock it before anything can be changed.</source>
        <translation>{year}年度已由{who}于{date}审批并锁定；需负责人解锁后才能修改。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/permissions.py" line="32"/>
        <source>Importing the units&apos; packages</source>
        <translation>导入各单位的报送包</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/permissions.py" line="33"/>
        <source>Entering ballots</source>
        <translation>录入选票</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/permissions.py" line="34"/>
        <source>Entering reviewers&apos; scores</source>
        <translation>录入初评、审定分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/permissions.py" line="35"/>
        <source>Deciding what the source leaves to the assessing office</source>
        <translation>作出原文交由考核机关决定的事项</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/permissions.py" line="38"/>
        <source>Publishing the results</source>
        <translation>发布考核结果</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/permissions.py" line="44"/>
        <source>reviewer</source>
        <translation>评审</translation>
    </message>
</context>
<context>
    <name>PreviewWidget</name>
    <message>
        <location filename="../../evaldesk/ui/widgets/preview.py" line="230"/>
        <source>Select a file to see it here</source>
        <extracomment>the pictures shown (one per rendered page), for tests</extracomment>
        <translation>选择一个文件在此预览</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/preview.py" line="253"/>
        <source>The first %1 of %2 pages; open the file to read the rest</source>
        <translation>共 %2 页，这里显示前 %1 页；其余请打开文件查看</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/preview.py" line="268"/>
        <source>The stored file is missing; run “evaldesk check” to find out why</source>
        <translation>存储的文件不见了；请运行“evaldesk check”检查原因</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/preview.py" line="271"/>
        <source>This PDF cannot be shown; open it with the system viewer</source>
        <translation>此 PDF 无法显示，请用系统程序打开</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/preview.py" line="274"/>
        <source>No preview for this type of file; open it with the system viewer</source>
        <translation>此类文件不能预览，请用系统程序打开</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/preview.py" line="172"/>
        <source>&amp;Open with the system viewer</source>
        <extracomment>how many pages of a PDF the preview renders (the rest: open it with the system viewer)</extracomment>
        <translation>用系统程序打开(&amp;O)</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_publish.py" line="39"/>
        <source>Publish the results</source>
        <translation>发布考核结果</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_publish.py" line="46"/>
        <source>A note with the approval (optional)</source>
        <translation>审核意见（选填）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_publish.py" line="66"/>
        <source>The passphrase of the office&apos;s signing key (made with this passphrase the first time results are published).</source>
        <translation>本办公室签名密钥的口令（首次发布结果时用此口令生成密钥）。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_publish.py" line="47"/>
        <source>&amp;Approve the results</source>
        <translation>审核确认结果(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_publish.py" line="56"/>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_publish.py" line="70"/>
        <source>&amp;Publish</source>
        <translation>发布(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_publish.py" line="77"/>
        <source>&amp;Open the folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_publish.py" line="85"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_publish.py" line="86"/>
        <source>Key passphrase</source>
        <translation>密钥口令</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_publish.py" line="113"/>
        <source>The results of {year} are not approved yet: a head approves them, which locks them, before they can be published.</source>
        <translation>{year}年度的考核结果尚未审核确认：须由负责人审核确认（确认后即锁定），方可发布。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_publish.py" line="120"/>
        <source>Approved by {who} on {date}; locked.</source>
        <translation>已由{who}于{date}审核确认，已锁定。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_publish.py" line="140"/>
        <source>Publish into</source>
        <translation>发布到</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_publish.py" line="152"/>
        <source>Choose the folder to publish into.</source>
        <translation>请选择发布到的文件夹。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_publish.py" line="166"/>
        <source>Publishing the results</source>
        <translation>正在发布考核结果</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_publish.py" line="181"/>
        <source>Published into {folder}:</source>
        <translation>已发布到 {folder}：</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_publish.py" line="182"/>
        <source>{n} result packages, one per unit</source>
        <translation>结果包{n}个，每个单位一个</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_publish.py" line="183"/>
        <source>Ranking workbook: {name}</source>
        <translation>排名表：{name}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_publish.py" line="184"/>
        <source>Summary PDF: {name}</source>
        <translation>汇总报告：{name}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_publish.py" line="185"/>
        <source>Fingerprint of the office&apos;s key: {fpr}</source>
        <translation>本办公室密钥指纹：{fpr}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_publish.py" line="189"/>
        <source>No result for:</source>
        <translation>以下单位没有结果：</translation>
    </message>
</context>
<context>
    <name>RankingDialog</name>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_ranking.py" line="64"/>
        <source>Ranking and finals</source>
        <translation>排名与最终得分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_ranking.py" line="70"/>
        <location filename="../../evaldesk/ui/dialogs/collect_ranking.py" line="112"/>
        <source>Place</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_ranking.py" line="71"/>
        <location filename="../../evaldesk/ui/dialogs/collect_ranking.py" line="113"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_ranking.py" line="72"/>
        <location filename="../../evaldesk/ui/dialogs/collect_ranking.py" line="111"/>
        <source>Group</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_ranking.py" line="74"/>
        <source>Final score</source>
        <translation>最终得分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_ranking.py" line="75"/>
        <source>Grade</source>
        <translation>等次</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_ranking.py" line="76"/>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_ranking.py" line="114"/>
        <source>Figure</source>
        <translation>排名依据</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_ranking.py" line="115"/>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_ranking.py" line="116"/>
        <source>How</source>
        <translation>计算说明</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_ranking.py" line="125"/>
        <source>This rubric has no ranking items.</source>
        <translation>本细则没有按位次计分的项目。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_ranking.py" line="132"/>
        <source>Finals</source>
        <translation>最终得分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_ranking.py" line="133"/>
        <source>Ranking items</source>
        <translation>位次考核项目</translation>
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
        <location filename="../../evaldesk/ui/views/review.py" line="57"/>
        <source>Review comment on the selected item…</source>
        <translation>对所选项目的审核意见…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/review.py" line="76"/>
        <source>Comments</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/review.py" line="111"/>
        <source>Self score</source>
        <translation>自评分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/review.py" line="113"/>
        <source>Item</source>
        <translation>评估项目</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/review.py" line="114"/>
        <source>Open comments</source>
        <translation>未处理意见</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/review.py" line="216"/>
        <source>Review score {code}</source>
        <translation>审核得分 {code}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/review.py" line="257"/>
        <source>resolved by {who}, {date}</source>
        <translation>{who}于{date}标记已处理</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/review.py" line="264"/>
        <source>open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/review.py" line="59"/>
        <source>Add &amp;comment</source>
        <translation>添加意见(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/review.py" line="64"/>
        <location filename="../../evaldesk/ui/views/review.py" line="285"/>
        <source>Mark &amp;resolved</source>
        <translation>标记为已处理(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/review.py" line="285"/>
        <source>&amp;Reopen</source>
        <translation>重新打开(&amp;R)</translation>
    </message>
</context>
<context>
    <name>RubricEditorDialog</name>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_editor.py" line="173"/>
        <source>Rubric editor</source>
        <translation>考核细则编辑器</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_editor.py" line="180"/>
        <location filename="../../evaldesk/ui/dialogs/rubric_editor.py" line="253"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_editor.py" line="186"/>
        <location filename="../../evaldesk/ui/dialogs/rubric_editor.py" line="252"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_editor.py" line="186"/>
        <location filename="../../evaldesk/ui/dialogs/rubric_editor.py" line="206"/>
        <source>Item</source>
        <translation>考核项目</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_editor.py" line="186"/>
        <location filename="../../evaldesk/ui/dialogs/rubric_editor.py" line="254"/>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_editor.py" line="207"/>
        <source>Parts, grades, units</source>
        <translation>组成、等次、考核对象</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_editor.py" line="255"/>
        <source>Content (考核内容)</source>
        <translation>考核内容</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_editor.py" line="256"/>
        <source>Criteria (评分标准)</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_editor.py" line="295"/>
        <source>Parts and weights</source>
        <translation>组成部分及权重</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_editor.py" line="296"/>
        <source>Grade bands</source>
        <translation>等次划分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_editor.py" line="297"/>
        <source>Units</source>
        <translation>考核对象</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_editor.py" line="299"/>
        <source>key, e.g. jobs</source>
        <translation>编号，如 jobs</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_editor.py" line="302"/>
        <source>Paste two columns from Excel: unit, target</source>
        <translation>从 Excel 粘贴两列：考核对象、目标值</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_editor.py" line="190"/>
        <source>Add &amp;item</source>
        <translation>新增项目(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_editor.py" line="192"/>
        <source>Add s&amp;ection</source>
        <translation>新增部分(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_editor.py" line="194"/>
        <source>&amp;Remove item</source>
        <translation>删除项目(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_editor.py" line="218"/>
        <source>&amp;Save as a new version</source>
        <translation>另存为新版本(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_editor.py" line="220"/>
        <source>Export &amp;YAML…</source>
        <translation>导出 YAML(&amp;Y)…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_editor.py" line="222"/>
        <source>Export &amp;table (.xlsx)…</source>
        <translation>导出表格（.xlsx）(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_editor.py" line="224"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_editor.py" line="257"/>
        <source>Apply &amp;wording</source>
        <translation>应用文字修改(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_editor.py" line="262"/>
        <source>C&amp;onfirm the suggested rules</source>
        <translation>确认建议的计分规则(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_editor.py" line="265"/>
        <source>Score by &amp;hand instead</source>
        <translation>改为人工评分(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_editor.py" line="267"/>
        <source>Add r&amp;ule</source>
        <translation>新增规则(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_editor.py" line="303"/>
        <source>Set per-unit tar&amp;gets</source>
        <translation>设置分解目标(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_editor.py" line="305"/>
        <source>Target table key</source>
        <translation>分解表编号</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_editor.py" line="306"/>
        <source>Target table title</source>
        <translation>分解表名称</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_editor.py" line="307"/>
        <source>Targets</source>
        <translation>分解目标</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_editor.py" line="323"/>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_editor.py" line="329"/>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_editor.py" line="332"/>
        <source>Checked: no problem found.</source>
        <translation>已检查：未发现问题。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_editor.py" line="335"/>
        <source>%1 item(s) have suggested rules (%2) to confirm.</source>
        <translation>%1个项目的计分规则为建议（%2），待确认。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_editor.py" line="340"/>
        <source>version %1</source>
        <translation>第%1版</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_editor.py" line="355"/>
        <source>Not applied: %1</source>
        <translation>未应用：%1</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_editor.py" line="368"/>
        <source>Preview score: —</source>
        <translation>预览得分：—</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_editor.py" line="371"/>
        <source>Preview score with the current facts: %1</source>
        <translation>按当前填报数据预览得分：%1</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_editor.py" line="437"/>
        <source>%1 Suggested from the sentence: %2</source>
        <translation>%1 根据原文推断：%2</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_editor.py" line="527"/>
        <source>New item</source>
        <translation>新项目</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_editor.py" line="533"/>
        <source>New section</source>
        <translation>新部分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_editor.py" line="590"/>
        <source>Saved as version %1 (%2).</source>
        <translation>已保存为第%1版（%2）。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_editor.py" line="597"/>
        <source>Export the rubric</source>
        <translation>导出考核细则</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_editor.py" line="606"/>
        <source>Export the table</source>
        <translation>导出表格</translation>
    </message>
</context>
<context>
    <name>RubricImportDialog</name>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_import.py" line="46"/>
        <source>Category (区块)</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_import.py" line="47"/>
        <source>Number (序号)</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_import.py" line="48"/>
        <source>Item (考核项目)</source>
        <translation>考核项目</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_import.py" line="49"/>
        <source>Points (分值)</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_import.py" line="50"/>
        <source>Content (考核内容)</source>
        <translation>考核内容</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_import.py" line="51"/>
        <source>Criteria (评分标准)</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_import.py" line="52"/>
        <source>Method (考核方法)</source>
        <translation>考核方法</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_import.py" line="53"/>
        <source>Evidence (佐证材料)</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_import.py" line="70"/>
        <source>Import a rubric table</source>
        <translation>导入考核细则表格</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_import.py" line="73"/>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_import.py" line="75"/>
        <source>Choose a &amp;Word or Excel file…</source>
        <translation>选择 Word 或 Excel 文件(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_import.py" line="81"/>
        <source>Columns</source>
        <translation>各列对应</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_import.py" line="92"/>
        <source>id, e.g. county-2025</source>
        <translation>编号，如 county-2025</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_import.py" line="134"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_import.py" line="101"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_import.py" line="95"/>
        <source>Import even where points do not &amp;add up (kept as a note)</source>
        <translation>分值合计不符时仍导入（差异记入说明）(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_import.py" line="103"/>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_import.py" line="111"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_import.py" line="112"/>
        <source>Item</source>
        <translation>考核项目</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_import.py" line="113"/>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_import.py" line="114"/>
        <source>Suggested rule</source>
        <translation>建议的计分规则</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_import.py" line="115"/>
        <source>From the sentence</source>
        <translation>依据的原文</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_import.py" line="153"/>
        <source>Rubric table</source>
        <translation>考核细则表格</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_import.py" line="153"/>
        <source>Word or Excel tables (*.docx *.xlsx)</source>
        <translation>Word 或 Excel 表格 (*.docx *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_import.py" line="181"/>
        <source>(not in the table)</source>
        <translation>（表中没有）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_import.py" line="265"/>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_import.py" line="268"/>
        <source>Note: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_import.py" line="272"/>
        <source>No problem found. The rules marked %1 are suggestions: confirm them in the rubric editor.</source>
        <translation>未发现问题。标有%1的计分规则为建议，请在考核细则编辑器中确认。</translation>
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
        <location filename="../../evaldesk/ui/models/rubric_rows.py" line="48"/>
        <source>met</source>
        <translation>符合</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_rows.py" line="49"/>
        <source>not met</source>
        <translation>不符合</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_rows.py" line="50"/>
        <source>not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_rows.py" line="53"/>
        <source>counted from the ledger</source>
        <translation>按台账统计</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_rows.py" line="54"/>
        <source>counted from the dispatch records</source>
        <translation>按调度记录统计</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_rows.py" line="117"/>
        <source>Not assessed</source>
        <extracomment>a criterion row that continues the one above (the same rule&apos;s target, last year ...): its title is what the value is, the rule&apos;s wording stands once above it</extracomment>
        <translation>未评估</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_rows.py" line="123"/>
        <source>No loss</source>
        <extracomment>The words of a status or event row&apos;s choices, by how the rule reads (Row.choice): the good outcome, the bad one. They name what the choice does to the score, so they read right next to a rule worded as a failure (&quot;未开展区域间劳务协作，扣2分&quot;: 不扣分 / 扣2分 / 未评估).</extracomment>
        <translation>不扣分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_rows.py" line="124"/>
        <source>Lose {n}</source>
        <translation>扣{n}分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_rows.py" line="127"/>
        <source>Earn {n}</source>
        <translation>得{n}分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_rows.py" line="128"/>
        <source>Earn 0</source>
        <translation>不得分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_rows.py" line="131"/>
        <source>Met</source>
        <translation>符合</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_rows.py" line="132"/>
        <source>Not met</source>
        <translation>不符合</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_rows.py" line="135"/>
        <source>Scores</source>
        <translation>照常计分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_rows.py" line="136"/>
        <source>Scores 0</source>
        <translation>不得分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_rows.py" line="139"/>
        <source>Didn&apos;t happen</source>
        <translation>未发生</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_rows.py" line="140"/>
        <source>Happened</source>
        <translation>发生</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_rows.py" line="145"/>
        <source>Lose</source>
        <extracomment>Without a number to name (&quot;得分&quot; for a clause whose points are its item&apos;s)</extracomment>
        <translation>扣分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_rows.py" line="146"/>
        <source>Earn</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_rows.py" line="189"/>
        <source>bonus</source>
        <translation>加分项</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_rows.py" line="189"/>
        <source>missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_rows.py" line="191"/>
        <source>count</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_rows.py" line="192"/>
        <source>actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_rows.py" line="193"/>
        <source>this year</source>
        <translation>本年</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_rows.py" line="194"/>
        <source>last year</source>
        <translation>上年</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_rows.py" line="195"/>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_rows.py" line="196"/>
        <source>precondition</source>
        <translation>前提条件</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_rows.py" line="197"/>
        <source>times</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_rows.py" line="198"/>
        <source>deviation %</source>
        <translation>偏差%</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_rows.py" line="199"/>
        <source>votes</source>
        <translation>票数</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_rows.py" line="200"/>
        <source>score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_rows.py" line="201"/>
        <source> each</source>
        <translation>/次</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/fact_delegate.py" line="52"/>
        <source>not recorded</source>
        <translation>未填报</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_model.py" line="339"/>
        <source>Figures of the other units</source>
        <extracomment>Called with (row, what was typed or picked) for an edit; True when it was recorded. Called with a refused edit&apos;s error (bad number, PermissionDenied, Locked). Errors cannot propagate: setData is called from C++ (views, proxies). None re-raises. When set, nothing is editable (the reason is shown by the view).</extracomment>
        <translation>同组其他单位的数值</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_model.py" line="351"/>
        <source>entered by the office</source>
        <translation>由单位填写</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_model.py" line="355"/>
        <source>entered by the office, but {source} gives {target}: clear it to use that</source>
        <translation>单位填写；{source}规定为 {target}，清空即按规定计算</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_model.py" line="418"/>
        <source>{text}
Click a choice, or press 1, 2 or 3 (Delete: not assessed)</source>
        <translation>{text}
单击选择，或按 1、2、3 键（Delete：未评估）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_model.py" line="429"/>
        <source>{n} of {m} entered beside</source>
        <translation>已填{n}/{m}个单位（见右侧）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/models/rubric_model.py" line="441"/>
        <source>not entered yet</source>
        <translation>待填写</translation>
    </message>
</context>
<context>
    <name>RubricPage</name>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="92"/>
        <source>Rubric and year</source>
        <translation>考核细则和年度</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="93"/>
        <source>Choose the scheme your office is assessed by.</source>
        <translation>选择本单位适用的考核细则。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="106"/>
        <source>Your unit</source>
        <translation>考核对象</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="113"/>
        <source>Rubric</source>
        <translation>考核细则</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="116"/>
        <source>Assessment year</source>
        <translation>考核年度</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="142"/>
        <source>items</source>
        <translation>项</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="144"/>
        <source>{points} points</source>
        <translation>{points}分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="146"/>
        <source>rated (no points)</source>
        <translation>定性评价（不计分）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="150"/>
        <source>(not one of the listed units)</source>
        <translation>（不在所列单位中）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="158"/>
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
        <location filename="../../evaldesk/ui/views/rubric.py" line="62"/>
        <source>Search items (code, title, wording)…</source>
        <translation>搜索项目（编号、名称、原文）…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/rubric.py" line="88"/>
        <source>Rating:</source>
        <translation>评价等次：</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/rubric.py" line="352"/>
        <source>(not chosen)</source>
        <translation>（未选择）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/rubric.py" line="369"/>
        <source>Choose the rating</source>
        <translation>选择评价等次</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/rubric.py" line="414"/>
        <source>{n} items</source>
        <translation>共{n}项</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/rubric.py" line="416"/>
        <source>{shown} of {n} items</source>
        <translation>显示{shown}项，共{n}项</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/rubric.py" line="72"/>
        <source>&amp;All</source>
        <translation>全部(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/rubric.py" line="73"/>
        <source>Losing &amp;points</source>
        <translation>失分项(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/rubric.py" line="74"/>
        <source>&amp;Not assessed</source>
        <translation>未评估(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/views/rubric.py" line="75"/>
        <source>&amp;Missing evidence</source>
        <translation>缺佐证(&amp;M)</translation>
    </message>
</context>
<context>
    <name>RuleBox</name>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_editor.py" line="92"/>
        <source>Kind</source>
        <translation>规则类型</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_editor.py" line="93"/>
        <source>Clause (评分标准)</source>
        <translation>评分标准原文</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/rubric_editor.py" line="94"/>
        <source>Budget (points)</source>
        <translation>本条分值</translation>
    </message>
</context>
<context>
    <name>ScoreCounts</name>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_counts.py" line="30"/>
        <source>Overdue ledger entries</source>
        <extracomment>Not a count of the live score: the rubric view&apos;s filters of the same names. source, the panel&apos;s label, the strip&apos;s short label</extracomment>
        <translation>台账逾期未办结</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_counts.py" line="31"/>
        <source>Overdue</source>
        <translation>逾期未办结</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_counts.py" line="35"/>
        <source>Quarters reported late</source>
        <translation>季度调度逾期报送</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_counts.py" line="36"/>
        <source>Late quarters</source>
        <translation>调度逾期</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_counts.py" line="40"/>
        <source>Quarters not reported</source>
        <translation>季度调度未报送</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_counts.py" line="41"/>
        <source>Unreported quarters</source>
        <translation>调度未报</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_counts.py" line="45"/>
        <source>Items not assessed yet</source>
        <translation>尚未评估的项目</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_counts.py" line="46"/>
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_counts.py" line="50"/>
        <source>Items missing evidence</source>
        <translation>缺少佐证的项目</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_counts.py" line="51"/>
        <source>No evidence</source>
        <translation>缺佐证</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_counts.py" line="106"/>
        <source> (not scored)</source>
        <translation>（不计分）</translation>
    </message>
</context>
<context>
    <name>ScorePanel</name>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="91"/>
        <source>Self-assessment score</source>
        <extracomment>Rows of the largest losses, per kind (real losses, items not assessed yet). What a row of the losses list leads to (Qt.ItemDataRole.UserRole): an item, or a count. Set by the main window: while hidden (collapsed to the strip) the panel is not redrawn on each tick, only when it is shown again (its lists took ~12 ms of a tick).</extracomment>
        <translation>自评得分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="135"/>
        <source>Composite</source>
        <translation>综合构成</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="155"/>
        <source>Sections</source>
        <translation>各部分得分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="185"/>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="445"/>
        <source>Score through the year</source>
        <translation>年度得分变化</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="189"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="162"/>
        <source>Largest point losses</source>
        <translation>主要失分项</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="142"/>
        <source>What costs points</source>
        <translation>扣分因素</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="164"/>
        <source>points lost</source>
        <translation>已失分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="165"/>
        <source>not assessed yet (counted as lost for now)</source>
        <translation>未评估（暂按失分计）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="264"/>
        <source>Grade: {grade}</source>
        <translation>等次：{grade}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="267"/>
        <source>Best rating still possible: {rating}</source>
        <translation>最高可评：{rating}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="275"/>
        <source>Maximum still attainable: {points}</source>
        <translation>最高可得：{points}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="294"/>
        <source>bonus {points}</source>
        <translation>加分 {points}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="282"/>
        <source>One-vote veto: the total is 0.</source>
        <translation>一票否决：总分为0。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="285"/>
        <source>A veto caps the grade at {grade}.</source>
        <translation>因一票否决，等次最高为{grade}。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="296"/>
        <source>bonus {points} (adds {added} to the total)</source>
        <translation>加分 {points}（计入总分 {added}）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="353"/>
        <source>Not assessed yet:</source>
        <translation>未评估：</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="364"/>
        <source>%1: see them</source>
        <translation>%1：查看明细</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_panel.py" line="385"/>
        <source>No points lost.</source>
        <translation>暂无失分。</translation>
    </message>
</context>
<context>
    <name>ScoreStrip</name>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_strip.py" line="68"/>
        <location filename="../../evaldesk/ui/widgets/score_strip.py" line="156"/>
        <source>Self-assessment score</source>
        <extracomment>Rows of the losses menu, per kind (real losses, items not assessed yet).</extracomment>
        <translation>自评得分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_strip.py" line="102"/>
        <source>Largest losses</source>
        <extracomment>how much the strip gave up to fit: 0 nothing, 1 its title and what is attainable, 2 also the counts&apos; words (their numbers stay; the words are in their tooltips)</extracomment>
        <translation>主要失分项</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_strip.py" line="132"/>
        <source>as of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_strip.py" line="135"/>
        <source>The score when the data folder was last open; the live score replaces it once the data is read.</source>
        <translation>上次打开数据时的得分；读取数据后即显示最新得分。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_strip.py" line="156"/>
        <source>Self-assessment rating</source>
        <translation>自评等次</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_strip.py" line="159"/>
        <source>not rated yet</source>
        <translation>尚未评定</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_strip.py" line="162"/>
        <source>best still possible: %1</source>
        <translation>最高可评：%1</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_strip.py" line="174"/>
        <source>max. attainable %1</source>
        <translation>最高可得 %1</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_strip.py" line="209"/>
        <source>Click to see them.</source>
        <translation>点击查看明细。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_strip.py" line="225"/>
        <source>Points lost</source>
        <translation>已失分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_strip.py" line="226"/>
        <source>Not assessed yet (counted as lost for now)</source>
        <translation>未评估（暂按失分计）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_strip.py" line="279"/>
        <source>Hide details</source>
        <translation>收起详情</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/score_strip.py" line="279"/>
        <source>Score details</source>
        <translation>得分详情</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../evaldesk/ui/settings.py" line="42"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/settings.py" line="44"/>
        <source>Window size</source>
        <extracomment>Per screen size (scope: screen_key()).</extracomment>
        <translation>窗口大小</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/settings.py" line="46"/>
        <source>Toolbars and docks</source>
        <translation>工具栏与停靠窗口</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/settings.py" line="50"/>
        <source>Score panel width</source>
        <extracomment>Per screen size (scope: screen_key()).</extracomment>
        <translation>得分面板宽度</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/settings.py" line="54"/>
        <source>Score details shown</source>
        <extracomment>Per screen size (scope: screen_key()): &quot;expanded&quot;, &quot;collapsed&quot;, or &quot;&quot; (as wide as the window allows).</extracomment>
        <translation>显示得分详情</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/settings.py" line="57"/>
        <source>Last score</source>
        <extracomment>Per data folder (scope: folder_key()): JSON of the last score shown (see ui/last_score.py).</extracomment>
        <translation>上次得分</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/settings.py" line="59"/>
        <source>Rubric view layout</source>
        <translation>自评视图布局</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/settings.py" line="61"/>
        <source>Last view shown</source>
        <translation>上次打开的视图</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/settings.py" line="63"/>
        <source>Last user name</source>
        <extracomment>Scoped by data folder (folder_scope): each office remembers its own last user.</extracomment>
        <translation>上次登录的用户名</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/settings.py" line="67"/>
        <source>Office name at sign-in</source>
        <extracomment>Scoped by data folder (folder_scope): the office&apos;s name, shown by the login dialog before the store is open (it opens behind the dialog).</extracomment>
        <translation>登录时显示的单位名称</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/settings.py" line="71"/>
        <source>Folder of the last export</source>
        <extracomment>Scoped by data folder (folder_scope): where this office&apos;s last package was saved.</extracomment>
        <translation>上次导出的文件夹</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="397"/>
        <source>EvalDesk — first start</source>
        <translation>EvalDesk — 首次使用</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="417"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../evaldesk/ui/widgets/status.py" line="24"/>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/status.py" line="27"/>
        <source>The assessment year shown</source>
        <translation>当前显示的考核年度</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/status.py" line="44"/>
        <source>{name} ({role})</source>
        <translation>{name}（{role}）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/status.py" line="60"/>
        <source>Rating {total}</source>
        <translation>等次 {total}</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/widgets/status.py" line="62"/>
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
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="237"/>
        <source>The head&apos;s and the clerk&apos;s accounts</source>
        <translation>负责人和经办人账户</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="240"/>
        <source>Tick an account to create it now, or add accounts later under File → User accounts…</source>
        <translation>勾选即同时创建该账户；也可以以后在“文件 → 用户账户…”中添加。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="244"/>
        <source>The head (reviews and approves)</source>
        <translation>负责人（审核、审批）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="245"/>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="267"/>
        <source>A clerk (keeps the ledger and scores)</source>
        <translation>经办人（记台账、自评打分）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="284"/>
        <source>{title}: the two passwords differ.</source>
        <translation>{title}：两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="288"/>
        <source>{title}: the user name {name} is already taken.</source>
        <translation>{title}：用户名 {name} 已被使用。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="247"/>
        <source>A reviewer (enters the initial and final review scores)</source>
        <translation>评审（录入初评分、审定分）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard.py" line="265"/>
        <source>A clerk (imports the packages and enters the ballots)</source>
        <translation>经办人（导入报送包、录入选票）</translation>
    </message>
</context>
<context>
    <name>TrustedKeysDialog</name>
    <message>
        <location filename="../../evaldesk/ui/dialogs/trusted_keys.py" line="45"/>
        <source>Trusted unit keys</source>
        <translation>受信任的单位密钥</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/trusted_keys.py" line="48"/>
        <source>Packages are accepted only when signed with one of these keys. Before a key is added, compare its fingerprint with the one printed on the cover of the unit&apos;s report.</source>
        <translation>只接收以下列密钥签名的报送包。添加密钥前，请将其指纹与该单位自评报告封面上印的指纹核对。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/trusted_keys.py" line="57"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/trusted_keys.py" line="57"/>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/trusted_keys.py" line="57"/>
        <source>Trusted on</source>
        <translation>信任日期</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/trusted_keys.py" line="57"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/trusted_keys.py" line="67"/>
        <source>&amp;Import a key file…</source>
        <translation>导入密钥文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/trusted_keys.py" line="70"/>
        <source>&amp;Remove…</source>
        <translation>移除(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/trusted_keys.py" line="128"/>
        <source>A unit&apos;s public key</source>
        <translation>单位的公钥</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/trusted_keys.py" line="130"/>
        <source>Public keys (*.pem);;All files (*)</source>
        <translation>公钥文件 (*.pem);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/trusted_keys.py" line="147"/>
        <source>Trust a unit&apos;s key</source>
        <translation>信任单位密钥</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/trusted_keys.py" line="149"/>
        <source>Fingerprint:
{fpr}

Compare it with the one on the unit&apos;s report cover. Which unit is it?</source>
        <translation>指纹：
{fpr}

请与该单位报告封面上的指纹核对。这是哪个单位的密钥？</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/trusted_keys.py" line="162"/>
        <source>Key trusted.</source>
        <translation>已信任该密钥。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/trusted_keys.py" line="172"/>
        <source>Remove a trusted key</source>
        <translation>移除受信任的密钥</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/trusted_keys.py" line="172"/>
        <source>Why is the key no longer trusted?</source>
        <translation>不再信任该密钥的理由：</translation>
    </message>
</context>
<context>
    <name>TypedDateEdit</name>
    <message>
        <location filename="../../evaldesk/ui/widgets/ledger_dates.py" line="50"/>
        <source>Type a date such as 20250315 or 2025-3-15, or pick one</source>
        <translation>可直接输入日期，如 20250315 或 2025-3-15，也可从日历中选择</translation>
    </message>
</context>
<context>
    <name>TypedText</name>
    <message>
        <location filename="../../evaldesk/ui/typed_text.py" line="213"/>
        <source>Typed text kept</source>
        <translation>已输入的内容</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/typed_text.py" line="215"/>
        <source>After the change of language, some of what you had typed could not be put back in its field (the list it belonged to changed). It is below: copy it, then paste it where it belongs. Passphrases are not shown; type them again.</source>
        <translation>切换语言后，部分已输入的内容无法放回原来的输入框（所属列表已变化）。内容列在下方，请复制后粘贴到相应位置。口令不在此显示，请重新输入。</translation>
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
    <name>UnitListDialog</name>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_units.py" line="46"/>
        <source>The units of the office</source>
        <translation>报送单位名单</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_units.py" line="50"/>
        <source>The units this office receives packages from. A unit taken off the list keeps its packages and scores; it is shown greyed and receives no more packages.</source>
        <translation>本办公室接收以下单位的报送包。移出名单的单位，其报送包和评分仍予保留，以灰色显示，不再接收其报送包。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_units.py" line="58"/>
        <location filename="../../evaldesk/ui/dialogs/collect_units.py" line="87"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_units.py" line="58"/>
        <location filename="../../evaldesk/ui/dialogs/collect_units.py" line="88"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_units.py" line="58"/>
        <location filename="../../evaldesk/ui/dialogs/collect_units.py" line="89"/>
        <source>Scored as</source>
        <translation>计分对象</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_units.py" line="149"/>
        <source>On the list</source>
        <translation>在名单中</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_units.py" line="73"/>
        <source>letters and digits, e.g. bgs</source>
        <translation>字母和数字，如 bgs</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_units.py" line="58"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_units.py" line="84"/>
        <location filename="../../evaldesk/ui/dialogs/collect_units.py" line="186"/>
        <source>why the unit is taken off the list</source>
        <translation>移出名单的原因</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_units.py" line="85"/>
        <location filename="../../evaldesk/ui/dialogs/collect_units.py" line="181"/>
        <source>Reason for removal</source>
        <translation>移出原因</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_units.py" line="92"/>
        <source>&amp;Add as a new unit</source>
        <translation>添加为新单位(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_units.py" line="95"/>
        <source>&amp;Save the changes</source>
        <translation>保存修改(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_units.py" line="98"/>
        <source>&amp;Remove from the list</source>
        <translation>移出名单(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_units.py" line="101"/>
        <source>&amp;Put back on the list</source>
        <translation>恢复到名单(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_units.py" line="149"/>
        <source>Removed</source>
        <translation>已移出</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_units.py" line="181"/>
        <source>Reason for putting back</source>
        <translation>恢复原因</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_units.py" line="184"/>
        <source>why the unit is put back on the list</source>
        <translation>恢复到名单的原因</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_units.py" line="219"/>
        <source>{name} is on the list.</source>
        <translation>{name}已列入名单。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_units.py" line="230"/>
        <source>A unit&apos;s code is not changed: its packages and keys are bound to it. To put a unit on the list under {code}, use “Add as a new unit”.</source>
        <translation>单位编号不能修改：其报送包和密钥均与编号绑定。如需以编号 {code} 列入一个单位，请使用“添加为新单位”。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_units.py" line="246"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_units.py" line="252"/>
        <source>{name} is off the list; its packages and scores are kept.</source>
        <translation>{name}已移出名单；其报送包和评分仍予保留。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/collect_units.py" line="258"/>
        <source>{name} is on the list again; its packages and scores count again.</source>
        <translation>{name} 已恢复到名单中，其报送包和评分重新计入。</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard_receiving.py" line="34"/>
        <source>The units you receive from</source>
        <translation>报送单位名单</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard_receiving.py" line="37"/>
        <source>Prefilled from the rubric. Add, rename or remove units; each is scored as one of the rubric&apos;s units. The list stays editable later.</source>
        <translation>已按细则预先填入。可以添加、改名或删除单位；每个单位按细则中的一类考核对象计分。名单以后仍可修改。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard_receiving.py" line="44"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard_receiving.py" line="44"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard_receiving.py" line="44"/>
        <source>Scored as</source>
        <translation>计分对象</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard_receiving.py" line="52"/>
        <source>&amp;Add a unit</source>
        <translation>添加单位(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard_receiving.py" line="54"/>
        <source>&amp;Remove the unit</source>
        <translation>删除单位(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard_receiving.py" line="90"/>
        <source>(the rubric names no units)</source>
        <translation>（细则未列考核对象）</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard_receiving.py" line="124"/>
        <source>The list needs at least one unit.</source>
        <translation>名单中至少要有一个单位。</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard_receiving.py" line="129"/>
        <source>Row {n}: </source>
        <translation>第{n}行：</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/wizard_receiving.py" line="132"/>
        <source>Row {n}: the code {code} is used twice.</source>
        <translation>第{n}行：编号 {code} 重复。</translation>
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
    <message>
        <location filename="../../evaldesk/ui/dialogs/users.py" line="81"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/users.py" line="83"/>
        <source>Change &amp;role…</source>
        <translation>修改角色(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/users.py" line="85"/>
        <source>&amp;Enable / disable</source>
        <translation>启用/停用(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../evaldesk/ui/dialogs/users.py" line="87"/>
        <source>Reset &amp;password…</source>
        <translation>重置密码(&amp;P)…</translation>
    </message>
</context>
</TS>
