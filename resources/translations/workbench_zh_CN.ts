<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
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
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <location filename="../../ui/cases/case_list_view.py" line="58" />
        <source>Search case number, name, party, officer</source>
        <translation>搜索案号、案件名称、当事人、承办人</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_list_view.py" line="60" />
        <source>Filter by department</source>
        <translation>按单位筛选</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_list_view.py" line="61" />
        <source>Filter by status</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_list_view.py" line="62" />
        <source>Filter by grade</source>
        <translation>按等级筛选</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_list_view.py" line="168" />
        <source>All departments</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_list_view.py" line="169" />
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_list_view.py" line="170" />
        <source>All grades</source>
        <translation>全部等级</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cases/case_list_view.py" line="244" />
        <source>Showing {shown} of %n file(s)</source>
        <translation><numerusform>显示 {shown} 件，共 %n 件</numerusform></translation>
    </message>
</context>
<context>
    <name>EntryCommand</name>
    <message>
        <location filename="../../ui/scoring/commands.py" line="107" />
        <source>Record on “{item}”</source>
        <translation>录入「{item}」</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/commands.py" line="109" />
        <source>Delete from “{item}”</source>
        <translation>删除「{item}」的记录</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/commands.py" line="111" />
        <source>Change “{item}”</source>
        <translation>修改「{item}」</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/commands.py" line="120" />
        <source>undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/commands.py" line="142" />
        <source>Change the remarks</source>
        <translation>修改评查意见</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="152" />
        <source>Cannot complete the operation</source>
        <translation>操作未完成</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="188" />
        <source>The details could not be saved to a log file.</source>
        <translation>详细信息未能写入日志文件。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="190" />
        <source>The details were saved to {path}; please send this file to the developers.</source>
        <translation>详细信息已写入 {path}，请将此文件发给开发人员。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="193" />
        <source>The workbench hit an internal error.</source>
        <translation>工作台发生内部错误。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="194" />
        <source>Internal error</source>
        <translation>内部错误</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <location filename="../../ui/imports/file_field.py" line="22" />
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
        <location filename="../../ui/scoring/item_editor.py" line="93" />
        <location filename="../../ui/scoring/item_editor.py" line="191" />
        <source>Veto found</source>
        <translation>存在否决情形</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="94" />
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="96" />
        <source>Reason, as the documents will quote it</source>
        <translation>扣分理由（评查文书将引用）</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="102" />
        <source>New deduction</source>
        <translation>新增扣分</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="103" />
        <source>Delete entry</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="118" />
        <source>Deduction</source>
        <translation>扣分</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="120" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="121" />
        <source>Page</source>
        <translation>页码</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="129" />
        <source>Recorded on this item</source>
        <translation>本项已记录</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="158" />
        <source>Select an item to score it.</source>
        <translation>请选择评查项目进行评分。</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="193" />
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="198" />
        <source>p. {page}</source>
        <translation>第 {page} 页</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="223" />
        <source>Defect found (−{points})</source>
        <translation>存在问题（扣 {points} 分）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="36" />
        <source>Case Review Workbench — {name}</source>
        <translation>案卷评查工作台 — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="70" />
        <source>No campaign yet. Import a case list, then create a campaign (workbench campaign create).</source>
        <translation>尚无评查活动。请先导入案件台账，再新建评查活动（workbench campaign create）。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87" />
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89" />
        <source>Import case list…</source>
        <translation>导入案件台账…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90" />
        <source>Import standard…</source>
        <translation>导入评分标准…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91" />
        <source>Open database…</source>
        <translation>打开数据库…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="92" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93" />
        <source>Next file</source>
        <translation>下一卷</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95" />
        <source>Previous file</source>
        <translation>上一卷</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97" />
        <source>Submit score sheet…</source>
        <translation>提交评查表…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="98" />
        <source>Reopen submitted sheet…</source>
        <translation>退回已提交的评查表…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100" />
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111" />
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114" />
        <source>&amp;Review</source>
        <translation>评查(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117" />
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118" />
        <location filename="../../ui/main_window.py" line="215" />
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127" />
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173" />
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175" />
        <source>Workbench database (*.sqlite)</source>
        <translation>工作台数据库 (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199" />
        <source>Reopen submitted sheet</source>
        <translation>退回已提交的评查表</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199" />
        <source>Reason (kept in the audit log):</source>
        <translation>退回理由（记入操作日志）：</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215" />
        <source>The new language applies when the workbench restarts.</source>
        <translation>新的界面语言将在重新启动工作台后生效。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220" />
        <source>Next / previous file</source>
        <translation>下一卷 / 上一卷</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221" />
        <source>Undo / redo the last edit</source>
        <translation>撤销 / 重做上一次修改</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="222" />
        <source>Pin the current deduction to the page on screen</source>
        <translation>把当前扣分关联到正在显示的页</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="223" />
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
    <name>ProblemList</name>
    <message>
        <location filename="../../ui/imports/problem_list.py" line="30" />
        <source>This file cannot be imported:</source>
        <translation>此文件无法导入：</translation>
    </message>
</context>
<context>
    <name>ScanViewer</name>
    <message>
        <location filename="../../ui/scans/scan_viewer.py" line="47" />
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
        <location filename="../../ui/scans/scan_viewer.py" line="119" />
        <source>of {pages}</source>
        <translation>页，共 {pages} 页</translation>
    </message>
    <message>
        <location filename="../../ui/scans/scan_viewer.py" line="150" />
        <source>Attach scan</source>
        <translation>附加扫描件</translation>
    </message>
    <message>
        <location filename="../../ui/scans/scan_viewer.py" line="150" />
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>扫描件 (*.pdf *.png *.jpg *.jpeg)</translation>
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
        <location filename="../../ui/scoring/score_header.py" line="40" />
        <source>Total {total} / {maximum}</source>
        <translation>总分 {total} / {maximum}</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_header.py" line="46" />
        <source>Veto: {items}</source>
        <translation>否决项：{items}</translation>
    </message>
</context>
<context>
    <name>ScoreTreeModel</name>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="55" />
        <source>Item</source>
        <translation>评查项目</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="56" />
        <source>Max</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="57" />
        <source>Rule</source>
        <translation>扣分标准</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="58" />
        <source>Recorded</source>
        <translation>扣分记录</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="59" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="60" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="71" />
        <source>Veto items</source>
        <translation>否决项</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="207" />
        <source>At floor</source>
        <translation>扣完为止</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="214" />
        <source>Veto found</source>
        <translation>存在否决情形</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="216" />
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="226" />
        <source>Veto: the total becomes 0</source>
        <translation>否决：总分为 0 分</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="228" />
        <source>Veto: all points are deducted</source>
        <translation>否决：扣除全部分数</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="230" />
        <source>Veto: graded {grade}</source>
        <translation>否决：等次为{grade}</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="232" />
        <source>Veto: grade at most {grade}</source>
        <translation>否决：等次不得高于{grade}</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="234" />
        <source>Veto: deducts {points} points</source>
        <translation>否决：扣 {points} 分</translation>
    </message>
</context>
<context>
    <name>ScoringPanel</name>
    <message>
        <location filename="../../ui/scoring/scoring_panel.py" line="36" />
        <source>Next / previous item in the list</source>
        <translation>在项目列表中移到下一项 / 上一项</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/scoring_panel.py" line="37" />
        <source>Next / previous item, from inside the editor</source>
        <translation>在编辑区中直接移到下一项 / 上一项</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/scoring_panel.py" line="38" />
        <source>Toggle the defect of a fixed-deduction item, or a veto</source>
        <translation>勾选或取消固定扣分项的问题，或否决情形</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/scoring_panel.py" line="39" />
        <source>Start entering a count, an amount or a tier</source>
        <translation>开始输入处数、扣分或扣分档次</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/scoring_panel.py" line="40" />
        <source>Save the count, amount or reason being typed</source>
        <translation>保存正在输入的处数、扣分或理由</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/scoring_panel.py" line="41" />
        <source>Jump to the reason</source>
        <translation>跳到扣分理由</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/scoring_panel.py" line="42" />
        <source>Back to the item list</source>
        <translation>回到项目列表</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/scoring_panel.py" line="93" />
        <source>Remarks on the whole file</source>
        <translation>对本案卷的总体评查意见</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/scoring_panel.py" line="104" />
        <source>Remarks</source>
        <translation>评查意见</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/scoring_panel.py" line="188" />
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/scoring_panel.py" line="196" />
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
</TS>