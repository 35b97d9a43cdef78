<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>ArbitrationDialog</name>
    <message numerus="yes">
        <location filename="../../ui/recheck/recheck_dialog.py" line="151" />
        <source>%n item(s) differ</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/recheck/recheck_dialog.py" line="208" />
        <source>%n disputed item(s) still to decide</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>AssignmentImportDialog</name>
    <message numerus="yes">
        <location filename="../../ui/campaigns/list_imports.py" line="142" />
        <source>Assigned reviewers to %n file(s).</source>
        <translation><numerusform>Assigned reviewers to %n file.</numerusform><numerusform>Assigned reviewers to %n files.</numerusform></translation>
    </message>
</context>
<context>
    <name>CaseImportDialog</name>
    <message numerus="yes">
        <location filename="../../ui/imports/case_import_dialog.py" line="162" />
        <source>Imported %n case(s).</source>
        <translation><numerusform>Imported %n case.</numerusform><numerusform>Imported %n cases.</numerusform></translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message numerus="yes">
        <location filename="../../ui/cases/case_list_view.py" line="269" />
        <source>Showing {shown} of %n unit(s)</source>
        <translation><numerusform>Showing {shown} of %n unit</numerusform><numerusform>Showing {shown} of %n units</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cases/case_list_view.py" line="271" />
        <source>Showing {shown} of %n file(s)</source>
        <translation><numerusform>Showing {shown} of %n file</numerusform><numerusform>Showing {shown} of %n files</numerusform></translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message numerus="yes">
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="97" />
        <source>The %n drawn file(s) of the campaign.</source>
        <translation><numerusform>The %n drawn file of the campaign.</numerusform><numerusform>The %n drawn files of the campaign.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="99" />
        <source>All %n file(s) of the campaign (no draw).</source>
        <translation><numerusform>The campaign's %n file (no draw).</numerusform><numerusform>All %n files of the campaign (no draw).</numerusform></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../ui/exports/export_dialog.py" line="231" />
        <source>%n file(s) exported to {folder}.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>LedgerDialog</name>
    <message numerus="yes">
        <location filename="../../ui/rectification/ledger_dialog.py" line="347" />
        <source>%n line(s) saved to {path}.</source>
        <translation><numerusform>%n line saved to {path}.</numerusform><numerusform>%n lines saved to {path}.</numerusform></translation>
    </message>
</context>
<context>
    <name>ReviewerImportDialog</name>
    <message numerus="yes">
        <location filename="../../ui/campaigns/list_imports.py" line="116" />
        <source>Imported %n reviewer(s).</source>
        <translation><numerusform>Imported %n reviewer.</numerusform><numerusform>Imported %n reviewers.</numerusform></translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message numerus="yes">
        <location filename="../../ui/rectification/step_dialog.py" line="67" />
        <source>%n line(s) selected.</source>
        <translation><numerusform>%n line selected.</numerusform><numerusform>%n lines selected.</numerusform></translation>
    </message>
</context>
</TS>