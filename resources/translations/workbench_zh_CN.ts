<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/start/about_dialog.py" line="19" />
        <source>About the Case Review Workbench</source>
        <translation>关于案卷评查工作台</translation>
    </message>
    <message>
        <location filename="../../ui/start/about_dialog.py" line="23" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../ui/start/about_dialog.py" line="24" />
        <source>Database schema version</source>
        <translation>数据库结构版本</translation>
    </message>
    <message>
        <location filename="../../ui/start/about_dialog.py" line="25" />
        <source>Open database</source>
        <translation>当前工作库</translation>
    </message>
    <message>
        <location filename="../../ui/start/about_dialog.py" line="25" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/start/about_dialog.py" line="26" />
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/start/about_dialog.py" line="27" />
        <source>Settings</source>
        <translation>设置文件</translation>
    </message>
    <message>
        <location filename="../../ui/start/about_dialog.py" line="28" />
        <source>Log folder</source>
        <translation>日志文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/start/about_dialog.py" line="36" />
        <source>&lt;b&gt;Case Review Workbench&lt;/b&gt; — offline case-file reviews and supervision</source>
        <translation>&lt;b&gt;案卷评查工作台&lt;/b&gt; — 离线开展行政执法案卷评查与法治督察</translation>
    </message>
    <message>
        <location filename="../../ui/start/about_dialog.py" line="39" />
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="237" />
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="240" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="240" />
        <source>Department</source>
        <translation>所在单位</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="240" />
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="240" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="251" />
        <source>New account…</source>
        <translation>新建账户…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="252" />
        <source>Set password…</source>
        <translation>设置口令…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="253" />
        <source>Save roles</source>
        <translation>保存角色</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="254" />
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="263" />
        <source>Roles of the selected account:</source>
        <translation>所选账户的角色：</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="281" />
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="281" />
        <source>Active</source>
        <translation>在用</translation>
    </message>
</context>
<context>
    <name>AmountControls</name>
    <message>
        <location filename="../../ui/scoring/amount_controls.py" line="62" />
        <source>Not met</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/amount_controls.py" line="65" />
        <source>Veto found</source>
        <translation>存在否决情形</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/amount_controls.py" line="107" />
        <source>Defect found (−{points})</source>
        <translation>存在问题（扣 {points} 分）</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/amount_controls.py" line="128" />
        <source>Not met (−{points})</source>
        <translation>未达标（扣 {points} 分）</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/amount_controls.py" line="162" />
        <source>{level} ({points})</source>
        <translation>{level}（{points} 分）</translation>
    </message>
</context>
<context>
    <name>ArbitrationDialog</name>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="58" />
        <source>Recheck and final scores — {name}</source>
        <translation>复核定分 — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="64" />
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="64" />
        <source>Unit</source>
        <translation>被督察单位</translation>
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="65" />
        <source>Department</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="66" />
        <source>Reviewers' totals</source>
        <translation>评查人得分</translation>
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="67" />
        <source>Why</source>
        <translation>复核原因</translation>
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="80" />
        <source>Show agreed items too</source>
        <translation>同时显示意见一致的项目</translation>
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="85" />
        <source>Reason for the decision (required)</source>
        <translation>复核理由（必填）</translation>
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="89" />
        <source>The lead's own deduction on this item (0: no deduction)</source>
        <translation>组长认定的本项扣分（0 表示不扣分）</translation>
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="90" />
        <source>Veto found</source>
        <translation>存在否决情形</translation>
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="91" />
        <source>Record own value</source>
        <translation>按组长意见认定</translation>
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="94" />
        <location filename="../../ui/recheck/recheck_dialog.py" line="312" />
        <source>Fix final score</source>
        <translation>定分</translation>
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="101" />
        <source>Lead's own deduction:</source>
        <translation>组长认定扣分：</translation>
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="164" />
        <source>final score fixed</source>
        <translation>已定分</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/recheck/recheck_dialog.py" line="168" />
        <source>%n item(s) differ</source>
        <translation><numerusform>%n 项意见不一致</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="202" />
        <source>No unit needs a recheck.</source>
        <translation>没有需要复核的单位。</translation>
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="204" />
        <source>No file needs a recheck.</source>
        <translation>没有需要复核的案卷。</translation>
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="210" />
        <source>It comes here once all its sheets are submitted and they differ, or the recheck rule flags its score.</source>
        <translation>待全部评查表提交后，评查人意见不一致或得分触发复核规则的，才会列入此处。</translation>
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="218" />
        <source>{case} · {department}</source>
        <translation>{case} · {department}</translation>
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="220" />
        <source>{name}: {total} ({grade})</source>
        <translation>{name}：{total} 分（{grade}）</translation>
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="227" />
        <source>Recheck rule: {why}</source>
        <translation>复核规则：{why}</translation>
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="230" />
        <source>Decided so far: {total} ({grade})</source>
        <translation>当前复核结果：{total} 分（{grade}）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/recheck/recheck_dialog.py" line="234" />
        <source>%n disputed item(s) still to decide</source>
        <translation><numerusform>还有 %n 个分歧项目待复核</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="237" />
        <source>Take {name}'s value</source>
        <translation>采用{name}的意见</translation>
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="330" />
        <source>Fix this file's final score? It can only be changed by reopening the final sheet.</source>
        <translation>确定该案卷的最终得分吗？定分后只能由组长退回复核表再修改。</translation>
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="333" />
        <source>Fix the final score of {case}: total {total}, grade {grade}?
It can only be changed by reopening the final sheet.</source>
        <translation>确定 {case} 的最终得分：总分 {total}，等级 {grade}？
定分后只有退回定分表才能修改。</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="52" />
        <source>Assign reviewers — {name}</source>
        <translation>分配评查人员 — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="56" />
        <source>Assign</source>
        <translation>分配</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="58" />
        <source>Replaces the current assignment; sheets already begun are kept</source>
        <translation>替换现有分配；已开始评查的案卷保留原评查人员</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="60" />
        <source>Import assignments…</source>
        <translation>导入分配表…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="61" />
        <source>Import reviewers…</source>
        <translation>导入评查人员…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="66" />
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="66" />
        <source>Unit inspected</source>
        <translation>被督察单位</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="70" />
        <location filename="../../ui/campaigns/assignment_dialog.py" line="79" />
        <source>Department</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="71" />
        <source>Reviewers</source>
        <translation>评查人员</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="78" />
        <source>Reviewer</source>
        <translation>评查人</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="80" />
        <source>Files</source>
        <translation>案卷数</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="80" />
        <source>Units</source>
        <translation>单位数</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="86" />
        <source>Show reviewers the rules exclude</source>
        <translation>显示按规则不能分配的评查人员</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="88" />
        <source>Reason (kept in the audit log)</source>
        <translation>理由（记入审计日志）</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="89" />
        <source>Reassign</source>
        <translation>改派</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="112" />
        <source>Reviewers per file:</source>
        <translation>每件评查人数：</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="112" />
        <source>Inspectors per unit:</source>
        <translation>每个单位督察人数：</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="124" />
        <source>Replace</source>
        <translation>将</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="126" />
        <source>with</source>
        <translation>改为</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="131" />
        <source>Reassign the selected file</source>
        <translation>改派所选案卷</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="131" />
        <source>Reassign the selected unit</source>
        <translation>改派所选单位</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="164" />
        <source>No reviewers yet: import the reviewer list first (Import reviewers…).</source>
        <translation>还没有评查人员：请先导入评查人员名单（“导入评查人员…”）。</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="167" />
        <source>Nothing is assigned yet: choose how many reviewers each needs and press Assign, or import an assignment sheet.</source>
        <translation>尚未分配：请设定每件所需评查人数后点“分配”，或导入分配表。</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="193" />
        <source> — scoring begun</source>
        <translation> — 已开始评查</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="205" />
        <source> — own department</source>
        <translation> — 本单位</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="207" />
        <source> — declared conflict</source>
        <translation> — 已声明回避</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="230" />
        <source>Assigning reviewers…</source>
        <translation>正在分配评查人员…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="233" />
        <source>Assignment cancelled; nothing was written.</source>
        <translation>已取消分配，未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="262" />
        <source>Reassigned {case}.</source>
        <translation>已改派案卷 {case}。</translation>
    </message>
</context>
<context>
    <name>AssignmentImportDialog</name>
    <message>
        <location filename="../../ui/campaigns/list_imports.py" line="137" />
        <source>Import assignments</source>
        <translation>导入分配表</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/list_imports.py" line="138" />
        <source>Choose an assignment sheet</source>
        <translation>选择分配表</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/list_imports.py" line="141" />
        <source>A spreadsheet with the columns 案号 and 评查人: the files listed get exactly the reviewers listed. Choose it, Preview, then Import.</source>
        <translation>电子表格须有“案号”“评查人”两列：所列案卷的评查人员将恰为表中所列人员。选择文件后先“预览”，再“导入”。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/campaigns/list_imports.py" line="160" />
        <source>Assigned reviewers to %n file(s).</source>
        <translation><numerusform>已为 %n 件案卷分配评查人员。</numerusform></translation>
    </message>
</context>
<context>
    <name>CampaignMenu</name>
    <message>
        <location filename="../../ui/campaigns/menu.py" line="39" />
        <source>New campaign or round…</source>
        <translation>新建评查活动或督察轮次…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/menu.py" line="40" />
        <source>Campaign settings…</source>
        <translation>评查活动设置…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/menu.py" line="41" />
        <source>Draw files…</source>
        <translation>抽取案卷…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/menu.py" line="42" />
        <source>Assign reviewers…</source>
        <translation>分配评查人员…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/menu.py" line="43" />
        <source>Progress dashboard…</source>
        <translation>评查进度…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/menu.py" line="44" />
        <source>Rectification ledger…</source>
        <translation>整改台账…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/menu.py" line="45" />
        <source>Import paper score sheets…</source>
        <translation>导入纸质评查表…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/menu.py" line="46" />
        <source>Declared conflicts…</source>
        <translation>申报回避…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/menu.py" line="47" />
        <source>Close campaign…</source>
        <translation>结束评查活动…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/menu.py" line="48" />
        <source>Reopen campaign…</source>
        <translation>重新开启评查活动…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/menu.py" line="49" />
        <source>&amp;Campaign</source>
        <translation>活动(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/menu.py" line="78" />
        <source>There is no campaign yet. Import a case list (File → Import case list…), then create a campaign (Campaign → New campaign or round…).</source>
        <translation>还没有评查活动。请先导入案件台账（文件 → 导入案件台账…），再新建评查活动（活动 → 新建评查活动或督察轮次…）。</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/menu.py" line="81" />
        <source>Campaign</source>
        <translation>评查活动</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/menu.py" line="167" />
        <source>Close “{name}”? It is then locked: no score can be changed until the organiser reopens it.</source>
        <translation>结束“{name}”？结束后即锁定：在组织者重新开启前，不能再修改任何评分。</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/menu.py" line="169" />
        <source>Close campaign</source>
        <translation>结束评查活动</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/menu.py" line="178" />
        <source>Reopen campaign</source>
        <translation>重新开启评查活动</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/menu.py" line="178" />
        <source>Why is it reopened? (kept in the audit log)</source>
        <translation>重新开启的理由（记入审计日志）：</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/menu.py" line="75" />
        <source>Choose a campaign in the navigator first.</source>
        <translation>请先在左侧导航中选择评查活动。</translation>
    </message>
</context>
<context>
    <name>CampaignSetupDialog</name>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="64" />
        <source>New campaign</source>
        <translation>新建评查活动</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="68" />
        <source>Campaign settings</source>
        <translation>评查活动设置</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="195" />
        <source>{name} (version {version}, {items} items)</source>
        <translation>{name}（第 {version} 版，{items} 项）</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="85" />
        <source>e.g. 鄂州司函</source>
        <translation>如：鄂州司函</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="87" />
        <source>The issuing office's abbreviation in notice numbers: 鄂州司函〔2026〕3号</source>
        <translation>通知书文号中的机关代字，如 鄂州司函〔2026〕3号</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="97" />
        <source>Recheck a file when any reviewer's total is below this line</source>
        <translation>任一评查人总分低于此分数线时复核</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="98" />
        <source>Recheck when the reviewers' grades differ</source>
        <translation>评查人评定等次不同时复核</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="99" />
        <source>Recheck when the reviewers' totals differ by more than this</source>
        <translation>评查人总分相差超过此分数时复核</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="113" />
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="114" />
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="199" />
        <source>Scoring standard:</source>
        <translation>评查标准：</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="200" />
        <source>Departments reviewed:</source>
        <translation>被评查单位：</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="117" />
        <source>Notice prefix:</source>
        <translation>机关代字：</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="202" />
        <source>Reviewers per file:</source>
        <translation>每件评查人数：</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="121" />
        <source>Any total below:</source>
        <translation>总分低于：</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="66" />
        <source>Supervision round settings</source>
        <translation>督察轮次设置</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="72" />
        <source>Case-file review</source>
        <translation>案卷评查</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="73" />
        <source>Supervision round</source>
        <translation>督察考核</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="75" />
        <source>Inspect units (departments, lower governments) against a checklist</source>
        <translation>按督察清单考核各单位（部门、下级政府）</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="91" />
        <source>A deduction may be submitted without a reason</source>
        <translation>扣分可不填理由提交</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="94" />
        <source>Off (the default): Submit refuses a deduction without a reason, which the documents quote</source>
        <translation>不勾选（默认）：扣分未填理由时不能提交，评查文书需要引用理由</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="112" />
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="123" />
        <source>Totals apart by more than:</source>
        <translation>总分相差超过：</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="124" />
        <source>Recheck rule</source>
        <translation>复核规则</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="150" />
        <source>none</source>
        <translation>不设</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="178" />
        <source>Name, year, standard and departments are fixed once it exists.</source>
        <translation>评查活动建立后，名称、年度、评查标准和被评查单位不能再改。</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="179" />
        <source>(no department)</source>
        <translation>（无单位）</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="199" />
        <source>Checklist:</source>
        <translation>督察清单：</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="200" />
        <source>Units inspected:</source>
        <translation>被督察单位：</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="202" />
        <source>Inspectors per unit:</source>
        <translation>每个单位督察人数：</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="228" />
        <source>Enter the campaign's name.</source>
        <translation>请填写评查活动名称。</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="230" />
        <source>Choose a checklist; import one first (File → Import standard…).</source>
        <translation>请选择督察清单；如无，请先导入（文件 → 导入评分标准…）。</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="232" />
        <source>Choose a scoring standard; import one first (File → Import standard…).</source>
        <translation>请选择评查标准；如无，请先导入（文件 → 导入评查标准…）。</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="235" />
        <source>Type the units to inspect and add them.</source>
        <translation>请输入被督察单位并点“添加”。</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="238" />
        <source>There are no case files yet: import a case list first (File → Import case list…).</source>
        <translation>案卷库中还没有案卷：请先导入案件台账（文件 → 导入案件台账…）。</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="243" />
        <source>Choose at least one unit.</source>
        <translation>请至少选择一个被督察单位。</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="245" />
        <source>Choose at least one department.</source>
        <translation>请至少选择一个被评查单位。</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="250" />
        <source>The notice prefix is the office's abbreviation only (e.g. 鄂州司函): no spaces, digits or brackets; the year and number are added to it.</source>
        <translation>机关代字只填机关简称（如 鄂州司函），不含空格、数字或括号；年份和序号会自动加上。</translation>
    </message>
</context>
<context>
    <name>CaseImportDialog</name>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="55" />
        <source>Choose a case register</source>
        <translation>选择案件台账</translation>
    </message>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="56" />
        <source>Spreadsheets (*.xlsx *.xls *.csv)</source>
        <translation>表格文件 (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="57" />
        <location filename="../../ui/imports/case_import_dialog.py" line="179" />
        <source>Import cases</source>
        <translation>导入案件</translation>
    </message>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="62" />
        <source>Use the department named in each row</source>
        <translation>按各行填写的执法部门</translation>
    </message>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="64" />
        <source>Update cases already stored (list each change; delete nothing)</source>
        <translation>更新已有案件（逐项列出改动，不删除案件）</translation>
    </message>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="67" />
        <source>For an updated register of a department: its stored case numbers take the new values.</source>
        <translation>用于部门更新后的台账：案件库中已有的案号改为台账中的新内容。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="75" />
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="76" />
        <source>Department</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="77" />
        <source>Case title</source>
        <translation>案件名称</translation>
    </message>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="78" />
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="79" />
        <source>Filed on</source>
        <translation>立案日期</translation>
    </message>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="80" />
        <source>Closed on</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="81" />
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="89" />
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="90" />
        <source>Department for rows without one:</source>
        <translation>未填执法部门的行归入：</translation>
    </message>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="122" />
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="125" />
        <source>Preview cancelled.</source>
        <translation>已取消预览。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="133" />
        <source>The table shows the first {shown} of {total} cases.</source>
        <translation>表中仅列出前 {shown} 条，共 {total} 条案件。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="171" />
        <source>Importing {name}…</source>
        <translation>正在导入 {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="174" />
        <source>Import cancelled; nothing was written.</source>
        <translation>已取消导入，未写入任何数据。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports/case_import_dialog.py" line="179" />
        <source>Imported %n case(s).</source>
        <translation><numerusform>已导入 %n 条案件。</numerusform></translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <location filename="../../ui/cases/case_list_model.py" line="29" />
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_list_model.py" line="30" />
        <source>Department</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_list_model.py" line="31" />
        <source>Case name</source>
        <translation>案件名称</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_list_model.py" line="32" />
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_list_model.py" line="33" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_list_model.py" line="34" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_list_model.py" line="35" />
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_list_model.py" line="36" />
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_list_model.py" line="37" />
        <source>Reviewers</source>
        <translation>评查人</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_list_model.py" line="78" />
        <source>Unit inspected</source>
        <translation>被督察单位</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <location filename="../../ui/cases/case_list_view.py" line="73" />
        <location filename="../../ui/cases/case_list_view.py" line="151" />
        <source>Search case number, name, party, officer</source>
        <translation>搜索案号、案件名称、当事人、承办人</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_list_view.py" line="75" />
        <source>Filter by department</source>
        <translation>按单位筛选</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_list_view.py" line="76" />
        <source>Filter by status</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_list_view.py" line="77" />
        <source>Filter by grade</source>
        <translation>按等级筛选</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_list_view.py" line="81" />
        <source>My files</source>
        <translation>我的案卷</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_list_view.py" line="82" />
        <source>Only the files assigned to me (Ctrl+M shows all files)</source>
        <translation>只显示分配给我的案卷（Ctrl+M 显示全部案卷）</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_list_view.py" line="149" />
        <source>Search unit</source>
        <translation>搜索单位</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_list_view.py" line="195" />
        <source>All departments</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_list_view.py" line="191" />
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_list_view.py" line="192" />
        <source>All grades</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_list_view.py" line="195" />
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_list_view.py" line="220" />
        <source>to do {todo} · done {done}</source>
        <translation>待评 {todo} · 已提交 {done}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cases/case_list_view.py" line="289" />
        <source>Showing {shown} of %n unit(s)</source>
        <translation><numerusform>显示 {shown} 个，共 %n 个单位</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cases/case_list_view.py" line="291" />
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
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../ui/exchange/conflicts_dialog.py" line="56" />
        <source>Merge conflicts — {name}</source>
        <translation>合并冲突 — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/conflicts_dialog.py" line="59" />
        <source>File or unit</source>
        <translation>案卷或单位</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/conflicts_dialog.py" line="33" />
        <source>Declared conflicts</source>
        <translation>申报回避</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/conflicts_dialog.py" line="36" />
        <location filename="../../ui/campaigns/conflicts_dialog.py" line="54" />
        <location filename="../../ui/exchange/conflicts_dialog.py" line="60" />
        <source>Reviewer</source>
        <translation>评查人员</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/conflicts_dialog.py" line="37" />
        <source>Avoids</source>
        <translation>回避</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/conflicts_dialog.py" line="38" />
        <location filename="../../ui/campaigns/conflicts_dialog.py" line="57" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/conflicts_dialog.py" line="43" />
        <source>A department</source>
        <translation>一个部门</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/conflicts_dialog.py" line="44" />
        <source>One file (case number)</source>
        <translation>一件案卷（案号）</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/conflicts_dialog.py" line="48" />
        <source>Case number, e.g. 交罚〔2026〕12号</source>
        <translation>案号，如 交罚〔2026〕12号</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/conflicts_dialog.py" line="50" />
        <source>Why (kept in the audit log)</source>
        <translation>回避理由（记入审计日志）</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/conflicts_dialog.py" line="51" />
        <source>Declare</source>
        <translation>登记回避</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/conflicts_dialog.py" line="82" />
        <source>No reviewers yet: import the reviewer list first (Assign reviewers…).</source>
        <translation>还没有评查人员：请先导入评查人员名单（分配评查人员…）。</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/conflicts_dialog.py" line="107" />
        <source>Declared. The next assignment honours it.</source>
        <translation>已登记。下次分配将予回避。</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/conflicts_dialog.py" line="62" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/conflicts_dialog.py" line="63" />
        <source>Kept aside</source>
        <translation>已另存（不再分配）</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/conflicts_dialog.py" line="63" />
        <source>Both changed</source>
        <translation>双方均有修改</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/conflicts_dialog.py" line="73" />
        <source>Reason (kept in the audit log)</source>
        <translation>处理理由（记入修改记录）</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/conflicts_dialog.py" line="77" />
        <source>Keep master's version</source>
        <translation>保留组织者版本</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/conflicts_dialog.py" line="80" />
        <source>Take reviewer's version</source>
        <translation>采用评查人员版本</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/conflicts_dialog.py" line="84" />
        <source>Master (in force)</source>
        <translation>组织者工作库（现行）</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/conflicts_dialog.py" line="85" />
        <source>Reviewer's package</source>
        <translation>评查人员回收包</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/conflicts_dialog.py" line="110" />
        <source>No open conflicts.</source>
        <translation>没有待处理的合并冲突。</translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message>
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="33" />
        <source>Progress — {name}</source>
        <translation>评查进度 — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="36" />
        <source>Scored</source>
        <translation>已评查</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="37" />
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="38" />
        <source>Awaiting arbitration</source>
        <translation>待复核</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="39" />
        <source>Final</source>
        <translation>已定分</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="43" />
        <source>Reviewer</source>
        <translation>评查人</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="44" />
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="54" />
        <source>Department</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="45" />
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="56" />
        <source>Assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="47" />
        <source>Not submitted</source>
        <translation>未提交</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="48" />
        <source>Package issued</source>
        <translation>任务包分发</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="49" />
        <source>Results back</source>
        <translation>最近回收</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="55" />
        <source>Files</source>
        <translation>案卷数</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="68" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="72" />
        <source>Per reviewer</source>
        <translation>按评查人</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="73" />
        <source>Per department</source>
        <translation>按被评查单位</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="106" />
        <source>The %n drawn file(s) of the campaign.</source>
        <translation><numerusform>本次评查抽取的 %n 件案卷。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="108" />
        <source>All %n file(s) of the campaign (no draw).</source>
        <translation><numerusform>本次评查的全部 %n 件案卷（未抽取）。</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="112" />
        <source>In all: {assigned} assigned, {scored} scored, {submitted} submitted, {awaiting} awaiting arbitration, {final} final.</source>
        <translation>合计：已分配 {assigned} 件，已评查 {scored} 件，已提交 {submitted} 件，待复核 {awaiting} 件，已定分 {final} 件。</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="125" />
        <source>The campaign cannot close yet; the list above says why.</source>
        <translation>评查活动尚不能结束，原因见上方列表。</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="127" />
        <source>Nothing blocks closing the campaign.</source>
        <translation>评查活动已可结束。</translation>
    </message>
</context>
<context>
    <name>DatabaseCommands</name>
    <message>
        <location filename="../../ui/files/database_commands.py" line="35" />
        <source>Open database</source>
        <translation>打开工作库</translation>
    </message>
    <message>
        <location filename="../../ui/files/database_commands.py" line="37" />
        <location filename="../../ui/files/database_commands.py" line="107" />
        <source>Workbench database (*.sqlite)</source>
        <translation>工作库 (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../ui/files/database_commands.py" line="105" />
        <location filename="../../ui/files/database_commands.py" line="114" />
        <source>Back up database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <location filename="../../ui/files/database_commands.py" line="114" />
        <source>Choose a file other than the database.</source>
        <translation>请选择与数据库不同的文件。</translation>
    </message>
    <message>
        <location filename="../../ui/files/database_commands.py" line="122" />
        <source>Backup saved: {path}</source>
        <translation>已备份到：{path}</translation>
    </message>
    <message>
        <location filename="../../ui/files/database_commands.py" line="128" />
        <source>Daily backups</source>
        <translation>每日备份</translation>
    </message>
    <message>
        <location filename="../../ui/files/database_commands.py" line="129" />
        <source>Daily backups to keep beside the database (0: none):</source>
        <translation>在数据库旁保留的每日备份份数（0 表示不备份）：</translation>
    </message>
</context>
<context>
    <name>DocumentTemplates</name>
    <message>
        <location filename="../../workbench/exports/template_catalogue.py" line="39" />
        <source>Issuing office</source>
        <translation>发文机关</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/template_catalogue.py" line="44" />
        <source>Issuer mark (red)</source>
        <translation>发文机关标志（红头）</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/template_catalogue.py" line="51" />
        <source>Bulletin: addressees</source>
        <translation>通报：主送机关</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/template_catalogue.py" line="58" />
        <source>Bulletin: basis and scope</source>
        <translation>通报：依据与范围</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/template_catalogue.py" line="65" />
        <source>Bulletin: requirements</source>
        <translation>通报：工作要求</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/template_catalogue.py" line="72" />
        <source>Notice: basis</source>
        <translation>整改通知：依据</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/template_catalogue.py" line="90" />
        <source>Notice: what must be corrected</source>
        <translation>整改通知：整改事项</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/template_catalogue.py" line="97" />
        <source>Notice: how to report back</source>
        <translation>整改通知：反馈方式</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/template_catalogue.py" line="104" />
        <source>Notice: objection and re-check</source>
        <translation>整改通知：异议与复核</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/template_catalogue.py" line="111" />
        <source>Notice: days allowed for rectification</source>
        <translation>整改通知：整改期限（天）</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/template_catalogue.py" line="118" />
        <source>Contact line</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/template_catalogue.py" line="126" />
        <source>Copies to</source>
        <translation>抄送</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/template_catalogue.py" line="132" />
        <source>Printed by</source>
        <translation>印发机关</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/template_catalogue.py" line="138" />
        <source>Supervision bulletin: addressees</source>
        <translation>督察通报：主送机关</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/template_catalogue.py" line="145" />
        <source>Supervision bulletin: basis and scope</source>
        <translation>督察通报：依据与范围</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/template_catalogue.py" line="152" />
        <source>Supervision bulletin: requirements</source>
        <translation>督察通报：工作要求</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/template_catalogue.py" line="159" />
        <source>Supervision notice: basis</source>
        <translation>督察整改通知：依据</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/template_catalogue.py" line="166" />
        <source>Supervision notice: what must be corrected</source>
        <translation>督察整改通知：整改事项</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/template_catalogue.py" line="173" />
        <source>Supervision notice: how to report back</source>
        <translation>督察整改通知：反馈方式</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/template_catalogue.py" line="180" />
        <source>Supervision notice: objection and re-check</source>
        <translation>督察整改通知：异议与复核</translation>
    </message>
</context>
<context>
    <name>DrawDialog</name>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="46" />
        <source>Chosen by the unit</source>
        <translation>单位自选</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="47" />
        <source>Random</source>
        <translation>随机抽取</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="63" />
        <source>Draw files — {name}</source>
        <translation>抽取案卷 — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="65" />
        <source>Publish the seed before the draw, so anyone can repeat it</source>
        <translation>抽取前公布随机种子，任何人都可据此复核</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="66" />
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="67" />
        <source>Files per department:</source>
        <translation>每个单位抽取件数：</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="68" />
        <source>Share of each department:</source>
        <translation>每个单位抽取比例：</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="77" />
        <source>A fraction (0.1) or a percentage (10%)</source>
        <translation>小数（0.1）或百分比（10%）</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="78" />
        <source>no minimum</source>
        <translation>不限最少</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="79" />
        <source>no maximum</source>
        <translation>不限最多</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="80" />
        <source>Draw departments too; how many:</source>
        <translation>同时随机抽取单位，数量：</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="85" />
        <source>Case numbers the departments chose themselves, one a line</source>
        <translation>单位自选案卷的案号，每行一个</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="92" />
        <source>Department</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="93" />
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="94" />
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="95" />
        <source>Selection</source>
        <translation>抽取方式</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="104" />
        <source>Run the draw</source>
        <translation>抽取</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="105" />
        <source>Verify</source>
        <translation>核验</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="122" />
        <source>No draw yet: until one is run, the campaign covers all its files. Publish a seed (or Generate one), choose how many files per department, then Run the draw.</source>
        <translation>尚未抽取：抽取前，本活动包含全部案卷。请公布随机种子（或点“生成”），设定每个单位抽取件数，再点“抽取”。</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="146" />
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="149" />
        <source>At least, per department:</source>
        <translation>每个单位最少：</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="150" />
        <source>At most, per department:</source>
        <translation>每个单位最多：</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="152" />
        <source>Files chosen by the unit:</source>
        <translation>单位自选案卷：</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="217" />
        <source>Draw files</source>
        <translation>抽取案卷</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="218" />
        <source>Replace the recorded draw (seed {seed}) with a new one?</source>
        <translation>要以新的抽取替换已记录的抽取结果（种子 {seed}）吗？</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="224" />
        <source>Drawing files…</source>
        <translation>正在抽取案卷…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="227" />
        <source>Draw cancelled; nothing was recorded.</source>
        <translation>已取消抽取，未记录任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="239" />
        <source>(no department)</source>
        <translation>（无单位）</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="242" />
        <source>Seed: {seed}; algorithm: {algorithm}</source>
        <translation>随机种子：{seed}；算法：{algorithm}</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="245" />
        <source>Population: {size} files, SHA-256 {hash}</source>
        <translation>案卷范围：{size} 件，SHA-256 {hash}</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="248" />
        <source>Drawn: {drawn} files by {operator} at {at}</source>
        <translation>抽取结果：{drawn} 件，操作人 {operator}，时间 {at}</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="251" />
        <source>Per department: {counts}</source>
        <translation>各单位：{counts}</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="264" />
        <source>Verifying the draw…</source>
        <translation>正在核验抽取结果…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="272" />
        <source>Verified: the recorded draw matches.</source>
        <translation>核验一致：重新抽取的结果与记录相同。</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="274" />
        <source>The recorded draw differs from a new derivation; see the list.</source>
        <translation>核验不一致：重新抽取的结果与记录不同，详见列表。</translation>
    </message>
</context>
<context>
    <name>EntryCommand</name>
    <message>
        <location filename="../../ui/scoring/commands.py" line="143" />
        <source>Record on “{item}”</source>
        <translation>录入「{item}」</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/commands.py" line="145" />
        <source>Delete from “{item}”</source>
        <translation>删除「{item}」的记录</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/commands.py" line="147" />
        <source>Change “{item}”</source>
        <translation>修改「{item}」</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/commands.py" line="156" />
        <source>undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/commands.py" line="179" />
        <source>Change the remarks</source>
        <translation>修改评查意见</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="161" />
        <source>Cannot complete the operation</source>
        <translation>操作未完成</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="196" />
        <source>The details could not be saved to a log file.</source>
        <translation>详细信息未能写入日志文件。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="198" />
        <source>The details were saved to {path}; please send this file to the developers.</source>
        <translation>详细信息已写入 {path}，请将此文件发给开发人员。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="201" />
        <source>The workbench hit an internal error.</source>
        <translation>工作台发生内部错误。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="202" />
        <source>Internal error</source>
        <translation>内部错误</translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <location filename="../../ui/exchange/menu.py" line="35" />
        <source>Open task package…</source>
        <translation>打开任务包…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/menu.py" line="36" />
        <source>Export result package…</source>
        <translation>导出回收包…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/menu.py" line="37" />
        <source>Issue task packages…</source>
        <translation>分发任务包…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/menu.py" line="38" />
        <source>Merge result package…</source>
        <translation>合并回收包…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/menu.py" line="39" />
        <source>Merge conflicts…</source>
        <translation>合并冲突…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/menu.py" line="63" />
        <source>Reviewer copy of {reviewer} — {name}</source>
        <translation>评查人员副本：{reviewer} — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/menu.py" line="97" />
        <source>Not on a reviewer copy: the organiser does this on the master.</source>
        <translation>评查人员副本中不可用：由组织者在工作库中操作。</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/menu.py" line="99" />
        <source>Reviewer copy: {name} scores their own files here</source>
        <translation>评查人员副本：{name} 在此评查本人的案卷</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/menu.py" line="126" />
        <source>Folder for the result package (e.g. the USB stick)</source>
        <translation>回收包保存位置（例如 U 盘）</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/menu.py" line="139" />
        <source>Result package</source>
        <translation>回收包</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/menu.py" line="140" />
        <source>{sheets} sheet(s), {submitted} submitted, written to:
{path}</source>
        <translation>共 {sheets} 份评查表，其中 {submitted} 份已提交，已写入：
{path}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="64" />
        <source>Export results — {name}</source>
        <translation>导出评查结果 — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="67" />
        <source>Results workbook (Excel)</source>
        <translation>评查结果工作簿（Excel）</translation>
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="68" />
        <source>Evaluation sheets (one per department; PDF only)</source>
        <translation>评查表（每个单位一份；仅 PDF）</translation>
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="69" />
        <source>Feedback to departments</source>
        <translation>反馈意见</translation>
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="70" />
        <source>Bulletin</source>
        <translation>通报</translation>
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="72" />
        <source>Rectification notices (numbers are issued and recorded once, whatever the format)</source>
        <translation>整改通知书（文号只编发一次并登记，两种格式共用）</translation>
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="82" />
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="83" />
        <source>Word (.docx: bulletin, notices, feedback; to finish in Word or WPS)</source>
        <translation>Word（.docx：通报、整改通知书、反馈意见；可在 Word 或 WPS 中修改定稿）</translation>
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="99" />
        <source>Select all</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="100" />
        <source>Select none</source>
        <translation>全不选</translation>
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="112" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="122" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="128" />
        <source>What:</source>
        <translation>导出内容：</translation>
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="129" />
        <source>Formats:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="134" />
        <source>Departments:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="134" />
        <source>Units inspected:</source>
        <translation>被督察单位：</translation>
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="135" />
        <source>Folder:</source>
        <translation>保存到：</translation>
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="183" />
        <source>Choose the export folder</source>
        <translation>选择导出文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="240" />
        <source>Exporting {name}…</source>
        <translation>正在导出到 {name}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exports/export_dialog.py" line="256" />
        <source>%n file(s) exported to {folder}.</source>
        <translation><numerusform>已导出 %n 个文件到 {folder}。</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="257" />
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="263" />
        <source>Export cancelled; no file was written.</source>
        <translation>已取消导出，未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="268" />
        <source>Issue the numbered documents anyway? The bulletin will state how many are not final.</source>
        <translation>仍要制发编号公文吗？通报将写明尚未定分的数量。</translation>
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="270" />
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
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="21" />
        <source>Change history — {name}</source>
        <translation>修改记录 — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="25" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="26" />
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="27" />
        <source>What</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="28" />
        <source>Change</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="29" />
        <source>Old</source>
        <translation>原值</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="30" />
        <source>New</source>
        <translation>新值</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="31" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/audit/history_dialog.py" line="39" />
        <source>%n change(s) recorded.</source>
        <translation><numerusform>共 %n 条修改记录。</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="43" />
        <source>Nothing is recorded on this file yet: every score, submission and decision on it appears here.</source>
        <translation>本案卷尚无修改记录：此后对它的每次评分、提交和复核决定都会记录在此。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="33" />
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="34" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="97" />
        <source>Choose a file first.</source>
        <translation>请先选择文件。</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../../ui/exchange/issue_dialog.py" line="44" />
        <source>Issue task packages — {name}</source>
        <translation>分发任务包 — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/issue_dialog.py" line="52" />
        <source>issued {n}×, last {at}</source>
        <translation>已分发 {n} 次，最近 {at}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/issue_dialog.py" line="54" />
        <source>not issued yet</source>
        <translation>尚未分发</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/issue_dialog.py" line="62" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/issue_dialog.py" line="65" />
        <source>Leave the scans out (smaller packages)</source>
        <translation>不附带扫描件（任务包更小）</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/issue_dialog.py" line="69" />
        <source>Reviewer</source>
        <translation>评查人员</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/issue_dialog.py" line="70" />
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/issue_dialog.py" line="71" />
        <source>Package file</source>
        <translation>任务包文件</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/issue_dialog.py" line="77" />
        <source>Issue</source>
        <translation>分发</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/issue_dialog.py" line="79" />
        <source>Save handover sheet…</source>
        <translation>保存交接单…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/issue_dialog.py" line="85" />
        <source>Folder:</source>
        <translation>保存到：</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/issue_dialog.py" line="89" />
        <source>Reviewers with assigned files (untick those who need no package):</source>
        <translation>已分配任务的评查人员（不需要任务包的请取消勾选）：</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/issue_dialog.py" line="94" />
        <source>Hand each reviewer their passphrase separately from the package:</source>
        <translation>请把口令与任务包分开交给每位评查人员：</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/issue_dialog.py" line="108" />
        <source>No reviewer has files assigned yet: assign reviewers first (Campaign → Assign reviewers…), then issue their packages.</source>
        <translation>还没有评查人员分到案卷：请先分配评查人员（活动 → 分配评查人员…），再分发任务包。</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/issue_dialog.py" line="115" />
        <source>Folder for the packages</source>
        <translation>任务包保存位置</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/issue_dialog.py" line="127" />
        <source>Tick at least one reviewer.</source>
        <translation>请至少勾选一名评查人员。</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/issue_dialog.py" line="140" />
        <source>Issuing task packages…</source>
        <translation>正在制作任务包…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/issue_dialog.py" line="143" />
        <source>Cancelled; the packages already written are listed.</source>
        <translation>已取消；已写出的任务包见下表。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/issue_dialog.py" line="152" />
        <source>%n package(s) written to {folder}.</source>
        <translation><numerusform>已写出 %n 个任务包到 {folder}。</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/issue_dialog.py" line="160" />
        <source>Save handover sheet</source>
        <translation>保存交接单</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/issue_dialog.py" line="189" />
        <source>Handover sheet saved: {path}</source>
        <translation>交接单已保存：{path}</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="188" />
        <source>Not met</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="164" />
        <source>Veto found</source>
        <translation>存在否决情形</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="75" />
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="77" />
        <source>Reason, as the documents will quote it</source>
        <translation>扣分理由（评查文书将引用）</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="82" />
        <location filename="../../ui/scoring/item_editor.py" line="199" />
        <source>New deduction</source>
        <translation>新增扣分</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="83" />
        <source>Delete entry</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="89" />
        <location filename="../../ui/scoring/item_editor.py" line="198" />
        <source>Deduction</source>
        <translation>扣分</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="93" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="94" />
        <source>Page</source>
        <translation>页码</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="102" />
        <source>Recorded on this item</source>
        <translation>本项已记录</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="128" />
        <source>Select an item to score it.</source>
        <translation>请选择评查项目进行评分。</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="152" />
        <source>Evidence: {evidence}</source>
        <translation>佐证材料：{evidence}</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="166" />
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="175" />
        <source>p. {page}</source>
        <translation>第 {page} 页</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="190" />
        <source>{level} ({points})</source>
        <translation>{level}（{points} 分）</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="196" />
        <source>Bonus</source>
        <translation>加分</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="198" />
        <source>Level</source>
        <translation>档次</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="199" />
        <source>New bonus</source>
        <translation>新增加分</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../../ui/start/launcher.py" line="57" />
        <source>Result package</source>
        <translation>回收包</translation>
    </message>
    <message>
        <location filename="../../ui/start/launcher.py" line="59" />
        <source>{name} is a result package: open the campaign's database, then Campaign → Merge result package…</source>
        <translation>{name} 是回收包：请打开评查活动的工作库，再选择“活动 → 合并回收包…”。</translation>
    </message>
</context>
<context>
    <name>LedgerDialog</name>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="61" />
        <source>Issued</source>
        <translation>已下发</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="62" />
        <source>Reported</source>
        <translation>已反馈</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="63" />
        <source>Returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="64" />
        <source>Verified</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="65" />
        <source>Closed out</source>
        <translation>已销号</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="66" />
        <source>Void</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="73" />
        <source>{status} · overdue</source>
        <translation>{status} · 逾期</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="77" />
        <source>{status} · due soon</source>
        <translation>{status} · 临期</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="90" />
        <source>Notice number</source>
        <translation>通知文号</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="94" />
        <source>Line</source>
        <translation>项号</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="95" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="96" />
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="97" />
        <source>Item</source>
        <translation>评查项目</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="98" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="99" />
        <source>Points</source>
        <translation>扣分</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="101" />
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="105" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="107" />
        <source>Reply received</source>
        <translation>反馈日期</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="110" />
        <source>Reply</source>
        <translation>反馈情况</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="112" />
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
        <location filename="../../ui/rectification/ledger_dialog.py" line="210" />
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="256" />
        <source>{shown} of {lines} lines shown. {reported} reported, {verified} verified, {closed} closed out; {due_soon} due soon, {overdue} overdue (as of {today}).</source>
        <translation>共 {lines} 项，显示 {shown} 项。已反馈 {reported}，审核通过 {verified}，已销号 {closed}；临期 {due_soon}，逾期 {overdue}（截至 {today}）。</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="272" />
        <source>No rectification lines yet. Each rectification notice issued for this campaign (File → Export results… → Rectification notices) adds one line per problem it lists.</source>
        <translation>台账中还没有整改事项。为本次评查制发整改通知书（文件 → 导出结果… → 整改通知书）后，通知书列出的每个问题都会成为台账中的一项。</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="358" />
        <location filename="../../ui/rectification/ledger_dialog.py" line="374" />
        <location filename="../../ui/rectification/ledger_dialog.py" line="380" />
        <source>Export the rectification ledger</source>
        <translation>导出整改台账</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="358" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="375" />
        <source>The ledger could not be saved: {error}</source>
        <translation>整改台账未能保存：{error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rectification/ledger_dialog.py" line="381" />
        <source>%n line(s) saved to {path}.</source>
        <translation><numerusform>已将 %n 项整改事项保存到 {path}。</numerusform></translation>
    </message>
</context>
<context>
    <name>ListImportDialog</name>
    <message>
        <location filename="../../ui/campaigns/list_imports.py" line="33" />
        <source>Spreadsheets (*.xlsx *.xls *.csv)</source>
        <translation>表格文件 (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/list_imports.py" line="42" />
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/list_imports.py" line="68" />
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/list_imports.py" line="71" />
        <source>Preview cancelled.</source>
        <translation>已取消预览。</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/list_imports.py" line="90" />
        <source>Importing {name}…</source>
        <translation>正在导入 {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/list_imports.py" line="93" />
        <source>Import cancelled; nothing was written.</source>
        <translation>已取消导入，未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="65" />
        <source>Sign in — {name}</source>
        <translation>登录 — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="80" />
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="84" />
        <source>This database has accounts. Sign in to work in it.</source>
        <translation>本数据库已建立账户，请登录后使用。</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="87" />
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="88" />
        <source>Password:</source>
        <translation>口令：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="56" />
        <source>Case Review Workbench — {name}</source>
        <translation>案卷评查工作台 — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="68" />
        <source>This file is assigned to other reviewers. Scoring is blind: only they see their sheets.</source>
        <translation>该案卷已分配给其他评查人员。评查采用背靠背方式，只有被分配的评查人员能看到各自的评查表。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141" />
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144" />
        <source>Import case list…</source>
        <translation>导入案件台账…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146" />
        <source>Import standard…</source>
        <translation>导入评分标准…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147" />
        <source>Open database…</source>
        <translation>打开数据库…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153" />
        <source>Switch user…</source>
        <translation>切换用户…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154" />
        <source>Change my password…</source>
        <translation>修改我的口令…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="155" />
        <source>New database…</source>
        <translation>新建工作库…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111" />
        <source>Fill in the issuing office (Settings → Issuing office) before issuing documents.</source>
        <translation>制发公文前，请先填写发文机关信息（设置 → 发文机关信息）。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149" />
        <location filename="../../ui/main_window.py" line="273" />
        <source>Next file</source>
        <translation>下一卷</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150" />
        <location filename="../../ui/main_window.py" line="272" />
        <source>Previous file</source>
        <translation>上一卷</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151" />
        <source>Submit score sheet…</source>
        <translation>提交评查表…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156" />
        <source>Reopen submitted sheet…</source>
        <translation>退回已提交的评查表…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157" />
        <source>Full case list</source>
        <translation>完整案卷列表</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159" />
        <source>Show scan</source>
        <translation>显示扫描件</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161" />
        <source>Attach scan…</source>
        <translation>附加扫描件…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162" />
        <source>My files only</source>
        <translation>只看我的案卷</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163" />
        <source>Search the case list</source>
        <translation>搜索案卷</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164" />
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170" />
        <source>Export results…</source>
        <translation>导出评查结果…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171" />
        <source>Back up database…</source>
        <translation>备份数据库…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185" />
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188" />
        <source>&amp;Review</source>
        <translation>评查(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191" />
        <source>Change history…</source>
        <translation>修改记录…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195" />
        <source>Recheck and final scores…</source>
        <translation>复核定分…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201" />
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="202" />
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208" />
        <source>Issuing office…</source>
        <translation>发文机关信息…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210" />
        <source>Document templates…</source>
        <translation>公文模板…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="212" />
        <source>Daily backups to keep…</source>
        <translation>每日备份保留份数…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213" />
        <source>Accounts…</source>
        <translation>账户管理…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217" />
        <source>About…</source>
        <translation>关于…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220" />
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="256" />
        <source>Signed in: {name} ({roles})</source>
        <translation>当前用户：{name}（{roles}）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262" />
        <source>No accounts: {name} may do everything</source>
        <translation>未建账户：{name} 可进行全部操作</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="272" />
        <source>Previous unit</source>
        <translation>上一个单位</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="273" />
        <source>Next unit</source>
        <translation>下一个单位</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106" />
        <source>No campaign yet. Import a case list (File menu), then create one (Campaign → New).</source>
        <translation>尚无评查活动。请先导入案件台账（文件菜单），再新建评查活动（活动 → 新建评查活动或督察轮次）。</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/exchange/merge_dialog.py" line="25" />
        <source>Merge a result package</source>
        <translation>合并回收包</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/merge_dialog.py" line="27" />
        <source>Choose a result package</source>
        <translation>选择回收包</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/merge_dialog.py" line="28" />
        <source>Result package (*.wbresult)</source>
        <translation>回收包 (*.wbresult)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/merge_dialog.py" line="33" />
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/merge_dialog.py" line="34" />
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/merge_dialog.py" line="38" />
        <source>Result package from a reviewer's laptop:</source>
        <translation>评查人员电脑导出的回收包：</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/merge_dialog.py" line="56" />
        <source>Choose a result package first.</source>
        <translation>请先选择回收包。</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/merge_dialog.py" line="61" />
        <source>Reading the package…</source>
        <translation>正在读取回收包…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/merge_dialog.py" line="64" />
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/merge_dialog.py" line="73" />
        <source>Conflicts keep the master's version; resolve them under Campaign → Conflicts.</source>
        <translation>有冲突的评查表保留组织者版本，请在“活动 → 合并冲突”中处理。</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/merge_dialog.py" line="82" />
        <source>Merging…</source>
        <translation>正在合并…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/merge_dialog.py" line="85" />
        <source>Cancelled; nothing was merged.</source>
        <translation>已取消，未合并任何数据。</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/merge_dialog.py" line="92" />
        <source>Merged.</source>
        <translation>已合并。</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../ui/navigator.py" line="35" />
        <source>Campaign / department</source>
        <translation>评查活动 / 执法部门</translation>
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="35" />
        <source>Assigned / scored / submitted</source>
        <translation>已分配 / 已评 / 已提交</translation>
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="57" />
        <source>{name} (closed)</source>
        <translation>{name}（已结束）</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="116" />
        <source>Create the administrator account</source>
        <translation>建立管理员账户</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="116" />
        <source>New account</source>
        <translation>新建账户</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="134" />
        <source>Create account</source>
        <translation>建立账户</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="136" />
        <source>Not now</source>
        <translation>暂不建立</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="144" />
        <source>This database has no accounts: whoever opens it may do everything. Create the administrator account now to have everyone sign in and work in their role (administrator, lead, reviewer). You will not be asked again for this database.</source>
        <translation>本数据库尚未建立账户：任何打开它的人都可以进行全部操作。现在建立管理员账户后，每个人都须登录，并按各自角色（管理员、组长、评查人员）工作。对本数据库不会再次询问。</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="156" />
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="157" />
        <source>Department:</source>
        <translation>所在单位：</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="158" />
        <source>Roles:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="159" />
        <source>Password (8 characters or more):</source>
        <translation>口令（至少 8 个字符）：</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="160" />
        <source>Password again:</source>
        <translation>再次输入口令：</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="168" />
        <source>The two passwords differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <location filename="../../ui/documents/office_dialog.py" line="26" />
        <source>Issuing office</source>
        <translation>发文机关信息</translation>
    </message>
    <message>
        <location filename="../../ui/documents/office_dialog.py" line="29" />
        <source>Full name, e.g. 鄂州市司法局</source>
        <translation>机关全称，如 鄂州市司法局</translation>
    </message>
    <message>
        <location filename="../../ui/documents/office_dialog.py" line="31" />
        <source>Contact person and phone</source>
        <translation>联系人及电话</translation>
    </message>
    <message>
        <location filename="../../ui/documents/office_dialog.py" line="37" />
        <source>Bulletins and rectification notices are signed with this name and carry the contact as a note. Nothing is numbered until it is filled in.</source>
        <translation>通报和整改通知书以此名称署名，并以附注注明联系人。填写之前不能制发编号公文。</translation>
    </message>
    <message>
        <location filename="../../ui/documents/office_dialog.py" line="43" />
        <source>Issuing office:</source>
        <translation>发文机关：</translation>
    </message>
    <message>
        <location filename="../../ui/documents/office_dialog.py" line="44" />
        <source>Contact:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <location filename="../../ui/documents/office_dialog.py" line="45" />
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
</context>
<context>
    <name>OpenDatabase</name>
    <message>
        <location filename="../../ui/files/open_database.py" line="66" />
        <source>Wrong password. Try again.</source>
        <translation>口令不正确，请重新输入。</translation>
    </message>
    <message>
        <location filename="../../ui/files/open_database.py" line="78" />
        <source>Daily backup failed: {why}</source>
        <translation>每日备份失败：{why}</translation>
    </message>
    <message>
        <location filename="../../ui/files/open_database.py" line="80" />
        <source>Daily backup saved: {path}</source>
        <translation>已保存今日备份：{path}</translation>
    </message>
</context>
<context>
    <name>OpenTaskDialog</name>
    <message>
        <location filename="../../ui/exchange/open_dialog.py" line="40" />
        <source>Open a task package</source>
        <translation>打开任务包</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/open_dialog.py" line="42" />
        <source>Choose a task package</source>
        <translation>选择任务包</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/open_dialog.py" line="43" />
        <source>Task package (*.wbtask)</source>
        <translation>任务包 (*.wbtask)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/open_dialog.py" line="48" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/open_dialog.py" line="61" />
        <source>Task package:</source>
        <translation>任务包：</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/open_dialog.py" line="62" />
        <source>Passphrase:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/open_dialog.py" line="63" />
        <source>Your copy on this computer:</source>
        <translation>本机副本保存为：</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/open_dialog.py" line="91" />
        <source>Your copy</source>
        <translation>本机副本</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/open_dialog.py" line="91" />
        <source>Workbench database (*.sqlite)</source>
        <translation>工作台数据库 (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/open_dialog.py" line="100" />
        <source>Choose the package and where your copy goes.</source>
        <translation>请选择任务包和本机副本的保存位置。</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/open_dialog.py" line="103" />
        <source>Type the passphrase the organiser gave you.</source>
        <translation>请输入组织者提供的口令。</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/open_dialog.py" line="109" />
        <source>Opening the task package…</source>
        <translation>正在打开任务包…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/open_dialog.py" line="112" />
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <location filename="../../ui/start/opening.py" line="43" />
        <source>process {pid} on {host}</source>
        <translation>{host} 上的进程 {pid}</translation>
    </message>
    <message>
        <location filename="../../ui/start/opening.py" line="48" />
        <source>Database already open</source>
        <translation>工作库已被打开</translation>
    </message>
    <message>
        <location filename="../../ui/start/opening.py" line="49" />
        <source>{name} is already open in another window ({holder}).

Both can save, but two people scoring the same campaign at once may overwrite each other's work. Open it anyway?</source>
        <translation>{name} 已在另一个窗口中打开（{holder}）。

两边都能保存，但两人同时评查同一评查活动可能互相覆盖对方的修改。仍要打开吗？</translation>
    </message>
</context>
<context>
    <name>PageStrip</name>
    <message>
        <location filename="../../ui/scans/page_thumbnails.py" line="124" />
        <source>Page thumbnails</source>
        <translation>页面缩略图</translation>
    </message>
</context>
<context>
    <name>PageThumbnails</name>
    <message>
        <location filename="../../ui/scans/page_thumbnails.py" line="71" />
        <source>Page {page}</source>
        <translation>第 {page} 页</translation>
    </message>
</context>
<context>
    <name>PaperScoreImportDialog</name>
    <message>
        <location filename="../../ui/campaigns/list_imports.py" line="170" />
        <source>Import paper score sheets</source>
        <translation>导入纸质评查表</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/list_imports.py" line="171" />
        <source>Choose the typed score sheets</source>
        <translation>选择录入的评查表</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/list_imports.py" line="175" />
        <source>A spreadsheet with one row per deduction and the columns {subject}, 评查项目, 扣分 and 理由 (optionally 页码 and 评查人); a file without deductions is one row with 评查项目 无扣分. Choose it, Preview, then Import: all rows or none.</source>
        <translation>电子表格每行一条扣分，须有“{subject}”“评查项目”“扣分”“理由”列（可选“页码”“评查人”）；无扣分的案卷填一行，评查项目写“无扣分”。选择文件后先“预览”，再“导入”：要么全部导入，要么一行不导入。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/campaigns/list_imports.py" line="195" />
        <source>Imported %n score sheet(s).</source>
        <translation><numerusform>已导入 %n 份评查表。</numerusform></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/files/open_database.py" line="24" />
        <source>Database password</source>
        <translation>数据库口令</translation>
    </message>
    <message>
        <location filename="../../ui/files/open_database.py" line="27" />
        <source>The database {name} is encrypted. Enter its password:</source>
        <translation>数据库 {name} 已加密，请输入数据库口令：</translation>
    </message>
    <message>
        <location filename="../../ui/files/open_database.py" line="42" />
        <source>Password:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="195" />
        <source>New password for {name}</source>
        <translation>为“{name}”设置新口令</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="207" />
        <source>Password (8 characters or more):</source>
        <translation>口令（至少 8 个字符）：</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="208" />
        <source>Password again:</source>
        <translation>再次输入口令：</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="217" />
        <source>The two passwords differ.</source>
        <translation>两次输入的口令不一致。</translation>
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
        <location filename="../../ui/campaigns/list_imports.py" line="109" />
        <source>Import reviewers</source>
        <translation>导入评查人员</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/list_imports.py" line="110" />
        <source>Choose a reviewer list</source>
        <translation>选择评查人员名单</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/list_imports.py" line="113" />
        <source>A spreadsheet with the columns 姓名 and 所在单位, optionally 角色 (组长 or 评查人员) and 回避单位. Choose it, Preview, then Import.</source>
        <translation>电子表格须有“姓名”“所在单位”两列，可选“角色”（组长或评查人员）和“回避单位”。选择文件后先“预览”，再“导入”。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/campaigns/list_imports.py" line="128" />
        <source>Imported %n reviewer(s).</source>
        <translation><numerusform>已导入 %n 名评查人员。</numerusform></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../ui/accounts/roles.py" line="12" />
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/roles.py" line="13" />
        <source>Lead</source>
        <translation>组长</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/roles.py" line="14" />
        <source>Reviewer</source>
        <translation>评查人员</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/roles.py" line="20" />
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ScanViewer</name>
    <message>
        <location filename="../../ui/scans/scan_viewer.py" line="57" />
        <location filename="../../ui/scans/scan_viewer.py" line="143" />
        <source>No scan attached. Attach a PDF or images of the case file.</source>
        <translation>尚未附加扫描件。请附加案卷的 PDF 或图片。</translation>
    </message>
    <message>
        <location filename="../../ui/scans/scan_viewer.py" line="71" />
        <source>Page </source>
        <translation>第 </translation>
    </message>
    <message>
        <location filename="../../ui/scans/scan_viewer.py" line="74" />
        <location filename="../../ui/scans/scan_viewer.py" line="144" />
        <source>Attach scan…</source>
        <translation>附加扫描件…</translation>
    </message>
    <message>
        <location filename="../../ui/scans/scan_viewer.py" line="76" />
        <source>Pin to this page</source>
        <translation>关联到本页</translation>
    </message>
    <message>
        <location filename="../../ui/scans/scan_viewer.py" line="78" />
        <source>Record the page on screen for the current deduction (Ctrl+P)</source>
        <translation>把当前扣分关联到正在显示的页码（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../ui/scans/scan_viewer.py" line="89" />
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../ui/scans/scan_viewer.py" line="90" />
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>放大（Ctrl+滚轮）</translation>
    </message>
    <message>
        <location filename="../../ui/scans/scan_viewer.py" line="93" />
        <location filename="../../ui/scans/scan_viewer.py" line="278" />
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../ui/scans/scan_viewer.py" line="94" />
        <source>Fit the page to the width</source>
        <translation>页面适合宽度</translation>
    </message>
    <message>
        <location filename="../../ui/scans/scan_viewer.py" line="97" />
        <location filename="../../ui/scans/scan_viewer.py" line="278" />
        <source>Fit page</source>
        <translation>适合整页</translation>
    </message>
    <message>
        <location filename="../../ui/scans/scan_viewer.py" line="97" />
        <source>Show the whole page</source>
        <translation>显示整页</translation>
    </message>
    <message>
        <location filename="../../ui/scans/scan_viewer.py" line="98" />
        <source>Rotate a quarter turn</source>
        <translation>旋转 90 度</translation>
    </message>
    <message>
        <location filename="../../ui/scans/scan_viewer.py" line="109" />
        <source>Pages</source>
        <translation>缩略图</translation>
    </message>
    <message>
        <location filename="../../ui/scans/scan_viewer.py" line="111" />
        <source>Show or hide the page thumbnails (F7)</source>
        <translation>显示或隐藏页面缩略图（F7）</translation>
    </message>
    <message>
        <location filename="../../ui/scans/scan_viewer.py" line="139" />
        <source>No evidence attached. Attach the unit's evidence files (PDF or images).</source>
        <translation>尚未附加佐证材料。请附加该单位的佐证材料（PDF 或图片）。</translation>
    </message>
    <message>
        <location filename="../../ui/scans/scan_viewer.py" line="141" />
        <source>Attach evidence…</source>
        <translation>附加佐证材料…</translation>
    </message>
    <message>
        <location filename="../../ui/scans/scan_viewer.py" line="191" />
        <source>of {pages}</source>
        <translation>页，共 {pages} 页</translation>
    </message>
    <message>
        <location filename="../../ui/scans/scan_viewer.py" line="352" />
        <location filename="../../ui/scans/scan_viewer.py" line="357" />
        <source>Attach scan</source>
        <translation>附加扫描件</translation>
    </message>
    <message>
        <location filename="../../ui/scans/scan_viewer.py" line="353" />
        <source>Open a file from the case list first, then attach its scan.</source>
        <translation>请先在案卷列表中打开一件案卷，再附加其扫描件。</translation>
    </message>
    <message>
        <location filename="../../ui/scans/scan_viewer.py" line="357" />
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
        <location filename="../../ui/scoring/score_header.py" line="20" />
        <source>No file open: choose one in the case list to score it.</source>
        <translation>尚未打开案卷：请在左侧案卷列表中选择要评查的案卷。</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_header.py" line="31" />
        <source>Submitted — locked</source>
        <translation>已提交，已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_header.py" line="34" />
        <source>Submit…</source>
        <translation>提交…</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_header.py" line="50" />
        <source>{name}'s sheet</source>
        <translation>{name} 的评查表</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_header.py" line="50" />
        <source>Unsigned sheet</source>
        <translation>未署名评查表</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_header.py" line="56" />
        <source>Submit this score sheet? It is then locked; only the lead can reopen it.</source>
        <translation>提交此评查表？提交后即锁定，只有组长可以退回。</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_header.py" line="58" />
        <source>Submit the score sheet of {case}: total {total}, grade {grade}?
It is then locked; only the lead can reopen it.</source>
        <translation>提交 {case} 的评查表：总分 {total}，等级 {grade}？
提交后即锁定，只有组长可以退回。</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_header.py" line="67" />
        <source>Not scored</source>
        <translation>未评</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_header.py" line="74" />
        <source>Total {total} / {maximum} (incl. +{bonus} bonus)</source>
        <translation>总分 {total} / {maximum}（含加分 {bonus}）</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_header.py" line="78" />
        <source>Total {total} / {maximum}</source>
        <translation>总分 {total} / {maximum}</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_header.py" line="83" />
        <source>Veto: {items}</source>
        <translation>否决项：{items}</translation>
    </message>
</context>
<context>
    <name>ScoreTreeModel</name>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="68" />
        <source>Item</source>
        <translation>评查项目</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="69" />
        <source>Max</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="70" />
        <source>Rule</source>
        <translation>扣分标准</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="71" />
        <source>Recorded</source>
        <translation>扣分记录</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="72" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="73" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="84" />
        <source>Veto items</source>
        <translation>否决项</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="251" />
        <source>Capped at +{cap}</source>
        <translation>加分以 {cap} 分为限</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="256" />
        <source>Not met</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="259" />
        <source>At floor</source>
        <translation>扣完为止</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="265" />
        <source>Veto found</source>
        <translation>存在否决情形</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="267" />
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="279" />
        <source>Veto: the total becomes 0</source>
        <translation>否决：总分为 0 分</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="281" />
        <source>Veto: all points are deducted</source>
        <translation>否决：扣除全部分数</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="283" />
        <source>Veto: graded {grade}</source>
        <translation>否决：等次为{grade}</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="285" />
        <source>Veto: grade at most {grade}</source>
        <translation>否决：等次不得高于{grade}</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="287" />
        <source>Veto: deducts {points} points</source>
        <translation>否决：扣 {points} 分</translation>
    </message>
</context>
<context>
    <name>ScoringPanel</name>
    <message>
        <location filename="../../ui/scoring/scoring_panel.py" line="63" />
        <location filename="../../ui/scoring/scoring_panel.py" line="147" />
        <source>Remarks on the whole file</source>
        <translation>对本案卷的总体评查意见</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/scoring_panel.py" line="147" />
        <source>Remarks on the whole unit</source>
        <translation>对该单位的总体督察意见</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/scoring_panel.py" line="186" />
        <location filename="../../ui/scoring/scoring_panel.py" line="191" />
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/scoring_panel.py" line="191" />
        <source>Open a file from the case list first.</source>
        <translation>请先在案卷列表中打开一件案卷。</translation>
    </message>
</context>
<context>
    <name>ScoringSplit</name>
    <message>
        <location filename="../../ui/scoring/scoring_split.py" line="29" />
        <source>Remarks</source>
        <translation>评查意见</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../ui/shortcuts.py" line="27" />
        <source>Next of my unfinished files</source>
        <translation>我的下一件未完成案卷</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="28" />
        <source>Previous of my unfinished files</source>
        <translation>我的上一件未完成案卷</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="29" />
        <source>Next / previous item in the list</source>
        <translation>列表中的下一项 / 上一项</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="30" />
        <source>Next item, from inside the editor</source>
        <translation>下一评查项目（在编辑区内）</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="32" />
        <source>Previous item, from inside the editor</source>
        <translation>上一评查项目（在编辑区内）</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="34" />
        <source>Back to the item list</source>
        <translation>回到评查项目列表</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="38" />
        <source>Toggle the defect of a fixed-deduction item, or a veto</source>
        <translation>切换定额扣分项的问题或否决情形</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="42" />
        <source>Start entering a count, an amount or a tier</source>
        <translation>开始录入处数、扣分或档次</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="46" />
        <source>In the case list: score the file; in the editor: save what is being typed</source>
        <translation>在案卷列表中：进入该案卷的评查表；在编辑区中：保存正在输入的内容</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="51" />
        <source>Jump to the reason</source>
        <translation>跳到扣分理由</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="52" />
        <source>Jump to the page number</source>
        <translation>跳到页码</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="54" />
        <source>Mark the item not applicable, or undo that</source>
        <translation>标记本项不适用，或取消</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="56" />
        <source>New deduction on the item</source>
        <translation>本项新增扣分</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="58" />
        <source>Pin the deduction to the scan page on screen</source>
        <translation>将扣分关联到当前扫描页</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="60" />
        <source>Undo the last edit</source>
        <translation>撤销上一次修改</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="61" />
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="62" />
        <source>Submit the score sheet</source>
        <translation>提交评查表</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="64" />
        <source>Full case list, or the slim list</source>
        <translation>完整案卷列表，或精简列表</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="65" />
        <source>Show or hide the scan</source>
        <translation>显示或隐藏扫描件</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="66" />
        <source>Show or hide the scan's page thumbnails</source>
        <translation>显示或隐藏扫描件的页面缩略图</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="68" />
        <source>Zoom the scan in (also Ctrl+wheel)</source>
        <translation>放大扫描件（也可 Ctrl+滚轮）</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="70" />
        <source>Zoom the scan out</source>
        <translation>缩小扫描件</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="71" />
        <source>Fit the scan to the width</source>
        <translation>扫描件适合宽度</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="72" />
        <source>Fit the whole scan page</source>
        <translation>扫描件适合整页</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="73" />
        <source>Rotate the scan a quarter turn</source>
        <translation>扫描件旋转 90 度</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="74" />
        <source>My files only, or all files</source>
        <translation>只看我的案卷，或全部案卷</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="75" />
        <source>Search the case list</source>
        <translation>搜索案卷</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="77" />
        <source>Import a case list</source>
        <translation>导入案件台账</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="78" />
        <source>New database</source>
        <translation>新建工作库</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="79" />
        <source>Open a database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="80" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="81" />
        <source>Recheck and final scores</source>
        <translation>复核定分</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="82" />
        <source>Change history of the file</source>
        <translation>本案卷的修改记录</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="84" />
        <source>Recheck: next item still to decide, then the next file</source>
        <translation>复核：下一个待定项目，然后下一件案卷</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="86" />
        <source>This list of keys</source>
        <translation>本快捷键列表</translation>
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
    <name>StartPage</name>
    <message>
        <location filename="../../ui/start/start_page.py" line="41" />
        <location filename="../../ui/start/start_page.py" line="64" />
        <source>New database</source>
        <translation>新建工作库</translation>
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="43" />
        <source>Review campaign</source>
        <translation>评查工作库</translation>
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="45" />
        <source>Workbench database (*.sqlite)</source>
        <translation>工作库 (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="65" />
        <source>{path} already exists: choose another name, or open it.</source>
        <translation>{path} 已存在：请换一个名称，或用“打开工作库”打开它。</translation>
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="83" />
        <location filename="../../ui/start/start_page.py" line="86" />
        <source>Case Review Workbench</source>
        <translation>案卷评查工作台</translation>
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="91" />
        <source>Version {version}</source>
        <translation>版本 {version}</translation>
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="95" />
        <source>New database…</source>
        <translation>新建工作库…</translation>
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="95" />
        <source>Start an empty database for a new review campaign.</source>
        <translation>为新的评查活动建立一个空的工作库。</translation>
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="97" />
        <source>Open database…</source>
        <translation>打开工作库…</translation>
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="97" />
        <source>Continue with a database file.</source>
        <translation>继续使用已有的工作库文件。</translation>
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="99" />
        <source>Open task package…</source>
        <translation>打开任务包…</translation>
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="99" />
        <source>Work on files a lead sent you.</source>
        <translation>评查组长分发给您的评查任务。</translation>
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="102" />
        <source>Try the demo data</source>
        <translation>试用演示数据</translation>
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="103" />
        <source>A made-up campaign of {n} files, to look around safely.</source>
        <translation>含 {n} 件虚构案卷的评查活动，可放心试用。</translation>
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="120" />
        <source>Databases you open will be listed here.</source>
        <translation>打开过的工作库会列在这里。</translation>
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="122" />
        <source>Recent databases</source>
        <translation>最近使用的工作库</translation>
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="132" />
        <source>New databases are proposed in {folder}</source>
        <translation>新建的工作库默认保存在 {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="167" />
        <source>{name} (not found)</source>
        <translation>{name}（找不到文件）</translation>
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="178" />
        <location filename="../../ui/start/start_page.py" line="193" />
        <source>Open database</source>
        <translation>打开工作库</translation>
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="179" />
        <source>{path} no longer exists (moved, renamed or on a drive not connected).</source>
        <translation>{path} 已不存在（可能已移动、改名，或所在磁盘未连接）。</translation>
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="193" />
        <source>Workbench database (*.sqlite);;*</source>
        <translation>工作库 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="226" />
        <source>Creating the demo data…</source>
        <translation>正在生成演示数据…</translation>
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
        <location filename="../../ui/documents/template_dialog.py" line="118" />
        <location filename="../../ui/documents/template_dialog.py" line="162" />
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
        <location filename="../../ui/documents/template_dialog.py" line="118" />
        <source>Discard the changes to this template?</source>
        <translation>放弃对此模板的修改吗？</translation>
    </message>
    <message>
        <location filename="../../ui/documents/template_dialog.py" line="128" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/documents/template_dialog.py" line="132" />
        <source>This office's own text</source>
        <translation>本单位自定义文本</translation>
    </message>
    <message>
        <location filename="../../ui/documents/template_dialog.py" line="132" />
        <source>Text shipped with the workbench</source>
        <translation>工作台默认文本</translation>
    </message>
    <message>
        <location filename="../../ui/documents/template_dialog.py" line="161" />
        <source>Replace this office's text with the text shipped with the workbench?</source>
        <translation>用工作台自带的默认文本替换本单位的文本吗？</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <location filename="../../workbench/accounts/passwords.py" line="25" />
        <source>口令至少需要 {minimum} 个字符。</source>
        <translation>口令至少需要 {minimum} 个字符。</translation>
    </message>
    <message>
        <location filename="../../workbench/accounts/service.py" line="37" />
        <source>用户名或口令错误。</source>
        <translation>用户名或口令错误。</translation>
    </message>
    <message>
        <location filename="../../workbench/accounts/service.py" line="42" />
        <source>用户名或口令错误：账户“{user}”已停用，请联系管理员。</source>
        <translation>用户名或口令错误：账户“{user}”已停用，请联系管理员。</translation>
    </message>
    <message>
        <location filename="../../workbench/accounts/service.py" line="47" />
        <source>账户“{user}”连续 {tries} 次口令错误，已暂停登录，请 {minutes} 分钟后再试。</source>
        <translation>账户“{user}”连续 {tries} 次口令错误，已暂停登录，请 {minutes} 分钟后再试。</translation>
    </message>
    <message>
        <location filename="../../workbench/accounts/service.py" line="54" />
        <source>此操作需要“{role}”角色；“{user}”没有该角色。</source>
        <translation>此操作需要“{role}”角色；“{user}”没有该角色。</translation>
    </message>
    <message>
        <location filename="../../workbench/accounts/service.py" line="59" />
        <source>“{user}”不是本数据库的有效账户，请用自己的账户登录。</source>
        <translation>“{user}”不是本数据库的有效账户，请用自己的账户登录。</translation>
    </message>
    <message>
        <location filename="../../workbench/accounts/service.py" line="64" />
        <source>这是“{owner}”的评查表，只有评查人本人可以修改；“{user}”不能修改。</source>
        <translation>这是“{owner}”的评查表，只有评查人本人可以修改；“{user}”不能修改。</translation>
    </message>
    <message>
        <location filename="../../workbench/accounts/service.py" line="71" />
        <source>“{user}”已有账户。</source>
        <translation>“{user}”已有账户。</translation>
    </message>
    <message>
        <location filename="../../workbench/accounts/service.py" line="76" />
        <source>数据库的第一个账户必须具有“管理员”角色。</source>
        <translation>数据库的第一个账户必须具有“管理员”角色。</translation>
    </message>
    <message>
        <location filename="../../workbench/accounts/service.py" line="81" />
        <source>“{user}”是唯一的管理员，不能停用或取消其“管理员”角色。</source>
        <translation>“{user}”是唯一的管理员，不能停用或取消其“管理员”角色。</translation>
    </message>
    <message>
        <location filename="../../workbench/accounts/service.py" line="86" />
        <source>未知的角色：{word}（可用：管理员、组长、评查人员）。</source>
        <translation>未知的角色：{word}（可用：管理员、组长、评查人员）。</translation>
    </message>
    <message>
        <location filename="../../workbench/accounts/service.py" line="91" />
        <source>账户至少需要一个角色（管理员、组长、评查人员）。</source>
        <translation>账户至少需要一个角色（管理员、组长、评查人员）。</translation>
    </message>
    <message>
        <location filename="../../workbench/accounts/service.py" line="96" />
        <source>姓名不能为空。</source>
        <translation>姓名不能为空。</translation>
    </message>
    <message>
        <location filename="../../workbench/assignment/reviewers.py" line="46" />
        <source>无法登记回避：{why}</source>
        <translation>无法登记回避：{why}</translation>
    </message>
    <message>
        <location filename="../../workbench/assignment/service.py" line="34" />
        <location filename="../../workbench/common/errors.py" line="68" />
        <location filename="../../workbench/common/errors.py" line="75" />
        <source>{where}{problem}</source>
        <translation>{where}{problem}</translation>
    </message>
    <message>
        <location filename="../../workbench/assignment/solver.py" line="34" />
        <source>无法分配评查人员，未作任何分配：{why}</source>
        <translation>无法分配评查人员，未作任何分配：{why}</translation>
    </message>
    <message>
        <location filename="../../workbench/campaigns/closing.py" line="25" />
        <source>重新开启评查活动必须填写理由。</source>
        <translation>重新开启评查活动必须填写理由。</translation>
    </message>
    <message>
        <location filename="../../workbench/campaigns/errors.py" line="10" />
        <source>每件案卷的评查人数应为 1 到 3，而不是 {value}。</source>
        <translation>每件案卷的评查人数应为 1 到 3，而不是 {value}。</translation>
    </message>
    <message>
        <location filename="../../workbench/campaigns/recheck_rule.py" line="22" />
        <source>复核规则“{field}”的值“{value}”无效：{why}</source>
        <translation>复核规则“{field}”的值“{value}”无效：{why}</translation>
    </message>
    <message>
        <location filename="../../workbench/campaigns/service.py" line="32" />
        <source>“{key}”对应多个评查活动，请给出更长的编号：{ids}</source>
        <translation>“{key}”对应多个评查活动，请给出更长的编号：{ids}</translation>
    </message>
    <message>
        <location filename="../../workbench/campaigns/service.py" line="37" />
        <source>评查活动编号“{key}”太短：编号前缀至少要有 {length} 位，或写出活动的完整名称。</source>
        <translation>评查活动编号“{key}”太短：编号前缀至少要有 {length} 位，或写出活动的完整名称。</translation>
    </message>
    <message>
        <location filename="../../workbench/campaigns/service.py" line="44" />
        <source>没有可纳入评查活动的案卷：{why}</source>
        <translation>没有可纳入评查活动的案卷：{why}</translation>
    </message>
    <message>
        <location filename="../../workbench/campaigns/service.py" line="49" />
        <source>评查活动名称不能为空。</source>
        <translation>评查活动名称不能为空。</translation>
    </message>
    <message>
        <location filename="../../workbench/campaigns/service.py" line="54" />
        <source>评查活动“{name}”已结束，不能再修改；如需修改请由组织者重新开启。</source>
        <translation>评查活动“{name}”已结束，不能再修改；如需修改请由组织者重新开启。</translation>
    </message>
    <message>
        <location filename="../../workbench/campaigns/service.py" line="61" />
        <source>只有组织者（评查组长）可以{what}；“{user}”不是。</source>
        <translation>只有组织者（评查组长）可以{what}；“{user}”不是。</translation>
    </message>
    <message>
        <location filename="../../workbench/campaigns/service.py" line="66" />
        <source>找不到执法部门“{name}”。已有的部门：{known}</source>
        <translation>找不到执法部门“{name}”。已有的部门：{known}</translation>
    </message>
    <message>
        <location filename="../../workbench/campaigns/supervision.py" line="35" />
        <source>“{name}”是案卷评查标准，不是督察清单；督察轮次需要选择督察清单。</source>
        <translation>“{name}”是案卷评查标准，不是督察清单；督察轮次需要选择督察清单。</translation>
    </message>
    <message>
        <location filename="../../workbench/campaigns/supervision.py" line="42" />
        <source>督察轮次至少要包含一个被督察单位。</source>
        <translation>督察轮次至少要包含一个被督察单位。</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/export_commands.py" line="76" />
        <source>--out {path}：{why}</source>
        <translation>--out {path}：{why}</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/ledger_commands.py" line="36" />
        <source>请用 --campaign 指定评查活动。</source>
        <translation>请用 --campaign 指定评查活动。</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/recheck_commands.py" line="28" />
        <source>{what}：{why}</source>
        <translation>{what}：{why}</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/user_commands.py" line="37" />
        <source>{what}：请设置环境变量 {variable}，或在终端中运行以便输入（输入不回显）。</source>
        <translation>{what}：请设置环境变量 {variable}，或在终端中运行以便输入（输入不回显）。</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/user_commands.py" line="44" />
        <source>两次输入的口令不一致，未作任何修改。</source>
        <translation>两次输入的口令不一致，未作任何修改。</translation>
    </message>
    <message>
        <location filename="../../workbench/common/atomic_file.py" line="48" />
        <location filename="../../workbench/exports/staging.py" line="29" />
        <source>无法写入 {path}：{reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../workbench/common/errors.py" line="21" />
        <source>操作未完成。</source>
        <translation>操作未完成。</translation>
    </message>
    <message>
        <location filename="../../workbench/common/errors.py" line="34" />
        <source>{source}有 {count} 处错误，未导入任何数据：
{details}</source>
        <translation>{source}有 {count} 处错误，未导入任何数据：
{details}</translation>
    </message>
    <message>
        <location filename="../../workbench/common/errors.py" line="48" />
        <source>找不到{what}：{key}</source>
        <translation>找不到{what}：{key}</translation>
    </message>
    <message>
        <location filename="../../workbench/common/errors.py" line="53" />
        <source>{where}评查项目「{item}」不允许扣 {value} 分：{why}</source>
        <translation>{where}评查项目「{item}」不允许扣 {value} 分：{why}</translation>
    </message>
    <message>
        <location filename="../../workbench/common/errors.py" line="58" />
        <source>{where}评分标准中没有评查项目「{item}」</source>
        <translation>{where}评分标准中没有评查项目「{item}」</translation>
    </message>
    <message>
        <location filename="../../workbench/common/errors.py" line="63" />
        <source>{where}评查项目「{item}」不允许标记为不适用</source>
        <translation>{where}评查项目「{item}」不允许标记为不适用</translation>
    </message>
    <message>
        <location filename="../../workbench/common/places.py" line="43" />
        <source>工作库名称“{name}”不能用作文件名：{reason}</source>
        <translation>工作库名称“{name}”不能用作文件名：{reason}</translation>
    </message>
    <message>
        <location filename="../../workbench/demo/generator.py" line="41" />
        <source>该数据库已有演示数据：评查活动“{name}”（编号 {id}）。如需另一份演示数据，请用 --db 指定一个新文件。</source>
        <translation>该数据库已有演示数据：评查活动“{name}”（编号 {id}）。如需另一份演示数据，请用 --db 指定一个新文件。</translation>
    </message>
    <message>
        <location filename="../../workbench/demo/generator.py" line="49" />
        <source>演示数据的案号与数据库中已有的案卷重复。请在一个新的数据库文件中生成演示数据。</source>
        <translation>演示数据的案号与数据库中已有的案卷重复。请在一个新的数据库文件中生成演示数据。</translation>
    </message>
    <message>
        <location filename="../../workbench/draw/algorithm.py" line="49" />
        <source>随机种子不能为空：请给出公开的随机种子（--seed）。</source>
        <translation>随机种子不能为空：请给出公开的随机种子（--seed）。</translation>
    </message>
    <message>
        <location filename="../../workbench/draw/algorithm.py" line="54" />
        <source>请指定每个部门抽取的件数（--per-department）或比例（--share），二者选其一。</source>
        <translation>请指定每个部门抽取的件数（--per-department）或比例（--share），二者选其一。</translation>
    </message>
    <message>
        <location filename="../../workbench/draw/algorithm.py" line="61" />
        <source>每个部门抽取的件数（--per-department）与比例（--share）只能指定其一。</source>
        <translation>每个部门抽取的件数（--per-department）与比例（--share）只能指定其一。</translation>
    </message>
    <message>
        <location filename="../../workbench/draw/algorithm.py" line="68" />
        <source>抽取比例 {value} 无效：应大于 0 且不超过 1（如 0.1 或 10%）。</source>
        <translation>抽取比例 {value} 无效：应大于 0 且不超过 1（如 0.1 或 10%）。</translation>
    </message>
    <message>
        <location filename="../../workbench/draw/algorithm.py" line="73" />
        <source>「{field}」为 {value}，无效：应为不小于 {low} 的整数。</source>
        <translation>「{field}」为 {value}，无效：应为不小于 {low} 的整数。</translation>
    </message>
    <message>
        <location filename="../../workbench/draw/algorithm.py" line="78" />
        <source>每个部门最少抽取 {minimum} 件，多于最多抽取的 {maximum} 件。</source>
        <translation>每个部门最少抽取 {minimum} 件，多于最多抽取的 {maximum} 件。</translation>
    </message>
    <message>
        <location filename="../../workbench/draw/algorithm.py" line="83" />
        <source>单位自选案卷不在本次评查的案卷范围内：{numbers}</source>
        <translation>单位自选案卷不在本次评查的案卷范围内：{numbers}</translation>
    </message>
    <message>
        <location filename="../../workbench/draw/algorithm.py" line="88" />
        <source>没有可供抽取的案卷：案卷范围为空。</source>
        <translation>没有可供抽取的案卷：案卷范围为空。</translation>
    </message>
    <message>
        <location filename="../../workbench/draw/algorithm.py" line="93" />
        <source>案卷范围中有重复的案号，无法抽取：{numbers}</source>
        <translation>案卷范围中有重复的案号，无法抽取：{numbers}</translation>
    </message>
    <message>
        <location filename="../../workbench/draw/service.py" line="27" />
        <source>评查活动“{campaign}”已有 {sheets} 份评查表，抽取结果已确定，不能重新抽取。</source>
        <translation>评查活动“{campaign}”已有 {sheets} 份评查表，抽取结果已确定，不能重新抽取。</translation>
    </message>
    <message>
        <location filename="../../workbench/draw/service.py" line="34" />
        <source>评查活动“{campaign}”尚未抽取案卷，无可核验的抽取结果。</source>
        <translation>评查活动“{campaign}”尚未抽取案卷，无可核验的抽取结果。</translation>
    </message>
    <message>
        <location filename="../../workbench/exchange/conflicts.py" line="29" />
        <source>该冲突无法按此处理：{why}</source>
        <translation>该冲突无法按此处理：{why}</translation>
    </message>
    <message>
        <location filename="../../workbench/exchange/copy.py" line="33" />
        <source>{path} 不是评查人员副本：回收包只能从打开任务包得到的副本导出。</source>
        <translation>{path} 不是评查人员副本：回收包只能从打开任务包得到的副本导出。</translation>
    </message>
    <message>
        <location filename="../../workbench/exchange/binding.py" line="20" />
        <source>这是评查人员“{reviewer}”的副本，不能执行“{command}”：请在组织者的工作库中操作。</source>
        <translation>这是评查人员“{reviewer}”的副本，不能执行“{command}”：请在组织者的工作库中操作。</translation>
    </message>
    <message>
        <location filename="../../workbench/exchange/copy.py" line="40" />
        <source>无法打开任务包“{name}”：{why}</source>
        <translation>无法打开任务包“{name}”：{why}</translation>
    </message>
    <message>
        <location filename="../../workbench/exchange/issue.py" line="35" />
        <source>评查人员“{reviewer}”在“{campaign}”中没有分配任何{what}，无需分发任务包。</source>
        <translation>评查人员“{reviewer}”在“{campaign}”中没有分配任何{what}，无需分发任务包。</translation>
    </message>
    <message>
        <location filename="../../workbench/exchange/paths.py" line="14" />
        <source>无法写入数据包“{path}”：{why}</source>
        <translation>无法写入数据包“{path}”：{why}</translation>
    </message>
    <message>
        <location filename="../../workbench/exchange/sealing.py" line="45" />
        <source>无法打开数据包“{name}”：{why}</source>
        <translation>无法打开数据包“{name}”：{why}</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/docx/templates.py" line="142" />
        <source>没有“{kind}”的 Word 模板：可用的为 {known}。</source>
        <translation>没有“{kind}”的 Word 模板：可用的为 {known}。</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/docx/templates.py" line="147" />
        <source>Word 模板“{file}”无法使用：{reason}。请修改后再试，或恢复随软件提供的模板。</source>
        <translation>Word 模板“{file}”无法使用：{reason}。请修改后再试，或恢复随软件提供的模板。</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/docx/templates.py" line="154" />
        <source>Word 模板“{file}”含有未知的占位符“{placeholder}”{hint}。可用的占位符见 resources/templates/README.md。</source>
        <translation>Word 模板“{file}”含有未知的占位符“{placeholder}”{hint}。可用的占位符见 resources/templates/README.md。</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/docx/templates.py" line="163" />
        <source>Word 模板“{file}”缺少必需的占位符“{placeholder}”：没有它，{title}就缺少应有的内容。</source>
        <translation>Word 模板“{file}”缺少必需的占位符“{placeholder}”：没有它，{title}就缺少应有的内容。</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/pdf/fonts.py" line="34" />
        <source>未找到可嵌入 PDF 的中文 TrueType 字体（.ttf/.ttc）。请安装仿宋_GB2312、方正小标宋简体等字体，或在设置中指定字体文件；Linux 下可安装 fonts-wqy-microhei 软件包（sudo apt install fonts-wqy-microhei）。</source>
        <translation>未找到可嵌入 PDF 的中文 TrueType 字体（.ttf/.ttc）。请安装仿宋_GB2312、方正小标宋简体等字体，或在设置中指定字体文件；Linux 下可安装 fonts-wqy-microhei 软件包（sudo apt install fonts-wqy-microhei）。</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/checks.py" line="36" />
        <source>请至少选择一种要导出的文件。</source>
        <translation>请至少选择一种要导出的文件。</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/checks.py" line="41" />
        <source>无法导出“{kind}”：可导出的类型为 {known}。</source>
        <translation>无法导出“{kind}”：可导出的类型为 {known}。</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/checks.py" line="46" />
        <source>{what}“{campaign}”尚未设置发文机关代字，无法为通报和整改通知书编号。请先在活动设置中填写。</source>
        <translation>{what}“{campaign}”尚未设置发文机关代字，无法为通报和整改通知书编号。请先在活动设置中填写。</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/checks.py" line="54" />
        <source>{what}“{campaign}”还没有已定分的{subject}，无法制发{document}：没有可以通报的结果。</source>
        <translation>{what}“{campaign}”还没有已定分的{subject}，无法制发{document}：没有可以通报的结果。</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/checks.py" line="61" />
        <source>{what}“{campaign}”尚有 {count} {measure}{subject}未定分（其中待复核 {awaiting} {measure}），不能制发编号公文（{documents}）。请先完成评查和复核；确需先行制发的，请确认后再导出（命令行加 --allow-unfinished），通报将写明未定分的数量。</source>
        <translation>{what}“{campaign}”尚有 {count} {measure}{subject}未定分（其中待复核 {awaiting} {measure}），不能制发编号公文（{documents}）。请先完成评查和复核；确需先行制发的，请确认后再导出（命令行加 --allow-unfinished），通报将写明未定分的数量。</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/checks.py" line="71" />
        <source>无法导出为“{format}”：可用的格式为 {known}。</source>
        <translation>无法导出为“{format}”：可用的格式为 {known}。</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/template_catalogue.py" line="190" />
        <source>没有名为“{name}”的公文模板。</source>
        <translation>没有名为“{name}”的公文模板。</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/templates.py" line="29" />
        <source>公文模板“{template}”含有未知的占位符“{placeholder}”。此模板可用的占位符：{allowed}</source>
        <translation>公文模板“{template}”含有未知的占位符“{placeholder}”。此模板可用的占位符：{allowed}</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/templates.py" line="36" />
        <source>公文模板“{template}”中的花括号不成对：“{placeholder}”。占位符请用半角花括号写成“{example}”；文字中要出现花括号，请连写两个。</source>
        <translation>公文模板“{template}”中的花括号不成对：“{placeholder}”。占位符请用半角花括号写成“{example}”；文字中要出现花括号，请连写两个。</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/templates.py" line="45" />
        <source>公文模板“{template}”{problem}</source>
        <translation>公文模板“{template}”{problem}</translation>
    </message>
    <message>
        <location filename="../../workbench/rectification/ledger_steps.py" line="37" />
        <source>整改事项 {line}（{status}）不能{action}：{why}本次选择的事项均未办理。</source>
        <translation>整改事项 {line}（{status}）不能{action}：{why}本次选择的事项均未办理。</translation>
    </message>
    <message>
        <location filename="../../workbench/rectification/ledger_steps.py" line="44" />
        <source>登记整改事项 {line} 的反馈须填写单位书面反馈的情况。</source>
        <translation>登记整改事项 {line} 的反馈须填写单位书面反馈的情况。</translation>
    </message>
    <message>
        <location filename="../../workbench/rectification/ledger_steps.py" line="49" />
        <source>退回整改事项 {line} 须写明理由。</source>
        <translation>退回整改事项 {line} 须写明理由。</translation>
    </message>
    <message>
        <location filename="../../workbench/rectification/ledger_steps.py" line="54" />
        <source>整改事项 {line} 的{what}日期 {date} 早于{earlier}日期 {before}。</source>
        <translation>整改事项 {line} 的{what}日期 {date} 早于{earlier}日期 {before}。</translation>
    </message>
    <message>
        <location filename="../../workbench/rectification/ledger_steps.py" line="61" />
        <source>整改事项 {line} 的{what}日期 {date} 晚于今天（{today}）。</source>
        <translation>整改事项 {line} 的{what}日期 {date} 晚于今天（{today}）。</translation>
    </message>
    <message>
        <location filename="../../workbench/rectification/ledger_steps.py" line="66" />
        <source>请先选择要办理的整改事项。</source>
        <translation>请先选择要办理的整改事项。</translation>
    </message>
    <message>
        <location filename="../../workbench/rectification/ledger.py" line="50" />
        <source>“{key}”对应多个整改事项，请给出更长的编号。</source>
        <translation>“{key}”对应多个整改事项，请给出更长的编号。</translation>
    </message>
    <message>
        <location filename="../../workbench/rectification/ledger.py" line="55" />
        <source>“{key}”不是整改事项的编号：应写作“通知文号#项号”（如 鄂州司函〔2026〕3号#2）或事项编号。</source>
        <translation>“{key}”不是整改事项的编号：应写作“通知文号#项号”（如 鄂州司函〔2026〕3号#2）或事项编号。</translation>
    </message>
    <message>
        <location filename="../../workbench/rectification/numbers.py" line="29" />
        <source>评查活动“{campaign}”尚未设置发文机关代字（如“鄂州司函”），无法为整改通知编号。请先在活动设置中填写。</source>
        <translation>评查活动“{campaign}”尚未设置发文机关代字（如“鄂州司函”），无法为整改通知编号。请先在活动设置中填写。</translation>
    </message>
    <message>
        <location filename="../../workbench/rectification/issuing.py" line="41" />
        <source>{department}在本次评查中已有整改通知（{number}）。如需重发，请先将其作废。</source>
        <translation>{department}在本次评查中已有整改通知（{number}）。如需重发，请先将其作废。</translation>
    </message>
    <message>
        <location filename="../../workbench/rectification/issuing.py" line="48" />
        <source>整改期限应为 1 至 {maximum} 天，现为 {days} 天。</source>
        <translation>整改期限应为 1 至 {maximum} 天，现为 {days} 天。</translation>
    </message>
    <message>
        <location filename="../../workbench/rectification/notices.py" line="32" />
        <source>作废整改通知（{number}）须写明理由。</source>
        <translation>作废整改通知（{number}）须写明理由。</translation>
    </message>
    <message>
        <location filename="../../workbench/rectification/notices.py" line="37" />
        <source>整改通知（{number}）已经作废。</source>
        <translation>整改通知（{number}）已经作废。</translation>
    </message>
    <message>
        <location filename="../../workbench/review/recheck.py" line="40" />
        <source>案卷“{case}”还不能复核：{why}</source>
        <translation>案卷“{case}”还不能复核：{why}</translation>
    </message>
    <message>
        <location filename="../../workbench/review/recheck.py" line="45" />
        <source>只有评查组长可以复核定分；“{user}”不是组长。</source>
        <translation>只有评查组长可以复核定分；“{user}”不是组长。</translation>
    </message>
    <message>
        <location filename="../../workbench/review/recheck.py" line="50" />
        <source>还有 {count} 个有分歧的评查项目未复核：{items}</source>
        <translation>还有 {count} 个有分歧的评查项目未复核：{items}</translation>
    </message>
    <message>
        <location filename="../../workbench/review/recheck.py" line="55" />
        <source>复核项目「{item}」：{why}</source>
        <translation>复核项目「{item}」：{why}</translation>
    </message>
    <message>
        <location filename="../../workbench/review/scans.py" line="29" />
        <source>无法附加扫描件“{name}”：{why}</source>
        <translation>无法附加扫描件“{name}”：{why}</translation>
    </message>
    <message>
        <location filename="../../workbench/review/sheets.py" line="30" />
        <source>该评查表已提交，不能再修改；如需修改请由组长退回。</source>
        <translation>该评查表已提交，不能再修改；如需修改请由组长退回。</translation>
    </message>
    <message>
        <location filename="../../workbench/review/sheets.py" line="35" />
        <source>{where}评查项目「{item}」{why}</source>
        <translation>{where}评查项目「{item}」{why}</translation>
    </message>
    <message>
        <location filename="../../workbench/review/sheets.py" line="40" />
        <source>{count} 项扣分没有填写理由，评查文书将无从引用：{items}</source>
        <translation>{count} 项扣分没有填写理由，评查文书将无从引用：{items}</translation>
    </message>
    <message>
        <location filename="../../workbench/review/sheets.py" line="45" />
        <source>{what}必须填写理由。</source>
        <translation>{what}必须填写理由。</translation>
    </message>
    <message>
        <location filename="../../workbench/review/sheets.py" line="50" />
        <source>评查是背对背的：该案卷评查完成前，“{user}”不能查看“{owner}”的评查表。</source>
        <translation>评查是背对背的：该案卷评查完成前，“{user}”不能查看“{owner}”的评查表。</translation>
    </message>
    <message>
        <location filename="../../workbench/scoring/rules.py" line="14" />
        <source>{where}评查项目「{item}」不允许加 {value} 分：{why}</source>
        <translation>{where}评查项目「{item}」不允许加 {value} 分：{why}</translation>
    </message>
    <message>
        <location filename="../../workbench/standards/service.py" line="40" />
        <source>“{key}”对应多个评分标准，请给出更长的编号：{ids}</source>
        <translation>“{key}”对应多个评分标准，请给出更长的编号：{ids}</translation>
    </message>
    <message>
        <location filename="../../workbench/standards/service.py" line="45" />
        <source>评分标准编号“{key}”太短：编号前缀至少要有 {length} 位。</source>
        <translation>评分标准编号“{key}”太短：编号前缀至少要有 {length} 位。</translation>
    </message>
    <message>
        <location filename="../../workbench/standards/service.py" line="144" />
        <source>数据库中保存的评分标准“{name}”已损坏，无法读取。请用数据库的备份恢复，或重新导入该评分标准。</source>
        <translation>数据库中保存的评分标准“{name}”已损坏，无法读取。请用数据库的备份恢复，或重新导入该评分标准。</translation>
    </message>
    <message>
        <location filename="../../workbench/standards/validate.py" line="68" />
        <source>无法读取文件“{name}”：{why}</source>
        <translation>无法读取文件“{name}”：{why}</translation>
    </message>
    <message>
        <location filename="../../workbench/campaigns/office.py" line="24" />
        <source>尚未填写发文机关信息（机关名称、联系人、地址），无法制发{document}。请先在“设置 → 发文机关信息”中填写，或在命令行运行 office set --name 名称 --contact 联系人 --address 地址。</source>
        <translation>尚未填写发文机关信息（机关名称、联系人、地址），无法制发{document}。请先在“设置 → 发文机关信息”中填写，或在命令行运行 office set --name 名称 --contact 联系人 --address 地址。</translation>
    </message>
    <message>
        <location filename="../../workbench/campaigns/office.py" line="34" />
        <source>发文机关信息的“{field}”{problem}</source>
        <translation>发文机关信息的“{field}”{problem}</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/texts.py" line="28" />
        <source>“{campaign}”没有抽取记录，但公文模板“通报开头”写有“随机”抽取。请改用占位符“{{评查范围}}”或如实改写该模板后再生成通报。</source>
        <translation>“{campaign}”没有抽取记录，但公文模板“通报开头”写有“随机”抽取。请改用占位符“{{评查范围}}”或如实改写该模板后再生成通报。</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/texts.py" line="46" />
        <source>公文模板“{template}”仍含占位文字“××”：“{text}”。请在“设置 → 公文模板”中改为实际内容。</source>
        <translation>公文模板“{template}”仍含占位文字“××”：“{text}”。请在“设置 → 公文模板”中改为实际内容。</translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <location filename="../../ui/window_commands.py" line="53" />
        <location filename="../../ui/window_commands.py" line="58" />
        <source>Reopen submitted sheet</source>
        <translation>退回已提交的评查表</translation>
    </message>
    <message>
        <location filename="../../ui/window_commands.py" line="54" />
        <source>Open a submitted sheet from the case list first.</source>
        <translation>请先在案卷列表中打开一份已提交的评查表。</translation>
    </message>
    <message>
        <location filename="../../ui/window_commands.py" line="58" />
        <source>Reason (kept in the audit log):</source>
        <translation>退回理由（记入操作日志）：</translation>
    </message>
    <message>
        <location filename="../../ui/window_commands.py" line="77" />
        <source>Change history</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <location filename="../../ui/window_commands.py" line="77" />
        <source>Choose a file in the list first.</source>
        <translation>请先在列表中选择案卷。</translation>
    </message>
    <message>
        <location filename="../../ui/window_commands.py" line="116" />
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../ui/window_commands.py" line="116" />
        <source>The new language applies when the workbench restarts.</source>
        <translation>新的界面语言将在重新启动工作台后生效。</translation>
    </message>
</context>
<context>
    <name>WordTemplatesBox</name>
    <message>
        <location filename="../../ui/documents/word_templates.py" line="47" />
        <source>Word templates (.docx)</source>
        <translation>Word 模板（.docx）</translation>
    </message>
    <message>
        <location filename="../../ui/documents/word_templates.py" line="53" />
        <source>Open in word processor</source>
        <translation>用文字处理软件打开</translation>
    </message>
    <message>
        <location filename="../../ui/documents/word_templates.py" line="54" />
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../ui/documents/word_templates.py" line="55" />
        <source>Restore shipped template</source>
        <translation>恢复默认模板</translation>
    </message>
    <message>
        <location filename="../../ui/documents/word_templates.py" line="81" />
        <source>this office's copy</source>
        <translation>本单位模板</translation>
    </message>
    <message>
        <location filename="../../ui/documents/word_templates.py" line="81" />
        <source>shipped</source>
        <translation>默认模板</translation>
    </message>
    <message>
        <location filename="../../ui/documents/word_templates.py" line="137" />
        <location filename="../../ui/documents/word_templates.py" line="146" />
        <source>Word templates</source>
        <translation>Word 模板</translation>
    </message>
    <message>
        <location filename="../../ui/documents/word_templates.py" line="137" />
        <source>{file} can be used.</source>
        <translation>{file} 检查通过，可以使用。</translation>
    </message>
    <message>
        <location filename="../../ui/documents/word_templates.py" line="145" />
        <source>Delete this office's copy and use the template shipped with the workbench?</source>
        <translation>删除本单位的模板，改用软件自带的模板？</translation>
    </message>
</context>
</TS>