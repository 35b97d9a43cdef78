<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
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
        <location filename="../../ui/cases/case_list_view.py" line="244" />
        <source>Showing {shown} of %n file(s)</source>
        <translation><numerusform>Showing {shown} of %n file</numerusform><numerusform>Showing {shown} of %n files</numerusform></translation>
    </message>
</context>
</TS>