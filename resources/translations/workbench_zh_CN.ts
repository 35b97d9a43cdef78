<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ArbitrationDialog</name>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="61" />
        <source>Recheck and final scores — {name}</source>
        <translation>复核定分 — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="67" />
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="67" />
        <source>Unit</source>
        <translation>被督察单位</translation>
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="68" />
        <source>Department</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="69" />
        <source>Reviewers' totals</source>
        <translation>评查人得分</translation>
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="70" />
        <source>Why</source>
        <translation>复核原因</translation>
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="83" />
        <source>Show agreed items too</source>
        <translation>同时显示意见一致的项目</translation>
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="88" />
        <source>Reason for the decision (required)</source>
        <translation>复核理由（必填）</translation>
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="92" />
        <source>The lead's own deduction on this item (0: no deduction)</source>
        <translation>组长认定的本项扣分（0 表示不扣分）</translation>
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="93" />
        <source>Veto found</source>
        <translation>存在否决情形</translation>
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="94" />
        <source>Record own value</source>
        <translation>按组长意见认定</translation>
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="97" />
        <location filename="../../ui/recheck/recheck_dialog.py" line="286" />
        <source>Fix final score</source>
        <translation>定分</translation>
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="104" />
        <source>Lead's own deduction:</source>
        <translation>组长认定扣分：</translation>
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="147" />
        <source>final score fixed</source>
        <translation>已定分</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/recheck/recheck_dialog.py" line="151" />
        <source>%n item(s) differ</source>
        <translation><numerusform>%n 项意见不一致</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="185" />
        <source>No unit needs a recheck.</source>
        <translation>没有需要复核的单位。</translation>
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="187" />
        <source>No file needs a recheck.</source>
        <translation>没有需要复核的案卷。</translation>
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="192" />
        <source>{case} · {department}</source>
        <translation>{case} · {department}</translation>
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="194" />
        <source>{name}: {total} ({grade})</source>
        <translation>{name}：{total} 分（{grade}）</translation>
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="201" />
        <source>Recheck rule: {why}</source>
        <translation>复核规则：{why}</translation>
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="204" />
        <source>Decided so far: {total} ({grade})</source>
        <translation>当前复核结果：{total} 分（{grade}）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/recheck/recheck_dialog.py" line="208" />
        <source>%n disputed item(s) still to decide</source>
        <translation><numerusform>还有 %n 个分歧项目待复核</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="211" />
        <source>Take {name}'s value</source>
        <translation>采用{name}的意见</translation>
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="287" />
        <source>Fix this file's final score? It can only be changed by reopening the final sheet.</source>
        <translation>确定该案卷的最终得分吗？定分后只能由组长退回复核表再修改。</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="48" />
        <source>Assign reviewers — {name}</source>
        <translation>分配评查人员 — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="52" />
        <source>Assign</source>
        <translation>分配</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="54" />
        <source>Replaces the current assignment; sheets already begun are kept</source>
        <translation>替换现有分配；已开始评查的案卷保留原评查人员</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="56" />
        <source>Import assignments…</source>
        <translation>导入分配表…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="57" />
        <source>Import reviewers…</source>
        <translation>导入评查人员…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="62" />
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="62" />
        <source>Unit inspected</source>
        <translation>被督察单位</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="65" />
        <location filename="../../ui/campaigns/assignment_dialog.py" line="74" />
        <source>Department</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="66" />
        <source>Reviewers</source>
        <translation>评查人员</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="73" />
        <source>Reviewer</source>
        <translation>评查人</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="75" />
        <source>Files</source>
        <translation>案卷数</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="75" />
        <source>Units</source>
        <translation>单位数</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="81" />
        <source>Show reviewers the rules exclude</source>
        <translation>显示按规则不能分配的评查人员</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="83" />
        <source>Reason (kept in the audit log)</source>
        <translation>理由（记入审计日志）</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="84" />
        <source>Reassign</source>
        <translation>改派</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="106" />
        <source>Reviewers per file:</source>
        <translation>每件评查人数：</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="106" />
        <source>Inspectors per unit:</source>
        <translation>每个单位督察人数：</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="118" />
        <source>Replace</source>
        <translation>将</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="120" />
        <source>with</source>
        <translation>改为</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="125" />
        <source>Reassign the selected file</source>
        <translation>改派所选案卷</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="125" />
        <source>Reassign the selected unit</source>
        <translation>改派所选单位</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="171" />
        <source> — scoring begun</source>
        <translation> — 已开始评查</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="183" />
        <source> — own department</source>
        <translation> — 本单位</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="185" />
        <source> — declared conflict</source>
        <translation> — 已声明回避</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="208" />
        <source>Assigning reviewers…</source>
        <translation>正在分配评查人员…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="211" />
        <source>Assignment cancelled; nothing was written.</source>
        <translation>已取消分配，未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="239" />
        <source>Reassigned {case}.</source>
        <translation>已改派案卷 {case}。</translation>
    </message>
</context>
<context>
    <name>AssignmentImportDialog</name>
    <message>
        <location filename="../../ui/campaigns/list_imports.py" line="125" />
        <source>Import assignments</source>
        <translation>导入分配表</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/list_imports.py" line="126" />
        <source>Choose an assignment sheet</source>
        <translation>选择分配表</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/campaigns/list_imports.py" line="142" />
        <source>Assigned reviewers to %n file(s).</source>
        <translation><numerusform>已为 %n 件案卷分配评查人员。</numerusform></translation>
    </message>
</context>
<context>
    <name>CampaignMenu</name>
    <message>
        <location filename="../../ui/campaigns/menu.py" line="34" />
        <source>New campaign or round…</source>
        <translation>新建评查活动或督察轮次…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/menu.py" line="35" />
        <source>Campaign settings…</source>
        <translation>评查活动设置…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/menu.py" line="36" />
        <source>Draw files…</source>
        <translation>抽取案卷…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/menu.py" line="37" />
        <source>Assign reviewers…</source>
        <translation>分配评查人员…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/menu.py" line="38" />
        <source>Progress dashboard…</source>
        <translation>评查进度…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/menu.py" line="39" />
        <source>Rectification ledger…</source>
        <translation>整改台账…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/menu.py" line="40" />
        <source>&amp;Campaign</source>
        <translation>活动(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/menu.py" line="61" />
        <source>Campaign</source>
        <translation>评查活动</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/menu.py" line="61" />
        <source>Choose a campaign in the navigator first.</source>
        <translation>请先在左侧导航中选择评查活动。</translation>
    </message>
</context>
<context>
    <name>CampaignSetupDialog</name>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="62" />
        <source>New campaign</source>
        <translation>新建评查活动</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="66" />
        <source>Campaign settings</source>
        <translation>评查活动设置</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="185" />
        <source>{name} (version {version}, {items} items)</source>
        <translation>{name}（第 {version} 版，{items} 项）</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="83" />
        <source>e.g. 鄂州司函</source>
        <translation>如：鄂州司函</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="85" />
        <source>The issuing office's abbreviation in notice numbers: 鄂州司函〔2026〕3号</source>
        <translation>通知书文号中的机关代字，如 鄂州司函〔2026〕3号</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="89" />
        <source>Recheck a file when any reviewer's total is below this line</source>
        <translation>任一评查人总分低于此分数线时复核</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="90" />
        <source>Recheck when the reviewers' grades differ</source>
        <translation>评查人评定等次不同时复核</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="91" />
        <source>Recheck when the reviewers' totals differ by more than this</source>
        <translation>评查人总分相差超过此分数时复核</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="105" />
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="106" />
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="189" />
        <source>Scoring standard:</source>
        <translation>评查标准：</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="190" />
        <source>Departments reviewed:</source>
        <translation>被评查单位：</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="109" />
        <source>Notice prefix:</source>
        <translation>机关代字：</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="192" />
        <source>Reviewers per file:</source>
        <translation>每件评查人数：</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="112" />
        <source>Any total below:</source>
        <translation>总分低于：</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="64" />
        <source>Supervision round settings</source>
        <translation>督察轮次设置</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="70" />
        <source>Case-file review</source>
        <translation>案卷评查</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="71" />
        <source>Supervision round</source>
        <translation>督察考核</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="73" />
        <source>Inspect units (departments, lower governments) against a checklist</source>
        <translation>按督察清单考核各单位（部门、下级政府）</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="104" />
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="114" />
        <source>Totals apart by more than:</source>
        <translation>总分相差超过：</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="115" />
        <source>Recheck rule</source>
        <translation>复核规则</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="141" />
        <source>none</source>
        <translation>不设</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="168" />
        <source>Name, year, standard and departments are fixed once it exists.</source>
        <translation>评查活动建立后，名称、年度、评查标准和被评查单位不能再改。</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="169" />
        <source>(no department)</source>
        <translation>（无单位）</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="189" />
        <source>Checklist:</source>
        <translation>督察清单：</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="190" />
        <source>Units inspected:</source>
        <translation>被督察单位：</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="192" />
        <source>Inspectors per unit:</source>
        <translation>每个单位督察人数：</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="218" />
        <source>Enter the campaign's name.</source>
        <translation>请填写评查活动名称。</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="220" />
        <source>Choose a checklist; import one first (File → Import standard…).</source>
        <translation>请选择督察清单；如无，请先导入（文件 → 导入评分标准…）。</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="222" />
        <source>Choose a scoring standard; import one first (File → Import standard…).</source>
        <translation>请选择评查标准；如无，请先导入（文件 → 导入评查标准…）。</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="225" />
        <source>Choose at least one unit.</source>
        <translation>请至少选择一个被督察单位。</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="227" />
        <source>Choose at least one department.</source>
        <translation>请至少选择一个被评查单位。</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="232" />
        <source>The notice prefix is the office's abbreviation only (e.g. 鄂州司函): no spaces, digits or brackets; the year and number are added to it.</source>
        <translation>机关代字只填机关简称（如 鄂州司函），不含空格、数字或括号；年份和序号会自动加上。</translation>
    </message>
</context>
<context>
    <name>CaseImportDialog</name>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="53" />
        <source>Choose a case register</source>
        <translation>选择案件台账</translation>
    </message>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="54" />
        <source>Spreadsheets (*.xlsx *.xls *.csv)</source>
        <translation>表格文件 (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="55" />
        <location filename="../../ui/imports/case_import_dialog.py" line="162" />
        <source>Import cases</source>
        <translation>导入案件</translation>
    </message>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="60" />
        <source>Use the department named in each row</source>
        <translation>按各行填写的执法部门</translation>
    </message>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="67" />
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="68" />
        <source>Department</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="69" />
        <source>Case title</source>
        <translation>案件名称</translation>
    </message>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="70" />
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="71" />
        <source>Filed on</source>
        <translation>立案日期</translation>
    </message>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="72" />
        <source>Closed on</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="73" />
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="81" />
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="82" />
        <source>Department for rows without one:</source>
        <translation>未填执法部门的行归入：</translation>
    </message>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="106" />
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="109" />
        <source>Preview cancelled.</source>
        <translation>已取消预览。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="117" />
        <source>The table shows the first {shown} of {total} cases.</source>
        <translation>表中仅列出前 {shown} 条，共 {total} 条案件。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="154" />
        <source>Importing {name}…</source>
        <translation>正在导入 {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="157" />
        <source>Import cancelled; nothing was written.</source>
        <translation>已取消导入，未写入任何数据。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports/case_import_dialog.py" line="162" />
        <source>Imported %n case(s).</source>
        <translation><numerusform>已导入 %n 条案件。</numerusform></translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <location filename="../../ui/cases/case_list_model.py" line="26" />
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_list_model.py" line="27" />
        <source>Department</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_list_model.py" line="28" />
        <source>Case name</source>
        <translation>案件名称</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_list_model.py" line="29" />
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_list_model.py" line="30" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_list_model.py" line="31" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_list_model.py" line="32" />
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_list_model.py" line="33" />
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_list_model.py" line="34" />
        <source>Reviewers</source>
        <translation>评查人</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_list_model.py" line="74" />
        <source>Unit inspected</source>
        <translation>被督察单位</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <location filename="../../ui/cases/case_list_view.py" line="67" />
        <location filename="../../ui/cases/case_list_view.py" line="162" />
        <source>Search case number, name, party, officer</source>
        <translation>搜索案号、案件名称、当事人、承办人</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_list_view.py" line="69" />
        <source>Filter by department</source>
        <translation>按单位筛选</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_list_view.py" line="70" />
        <source>Filter by status</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_list_view.py" line="71" />
        <source>Filter by grade</source>
        <translation>按等级筛选</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_list_view.py" line="160" />
        <source>Search unit</source>
        <translation>搜索单位</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_list_view.py" line="203" />
        <source>All departments</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_list_view.py" line="189" />
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_list_view.py" line="190" />
        <source>All grades</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_list_view.py" line="203" />
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cases/case_list_view.py" line="269" />
        <source>Showing {shown} of %n unit(s)</source>
        <translation><numerusform>显示 {shown} 个，共 %n 个单位</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cases/case_list_view.py" line="271" />
        <source>Showing {shown} of %n file(s)</source>
        <translation><numerusform>显示 {shown} 件，共 %n 件</numerusform></translation>
    </message>
</context>
<context>
    <name>ComparisonTable</name>
    <message>
        <location filename="../../ui/recheck/comparison_table.py" line="27" />
        <source>no deduction</source>
        <translation>未扣分</translation>
    </message>
    <message>
        <location filename="../../ui/recheck/comparison_table.py" line="31" />
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../ui/recheck/comparison_table.py" line="33" />
        <source>veto found</source>
        <translation>存在否决情形</translation>
    </message>
    <message>
        <location filename="../../ui/recheck/comparison_table.py" line="35" />
        <source>+{points}</source>
        <translation>加 {points} 分</translation>
    </message>
    <message>
        <location filename="../../ui/recheck/comparison_table.py" line="37" />
        <source>−{points}</source>
        <translation>扣 {points} 分</translation>
    </message>
    <message>
        <location filename="../../ui/recheck/comparison_table.py" line="41" />
        <source> (p. {page})</source>
        <translation>（第 {page} 页）</translation>
    </message>
    <message>
        <location filename="../../ui/recheck/comparison_table.py" line="68" />
        <source>(unnamed)</source>
        <translation>（未署名）</translation>
    </message>
    <message>
        <location filename="../../ui/recheck/comparison_table.py" line="70" />
        <source>Item</source>
        <translation>评查项目</translation>
    </message>
    <message>
        <location filename="../../ui/recheck/comparison_table.py" line="70" />
        <source>Decision</source>
        <translation>复核结论</translation>
    </message>
    <message>
        <location filename="../../ui/recheck/comparison_table.py" line="104" />
        <source>agreed</source>
        <translation>一致</translation>
    </message>
    <message>
        <location filename="../../ui/recheck/comparison_table.py" line="106" />
        <source>to decide</source>
        <translation>待复核</translation>
    </message>
    <message>
        <location filename="../../ui/recheck/comparison_table.py" line="108" />
        <source>lead's own value: {reason}</source>
        <translation>组长认定：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/recheck/comparison_table.py" line="110" />
        <source>taken from {name}: {reason}</source>
        <translation>采用{name}意见：{reason}</translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message>
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="30" />
        <source>Progress — {name}</source>
        <translation>评查进度 — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="33" />
        <source>Scored</source>
        <translation>已评查</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="34" />
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="35" />
        <source>Awaiting arbitration</source>
        <translation>待复核</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="36" />
        <source>Final</source>
        <translation>已定分</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="40" />
        <source>Reviewer</source>
        <translation>评查人</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="41" />
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="49" />
        <source>Department</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="42" />
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="51" />
        <source>Assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="44" />
        <source>Not submitted</source>
        <translation>未提交</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="50" />
        <source>Files</source>
        <translation>案卷数</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="63" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="67" />
        <source>Per reviewer</source>
        <translation>按评查人</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="68" />
        <source>Per department</source>
        <translation>按被评查单位</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="97" />
        <source>The %n drawn file(s) of the campaign.</source>
        <translation><numerusform>本次评查抽取的 %n 件案卷。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="99" />
        <source>All %n file(s) of the campaign (no draw).</source>
        <translation><numerusform>本次评查的全部 %n 件案卷（未抽取）。</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="103" />
        <source>In all: {assigned} assigned, {scored} scored, {submitted} submitted, {awaiting} awaiting arbitration, {final} final.</source>
        <translation>合计：已分配 {assigned} 件，已评查 {scored} 件，已提交 {submitted} 件，待复核 {awaiting} 件，已定分 {final} 件。</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="116" />
        <source>The campaign cannot close yet; the list above says why.</source>
        <translation>评查活动尚不能结束，原因见上方列表。</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="118" />
        <source>Nothing blocks closing the campaign.</source>
        <translation>评查活动已可结束。</translation>
    </message>
</context>
<context>
    <name>DrawDialog</name>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="44" />
        <source>Chosen by the unit</source>
        <translation>单位自选</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="45" />
        <source>Random</source>
        <translation>随机抽取</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="61" />
        <source>Draw files — {name}</source>
        <translation>抽取案卷 — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="63" />
        <source>Publish the seed before the draw, so anyone can repeat it</source>
        <translation>抽取前公布随机种子，任何人都可据此复核</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="64" />
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="65" />
        <source>Files per department:</source>
        <translation>每个单位抽取件数：</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="66" />
        <source>Share of each department:</source>
        <translation>每个单位抽取比例：</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="75" />
        <source>A fraction (0.1) or a percentage (10%)</source>
        <translation>小数（0.1）或百分比（10%）</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="76" />
        <source>no minimum</source>
        <translation>不限最少</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="77" />
        <source>no maximum</source>
        <translation>不限最多</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="78" />
        <source>Draw departments too; how many:</source>
        <translation>同时随机抽取单位，数量：</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="83" />
        <source>Case numbers the departments chose themselves, one a line</source>
        <translation>单位自选案卷的案号，每行一个</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="90" />
        <source>Department</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="91" />
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="92" />
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="93" />
        <source>Selection</source>
        <translation>抽取方式</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="102" />
        <source>Run the draw</source>
        <translation>抽取</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="103" />
        <source>Verify</source>
        <translation>核验</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="137" />
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="140" />
        <source>At least, per department:</source>
        <translation>每个单位最少：</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="141" />
        <source>At most, per department:</source>
        <translation>每个单位最多：</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="143" />
        <source>Files chosen by the unit:</source>
        <translation>单位自选案卷：</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="208" />
        <source>Draw files</source>
        <translation>抽取案卷</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="209" />
        <source>Replace the recorded draw (seed {seed}) with a new one?</source>
        <translation>要以新的抽取替换已记录的抽取结果（种子 {seed}）吗？</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="215" />
        <source>Drawing files…</source>
        <translation>正在抽取案卷…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="218" />
        <source>Draw cancelled; nothing was recorded.</source>
        <translation>已取消抽取，未记录任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="230" />
        <source>(no department)</source>
        <translation>（无单位）</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="233" />
        <source>Seed: {seed}; algorithm: {algorithm}</source>
        <translation>随机种子：{seed}；算法：{algorithm}</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="236" />
        <source>Population: {size} files, SHA-256 {hash}</source>
        <translation>案卷范围：{size} 件，SHA-256 {hash}</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="239" />
        <source>Drawn: {drawn} files by {operator} at {at}</source>
        <translation>抽取结果：{drawn} 件，操作人 {operator}，时间 {at}</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="242" />
        <source>Per department: {counts}</source>
        <translation>各单位：{counts}</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="255" />
        <source>Verifying the draw…</source>
        <translation>正在核验抽取结果…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="263" />
        <source>Verified: the recorded draw matches.</source>
        <translation>核验一致：重新抽取的结果与记录相同。</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="265" />
        <source>The recorded draw differs from a new derivation; see the list.</source>
        <translation>核验不一致：重新抽取的结果与记录不同，详见列表。</translation>
    </message>
</context>
<context>
    <name>EntryCommand</name>
    <message>
        <location filename="../../ui/scoring/commands.py" line="108" />
        <source>Record on “{item}”</source>
        <translation>录入「{item}」</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/commands.py" line="110" />
        <source>Delete from “{item}”</source>
        <translation>删除「{item}」的记录</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/commands.py" line="112" />
        <source>Change “{item}”</source>
        <translation>修改「{item}」</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/commands.py" line="121" />
        <source>undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/commands.py" line="143" />
        <source>Change the remarks</source>
        <translation>修改评查意见</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="153" />
        <source>Cannot complete the operation</source>
        <translation>操作未完成</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="189" />
        <source>The details could not be saved to a log file.</source>
        <translation>详细信息未能写入日志文件。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="191" />
        <source>The details were saved to {path}; please send this file to the developers.</source>
        <translation>详细信息已写入 {path}，请将此文件发给开发人员。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="194" />
        <source>The workbench hit an internal error.</source>
        <translation>工作台发生内部错误。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="195" />
        <source>Internal error</source>
        <translation>内部错误</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="68" />
        <source>Export results — {name}</source>
        <translation>导出评查结果 — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="71" />
        <source>Results workbook (Excel)</source>
        <translation>评查结果工作簿（Excel）</translation>
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="72" />
        <source>Evaluation sheets (PDF, one per department)</source>
        <translation>评查表（PDF，每个单位一份）</translation>
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="73" />
        <source>Feedback to departments (PDF)</source>
        <translation>反馈意见（PDF）</translation>
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="74" />
        <source>Bulletin (PDF)</source>
        <translation>通报（PDF）</translation>
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="75" />
        <source>Rectification notices (PDF; numbers are issued and recorded)</source>
        <translation>整改通知书（PDF；将编发文号并登记）</translation>
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="90" />
        <source>Select all</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="91" />
        <source>Select none</source>
        <translation>全不选</translation>
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="103" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="113" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="119" />
        <source>What:</source>
        <translation>导出内容：</translation>
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="124" />
        <source>Departments:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="124" />
        <source>Units inspected:</source>
        <translation>被督察单位：</translation>
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="125" />
        <source>Folder:</source>
        <translation>保存到：</translation>
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="164" />
        <source>Choose the export folder</source>
        <translation>选择导出文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="215" />
        <source>Exporting {name}…</source>
        <translation>正在导出到 {name}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exports/export_dialog.py" line="231" />
        <source>%n file(s) exported to {folder}.</source>
        <translation><numerusform>已导出 %n 个文件到 {folder}。</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="232" />
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="241" />
        <source>Export cancelled; no file was written.</source>
        <translation>已取消导出，未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="244" />
        <source>Issue the numbered documents anyway? The bulletin will state how many are not final.</source>
        <translation>仍要制发编号公文吗？通报将写明尚未定分的数量。</translation>
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="246" />
        <source>Files not final</source>
        <translation>尚有案卷未定分</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <location filename="../../ui/widgets/file_field.py" line="22" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/imports/import_dialog.py" line="36" />
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_dialog.py" line="37" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_dialog.py" line="92" />
        <source>Choose a file first.</source>
        <translation>请先选择文件。</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="98" />
        <location filename="../../ui/scoring/item_editor.py" line="231" />
        <source>Not met</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="101" />
        <location filename="../../ui/scoring/item_editor.py" line="207" />
        <source>Veto found</source>
        <translation>存在否决情形</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="102" />
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="104" />
        <source>Reason, as the documents will quote it</source>
        <translation>扣分理由（评查文书将引用）</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="110" />
        <location filename="../../ui/scoring/item_editor.py" line="245" />
        <source>New deduction</source>
        <translation>新增扣分</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="111" />
        <source>Delete entry</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="126" />
        <location filename="../../ui/scoring/item_editor.py" line="244" />
        <source>Deduction</source>
        <translation>扣分</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="130" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="131" />
        <source>Page</source>
        <translation>页码</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="139" />
        <source>Recorded on this item</source>
        <translation>本项已记录</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="171" />
        <source>Select an item to score it.</source>
        <translation>请选择评查项目进行评分。</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="195" />
        <source>Evidence: {evidence}</source>
        <translation>佐证材料：{evidence}</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="209" />
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="218" />
        <source>p. {page}</source>
        <translation>第 {page} 页</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="233" />
        <location filename="../../ui/scoring/item_editor.py" line="314" />
        <source>{level} ({points})</source>
        <translation>{level}（{points} 分）</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="242" />
        <source>Bonus</source>
        <translation>加分</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="244" />
        <source>Level</source>
        <translation>档次</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="245" />
        <source>New bonus</source>
        <translation>新增加分</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="259" />
        <source>Defect found (−{points})</source>
        <translation>存在问题（扣 {points} 分）</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="280" />
        <source>Not met (−{points})</source>
        <translation>未达标（扣 {points} 分）</translation>
    </message>
</context>
<context>
    <name>LedgerDialog</name>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="60" />
        <source>Issued</source>
        <translation>已下发</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="61" />
        <source>Reported</source>
        <translation>已反馈</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="62" />
        <source>Returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="63" />
        <source>Verified</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="64" />
        <source>Closed out</source>
        <translation>已销号</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="65" />
        <source>Void</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="72" />
        <source>{status} · overdue</source>
        <translation>{status} · 逾期</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="76" />
        <source>{status} · due soon</source>
        <translation>{status} · 临期</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="89" />
        <source>Notice number</source>
        <translation>通知文号</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="93" />
        <source>Line</source>
        <translation>项号</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="94" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="95" />
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="96" />
        <source>Item</source>
        <translation>评查项目</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="97" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="98" />
        <source>Points</source>
        <translation>扣分</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="100" />
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="104" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="106" />
        <source>Reply received</source>
        <translation>反馈日期</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="109" />
        <source>Reply</source>
        <translation>反馈情况</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="111" />
        <source>Verification</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="135" />
        <source>Rectification ledger — {name}</source>
        <translation>整改台账 — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="140" />
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="143" />
        <source>Overdue only</source>
        <translation>只看逾期</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="145" />
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="148" />
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="160" />
        <source>Record reply…</source>
        <translation>登记反馈…</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="161" />
        <source>Verify…</source>
        <translation>审核通过…</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="162" />
        <source>Return…</source>
        <translation>退回…</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="163" />
        <source>Close out…</source>
        <translation>销号…</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="164" />
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="165" />
        <source>Save the lines shown as an Excel ledger</source>
        <translation>把当前显示的事项导出为 Excel 整改台账</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="172" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="208" />
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="233" />
        <source>{shown} of {lines} lines shown. {reported} reported, {verified} verified, {closed} closed out; {due_soon} due soon, {overdue} overdue (as of {today}).</source>
        <translation>共 {lines} 项，显示 {shown} 项。已反馈 {reported}，审核通过 {verified}，已销号 {closed}；临期 {due_soon}，逾期 {overdue}（截至 {today}）。</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="324" />
        <location filename="../../ui/rectification/ledger_dialog.py" line="340" />
        <location filename="../../ui/rectification/ledger_dialog.py" line="346" />
        <source>Export the rectification ledger</source>
        <translation>导出整改台账</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="324" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="341" />
        <source>The ledger could not be saved: {error}</source>
        <translation>整改台账未能保存：{error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rectification/ledger_dialog.py" line="347" />
        <source>%n line(s) saved to {path}.</source>
        <translation><numerusform>已将 %n 项整改事项保存到 {path}。</numerusform></translation>
    </message>
</context>
<context>
    <name>ListImportDialog</name>
    <message>
        <location filename="../../ui/campaigns/list_imports.py" line="30" />
        <source>Spreadsheets (*.xlsx *.xls *.csv)</source>
        <translation>表格文件 (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/list_imports.py" line="37" />
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/list_imports.py" line="62" />
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/list_imports.py" line="65" />
        <source>Preview cancelled.</source>
        <translation>已取消预览。</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/list_imports.py" line="84" />
        <source>Importing {name}…</source>
        <translation>正在导入 {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/list_imports.py" line="87" />
        <source>Import cancelled; nothing was written.</source>
        <translation>已取消导入，未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="42" />
        <source>Case Review Workbench — {name}</source>
        <translation>案卷评查工作台 — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="53" />
        <source>This file is assigned to other reviewers. Scoring is blind: only they see their sheets.</source>
        <translation>该案卷已分配给其他评查人员。评查采用背靠背方式，只有被分配的评查人员能看到各自的评查表。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87" />
        <source>Fill in the issuing office (Settings → Issuing office) before issuing documents.</source>
        <translation>制发公文前，请先填写发文机关信息（设置 → 发文机关信息）。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103" />
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105" />
        <source>Import case list…</source>
        <translation>导入案件台账…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106" />
        <source>Import standard…</source>
        <translation>导入评分标准…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107" />
        <source>Open database…</source>
        <translation>打开数据库…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109" />
        <location filename="../../ui/main_window.py" line="169" />
        <source>Next file</source>
        <translation>下一卷</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111" />
        <location filename="../../ui/main_window.py" line="168" />
        <source>Previous file</source>
        <translation>上一卷</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113" />
        <source>Submit score sheet…</source>
        <translation>提交评查表…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114" />
        <source>Reopen submitted sheet…</source>
        <translation>退回已提交的评查表…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116" />
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123" />
        <source>Export results…</source>
        <translation>导出评查结果…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129" />
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132" />
        <source>&amp;Review</source>
        <translation>评查(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136" />
        <source>Recheck and final scores…</source>
        <translation>复核定分…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141" />
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142" />
        <location filename="../../ui/main_window.py" line="299" />
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148" />
        <source>Issuing office…</source>
        <translation>发文机关信息…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150" />
        <source>Document templates…</source>
        <translation>公文模板…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="155" />
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168" />
        <source>Previous unit</source>
        <translation>上一个单位</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169" />
        <source>Next unit</source>
        <translation>下一个单位</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215" />
        <source>Export results</source>
        <translation>导出评查结果</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="223" />
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225" />
        <source>Workbench database (*.sqlite)</source>
        <translation>工作台数据库 (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249" />
        <source>Reopen submitted sheet</source>
        <translation>退回已提交的评查表</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249" />
        <source>Reason (kept in the audit log):</source>
        <translation>退回理由（记入操作日志）：</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="279" />
        <source>Recheck</source>
        <translation>复核</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215" />
        <location filename="../../ui/main_window.py" line="279" />
        <source>Choose a campaign in the navigator first.</source>
        <translation>请先在左侧导航中选择评查活动。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="83" />
        <source>No campaign yet. Import a case list (File menu), then create one (Campaign → New).</source>
        <translation>尚无评查活动。请先导入案件台账（文件菜单），再新建评查活动（活动 → 新建评查活动或督察轮次）。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="299" />
        <source>The new language applies when the workbench restarts.</source>
        <translation>新的界面语言将在重新启动工作台后生效。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="304" />
        <source>Next / previous file</source>
        <translation>下一卷 / 上一卷</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="305" />
        <source>Undo / redo the last edit</source>
        <translation>撤销 / 重做上一次修改</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="306" />
        <source>Pin the current deduction to the page on screen</source>
        <translation>把当前扣分关联到正在显示的页</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="307" />
        <source>Import a case list</source>
        <translation>导入案件台账</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../ui/navigator.py" line="21" />
        <source>Campaign / department</source>
        <translation>评查活动 / 执法部门</translation>
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="21" />
        <source>Assigned / scored / submitted</source>
        <translation>已分配 / 已评 / 已提交</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <location filename="../../ui/documents/office_dialog.py" line="25" />
        <source>Issuing office</source>
        <translation>发文机关信息</translation>
    </message>
    <message>
        <location filename="../../ui/documents/office_dialog.py" line="28" />
        <source>Full name, e.g. 鄂州市司法局</source>
        <translation>机关全称，如 鄂州市司法局</translation>
    </message>
    <message>
        <location filename="../../ui/documents/office_dialog.py" line="30" />
        <source>Contact person and phone</source>
        <translation>联系人及电话</translation>
    </message>
    <message>
        <location filename="../../ui/documents/office_dialog.py" line="36" />
        <source>Bulletins and rectification notices are signed with this name and carry the contact as a note. Nothing is numbered until it is filled in.</source>
        <translation>通报和整改通知书以此名称署名，并以附注注明联系人。填写之前不能制发编号公文。</translation>
    </message>
    <message>
        <location filename="../../ui/documents/office_dialog.py" line="42" />
        <source>Issuing office:</source>
        <translation>发文机关：</translation>
    </message>
    <message>
        <location filename="../../ui/documents/office_dialog.py" line="43" />
        <source>Contact:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <location filename="../../ui/documents/office_dialog.py" line="44" />
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <location filename="../../ui/widgets/problem_list.py" line="30" />
        <source>This file cannot be imported:</source>
        <translation>此文件无法导入：</translation>
    </message>
</context>
<context>
    <name>ReviewerImportDialog</name>
    <message>
        <location filename="../../ui/campaigns/list_imports.py" line="103" />
        <source>Import reviewers</source>
        <translation>导入评查人员</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/list_imports.py" line="104" />
        <source>Choose a reviewer list</source>
        <translation>选择评查人员名单</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/campaigns/list_imports.py" line="116" />
        <source>Imported %n reviewer(s).</source>
        <translation><numerusform>已导入 %n 名评查人员。</numerusform></translation>
    </message>
</context>
<context>
    <name>ScanViewer</name>
    <message>
        <location filename="../../ui/scans/scan_viewer.py" line="47" />
        <location filename="../../ui/scans/scan_viewer.py" line="87" />
        <source>No scan attached. Attach a PDF or images of the case file.</source>
        <translation>尚未附加扫描件。请附加案卷的 PDF 或图片。</translation>
    </message>
    <message>
        <location filename="../../ui/scans/scan_viewer.py" line="57" />
        <source>Page </source>
        <translation>第 </translation>
    </message>
    <message>
        <location filename="../../ui/scans/scan_viewer.py" line="60" />
        <location filename="../../ui/scans/scan_viewer.py" line="88" />
        <source>Attach scan…</source>
        <translation>附加扫描件…</translation>
    </message>
    <message>
        <location filename="../../ui/scans/scan_viewer.py" line="62" />
        <source>Pin to this page</source>
        <translation>关联到本页</translation>
    </message>
    <message>
        <location filename="../../ui/scans/scan_viewer.py" line="64" />
        <source>Record the page on screen for the current deduction (Ctrl+P)</source>
        <translation>把当前扣分关联到正在显示的页码（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../ui/scans/scan_viewer.py" line="83" />
        <source>No evidence attached. Attach the unit's evidence files (PDF or images).</source>
        <translation>尚未附加佐证材料。请附加该单位的佐证材料（PDF 或图片）。</translation>
    </message>
    <message>
        <location filename="../../ui/scans/scan_viewer.py" line="85" />
        <source>Attach evidence…</source>
        <translation>附加佐证材料…</translation>
    </message>
    <message>
        <location filename="../../ui/scans/scan_viewer.py" line="130" />
        <source>of {pages}</source>
        <translation>页，共 {pages} 页</translation>
    </message>
    <message>
        <location filename="../../ui/scans/scan_viewer.py" line="161" />
        <source>Attach scan</source>
        <translation>附加扫描件</translation>
    </message>
    <message>
        <location filename="../../ui/scans/scan_viewer.py" line="161" />
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>扫描件 (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>ScopeList</name>
    <message>
        <location filename="../../ui/campaigns/scope_list.py" line="31" />
        <source>Another unit, e.g. 甲区人民政府</source>
        <translation>添加其他单位，如 甲区人民政府</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/scope_list.py" line="32" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>ScoreHeader</name>
    <message>
        <location filename="../../ui/scoring/score_header.py" line="24" />
        <source>Submitted — locked</source>
        <translation>已提交，已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_header.py" line="27" />
        <source>Submit…</source>
        <translation>提交…</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_header.py" line="41" />
        <source>Total {total} / {maximum} (incl. +{bonus} bonus)</source>
        <translation>总分 {total} / {maximum}（含加分 {bonus}）</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_header.py" line="45" />
        <source>Total {total} / {maximum}</source>
        <translation>总分 {total} / {maximum}</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_header.py" line="50" />
        <source>Veto: {items}</source>
        <translation>否决项：{items}</translation>
    </message>
</context>
<context>
    <name>ScoreTreeModel</name>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="67" />
        <source>Item</source>
        <translation>评查项目</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="68" />
        <source>Max</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="69" />
        <source>Rule</source>
        <translation>扣分标准</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="70" />
        <source>Recorded</source>
        <translation>扣分记录</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="71" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="72" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="83" />
        <source>Veto items</source>
        <translation>否决项</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="243" />
        <source>Capped at +{cap}</source>
        <translation>加分以 {cap} 分为限</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="248" />
        <source>Not met</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="251" />
        <source>At floor</source>
        <translation>扣完为止</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="257" />
        <source>Veto found</source>
        <translation>存在否决情形</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="259" />
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="271" />
        <source>Veto: the total becomes 0</source>
        <translation>否决：总分为 0 分</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="273" />
        <source>Veto: all points are deducted</source>
        <translation>否决：扣除全部分数</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="275" />
        <source>Veto: graded {grade}</source>
        <translation>否决：等次为{grade}</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="277" />
        <source>Veto: grade at most {grade}</source>
        <translation>否决：等次不得高于{grade}</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="279" />
        <source>Veto: deducts {points} points</source>
        <translation>否决：扣 {points} 分</translation>
    </message>
</context>
<context>
    <name>ScoringPanel</name>
    <message>
        <location filename="../../ui/scoring/scoring_panel.py" line="39" />
        <source>Next / previous item in the list</source>
        <translation>在项目列表中移到下一项 / 上一项</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/scoring_panel.py" line="40" />
        <source>Next / previous item, from inside the editor</source>
        <translation>在编辑区中直接移到下一项 / 上一项</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/scoring_panel.py" line="41" />
        <source>Toggle the defect of a fixed-deduction item, or a veto</source>
        <translation>勾选或取消固定扣分项的问题，或否决情形</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/scoring_panel.py" line="42" />
        <source>Start entering a count, an amount or a tier</source>
        <translation>开始输入处数、扣分或扣分档次</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/scoring_panel.py" line="43" />
        <source>Save the count, amount or reason being typed</source>
        <translation>保存正在输入的处数、扣分或理由</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/scoring_panel.py" line="44" />
        <source>Jump to the reason</source>
        <translation>跳到扣分理由</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/scoring_panel.py" line="45" />
        <source>Back to the item list</source>
        <translation>回到项目列表</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/scoring_panel.py" line="96" />
        <location filename="../../ui/scoring/scoring_panel.py" line="161" />
        <source>Remarks on the whole file</source>
        <translation>对本案卷的总体评查意见</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/scoring_panel.py" line="107" />
        <source>Remarks</source>
        <translation>评查意见</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/scoring_panel.py" line="159" />
        <source>Remarks on the whole unit</source>
        <translation>对该单位的总体督察意见</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/scoring_panel.py" line="195" />
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/scoring_panel.py" line="203" />
        <source>Submit this score sheet? It is then locked; only the lead can reopen it.</source>
        <translation>确定提交本评查表吗？提交后即锁定，只有组长可以退回。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/help_dialog.py" line="11" />
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialog.py" line="13" />
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialog.py" line="13" />
        <source>Action</source>
        <translation>功能</translation>
    </message>
</context>
<context>
    <name>StandardImportDialog</name>
    <message>
        <location filename="../../ui/imports/standard_import_dialog.py" line="24" />
        <source>Choose a scoring standard</source>
        <translation>选择评分标准文件</translation>
    </message>
    <message>
        <location filename="../../ui/imports/standard_import_dialog.py" line="25" />
        <source>Scoring standards (*.xlsx *.csv)</source>
        <translation>评分标准文件 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/imports/standard_import_dialog.py" line="26" />
        <location filename="../../ui/imports/standard_import_dialog.py" line="107" />
        <source>Import a scoring standard</source>
        <translation>导入评分标准</translation>
    </message>
    <message>
        <location filename="../../ui/imports/standard_import_dialog.py" line="37" />
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../ui/imports/standard_import_dialog.py" line="38" />
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../ui/imports/standard_import_dialog.py" line="39" />
        <source>Items:</source>
        <translation>项目数：</translation>
    </message>
    <message>
        <location filename="../../ui/imports/standard_import_dialog.py" line="40" />
        <source>Veto items:</source>
        <translation>否决项：</translation>
    </message>
    <message>
        <location filename="../../ui/imports/standard_import_dialog.py" line="58" />
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/imports/standard_import_dialog.py" line="61" />
        <source>Preview cancelled.</source>
        <translation>已取消预览。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/standard_import_dialog.py" line="98" />
        <source>Saving the standard…</source>
        <translation>正在保存评分标准…</translation>
    </message>
    <message>
        <location filename="../../ui/imports/standard_import_dialog.py" line="101" />
        <source>Import cancelled; nothing was written.</source>
        <translation>已取消导入，未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/standard_import_dialog.py" line="108" />
        <source>Saved “{name}” as version {version}.</source>
        <translation>已保存为“{name}”第 {version} 版。</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../ui/rectification/step_dialog.py" line="34" />
        <source>Record the unit's reply</source>
        <translation>登记单位反馈</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/step_dialog.py" line="35" />
        <source>Verify the reply</source>
        <translation>审核反馈</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/step_dialog.py" line="36" />
        <source>Return for new rectification</source>
        <translation>退回重新整改</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/step_dialog.py" line="37" />
        <source>Close out</source>
        <translation>销号</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/step_dialog.py" line="40" />
        <source>Summary of the written reply:</source>
        <translation>书面反馈情况：</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/step_dialog.py" line="41" />
        <source>Verification notes:</source>
        <translation>审核意见：</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/step_dialog.py" line="42" />
        <source>Why it goes back (required):</source>
        <translation>退回理由（必填）：</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/step_dialog.py" line="43" />
        <source>Close-out note:</source>
        <translation>销号说明：</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/step_dialog.py" line="46" />
        <source>Reply received on:</source>
        <translation>反馈日期：</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/step_dialog.py" line="47" />
        <source>Verified on:</source>
        <translation>审核日期：</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/step_dialog.py" line="48" />
        <source>Returned on:</source>
        <translation>退回日期：</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/step_dialog.py" line="49" />
        <source>Closed out on:</source>
        <translation>销号日期：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rectification/step_dialog.py" line="67" />
        <source>%n line(s) selected.</source>
        <translation><numerusform>已选择 %n 项整改事项。</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/rectification/step_dialog.py" line="70" />
        <source>Verifier:</source>
        <translation>审核人：</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../ui/documents/template_dialog.py" line="45" />
        <location filename="../../ui/documents/template_dialog.py" line="114" />
        <location filename="../../ui/documents/template_dialog.py" line="157" />
        <source>Document templates</source>
        <translation>公文模板</translation>
    </message>
    <message>
        <location filename="../../ui/documents/template_dialog.py" line="59" />
        <source>One paragraph per line. Double-click a placeholder to insert it.</source>
        <translation>每行一段。双击占位符可将其插入文本。</translation>
    </message>
    <message>
        <location filename="../../ui/documents/template_dialog.py" line="62" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/documents/template_dialog.py" line="63" />
        <source>Reset to shipped text</source>
        <translation>恢复默认文本</translation>
    </message>
    <message>
        <location filename="../../ui/documents/template_dialog.py" line="75" />
        <source>Placeholders you can use:</source>
        <translation>可用的占位符：</translation>
    </message>
    <message>
        <location filename="../../ui/documents/template_dialog.py" line="114" />
        <source>Discard the changes to this template?</source>
        <translation>放弃对此模板的修改吗？</translation>
    </message>
    <message>
        <location filename="../../ui/documents/template_dialog.py" line="124" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/documents/template_dialog.py" line="128" />
        <source>This office's own text</source>
        <translation>本单位自定义文本</translation>
    </message>
    <message>
        <location filename="../../ui/documents/template_dialog.py" line="128" />
        <source>Text shipped with the workbench</source>
        <translation>工作台默认文本</translation>
    </message>
    <message>
        <location filename="../../ui/documents/template_dialog.py" line="156" />
        <source>Replace this office's text with the text shipped with the workbench?</source>
        <translation>用工作台自带的默认文本替换本单位的文本吗？</translation>
    </message>
</context>
</TS>