<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="27" />
        <source>Case Review Workbench — {name}</source>
        <translation>案卷评查工作台 — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="33" />
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="33" />
        <source>Department</source>
        <translation>执法部门</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="33" />
        <source>Files</source>
        <translation>案卷数</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="33" />
        <source>Mean</source>
        <translation>平均分</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="33" />
        <source>Grade</source>
        <translation>等次</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="54" />
        <source>No campaign yet. Import a case list and create a campaign.</source>
        <translation>尚无评查活动。请先导入案件台账，再新建评查活动。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="65" />
        <source>{files} files: {final} final, {awaiting_arbitration} awaiting arbitration, {in_progress} in progress, {unscored} not scored.</source>
        <translation>共 {files} 件案卷：已定分 {final} 件，待复核 {awaiting_arbitration} 件，评查中 {in_progress} 件，未评查 {unscored} 件。</translation>
    </message>
</context>
</TS>