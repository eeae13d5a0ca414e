<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AttachFiles</name>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/widgets/attach.py" line="52" />
        <source>Copying %1</source>
        <translation>正在复制 %1</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/widgets/attach.py" line="100" />
        <source>Attaching files</source>
        <translation>正在添加附件</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/widgets/attach.py" line="108" />
        <source>%1 file(s) attached, %2 refused:</source>
        <translation>已添加 %1 个文件，%2 个未能添加：</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/widgets/attach.py" line="117" />
        <source>Some files were not attached</source>
        <translation>部分文件未能添加</translation>
    </message>
</context>
<context>
    <name>DispatchView</name>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/dispatch.py" line="54" />
        <source>On time</source>
        <translation>按时报送</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/dispatch.py" line="55" />
        <source>Late</source>
        <translation>逾期报送</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/dispatch.py" line="56" />
        <source>Missing</source>
        <translation>未报送</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/dispatch.py" line="57" />
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/dispatch.py" line="66" />
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/dispatch.py" line="67" />
        <source>Due</source>
        <translation>报送期限</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/dispatch.py" line="68" />
        <source>Submitted</source>
        <translation>报送日期</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/dispatch.py" line="69" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/dispatch.py" line="70" />
        <source>Approval</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/dispatch.py" line="154" />
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/dispatch.py" line="155" />
        <source>Submit</source>
        <translation>报送</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/dispatch.py" line="156" />
        <source>Withdraw submission</source>
        <translation>撤回报送</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/dispatch.py" line="157" />
        <source>Attach files…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/dispatch.py" line="159" />
        <source>Drop files here to attach them to this quarter</source>
        <translation>把文件拖到这里，作为本季度的附件</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/dispatch.py" line="168" />
        <source>Progress by area</source>
        <translation>各项工作进展</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/dispatch.py" line="171" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/dispatch.py" line="175" />
        <source>Submitted on</source>
        <translation>报送日期</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/dispatch.py" line="186" />
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/dispatch.py" line="223" />
        <source>Progress this quarter in %1</source>
        <translation>本季度%1工作进展</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/dispatch.py" line="248" />
        <source>Q%1</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/dispatch.py" line="252" />
        <source>Approved, locked</source>
        <translation>已审核，已锁定</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/dispatch.py" line="262" />
        <source>%1 day(s) after the due date</source>
        <translation>超过报送期限 %1 天</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/dispatch.py" line="279" />
        <source>The year %1</source>
        <translation>%1 年度</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/dispatch.py" line="281" />
        <source>Quarter %1</source>
        <translation>第 %1 季度</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/dispatch.py" line="284" />
        <source>%1 was approved by %2 on %3 and is locked; a head (负责人) must unlock it before it can be changed.</source>
        <translation>%1已由 %2 于 %3 审核并锁定；如需修改，须由负责人先解锁。</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/dispatch.py" line="298" />
        <source>Quarter %1 of %2 — due %3</source>
        <translation>%2 年第 %1 季度 — 报送期限 %3</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/dispatch.py" line="363" />
        <source>Draft of quarter %1 saved</source>
        <translation>第 %1 季度草稿已保存</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/dispatch.py" line="384" />
        <source>Quarter %1 submitted</source>
        <translation>第 %1 季度已报送</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/dispatch.py" line="397" />
        <source>Attach files to the quarter</source>
        <translation>为本季度添加附件</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/dispatch.py" line="407" />
        <source>%1 file(s) attached to quarter %2</source>
        <translation>已为第 %2 季度添加 %1 个附件</translation>
    </message>
</context>
<context>
    <name>EvidenceView</name>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/evidence.py" line="61" />
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/evidence.py" line="84" />
        <source>Save note</source>
        <translation>保存备注</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/evidence.py" line="87" />
        <source>Remove link</source>
        <translation>取消关联</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/evidence.py" line="90" />
        <source>Link to item</source>
        <translation>关联评分项目</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/evidence.py" line="93" />
        <source>Link to ledger entry</source>
        <translation>关联台账事项</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/evidence.py" line="96" />
        <source>Q%1</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/evidence.py" line="97" />
        <source>Link to quarter</source>
        <translation>关联季度调度</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/evidence.py" line="105" />
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/evidence.py" line="117" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/evidence.py" line="118" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/evidence.py" line="122" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/evidence.py" line="126" />
        <source>Linked to</source>
        <translation>关联到</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/evidence.py" line="171" />
        <source>All files</source>
        <translation>全部文件</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/evidence.py" line="172" />
        <source>Not linked to anything</source>
        <translation>未关联的文件</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/evidence.py" line="194" />
        <source>%1 file(s), %2</source>
        <translation>共 %1 个文件，%2</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/evidence.py" line="222" />
        <source>Rubric item %1</source>
        <translation>评分项目 %1</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/evidence.py" line="228" />
        <source>Ledger entry #%1</source>
        <translation>台账事项 #%1</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/evidence.py" line="233" />
        <source>Dispatch report, quarter %1</source>
        <translation>第 %1 季度调度报告</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/evidence.py" line="312" />
        <source>Add evidence files</source>
        <translation>添加佐证资料</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/evidence.py" line="322" />
        <source>%1 file(s) added</source>
        <translation>已添加 %1 个文件</translation>
    </message>
</context>
<context>
    <name>ExportView</name>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/export.py" line="47" />
        <source>Export the signed report package</source>
        <extracomment>Progress of the running export (emitted from the worker, delivered on the GUI thread).</extracomment>
        <translation>导出签名的自评材料包</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/export.py" line="54" />
        <source>The package holds the PDF report, the Excel score sheet, the ledger, the dispatch reports and the evidence files, with a manifest and the office's signature. Send it to the assessing authority as it is.</source>
        <translation>材料包含 PDF 自评报告、Excel 评分表、工作台账、季度调度报告和佐证资料，并附清单和本单位签名。请原样报送考核单位。</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/export.py" line="61" />
        <source>This build cannot make packages yet: the export service is missing.</source>
        <translation>此版本暂不能生成材料包：缺少导出服务。</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/export.py" line="69" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/export.py" line="74" />
        <source>Repeat passphrase</source>
        <translation>再次输入口令</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/export.py" line="78" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/export.py" line="80" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/export.py" line="87" />
        <source>Show the package in its folder</source>
        <translation>打开材料包所在文件夹</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/export.py" line="97" />
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/export.py" line="98" />
        <source>Save as</source>
        <translation>保存为</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/export.py" line="100" />
        <source>Passphrase</source>
        <translation>签名口令</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/export.py" line="186" />
        <source>This is the office's first export: a signing key will be created and protected with this passphrase. Keep the passphrase safe; it cannot be recovered.</source>
        <translation>这是本单位第一次导出：将创建签名密钥，并用此口令保护。请妥善保管口令，遗失后无法找回。</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/export.py" line="191" />
        <source>Enter the passphrase of the office's signing key.</source>
        <translation>请输入本单位签名密钥的口令。</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/export.py" line="211" />
        <source>Save the package as</source>
        <translation>材料包保存为</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/export.py" line="211" />
        <source>Package (*.zip)</source>
        <translation>材料包 (*.zip)</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/export.py" line="246" />
        <source>Exporting %1…</source>
        <translation>正在导出 %1 年度…</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/export.py" line="269" />
        <source>Exporting the package</source>
        <translation>正在导出材料包</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/export.py" line="288" />
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/export.py" line="300" />
        <source>Package written: %1</source>
        <translation>材料包已生成：%1</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/export.py" line="301" />
        <source>Package id %1; key fingerprint %2</source>
        <translation>材料包编号 %1；密钥指纹 %2</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/export.py" line="306" />
        <source>Warning: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/export.py" line="313" />
        <source>The export failed; nothing was written.</source>
        <translation>导出失败，未生成任何文件。</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/export.py" line="318" />
        <source>Export cancelled; nothing was written.</source>
        <translation>已取消导出，未生成任何文件。</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/dialogs/ledger_import.py" line="103" />
        <source>Import ledger entries</source>
        <translation>导入台账</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/dialogs/ledger_import.py" line="106" />
        <source>%1: %2 row(s) can be imported, %3 row(s) have problems and will be skipped.</source>
        <translation>%1：可导入 %2 行，%3 行有问题，将被跳过。</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/dialogs/ledger_import.py" line="118" />
        <source>Columns not read: %1</source>
        <translation>未读取的列：%1</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/dialogs/ledger_import.py" line="121" />
        <source>Show only rows with problems</source>
        <translation>只显示有问题的行</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/dialogs/ledger_import.py" line="135" />
        <source>Import %1 row(s)</source>
        <translation>导入 %1 行</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/dialogs/ledger_import.py" line="41" />
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/dialogs/ledger_import.py" line="42" />
        <source>Title</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/dialogs/ledger_import.py" line="43" />
        <source>Received</source>
        <translation>接收日期</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/dialogs/ledger_import.py" line="44" />
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/dialogs/ledger_import.py" line="89" />
        <source>OK</source>
        <translation>无误</translation>
    </message>
</context>
<context>
    <name>LedgerEntryDialog</name>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/dialogs/ledger_entry.py" line="79" />
        <source>New ledger entry</source>
        <translation>新增台账事项</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/dialogs/ledger_entry.py" line="79" />
        <source>Edit ledger entry</source>
        <translation>修改台账事项</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/dialogs/ledger_entry.py" line="87" />
        <source>What is the task, in a few words</source>
        <translation>用几个字说明是什么事项</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/dialogs/ledger_entry.py" line="94" />
        <source>Done on</source>
        <translation>办结于</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/dialogs/ledger_entry.py" line="99" />
        <source>(no rubric item)</source>
        <translation>（不关联评分项目）</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/dialogs/ledger_entry.py" line="124" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/dialogs/ledger_entry.py" line="125" />
        <source>Title</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/dialogs/ledger_entry.py" line="126" />
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/dialogs/ledger_entry.py" line="127" />
        <source>Received</source>
        <translation>接收日期</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/dialogs/ledger_entry.py" line="128" />
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/dialogs/ledger_entry.py" line="129" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/dialogs/ledger_entry.py" line="130" />
        <source>Done date</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/dialogs/ledger_entry.py" line="131" />
        <source>Rubric item</source>
        <translation>评分项目</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/dialogs/ledger_entry.py" line="132" />
        <source>Description</source>
        <translation>办理内容</translation>
    </message>
</context>
<context>
    <name>LedgerTableModel</name>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/models/ledger_model.py" line="53" />
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/models/ledger_model.py" line="54" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/models/ledger_model.py" line="55" />
        <source>Title</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/models/ledger_model.py" line="56" />
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/models/ledger_model.py" line="57" />
        <source>Received</source>
        <translation>接收日期</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/models/ledger_model.py" line="58" />
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/models/ledger_model.py" line="59" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/models/ledger_model.py" line="60" />
        <source>Done date</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/models/ledger_model.py" line="61" />
        <source>Rubric item</source>
        <translation>评分项目</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/models/ledger_model.py" line="382" />
        <source>Done %n day(s) after the deadline</source>
        <extracomment>Roles that change when an entry's fields change (what refresh() announces). (matching, overdue) after every re-query or refresh. Rows and queries read from the store since construction (the benchmark reports them).</extracomment>
        <translation>超过办理时限 %n 天办结</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/models/ledger_model.py" line="388" />
        <source>Overdue by %n day(s)</source>
        <translation>已逾期 %n 天</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/models/records_labels.py" line="15" />
        <source>Assigned</source>
        <translation>上级交办</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/models/records_labels.py" line="16" />
        <source>Inspection</source>
        <translation>督导发现</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/models/records_labels.py" line="17" />
        <source>Public</source>
        <translation>群众反映</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/models/records_labels.py" line="18" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/models/records_labels.py" line="21" />
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/models/records_labels.py" line="22" />
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/models/records_labels.py" line="23" />
        <source>Done</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/models/records_labels.py" line="24" />
        <source>Cancelled</source>
        <translation>已撤销</translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/ledger.py" line="64" />
        <source>Search title, description, responsible…</source>
        <translation>搜索事项、办理内容、责任人…</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/ledger.py" line="67" />
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/ledger.py" line="71" />
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/ledger.py" line="79" />
        <source>Overdue only</source>
        <translation>只看逾期</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/ledger.py" line="83" />
        <source>New entry</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/ledger.py" line="84" />
        <source>Edit</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/ledger.py" line="85" />
        <source>Mark done</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/ledger.py" line="86" />
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/ledger.py" line="87" />
        <source>Attach files…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/ledger.py" line="88" />
        <source>Import xlsx…</source>
        <translation>导入 Excel…</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/ledger.py" line="89" />
        <source>Export xlsx…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/ledger.py" line="170" />
        <source>All rubric items</source>
        <translation>全部评分项目</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/ledger.py" line="191" />
        <source>%1 entries, %2 overdue</source>
        <translation>共 %1 条，逾期 %2 条</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/ledger.py" line="254" />
        <source>Saved entry #%1</source>
        <translation>已保存事项 #%1</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/ledger.py" line="264" />
        <source>Entry #%1 marked done</source>
        <translation>事项 #%1 已办结</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/ledger.py" line="275" />
        <source>Entry #%1 reopened</source>
        <translation>事项 #%1 已重新打开</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/ledger.py" line="283" />
        <source>Attach files to the entry</source>
        <translation>为事项添加附件</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/ledger.py" line="289" />
        <source>%1 file(s) attached to entry #%2</source>
        <translation>已为事项 #%2 添加 %1 个附件</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/ledger.py" line="299" />
        <source>Import ledger entries</source>
        <translation>导入台账</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/ledger.py" line="299" />
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/ledger.py" line="356" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/ledger.py" line="318" />
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/ledger.py" line="343" />
        <source>Imported %1 entries</source>
        <translation>已导入 %1 条</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/ledger.py" line="347" />
        <source>Importing ledger entries</source>
        <translation>正在导入台账</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/ledger.py" line="354" />
        <source>Export the ledger</source>
        <translation>导出台账</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/ledger.py" line="378" />
        <source>Exported %1 entries to %2</source>
        <translation>已导出 %1 条到 %2</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/views/ledger.py" line="381" />
        <source>Exporting the ledger</source>
        <translation>正在导出台账</translation>
    </message>
</context>
<context>
    <name>PreviewWidget</name>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/widgets/preview.py" line="132" />
        <source>Open with the system viewer</source>
        <translation>用系统程序打开</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/widgets/preview.py" line="144" />
        <source>Select a file to see it here</source>
        <translation>选择一个文件在此预览</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/widgets/preview.py" line="162" />
        <source>The stored file is missing; run “evaldesk check” to find out why</source>
        <translation>存储的文件不见了；请运行“evaldesk check”检查原因</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/widgets/preview.py" line="167" />
        <source>PDF preview is not available in this build; open it with the system viewer</source>
        <translation>此版本不能预览 PDF，请用系统程序打开</translation>
    </message>
    <message>
        <location filename="../../work/wt-ui-records/evaldesk/ui/widgets/preview.py" line="172" />
        <source>No preview for this type of file; open it with the system viewer</source>
        <translation>此类文件不能预览，请用系统程序打开</translation>
    </message>
</context>
</TS>