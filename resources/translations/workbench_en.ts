<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/start/about_dialog.py" line="19" />
        <source>About the Case Review Workbench</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/start/about_dialog.py" line="23" />
        <source>Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/start/about_dialog.py" line="24" />
        <source>Database schema version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/start/about_dialog.py" line="25" />
        <source>Open database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/start/about_dialog.py" line="25" />
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/start/about_dialog.py" line="26" />
        <source>Data folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/start/about_dialog.py" line="27" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/start/about_dialog.py" line="28" />
        <source>Log folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/start/about_dialog.py" line="36" />
        <source>&lt;b&gt;Case Review Workbench&lt;/b&gt; — offline case-file reviews and supervision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/start/about_dialog.py" line="39" />
        <source>Open log folder</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="237" />
        <source>Accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="240" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="240" />
        <source>Department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="240" />
        <source>Roles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="240" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="251" />
        <source>New account…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="252" />
        <source>Set password…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="253" />
        <source>Save roles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="254" />
        <source>Disable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="263" />
        <source>Roles of the selected account:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="281" />
        <source>Disabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="281" />
        <source>Active</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AmountControls</name>
    <message>
        <location filename="../../ui/scoring/amount_controls.py" line="62" />
        <source>Not met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scoring/amount_controls.py" line="65" />
        <source>Veto found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scoring/amount_controls.py" line="107" />
        <source>Defect found (−{points})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scoring/amount_controls.py" line="128" />
        <source>Not met (−{points})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scoring/amount_controls.py" line="162" />
        <source>{level} ({points})</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ArbitrationDialog</name>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="58" />
        <source>Recheck and final scores — {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="64" />
        <source>Unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="64" />
        <source>Case number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="65" />
        <source>Department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="66" />
        <source>Reviewers' totals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="67" />
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="80" />
        <source>Show agreed items too</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="85" />
        <source>Reason for the decision (required)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="89" />
        <source>The lead's own deduction on this item (0: no deduction)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="90" />
        <source>Veto found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="91" />
        <source>Record own value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="94" />
        <location filename="../../ui/recheck/recheck_dialog.py" line="312" />
        <source>Fix final score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="101" />
        <source>Lead's own deduction:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="164" />
        <source>final score fixed</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/recheck/recheck_dialog.py" line="168" />
        <source>%n item(s) differ</source>
        <translation><numerusform>%n item differs</numerusform><numerusform>%n items differ</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="202" />
        <source>No unit needs a recheck.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="204" />
        <source>No file needs a recheck.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="210" />
        <source>It comes here once all its sheets are submitted and they differ, or the recheck rule flags its score.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="218" />
        <source>{case} · {department}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="220" />
        <source>{name}: {total} ({grade})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="227" />
        <source>Recheck rule: {why}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="230" />
        <source>Decided so far: {total} ({grade})</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/recheck/recheck_dialog.py" line="234" />
        <source>%n disputed item(s) still to decide</source>
        <translation><numerusform>%n disputed item still to decide</numerusform><numerusform>%n disputed items still to decide</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="237" />
        <source>Take {name}'s value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="330" />
        <source>Fix this file's final score? It can only be changed by reopening the final sheet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/recheck/recheck_dialog.py" line="333" />
        <source>Fix the final score of {case}: total {total}, grade {grade}?
It can only be changed by reopening the final sheet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="52" />
        <source>Assign reviewers — {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="56" />
        <source>Assign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="58" />
        <source>Replaces the current assignment; sheets already begun are kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="60" />
        <source>Import assignments…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="61" />
        <source>Import reviewers…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="66" />
        <source>Unit inspected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="66" />
        <source>Case number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="70" />
        <location filename="../../ui/campaigns/assignment_dialog.py" line="79" />
        <source>Department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="71" />
        <source>Reviewers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="78" />
        <source>Reviewer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="80" />
        <source>Units</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="80" />
        <source>Files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="86" />
        <source>Show reviewers the rules exclude</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="88" />
        <source>Reason (kept in the audit log)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="89" />
        <source>Reassign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="112" />
        <source>Inspectors per unit:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="112" />
        <source>Reviewers per file:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="124" />
        <source>Replace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="126" />
        <source>with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="131" />
        <source>Reassign the selected unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="131" />
        <source>Reassign the selected file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="164" />
        <source>No reviewers yet: import the reviewer list first (Import reviewers…).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="167" />
        <source>Nothing is assigned yet: choose how many reviewers each needs and press Assign, or import an assignment sheet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="193" />
        <source> — scoring begun</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="205" />
        <source> — own department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="207" />
        <source> — declared conflict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="230" />
        <source>Assigning reviewers…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="233" />
        <source>Assignment cancelled; nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/assignment_dialog.py" line="262" />
        <source>Reassigned {case}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AssignmentImportDialog</name>
    <message>
        <location filename="../../ui/campaigns/list_imports.py" line="137" />
        <source>Import assignments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/list_imports.py" line="138" />
        <source>Choose an assignment sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/list_imports.py" line="141" />
        <source>A spreadsheet with the columns 案号 and 评查人: the files listed get exactly the reviewers listed. Choose it, Preview, then Import.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/campaigns/list_imports.py" line="160" />
        <source>Assigned reviewers to %n file(s).</source>
        <translation><numerusform>Assigned reviewers to %n file.</numerusform><numerusform>Assigned reviewers to %n files.</numerusform></translation>
    </message>
</context>
<context>
    <name>CampaignMenu</name>
    <message>
        <location filename="../../ui/campaigns/menu.py" line="39" />
        <source>New campaign or round…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/menu.py" line="40" />
        <source>Campaign settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/menu.py" line="41" />
        <source>Draw files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/menu.py" line="42" />
        <source>Assign reviewers…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/menu.py" line="43" />
        <source>Progress dashboard…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/menu.py" line="44" />
        <source>Rectification ledger…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/menu.py" line="45" />
        <source>Import paper score sheets…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/menu.py" line="46" />
        <source>Declared conflicts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/menu.py" line="47" />
        <source>Close campaign…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/menu.py" line="48" />
        <source>Reopen campaign…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/menu.py" line="49" />
        <source>&amp;Campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/menu.py" line="75" />
        <source>Choose a campaign in the navigator first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/menu.py" line="78" />
        <source>There is no campaign yet. Import a case list (File → Import case list…), then create a campaign (Campaign → New campaign or round…).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/menu.py" line="81" />
        <source>Campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/menu.py" line="167" />
        <source>Close “{name}”? It is then locked: no score can be changed until the organiser reopens it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/menu.py" line="169" />
        <source>Close campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/menu.py" line="178" />
        <source>Reopen campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/menu.py" line="178" />
        <source>Why is it reopened? (kept in the audit log)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CampaignSetupDialog</name>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="64" />
        <source>New campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="66" />
        <source>Supervision round settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="68" />
        <source>Campaign settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="72" />
        <source>Case-file review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="73" />
        <source>Supervision round</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="75" />
        <source>Inspect units (departments, lower governments) against a checklist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="85" />
        <source>e.g. 鄂州司函</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="87" />
        <source>The issuing office's abbreviation in notice numbers: 鄂州司函〔2026〕3号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="91" />
        <source>A deduction may be submitted without a reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="94" />
        <source>Off (the default): Submit refuses a deduction without a reason, which the documents quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="97" />
        <source>Recheck a file when any reviewer's total is below this line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="98" />
        <source>Recheck when the reviewers' grades differ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="99" />
        <source>Recheck when the reviewers' totals differ by more than this</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="112" />
        <source>Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="113" />
        <source>Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="114" />
        <source>Year:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="117" />
        <source>Notice prefix:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="121" />
        <source>Any total below:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="123" />
        <source>Totals apart by more than:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="124" />
        <source>Recheck rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="150" />
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="178" />
        <source>Name, year, standard and departments are fixed once it exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="179" />
        <source>(no department)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="195" />
        <source>{name} (version {version}, {items} items)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="199" />
        <source>Checklist:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="199" />
        <source>Scoring standard:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="200" />
        <source>Units inspected:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="200" />
        <source>Departments reviewed:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="202" />
        <source>Inspectors per unit:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="202" />
        <source>Reviewers per file:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="228" />
        <source>Enter the campaign's name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="230" />
        <source>Choose a checklist; import one first (File → Import standard…).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="232" />
        <source>Choose a scoring standard; import one first (File → Import standard…).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="235" />
        <source>Type the units to inspect and add them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="238" />
        <source>There are no case files yet: import a case list first (File → Import case list…).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="243" />
        <source>Choose at least one unit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="245" />
        <source>Choose at least one department.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/setup_dialog.py" line="250" />
        <source>The notice prefix is the office's abbreviation only (e.g. 鄂州司函): no spaces, digits or brackets; the year and number are added to it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaseImportDialog</name>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="55" />
        <source>Choose a case register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="56" />
        <source>Spreadsheets (*.xlsx *.xls *.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="57" />
        <location filename="../../ui/imports/case_import_dialog.py" line="179" />
        <source>Import cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="62" />
        <source>Use the department named in each row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="64" />
        <source>Update cases already stored (list each change; delete nothing)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="67" />
        <source>For an updated register of a department: its stored case numbers take the new values.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="75" />
        <source>Case number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="76" />
        <source>Department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="77" />
        <source>Case title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="78" />
        <source>Party</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="79" />
        <source>Filed on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="80" />
        <source>Closed on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="81" />
        <source>Amount (yuan)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="89" />
        <source>File:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="90" />
        <source>Department for rows without one:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="122" />
        <source>Reading {name}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="125" />
        <source>Preview cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="133" />
        <source>The table shows the first {shown} of {total} cases.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="171" />
        <source>Importing {name}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/imports/case_import_dialog.py" line="174" />
        <source>Import cancelled; nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports/case_import_dialog.py" line="179" />
        <source>Imported %n case(s).</source>
        <translation><numerusform>Imported %n case.</numerusform><numerusform>Imported %n cases.</numerusform></translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <location filename="../../ui/cases/case_list_model.py" line="29" />
        <source>Case number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/case_list_model.py" line="30" />
        <source>Department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/case_list_model.py" line="31" />
        <source>Case name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/case_list_model.py" line="32" />
        <source>Party</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/case_list_model.py" line="33" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/case_list_model.py" line="34" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/case_list_model.py" line="35" />
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/case_list_model.py" line="36" />
        <source>Grade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/case_list_model.py" line="37" />
        <source>Reviewers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/case_list_model.py" line="78" />
        <source>Unit inspected</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <location filename="../../ui/cases/case_list_view.py" line="73" />
        <location filename="../../ui/cases/case_list_view.py" line="151" />
        <source>Search case number, name, party, officer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/case_list_view.py" line="75" />
        <source>Filter by department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/case_list_view.py" line="76" />
        <source>Filter by status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/case_list_view.py" line="77" />
        <source>Filter by grade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/case_list_view.py" line="81" />
        <source>My files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/case_list_view.py" line="82" />
        <source>Only the files assigned to me (Ctrl+M shows all files)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/case_list_view.py" line="149" />
        <source>Search unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/case_list_view.py" line="191" />
        <source>All statuses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/case_list_view.py" line="192" />
        <source>All grades</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/case_list_view.py" line="195" />
        <source>All units</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/case_list_view.py" line="195" />
        <source>All departments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/case_list_view.py" line="220" />
        <source>to do {todo} · done {done}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/cases/case_list_view.py" line="289" />
        <source>Showing {shown} of %n unit(s)</source>
        <translation><numerusform>Showing {shown} of %n unit</numerusform><numerusform>Showing {shown} of %n units</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cases/case_list_view.py" line="291" />
        <source>Showing {shown} of %n file(s)</source>
        <translation><numerusform>Showing {shown} of %n file</numerusform><numerusform>Showing {shown} of %n files</numerusform></translation>
    </message>
</context>
<context>
    <name>ComparisonTable</name>
    <message>
        <location filename="../../ui/recheck/comparison_table.py" line="27" />
        <source>no deduction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/recheck/comparison_table.py" line="31" />
        <source>not applicable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/recheck/comparison_table.py" line="33" />
        <source>veto found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/recheck/comparison_table.py" line="35" />
        <source>+{points}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/recheck/comparison_table.py" line="37" />
        <source>−{points}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/recheck/comparison_table.py" line="41" />
        <source> (p. {page})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/recheck/comparison_table.py" line="68" />
        <source>(unnamed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/recheck/comparison_table.py" line="70" />
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/recheck/comparison_table.py" line="70" />
        <source>Decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/recheck/comparison_table.py" line="104" />
        <source>agreed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/recheck/comparison_table.py" line="106" />
        <source>to decide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/recheck/comparison_table.py" line="108" />
        <source>lead's own value: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/recheck/comparison_table.py" line="110" />
        <source>taken from {name}: {reason}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../ui/campaigns/conflicts_dialog.py" line="33" />
        <source>Declared conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/conflicts_dialog.py" line="36" />
        <location filename="../../ui/campaigns/conflicts_dialog.py" line="54" />
        <location filename="../../ui/exchange/conflicts_dialog.py" line="60" />
        <source>Reviewer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/conflicts_dialog.py" line="37" />
        <source>Avoids</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/conflicts_dialog.py" line="38" />
        <location filename="../../ui/campaigns/conflicts_dialog.py" line="57" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/conflicts_dialog.py" line="43" />
        <source>A department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/conflicts_dialog.py" line="44" />
        <source>One file (case number)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/conflicts_dialog.py" line="48" />
        <source>Case number, e.g. 交罚〔2026〕12号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/conflicts_dialog.py" line="50" />
        <source>Why (kept in the audit log)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/conflicts_dialog.py" line="51" />
        <source>Declare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/conflicts_dialog.py" line="82" />
        <source>No reviewers yet: import the reviewer list first (Assign reviewers…).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/conflicts_dialog.py" line="107" />
        <source>Declared. The next assignment honours it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/conflicts_dialog.py" line="56" />
        <source>Merge conflicts — {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/conflicts_dialog.py" line="59" />
        <source>File or unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/conflicts_dialog.py" line="62" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/conflicts_dialog.py" line="63" />
        <source>Kept aside</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/conflicts_dialog.py" line="63" />
        <source>Both changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/conflicts_dialog.py" line="73" />
        <source>Reason (kept in the audit log)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/conflicts_dialog.py" line="77" />
        <source>Keep master's version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/conflicts_dialog.py" line="80" />
        <source>Take reviewer's version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/conflicts_dialog.py" line="84" />
        <source>Master (in force)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/conflicts_dialog.py" line="85" />
        <source>Reviewer's package</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/conflicts_dialog.py" line="110" />
        <source>No open conflicts.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message>
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="33" />
        <source>Progress — {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="36" />
        <source>Scored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="37" />
        <source>Submitted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="38" />
        <source>Awaiting arbitration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="39" />
        <source>Final</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="43" />
        <source>Reviewer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="44" />
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="54" />
        <source>Department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="45" />
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="56" />
        <source>Assigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="47" />
        <source>Not submitted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="48" />
        <source>Package issued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="49" />
        <source>Results back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="55" />
        <source>Files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="68" />
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="72" />
        <source>Per reviewer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="73" />
        <source>Per department</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="106" />
        <source>The %n drawn file(s) of the campaign.</source>
        <translation><numerusform>The %n drawn file of the campaign.</numerusform><numerusform>The %n drawn files of the campaign.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="108" />
        <source>All %n file(s) of the campaign (no draw).</source>
        <translation><numerusform>The campaign's %n file (no draw).</numerusform><numerusform>All %n files of the campaign (no draw).</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="112" />
        <source>In all: {assigned} assigned, {scored} scored, {submitted} submitted, {awaiting} awaiting arbitration, {final} final.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="125" />
        <source>The campaign cannot close yet; the list above says why.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/dashboard_dialog.py" line="127" />
        <source>Nothing blocks closing the campaign.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DatabaseCommands</name>
    <message>
        <location filename="../../ui/files/database_commands.py" line="35" />
        <source>Open database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/files/database_commands.py" line="37" />
        <location filename="../../ui/files/database_commands.py" line="107" />
        <source>Workbench database (*.sqlite)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/files/database_commands.py" line="105" />
        <location filename="../../ui/files/database_commands.py" line="114" />
        <source>Back up database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/files/database_commands.py" line="114" />
        <source>Choose a file other than the database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/files/database_commands.py" line="122" />
        <source>Backup saved: {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/files/database_commands.py" line="128" />
        <source>Daily backups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/files/database_commands.py" line="129" />
        <source>Daily backups to keep beside the database (0: none):</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DocumentTemplates</name>
    <message>
        <location filename="../../workbench/exports/template_catalogue.py" line="39" />
        <source>Issuing office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workbench/exports/template_catalogue.py" line="44" />
        <source>Issuer mark (red)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workbench/exports/template_catalogue.py" line="51" />
        <source>Bulletin: addressees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workbench/exports/template_catalogue.py" line="58" />
        <source>Bulletin: basis and scope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workbench/exports/template_catalogue.py" line="65" />
        <source>Bulletin: requirements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workbench/exports/template_catalogue.py" line="72" />
        <source>Notice: basis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workbench/exports/template_catalogue.py" line="90" />
        <source>Notice: what must be corrected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workbench/exports/template_catalogue.py" line="97" />
        <source>Notice: how to report back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workbench/exports/template_catalogue.py" line="104" />
        <source>Notice: objection and re-check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workbench/exports/template_catalogue.py" line="111" />
        <source>Notice: days allowed for rectification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workbench/exports/template_catalogue.py" line="118" />
        <source>Contact line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workbench/exports/template_catalogue.py" line="126" />
        <source>Copies to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workbench/exports/template_catalogue.py" line="132" />
        <source>Printed by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workbench/exports/template_catalogue.py" line="138" />
        <source>Supervision bulletin: addressees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workbench/exports/template_catalogue.py" line="145" />
        <source>Supervision bulletin: basis and scope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workbench/exports/template_catalogue.py" line="152" />
        <source>Supervision bulletin: requirements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workbench/exports/template_catalogue.py" line="159" />
        <source>Supervision notice: basis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workbench/exports/template_catalogue.py" line="166" />
        <source>Supervision notice: what must be corrected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workbench/exports/template_catalogue.py" line="173" />
        <source>Supervision notice: how to report back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workbench/exports/template_catalogue.py" line="180" />
        <source>Supervision notice: objection and re-check</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DrawDialog</name>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="46" />
        <source>Chosen by the unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="47" />
        <source>Random</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="63" />
        <source>Draw files — {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="65" />
        <source>Publish the seed before the draw, so anyone can repeat it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="66" />
        <source>Generate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="67" />
        <source>Files per department:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="68" />
        <source>Share of each department:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="77" />
        <source>A fraction (0.1) or a percentage (10%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="78" />
        <source>no minimum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="79" />
        <source>no maximum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="80" />
        <source>Draw departments too; how many:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="85" />
        <source>Case numbers the departments chose themselves, one a line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="92" />
        <source>Department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="93" />
        <source>Rank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="94" />
        <source>Case number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="95" />
        <source>Selection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="104" />
        <source>Run the draw</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="105" />
        <source>Verify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="122" />
        <source>No draw yet: until one is run, the campaign covers all its files. Publish a seed (or Generate one), choose how many files per department, then Run the draw.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="146" />
        <source>Seed:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="149" />
        <source>At least, per department:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="150" />
        <source>At most, per department:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="152" />
        <source>Files chosen by the unit:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="217" />
        <source>Draw files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="218" />
        <source>Replace the recorded draw (seed {seed}) with a new one?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="224" />
        <source>Drawing files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="227" />
        <source>Draw cancelled; nothing was recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="239" />
        <source>(no department)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="242" />
        <source>Seed: {seed}; algorithm: {algorithm}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="245" />
        <source>Population: {size} files, SHA-256 {hash}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="248" />
        <source>Drawn: {drawn} files by {operator} at {at}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="251" />
        <source>Per department: {counts}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="264" />
        <source>Verifying the draw…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="272" />
        <source>Verified: the recorded draw matches.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/draw_dialog.py" line="274" />
        <source>The recorded draw differs from a new derivation; see the list.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EntryCommand</name>
    <message>
        <location filename="../../ui/scoring/commands.py" line="143" />
        <source>Record on “{item}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scoring/commands.py" line="145" />
        <source>Delete from “{item}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scoring/commands.py" line="147" />
        <source>Change “{item}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scoring/commands.py" line="156" />
        <source>undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scoring/commands.py" line="179" />
        <source>Change the remarks</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="161" />
        <source>Cannot complete the operation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/errors.py" line="196" />
        <source>The details could not be saved to a log file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/errors.py" line="198" />
        <source>The details were saved to {path}; please send this file to the developers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/errors.py" line="201" />
        <source>The workbench hit an internal error.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/errors.py" line="202" />
        <source>Internal error</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <location filename="../../ui/exchange/menu.py" line="35" />
        <source>Open task package…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/menu.py" line="36" />
        <source>Export result package…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/menu.py" line="37" />
        <source>Issue task packages…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/menu.py" line="38" />
        <source>Merge result package…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/menu.py" line="39" />
        <source>Merge conflicts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/menu.py" line="63" />
        <source>Reviewer copy of {reviewer} — {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/menu.py" line="97" />
        <source>Not on a reviewer copy: the organiser does this on the master.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/menu.py" line="99" />
        <source>Reviewer copy: {name} scores their own files here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/menu.py" line="126" />
        <source>Folder for the result package (e.g. the USB stick)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/menu.py" line="139" />
        <source>Result package</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/menu.py" line="140" />
        <source>{sheets} sheet(s), {submitted} submitted, written to:
{path}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="64" />
        <source>Export results — {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="67" />
        <source>Results workbook (Excel)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="68" />
        <source>Evaluation sheets (one per department; PDF only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="69" />
        <source>Feedback to departments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="70" />
        <source>Bulletin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="72" />
        <source>Rectification notices (numbers are issued and recorded once, whatever the format)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="82" />
        <source>PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="83" />
        <source>Word (.docx: bulletin, notices, feedback; to finish in Word or WPS)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="99" />
        <source>Select all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="100" />
        <source>Select none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="112" />
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="122" />
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="128" />
        <source>What:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="129" />
        <source>Formats:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="134" />
        <source>Units inspected:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="134" />
        <source>Departments:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="135" />
        <source>Folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="183" />
        <source>Choose the export folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="240" />
        <source>Exporting {name}…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/exports/export_dialog.py" line="256" />
        <source>%n file(s) exported to {folder}.</source>
        <translation><numerusform>%n file exported to {folder}.</numerusform><numerusform>%n files exported to {folder}.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="257" />
        <source>Export finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="263" />
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="268" />
        <source>Issue the numbered documents anyway? The bulletin will state how many are not final.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exports/export_dialog.py" line="270" />
        <source>Files not final</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <location filename="../../ui/widgets/file_field.py" line="22" />
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="21" />
        <source>Change history — {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="25" />
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="26" />
        <source>By</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="27" />
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="28" />
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="29" />
        <source>Old</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="30" />
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="31" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/audit/history_dialog.py" line="39" />
        <source>%n change(s) recorded.</source>
        <translation><numerusform>%n change recorded.</numerusform><numerusform>%n changes recorded.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="43" />
        <source>Nothing is recorded on this file yet: every score, submission and decision on it appears here.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="33" />
        <source>Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="34" />
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="97" />
        <source>Choose a file first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../../ui/exchange/issue_dialog.py" line="44" />
        <source>Issue task packages — {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/issue_dialog.py" line="52" />
        <source>issued {n}×, last {at}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/issue_dialog.py" line="54" />
        <source>not issued yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/issue_dialog.py" line="62" />
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/issue_dialog.py" line="65" />
        <source>Leave the scans out (smaller packages)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/issue_dialog.py" line="69" />
        <source>Reviewer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/issue_dialog.py" line="70" />
        <source>Passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/issue_dialog.py" line="71" />
        <source>Package file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/issue_dialog.py" line="77" />
        <source>Issue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/issue_dialog.py" line="79" />
        <source>Save handover sheet…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/issue_dialog.py" line="85" />
        <source>Folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/issue_dialog.py" line="89" />
        <source>Reviewers with assigned files (untick those who need no package):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/issue_dialog.py" line="94" />
        <source>Hand each reviewer their passphrase separately from the package:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/issue_dialog.py" line="108" />
        <source>No reviewer has files assigned yet: assign reviewers first (Campaign → Assign reviewers…), then issue their packages.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/issue_dialog.py" line="115" />
        <source>Folder for the packages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/issue_dialog.py" line="127" />
        <source>Tick at least one reviewer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/issue_dialog.py" line="140" />
        <source>Issuing task packages…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/issue_dialog.py" line="143" />
        <source>Cancelled; the packages already written are listed.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/issue_dialog.py" line="152" />
        <source>%n package(s) written to {folder}.</source>
        <translation><numerusform>%n package written to {folder}.</numerusform><numerusform>%n packages written to {folder}.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/issue_dialog.py" line="160" />
        <source>Save handover sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/issue_dialog.py" line="189" />
        <source>Handover sheet saved: {path}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="188" />
        <source>Not met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="164" />
        <source>Veto found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="75" />
        <source>Not applicable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="77" />
        <source>Reason, as the documents will quote it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="82" />
        <location filename="../../ui/scoring/item_editor.py" line="199" />
        <source>New deduction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="83" />
        <source>Delete entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="89" />
        <location filename="../../ui/scoring/item_editor.py" line="198" />
        <source>Deduction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="93" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="94" />
        <source>Page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="102" />
        <source>Recorded on this item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="128" />
        <source>Select an item to score it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="152" />
        <source>Evidence: {evidence}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="166" />
        <source>N/A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="175" />
        <source>p. {page}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="190" />
        <source>{level} ({points})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="196" />
        <source>Bonus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="198" />
        <source>Level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scoring/item_editor.py" line="199" />
        <source>New bonus</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../../ui/start/launcher.py" line="57" />
        <source>Result package</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/start/launcher.py" line="59" />
        <source>{name} is a result package: open the campaign's database, then Campaign → Merge result package…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LedgerDialog</name>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="61" />
        <source>Issued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="62" />
        <source>Reported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="63" />
        <source>Returned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="64" />
        <source>Verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="65" />
        <source>Closed out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="66" />
        <source>Void</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="73" />
        <source>{status} · overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="77" />
        <source>{status} · due soon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="90" />
        <source>Notice number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="94" />
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="95" />
        <source>Unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="96" />
        <source>Case number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="97" />
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="98" />
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="99" />
        <source>Points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="101" />
        <source>Deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="105" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="107" />
        <source>Reply received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="110" />
        <source>Reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="112" />
        <source>Verification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="135" />
        <source>Rectification ledger — {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="140" />
        <source>All statuses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="143" />
        <source>Overdue only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="145" />
        <source>Unit:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="148" />
        <source>Status:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="160" />
        <source>Record reply…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="161" />
        <source>Verify…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="162" />
        <source>Return…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="163" />
        <source>Close out…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="164" />
        <source>Export to Excel…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="165" />
        <source>Save the lines shown as an Excel ledger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="172" />
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="210" />
        <source>All units</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="256" />
        <source>{shown} of {lines} lines shown. {reported} reported, {verified} verified, {closed} closed out; {due_soon} due soon, {overdue} overdue (as of {today}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="272" />
        <source>No rectification lines yet. Each rectification notice issued for this campaign (File → Export results… → Rectification notices) adds one line per problem it lists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="358" />
        <location filename="../../ui/rectification/ledger_dialog.py" line="374" />
        <location filename="../../ui/rectification/ledger_dialog.py" line="380" />
        <source>Export the rectification ledger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="358" />
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/rectification/ledger_dialog.py" line="375" />
        <source>The ledger could not be saved: {error}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/rectification/ledger_dialog.py" line="381" />
        <source>%n line(s) saved to {path}.</source>
        <translation><numerusform>%n line saved to {path}.</numerusform><numerusform>%n lines saved to {path}.</numerusform></translation>
    </message>
</context>
<context>
    <name>ListImportDialog</name>
    <message>
        <location filename="../../ui/campaigns/list_imports.py" line="33" />
        <source>Spreadsheets (*.xlsx *.xls *.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/list_imports.py" line="42" />
        <source>File:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/list_imports.py" line="68" />
        <source>Reading {name}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/list_imports.py" line="71" />
        <source>Preview cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/list_imports.py" line="90" />
        <source>Importing {name}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/list_imports.py" line="93" />
        <source>Import cancelled; nothing was written.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="65" />
        <source>Sign in — {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="80" />
        <source>Sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="84" />
        <source>This database has accounts. Sign in to work in it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="87" />
        <source>Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="88" />
        <source>Password:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="56" />
        <source>Case Review Workbench — {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="68" />
        <source>This file is assigned to other reviewers. Scoring is blind: only they see their sheets.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106" />
        <source>No campaign yet. Import a case list (File menu), then create one (Campaign → New).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111" />
        <source>Fill in the issuing office (Settings → Issuing office) before issuing documents.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139" />
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141" />
        <source>Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144" />
        <source>Import case list…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146" />
        <source>Import standard…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147" />
        <source>Open database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148" />
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149" />
        <location filename="../../ui/main_window.py" line="273" />
        <source>Next file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150" />
        <location filename="../../ui/main_window.py" line="272" />
        <source>Previous file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151" />
        <source>Submit score sheet…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153" />
        <source>Switch user…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154" />
        <source>Change my password…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="155" />
        <source>New database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156" />
        <source>Reopen submitted sheet…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157" />
        <source>Full case list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159" />
        <source>Show scan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161" />
        <source>Attach scan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162" />
        <source>My files only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163" />
        <source>Search the case list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164" />
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170" />
        <source>Export results…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171" />
        <source>Back up database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185" />
        <source>&amp;Go</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188" />
        <source>&amp;Review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191" />
        <source>Change history…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195" />
        <source>Recheck and final scores…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201" />
        <source>&amp;Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="202" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208" />
        <source>Issuing office…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210" />
        <source>Document templates…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="212" />
        <source>Daily backups to keep…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213" />
        <source>Accounts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217" />
        <source>About…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220" />
        <source>Main toolbar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="256" />
        <source>Signed in: {name} ({roles})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262" />
        <source>No accounts: {name} may do everything</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="272" />
        <source>Previous unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="273" />
        <source>Next unit</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/exchange/merge_dialog.py" line="25" />
        <source>Merge a result package</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/merge_dialog.py" line="27" />
        <source>Choose a result package</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/merge_dialog.py" line="28" />
        <source>Result package (*.wbresult)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/merge_dialog.py" line="33" />
        <source>Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/merge_dialog.py" line="34" />
        <source>Merge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/merge_dialog.py" line="38" />
        <source>Result package from a reviewer's laptop:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/merge_dialog.py" line="56" />
        <source>Choose a result package first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/merge_dialog.py" line="61" />
        <source>Reading the package…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/merge_dialog.py" line="64" />
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/merge_dialog.py" line="73" />
        <source>Conflicts keep the master's version; resolve them under Campaign → Conflicts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/merge_dialog.py" line="82" />
        <source>Merging…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/merge_dialog.py" line="85" />
        <source>Cancelled; nothing was merged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/merge_dialog.py" line="92" />
        <source>Merged.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../ui/navigator.py" line="35" />
        <source>Campaign / department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="35" />
        <source>Assigned / scored / submitted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="57" />
        <source>{name} (closed)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="116" />
        <source>Create the administrator account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="116" />
        <source>New account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="134" />
        <source>Create account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="136" />
        <source>Not now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="144" />
        <source>This database has no accounts: whoever opens it may do everything. Create the administrator account now to have everyone sign in and work in their role (administrator, lead, reviewer). You will not be asked again for this database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="156" />
        <source>Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="157" />
        <source>Department:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="158" />
        <source>Roles:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="159" />
        <source>Password (8 characters or more):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="160" />
        <source>Password again:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="168" />
        <source>The two passwords differ.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <location filename="../../ui/documents/office_dialog.py" line="26" />
        <source>Issuing office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/documents/office_dialog.py" line="29" />
        <source>Full name, e.g. 鄂州市司法局</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/documents/office_dialog.py" line="31" />
        <source>Contact person and phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/documents/office_dialog.py" line="37" />
        <source>Bulletins and rectification notices are signed with this name and carry the contact as a note. Nothing is numbered until it is filled in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/documents/office_dialog.py" line="43" />
        <source>Issuing office:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/documents/office_dialog.py" line="44" />
        <source>Contact:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/documents/office_dialog.py" line="45" />
        <source>Address:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OpenDatabase</name>
    <message>
        <location filename="../../ui/files/open_database.py" line="66" />
        <source>Wrong password. Try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/files/open_database.py" line="78" />
        <source>Daily backup failed: {why}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/files/open_database.py" line="80" />
        <source>Daily backup saved: {path}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OpenTaskDialog</name>
    <message>
        <location filename="../../ui/exchange/open_dialog.py" line="40" />
        <source>Open a task package</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/open_dialog.py" line="42" />
        <source>Choose a task package</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/open_dialog.py" line="43" />
        <source>Task package (*.wbtask)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/open_dialog.py" line="48" />
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/open_dialog.py" line="61" />
        <source>Task package:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/open_dialog.py" line="62" />
        <source>Passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/open_dialog.py" line="63" />
        <source>Your copy on this computer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/open_dialog.py" line="91" />
        <source>Your copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/open_dialog.py" line="91" />
        <source>Workbench database (*.sqlite)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/open_dialog.py" line="100" />
        <source>Choose the package and where your copy goes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/open_dialog.py" line="103" />
        <source>Type the passphrase the organiser gave you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/open_dialog.py" line="109" />
        <source>Opening the task package…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/open_dialog.py" line="112" />
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <location filename="../../ui/start/opening.py" line="43" />
        <source>process {pid} on {host}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/start/opening.py" line="48" />
        <source>Database already open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/start/opening.py" line="49" />
        <source>{name} is already open in another window ({holder}).

Both can save, but two people scoring the same campaign at once may overwrite each other's work. Open it anyway?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PageStrip</name>
    <message>
        <location filename="../../ui/scans/page_thumbnails.py" line="124" />
        <source>Page thumbnails</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PageThumbnails</name>
    <message>
        <location filename="../../ui/scans/page_thumbnails.py" line="71" />
        <source>Page {page}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PaperScoreImportDialog</name>
    <message>
        <location filename="../../ui/campaigns/list_imports.py" line="170" />
        <source>Import paper score sheets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/list_imports.py" line="171" />
        <source>Choose the typed score sheets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/list_imports.py" line="175" />
        <source>A spreadsheet with one row per deduction and the columns {subject}, 评查项目, 扣分 and 理由 (optionally 页码 and 评查人); a file without deductions is one row with 评查项目 无扣分. Choose it, Preview, then Import: all rows or none.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/campaigns/list_imports.py" line="195" />
        <source>Imported %n score sheet(s).</source>
        <translation><numerusform>Imported %n score sheet.</numerusform><numerusform>Imported %n score sheets.</numerusform></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="195" />
        <source>New password for {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="207" />
        <source>Password (8 characters or more):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="208" />
        <source>Password again:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/accounts/dialogs.py" line="217" />
        <source>The two passwords differ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/files/open_database.py" line="24" />
        <source>Database password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/files/open_database.py" line="27" />
        <source>The database {name} is encrypted. Enter its password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/files/open_database.py" line="42" />
        <source>Password:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <location filename="../../ui/widgets/problem_list.py" line="30" />
        <source>This file cannot be imported:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReviewerImportDialog</name>
    <message>
        <location filename="../../ui/campaigns/list_imports.py" line="109" />
        <source>Import reviewers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/list_imports.py" line="110" />
        <source>Choose a reviewer list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/list_imports.py" line="113" />
        <source>A spreadsheet with the columns 姓名 and 所在单位, optionally 角色 (组长 or 评查人员) and 回避单位. Choose it, Preview, then Import.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/campaigns/list_imports.py" line="128" />
        <source>Imported %n reviewer(s).</source>
        <translation><numerusform>Imported %n reviewer.</numerusform><numerusform>Imported %n reviewers.</numerusform></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../ui/accounts/roles.py" line="12" />
        <source>Administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/accounts/roles.py" line="13" />
        <source>Lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/accounts/roles.py" line="14" />
        <source>Reviewer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/accounts/roles.py" line="20" />
        <source>, </source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScanViewer</name>
    <message>
        <location filename="../../ui/scans/scan_viewer.py" line="57" />
        <location filename="../../ui/scans/scan_viewer.py" line="143" />
        <source>No scan attached. Attach a PDF or images of the case file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scans/scan_viewer.py" line="71" />
        <source>Page </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scans/scan_viewer.py" line="74" />
        <location filename="../../ui/scans/scan_viewer.py" line="144" />
        <source>Attach scan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scans/scan_viewer.py" line="76" />
        <source>Pin to this page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scans/scan_viewer.py" line="78" />
        <source>Record the page on screen for the current deduction (Ctrl+P)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scans/scan_viewer.py" line="89" />
        <source>Zoom out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scans/scan_viewer.py" line="90" />
        <source>Zoom in (Ctrl+wheel)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scans/scan_viewer.py" line="93" />
        <location filename="../../ui/scans/scan_viewer.py" line="278" />
        <source>Fit width</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scans/scan_viewer.py" line="94" />
        <source>Fit the page to the width</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scans/scan_viewer.py" line="97" />
        <location filename="../../ui/scans/scan_viewer.py" line="278" />
        <source>Fit page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scans/scan_viewer.py" line="97" />
        <source>Show the whole page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scans/scan_viewer.py" line="98" />
        <source>Rotate a quarter turn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scans/scan_viewer.py" line="109" />
        <source>Pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scans/scan_viewer.py" line="111" />
        <source>Show or hide the page thumbnails (F7)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scans/scan_viewer.py" line="139" />
        <source>No evidence attached. Attach the unit's evidence files (PDF or images).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scans/scan_viewer.py" line="141" />
        <source>Attach evidence…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scans/scan_viewer.py" line="191" />
        <source>of {pages}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scans/scan_viewer.py" line="352" />
        <location filename="../../ui/scans/scan_viewer.py" line="357" />
        <source>Attach scan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scans/scan_viewer.py" line="353" />
        <source>Open a file from the case list first, then attach its scan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scans/scan_viewer.py" line="357" />
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScopeList</name>
    <message>
        <location filename="../../ui/campaigns/scope_list.py" line="31" />
        <source>Another unit, e.g. 甲区人民政府</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/campaigns/scope_list.py" line="32" />
        <source>Add</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScoreHeader</name>
    <message>
        <location filename="../../ui/scoring/score_header.py" line="20" />
        <source>No file open: choose one in the case list to score it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scoring/score_header.py" line="31" />
        <source>Submitted — locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scoring/score_header.py" line="34" />
        <source>Submit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scoring/score_header.py" line="50" />
        <source>{name}'s sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scoring/score_header.py" line="50" />
        <source>Unsigned sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scoring/score_header.py" line="56" />
        <source>Submit this score sheet? It is then locked; only the lead can reopen it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scoring/score_header.py" line="58" />
        <source>Submit the score sheet of {case}: total {total}, grade {grade}?
It is then locked; only the lead can reopen it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scoring/score_header.py" line="67" />
        <source>Not scored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scoring/score_header.py" line="74" />
        <source>Total {total} / {maximum} (incl. +{bonus} bonus)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scoring/score_header.py" line="78" />
        <source>Total {total} / {maximum}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scoring/score_header.py" line="83" />
        <source>Veto: {items}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScoreTreeModel</name>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="68" />
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="69" />
        <source>Max</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="70" />
        <source>Rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="71" />
        <source>Recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="72" />
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="73" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="84" />
        <source>Veto items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="251" />
        <source>Capped at +{cap}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="256" />
        <source>Not met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="259" />
        <source>At floor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="265" />
        <source>Veto found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="267" />
        <source>N/A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="279" />
        <source>Veto: the total becomes 0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="281" />
        <source>Veto: all points are deducted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="283" />
        <source>Veto: graded {grade}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="285" />
        <source>Veto: grade at most {grade}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scoring/score_tree_model.py" line="287" />
        <source>Veto: deducts {points} points</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScoringPanel</name>
    <message>
        <location filename="../../ui/scoring/scoring_panel.py" line="63" />
        <location filename="../../ui/scoring/scoring_panel.py" line="147" />
        <source>Remarks on the whole file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scoring/scoring_panel.py" line="147" />
        <source>Remarks on the whole unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scoring/scoring_panel.py" line="186" />
        <location filename="../../ui/scoring/scoring_panel.py" line="191" />
        <source>Submit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scoring/scoring_panel.py" line="191" />
        <source>Open a file from the case list first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScoringSplit</name>
    <message>
        <location filename="../../ui/scoring/scoring_split.py" line="29" />
        <source>Remarks</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../ui/shortcuts.py" line="27" />
        <source>Next of my unfinished files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="28" />
        <source>Previous of my unfinished files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="29" />
        <source>Next / previous item in the list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="30" />
        <source>Next item, from inside the editor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="32" />
        <source>Previous item, from inside the editor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="34" />
        <source>Back to the item list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="38" />
        <source>Toggle the defect of a fixed-deduction item, or a veto</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="42" />
        <source>Start entering a count, an amount or a tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="46" />
        <source>In the case list: score the file; in the editor: save what is being typed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="51" />
        <source>Jump to the reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="52" />
        <source>Jump to the page number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="54" />
        <source>Mark the item not applicable, or undo that</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="56" />
        <source>New deduction on the item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="58" />
        <source>Pin the deduction to the scan page on screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="60" />
        <source>Undo the last edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="61" />
        <source>Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="62" />
        <source>Submit the score sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="64" />
        <source>Full case list, or the slim list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="65" />
        <source>Show or hide the scan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="66" />
        <source>Show or hide the scan's page thumbnails</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="68" />
        <source>Zoom the scan in (also Ctrl+wheel)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="70" />
        <source>Zoom the scan out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="71" />
        <source>Fit the scan to the width</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="72" />
        <source>Fit the whole scan page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="73" />
        <source>Rotate the scan a quarter turn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="74" />
        <source>My files only, or all files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="75" />
        <source>Search the case list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="77" />
        <source>Import a case list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="78" />
        <source>New database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="79" />
        <source>Open a database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="80" />
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="81" />
        <source>Recheck and final scores</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="82" />
        <source>Change history of the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="84" />
        <source>Recheck: next item still to decide, then the next file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="86" />
        <source>This list of keys</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/help_dialog.py" line="11" />
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/help_dialog.py" line="13" />
        <source>Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/help_dialog.py" line="13" />
        <source>Action</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StandardImportDialog</name>
    <message>
        <location filename="../../ui/imports/standard_import_dialog.py" line="24" />
        <source>Choose a scoring standard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/imports/standard_import_dialog.py" line="25" />
        <source>Scoring standards (*.xlsx *.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/imports/standard_import_dialog.py" line="26" />
        <location filename="../../ui/imports/standard_import_dialog.py" line="107" />
        <source>Import a scoring standard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/imports/standard_import_dialog.py" line="37" />
        <source>File:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/imports/standard_import_dialog.py" line="38" />
        <source>Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/imports/standard_import_dialog.py" line="39" />
        <source>Items:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/imports/standard_import_dialog.py" line="40" />
        <source>Veto items:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/imports/standard_import_dialog.py" line="58" />
        <source>Reading {name}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/imports/standard_import_dialog.py" line="61" />
        <source>Preview cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/imports/standard_import_dialog.py" line="98" />
        <source>Saving the standard…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/imports/standard_import_dialog.py" line="101" />
        <source>Import cancelled; nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/imports/standard_import_dialog.py" line="108" />
        <source>Saved “{name}” as version {version}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../ui/start/start_page.py" line="41" />
        <location filename="../../ui/start/start_page.py" line="64" />
        <source>New database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="43" />
        <source>Review campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="45" />
        <source>Workbench database (*.sqlite)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="65" />
        <source>{path} already exists: choose another name, or open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="83" />
        <location filename="../../ui/start/start_page.py" line="86" />
        <source>Case Review Workbench</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="91" />
        <source>Version {version}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="95" />
        <source>New database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="95" />
        <source>Start an empty database for a new review campaign.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="97" />
        <source>Open database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="97" />
        <source>Continue with a database file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="99" />
        <source>Open task package…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="99" />
        <source>Work on files a lead sent you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="102" />
        <source>Try the demo data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="103" />
        <source>A made-up campaign of {n} files, to look around safely.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="120" />
        <source>Databases you open will be listed here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="122" />
        <source>Recent databases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="132" />
        <source>New databases are proposed in {folder}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="167" />
        <source>{name} (not found)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="178" />
        <location filename="../../ui/start/start_page.py" line="193" />
        <source>Open database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="179" />
        <source>{path} no longer exists (moved, renamed or on a drive not connected).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="193" />
        <source>Workbench database (*.sqlite);;*</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="226" />
        <source>Creating the demo data…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../ui/rectification/step_dialog.py" line="34" />
        <source>Record the unit's reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/rectification/step_dialog.py" line="35" />
        <source>Verify the reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/rectification/step_dialog.py" line="36" />
        <source>Return for new rectification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/rectification/step_dialog.py" line="37" />
        <source>Close out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/rectification/step_dialog.py" line="40" />
        <source>Summary of the written reply:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/rectification/step_dialog.py" line="41" />
        <source>Verification notes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/rectification/step_dialog.py" line="42" />
        <source>Why it goes back (required):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/rectification/step_dialog.py" line="43" />
        <source>Close-out note:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/rectification/step_dialog.py" line="46" />
        <source>Reply received on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/rectification/step_dialog.py" line="47" />
        <source>Verified on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/rectification/step_dialog.py" line="48" />
        <source>Returned on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/rectification/step_dialog.py" line="49" />
        <source>Closed out on:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/rectification/step_dialog.py" line="67" />
        <source>%n line(s) selected.</source>
        <translation><numerusform>%n line selected.</numerusform><numerusform>%n lines selected.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/rectification/step_dialog.py" line="70" />
        <source>Verifier:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../ui/documents/template_dialog.py" line="45" />
        <location filename="../../ui/documents/template_dialog.py" line="118" />
        <location filename="../../ui/documents/template_dialog.py" line="162" />
        <source>Document templates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/documents/template_dialog.py" line="59" />
        <source>One paragraph per line. Double-click a placeholder to insert it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/documents/template_dialog.py" line="62" />
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/documents/template_dialog.py" line="63" />
        <source>Reset to shipped text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/documents/template_dialog.py" line="75" />
        <source>Placeholders you can use:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/documents/template_dialog.py" line="118" />
        <source>Discard the changes to this template?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/documents/template_dialog.py" line="128" />
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/documents/template_dialog.py" line="132" />
        <source>This office's own text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/documents/template_dialog.py" line="132" />
        <source>Text shipped with the workbench</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/documents/template_dialog.py" line="161" />
        <source>Replace this office's text with the text shipped with the workbench?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <location filename="../../workbench/accounts/passwords.py" line="25" />
        <source>口令至少需要 {minimum} 个字符。</source>
        <translation>The password must be at least {minimum} characters long.</translation>
    </message>
    <message>
        <location filename="../../workbench/accounts/service.py" line="37" />
        <source>用户名或口令错误。</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <location filename="../../workbench/accounts/service.py" line="42" />
        <source>用户名或口令错误：账户“{user}”已停用，请联系管理员。</source>
        <translation>Wrong user name or password: account “{user}” is disabled; please contact the administrator.</translation>
    </message>
    <message>
        <location filename="../../workbench/accounts/service.py" line="47" />
        <source>账户“{user}”连续 {tries} 次口令错误，已暂停登录，请 {minutes} 分钟后再试。</source>
        <translation>Account “{user}” entered a wrong password {tries} times in a row and is locked; try again in {minutes} minutes.</translation>
    </message>
    <message>
        <location filename="../../workbench/accounts/service.py" line="54" />
        <source>此操作需要“{role}”角色；“{user}”没有该角色。</source>
        <translation>This needs the “{role}” role; “{user}” does not have it.</translation>
    </message>
    <message>
        <location filename="../../workbench/accounts/service.py" line="59" />
        <source>“{user}”不是本数据库的有效账户，请用自己的账户登录。</source>
        <translation>“{user}” is not a valid account in this database; please sign in with your own account.</translation>
    </message>
    <message>
        <location filename="../../workbench/accounts/service.py" line="64" />
        <source>这是“{owner}”的评查表，只有评查人本人可以修改；“{user}”不能修改。</source>
        <translation>This is “{owner}”’s score sheet; only that reviewer may change it, not “{user}”.</translation>
    </message>
    <message>
        <location filename="../../workbench/accounts/service.py" line="71" />
        <source>“{user}”已有账户。</source>
        <translation>“{user}” already has an account.</translation>
    </message>
    <message>
        <location filename="../../workbench/accounts/service.py" line="76" />
        <source>数据库的第一个账户必须具有“管理员”角色。</source>
        <translation>The first account in a database must have the administrator role.</translation>
    </message>
    <message>
        <location filename="../../workbench/accounts/service.py" line="81" />
        <source>“{user}”是唯一的管理员，不能停用或取消其“管理员”角色。</source>
        <translation>“{user}” is the only administrator and cannot be disabled or lose the administrator role.</translation>
    </message>
    <message>
        <location filename="../../workbench/accounts/service.py" line="86" />
        <source>未知的角色：{word}（可用：管理员、组长、评查人员）。</source>
        <translation>Unknown role: {word} (use administrator, lead or reviewer).</translation>
    </message>
    <message>
        <location filename="../../workbench/accounts/service.py" line="91" />
        <source>账户至少需要一个角色（管理员、组长、评查人员）。</source>
        <translation>An account needs at least one role (administrator, lead, reviewer).</translation>
    </message>
    <message>
        <location filename="../../workbench/accounts/service.py" line="96" />
        <source>姓名不能为空。</source>
        <translation>The name cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../workbench/assignment/reviewers.py" line="46" />
        <source>无法登记回避：{why}</source>
        <translation>Cannot declare the conflict: {why}</translation>
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
        <translation>Cannot assign reviewers; nothing was assigned: {why}</translation>
    </message>
    <message>
        <location filename="../../workbench/campaigns/closing.py" line="25" />
        <source>重新开启评查活动必须填写理由。</source>
        <translation>Reopening a campaign needs a reason.</translation>
    </message>
    <message>
        <location filename="../../workbench/campaigns/errors.py" line="10" />
        <source>每件案卷的评查人数应为 1 到 3，而不是 {value}。</source>
        <translation>Reviewers per file must be 1 to 3, not {value}.</translation>
    </message>
    <message>
        <location filename="../../workbench/campaigns/recheck_rule.py" line="22" />
        <source>复核规则“{field}”的值“{value}”无效：{why}</source>
        <translation>The recheck rule’s “{field}” value “{value}” is not valid: {why}</translation>
    </message>
    <message>
        <location filename="../../workbench/campaigns/service.py" line="32" />
        <source>“{key}”对应多个评查活动，请给出更长的编号：{ids}</source>
        <translation>“{key}” matches several campaigns; give a longer id: {ids}</translation>
    </message>
    <message>
        <location filename="../../workbench/campaigns/service.py" line="37" />
        <source>评查活动编号“{key}”太短：编号前缀至少要有 {length} 位，或写出活动的完整名称。</source>
        <translation>Campaign id “{key}” is too short: give at least {length} characters of the id, or the campaign’s full name.</translation>
    </message>
    <message>
        <location filename="../../workbench/campaigns/service.py" line="44" />
        <source>没有可纳入评查活动的案卷：{why}</source>
        <translation>No case files to put in the campaign: {why}</translation>
    </message>
    <message>
        <location filename="../../workbench/campaigns/service.py" line="49" />
        <source>评查活动名称不能为空。</source>
        <translation>The campaign needs a name.</translation>
    </message>
    <message>
        <location filename="../../workbench/campaigns/service.py" line="54" />
        <source>评查活动“{name}”已结束，不能再修改；如需修改请由组织者重新开启。</source>
        <translation>Campaign “{name}” is closed and cannot be changed; the organiser can reopen it.</translation>
    </message>
    <message>
        <location filename="../../workbench/campaigns/service.py" line="61" />
        <source>只有组织者（评查组长）可以{what}；“{user}”不是。</source>
        <translation>Only the organiser (the lead) may do this ({what}); “{user}” is not.</translation>
    </message>
    <message>
        <location filename="../../workbench/campaigns/service.py" line="66" />
        <source>找不到执法部门“{name}”。已有的部门：{known}</source>
        <translation>No department “{name}”. Known departments: {known}</translation>
    </message>
    <message>
        <location filename="../../workbench/campaigns/supervision.py" line="35" />
        <source>“{name}”是案卷评查标准，不是督察清单；督察轮次需要选择督察清单。</source>
        <translation>“{name}” is a case-file standard, not a supervision checklist; a round needs a checklist.</translation>
    </message>
    <message>
        <location filename="../../workbench/campaigns/supervision.py" line="42" />
        <source>督察轮次至少要包含一个被督察单位。</source>
        <translation>A supervision round needs at least one unit.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/export_commands.py" line="76" />
        <source>--out {path}：{why}</source>
        <translation>--out {path}: {why}</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/ledger_commands.py" line="36" />
        <source>请用 --campaign 指定评查活动。</source>
        <translation>Name the campaign with --campaign.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/recheck_commands.py" line="28" />
        <source>{what}：{why}</source>
        <translation>{what}: {why}</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/user_commands.py" line="37" />
        <source>{what}：请设置环境变量 {variable}，或在终端中运行以便输入（输入不回显）。</source>
        <translation>{what}: set the environment variable {variable}, or run in a terminal to type it (input is not echoed).</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/user_commands.py" line="44" />
        <source>两次输入的口令不一致，未作任何修改。</source>
        <translation>The two passwords do not match; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../workbench/common/atomic_file.py" line="48" />
        <location filename="../../workbench/exports/staging.py" line="29" />
        <source>无法写入 {path}：{reason}</source>
        <translation>Cannot write {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../workbench/common/errors.py" line="21" />
        <source>操作未完成。</source>
        <translation>The operation was not completed.</translation>
    </message>
    <message>
        <location filename="../../workbench/common/errors.py" line="34" />
        <source>{source}有 {count} 处错误，未导入任何数据：
{details}</source>
        <translation>{source} has {count} error(s); nothing was imported:
{details}</translation>
    </message>
    <message>
        <location filename="../../workbench/common/errors.py" line="48" />
        <source>找不到{what}：{key}</source>
        <translation>Not found ({what}): {key}</translation>
    </message>
    <message>
        <location filename="../../workbench/common/errors.py" line="53" />
        <source>{where}评查项目「{item}」不允许扣 {value} 分：{why}</source>
        <translation>{where}item “{item}” does not allow a deduction of {value}: {why}</translation>
    </message>
    <message>
        <location filename="../../workbench/common/errors.py" line="58" />
        <source>{where}评分标准中没有评查项目「{item}」</source>
        <translation>{where}the standard has no item “{item}”</translation>
    </message>
    <message>
        <location filename="../../workbench/common/errors.py" line="63" />
        <source>{where}评查项目「{item}」不允许标记为不适用</source>
        <translation>{where}item “{item}” cannot be marked not applicable</translation>
    </message>
    <message>
        <location filename="../../workbench/common/places.py" line="43" />
        <source>工作库名称“{name}”不能用作文件名：{reason}</source>
        <translation>Database name “{name}” cannot be used as a file name: {reason}</translation>
    </message>
    <message>
        <location filename="../../workbench/demo/generator.py" line="41" />
        <source>该数据库已有演示数据：评查活动“{name}”（编号 {id}）。如需另一份演示数据，请用 --db 指定一个新文件。</source>
        <translation>This database already has demo data: campaign “{name}” (id {id}). For another set of demo data, name a new file with --db.</translation>
    </message>
    <message>
        <location filename="../../workbench/demo/generator.py" line="49" />
        <source>演示数据的案号与数据库中已有的案卷重复。请在一个新的数据库文件中生成演示数据。</source>
        <translation>The demo data’s case numbers clash with case files already in the database. Create the demo data in a new database file.</translation>
    </message>
    <message>
        <location filename="../../workbench/draw/algorithm.py" line="49" />
        <source>随机种子不能为空：请给出公开的随机种子（--seed）。</source>
        <translation>The random seed is empty: give the public seed (--seed).</translation>
    </message>
    <message>
        <location filename="../../workbench/draw/algorithm.py" line="54" />
        <source>请指定每个部门抽取的件数（--per-department）或比例（--share），二者选其一。</source>
        <translation>Give either the files per department (--per-department) or a share (--share).</translation>
    </message>
    <message>
        <location filename="../../workbench/draw/algorithm.py" line="61" />
        <source>每个部门抽取的件数（--per-department）与比例（--share）只能指定其一。</source>
        <translation>Give only one of the files per department (--per-department) and the share (--share).</translation>
    </message>
    <message>
        <location filename="../../workbench/draw/algorithm.py" line="68" />
        <source>抽取比例 {value} 无效：应大于 0 且不超过 1（如 0.1 或 10%）。</source>
        <translation>The share {value} is not valid: it must be above 0 and at most 1 (e.g. 0.1 or 10%).</translation>
    </message>
    <message>
        <location filename="../../workbench/draw/algorithm.py" line="73" />
        <source>「{field}」为 {value}，无效：应为不小于 {low} 的整数。</source>
        <translation>“{field}” is {value}, which is not valid: it must be a whole number of at least {low}.</translation>
    </message>
    <message>
        <location filename="../../workbench/draw/algorithm.py" line="78" />
        <source>每个部门最少抽取 {minimum} 件，多于最多抽取的 {maximum} 件。</source>
        <translation>The minimum per department ({minimum}) is more than the maximum ({maximum}).</translation>
    </message>
    <message>
        <location filename="../../workbench/draw/algorithm.py" line="83" />
        <source>单位自选案卷不在本次评查的案卷范围内：{numbers}</source>
        <translation>Files chosen by the units are not in this campaign’s scope: {numbers}</translation>
    </message>
    <message>
        <location filename="../../workbench/draw/algorithm.py" line="88" />
        <source>没有可供抽取的案卷：案卷范围为空。</source>
        <translation>There are no files to draw from: the scope is empty.</translation>
    </message>
    <message>
        <location filename="../../workbench/draw/algorithm.py" line="93" />
        <source>案卷范围中有重复的案号，无法抽取：{numbers}</source>
        <translation>The scope has duplicate case numbers, so no draw is possible: {numbers}</translation>
    </message>
    <message>
        <location filename="../../workbench/draw/service.py" line="27" />
        <source>评查活动“{campaign}”已有 {sheets} 份评查表，抽取结果已确定，不能重新抽取。</source>
        <translation>Campaign “{campaign}” already has {sheets} score sheet(s): the draw is settled and cannot be run again.</translation>
    </message>
    <message>
        <location filename="../../workbench/draw/service.py" line="34" />
        <source>评查活动“{campaign}”尚未抽取案卷，无可核验的抽取结果。</source>
        <translation>Campaign “{campaign}” has no draw yet, so there is nothing to verify.</translation>
    </message>
    <message>
        <location filename="../../workbench/exchange/conflicts.py" line="29" />
        <source>该冲突无法按此处理：{why}</source>
        <translation>This conflict cannot be resolved that way: {why}</translation>
    </message>
    <message>
        <location filename="../../workbench/exchange/copy.py" line="33" />
        <source>{path} 不是评查人员副本：回收包只能从打开任务包得到的副本导出。</source>
        <translation>{path} is not a reviewer copy: a result package can only be exported from a copy opened from a task package.</translation>
    </message>
    <message>
        <location filename="../../workbench/exchange/binding.py" line="20" />
        <source>这是评查人员“{reviewer}”的副本，不能执行“{command}”：请在组织者的工作库中操作。</source>
        <translation>This is reviewer “{reviewer}”’s copy and cannot run “{command}”: do this in the organiser’s database.</translation>
    </message>
    <message>
        <location filename="../../workbench/exchange/copy.py" line="40" />
        <source>无法打开任务包“{name}”：{why}</source>
        <translation>Cannot open task package “{name}”: {why}</translation>
    </message>
    <message>
        <location filename="../../workbench/exchange/issue.py" line="35" />
        <source>评查人员“{reviewer}”在“{campaign}”中没有分配任何{what}，无需分发任务包。</source>
        <translation>Reviewer “{reviewer}” has no {what} assigned in “{campaign}”; no task package is needed.</translation>
    </message>
    <message>
        <location filename="../../workbench/exchange/paths.py" line="14" />
        <source>无法写入数据包“{path}”：{why}</source>
        <translation>Cannot write package “{path}”: {why}</translation>
    </message>
    <message>
        <location filename="../../workbench/exchange/sealing.py" line="45" />
        <source>无法打开数据包“{name}”：{why}</source>
        <translation>Cannot open package “{name}”: {why}</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/docx/templates.py" line="142" />
        <source>没有“{kind}”的 Word 模板：可用的为 {known}。</source>
        <translation>There is no Word template for “{kind}”: available ones are {known}.</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/docx/templates.py" line="147" />
        <source>Word 模板“{file}”无法使用：{reason}。请修改后再试，或恢复随软件提供的模板。</source>
        <translation>Word template “{file}” cannot be used: {reason}. Fix it and try again, or restore the template supplied with the software.</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/docx/templates.py" line="154" />
        <source>Word 模板“{file}”含有未知的占位符“{placeholder}”{hint}。可用的占位符见 resources/templates/README.md。</source>
        <translation>Word template “{file}” has an unknown placeholder “{placeholder}”{hint}. The available placeholders are listed in resources/templates/README.md.</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/docx/templates.py" line="163" />
        <source>Word 模板“{file}”缺少必需的占位符“{placeholder}”：没有它，{title}就缺少应有的内容。</source>
        <translation>Word template “{file}” lacks the required placeholder “{placeholder}”: without it, the {title} would be missing content.</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/pdf/fonts.py" line="34" />
        <source>未找到可嵌入 PDF 的中文 TrueType 字体（.ttf/.ttc）。请安装仿宋_GB2312、方正小标宋简体等字体，或在设置中指定字体文件；Linux 下可安装 fonts-wqy-microhei 软件包（sudo apt install fonts-wqy-microhei）。</source>
        <translation>No Chinese TrueType font (.ttf/.ttc) that a PDF can embed was found. Install fonts such as 仿宋_GB2312 or 方正小标宋简体, or choose a font file in the settings; on Linux, install fonts-wqy-microhei (sudo apt install fonts-wqy-microhei).</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/checks.py" line="36" />
        <source>请至少选择一种要导出的文件。</source>
        <translation>Choose at least one kind of output.</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/checks.py" line="41" />
        <source>无法导出“{kind}”：可导出的类型为 {known}。</source>
        <translation>Cannot export “{kind}”: the kinds are {known}.</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/checks.py" line="46" />
        <source>{what}“{campaign}”尚未设置发文机关代字，无法为通报和整改通知书编号。请先在活动设置中填写。</source>
        <translation>{what} “{campaign}” has no issuing office code, so the bulletin and notices cannot be numbered. Fill it in under the campaign settings first.</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/checks.py" line="54" />
        <source>{what}“{campaign}”还没有已定分的{subject}，无法制发{document}：没有可以通报的结果。</source>
        <translation>{what} “{campaign}” has no final {subject} yet, so no {document} can be issued: there are no results to report.</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/checks.py" line="61" />
        <source>{what}“{campaign}”尚有 {count} {measure}{subject}未定分（其中待复核 {awaiting} {measure}），不能制发编号公文（{documents}）。请先完成评查和复核；确需先行制发的，请确认后再导出（命令行加 --allow-unfinished），通报将写明未定分的数量。</source>
        <translation>{what} “{campaign}” still has {count} {measure}{subject} not final ({awaiting} awaiting recheck), so numbered documents ({documents}) cannot be issued. Finish scoring and rechecking first; to issue them anyway, confirm the export (--allow-unfinished on the command line) and the bulletin will state how many are not final.</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/checks.py" line="71" />
        <source>无法导出为“{format}”：可用的格式为 {known}。</source>
        <translation>Cannot export as “{format}”: available formats are {known}.</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/template_catalogue.py" line="190" />
        <source>没有名为“{name}”的公文模板。</source>
        <translation>There is no document template named “{name}”.</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/templates.py" line="29" />
        <source>公文模板“{template}”含有未知的占位符“{placeholder}”。此模板可用的占位符：{allowed}</source>
        <translation>Document template “{template}” has an unknown placeholder “{placeholder}”. Its placeholders are: {allowed}</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/templates.py" line="36" />
        <source>公文模板“{template}”中的花括号不成对：“{placeholder}”。占位符请用半角花括号写成“{example}”；文字中要出现花括号，请连写两个。</source>
        <translation>Document template “{template}” has unmatched braces: “{placeholder}”. Write placeholders with ASCII braces as “{example}”; double a brace to print it.</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/templates.py" line="45" />
        <source>公文模板“{template}”{problem}</source>
        <translation>Document template “{template}”: {problem}</translation>
    </message>
    <message>
        <location filename="../../workbench/rectification/ledger_steps.py" line="37" />
        <source>整改事项 {line}（{status}）不能{action}：{why}本次选择的事项均未办理。</source>
        <translation>Rectification line {line} ({status}) cannot be changed ({action}): {why} None of the chosen lines was changed.</translation>
    </message>
    <message>
        <location filename="../../workbench/rectification/ledger_steps.py" line="44" />
        <source>登记整改事项 {line} 的反馈须填写单位书面反馈的情况。</source>
        <translation>Recording the report of line {line} needs a summary of the unit’s written reply.</translation>
    </message>
    <message>
        <location filename="../../workbench/rectification/ledger_steps.py" line="49" />
        <source>退回整改事项 {line} 须写明理由。</source>
        <translation>Returning line {line} needs a reason.</translation>
    </message>
    <message>
        <location filename="../../workbench/rectification/ledger_steps.py" line="54" />
        <source>整改事项 {line} 的{what}日期 {date} 早于{earlier}日期 {before}。</source>
        <translation>Line {line}: the {what} date {date} is before the {earlier} date {before}.</translation>
    </message>
    <message>
        <location filename="../../workbench/rectification/ledger_steps.py" line="61" />
        <source>整改事项 {line} 的{what}日期 {date} 晚于今天（{today}）。</source>
        <translation>Line {line}: the {what} date {date} is after today ({today}).</translation>
    </message>
    <message>
        <location filename="../../workbench/rectification/ledger_steps.py" line="66" />
        <source>请先选择要办理的整改事项。</source>
        <translation>Choose the rectification lines to act on first.</translation>
    </message>
    <message>
        <location filename="../../workbench/rectification/ledger.py" line="50" />
        <source>“{key}”对应多个整改事项，请给出更长的编号。</source>
        <translation>“{key}” matches several rectification lines; give a longer id.</translation>
    </message>
    <message>
        <location filename="../../workbench/rectification/ledger.py" line="55" />
        <source>“{key}”不是整改事项的编号：应写作“通知文号#项号”（如 鄂州司函〔2026〕3号#2）或事项编号。</source>
        <translation>“{key}” is not a rectification line: write “notice number#line” (e.g. 鄂州司函〔2026〕3号#2) or the line’s id.</translation>
    </message>
    <message>
        <location filename="../../workbench/rectification/numbers.py" line="29" />
        <source>评查活动“{campaign}”尚未设置发文机关代字（如“鄂州司函”），无法为整改通知编号。请先在活动设置中填写。</source>
        <translation>Campaign “{campaign}” has no issuing office prefix (such as “鄂州司函”), so notices cannot be numbered. Set it in the campaign settings first.</translation>
    </message>
    <message>
        <location filename="../../workbench/rectification/issuing.py" line="41" />
        <source>{department}在本次评查中已有整改通知（{number}）。如需重发，请先将其作废。</source>
        <translation>{department} already has a rectification notice in this campaign ({number}). Void it first to issue another.</translation>
    </message>
    <message>
        <location filename="../../workbench/rectification/issuing.py" line="48" />
        <source>整改期限应为 1 至 {maximum} 天，现为 {days} 天。</source>
        <translation>The rectification period must be 1 to {maximum} days, not {days}.</translation>
    </message>
    <message>
        <location filename="../../workbench/rectification/notices.py" line="32" />
        <source>作废整改通知（{number}）须写明理由。</source>
        <translation>Voiding notice {number} needs a reason.</translation>
    </message>
    <message>
        <location filename="../../workbench/rectification/notices.py" line="37" />
        <source>整改通知（{number}）已经作废。</source>
        <translation>Notice {number} is already void.</translation>
    </message>
    <message>
        <location filename="../../workbench/review/recheck.py" line="40" />
        <source>案卷“{case}”还不能复核：{why}</source>
        <translation>File “{case}” cannot be rechecked yet: {why}</translation>
    </message>
    <message>
        <location filename="../../workbench/review/recheck.py" line="45" />
        <source>只有评查组长可以复核定分；“{user}”不是组长。</source>
        <translation>Only a lead may recheck and fix final scores; “{user}” is not a lead.</translation>
    </message>
    <message>
        <location filename="../../workbench/review/recheck.py" line="50" />
        <source>还有 {count} 个有分歧的评查项目未复核：{items}</source>
        <translation>{count} disputed item(s) are still undecided: {items}</translation>
    </message>
    <message>
        <location filename="../../workbench/review/recheck.py" line="55" />
        <source>复核项目「{item}」：{why}</source>
        <translation>Recheck of item “{item}”: {why}</translation>
    </message>
    <message>
        <location filename="../../workbench/review/scans.py" line="29" />
        <source>无法附加扫描件“{name}”：{why}</source>
        <translation>Cannot attach the scan “{name}”: {why}</translation>
    </message>
    <message>
        <location filename="../../workbench/review/sheets.py" line="30" />
        <source>该评查表已提交，不能再修改；如需修改请由组长退回。</source>
        <translation>This score sheet is submitted and cannot be changed; ask the lead to reopen it.</translation>
    </message>
    <message>
        <location filename="../../workbench/review/sheets.py" line="35" />
        <source>{where}评查项目「{item}」{why}</source>
        <translation>{where}item “{item}”: {why}</translation>
    </message>
    <message>
        <location filename="../../workbench/review/sheets.py" line="40" />
        <source>{count} 项扣分没有填写理由，评查文书将无从引用：{items}</source>
        <translation>{count} deduction(s) have no reason, so the documents would quote nothing: {items}</translation>
    </message>
    <message>
        <location filename="../../workbench/review/sheets.py" line="45" />
        <source>{what}必须填写理由。</source>
        <translation>{what} needs a reason.</translation>
    </message>
    <message>
        <location filename="../../workbench/review/sheets.py" line="50" />
        <source>评查是背对背的：该案卷评查完成前，“{user}”不能查看“{owner}”的评查表。</source>
        <translation>Reviews are independent: until this case file’s review is finished, “{user}” cannot see “{owner}”’s score sheet.</translation>
    </message>
    <message>
        <location filename="../../workbench/scoring/rules.py" line="14" />
        <source>{where}评查项目「{item}」不允许加 {value} 分：{why}</source>
        <translation>{where}item “{item}” does not allow a bonus of {value}: {why}</translation>
    </message>
    <message>
        <location filename="../../workbench/standards/service.py" line="40" />
        <source>“{key}”对应多个评分标准，请给出更长的编号：{ids}</source>
        <translation>“{key}” matches several standards; give a longer id: {ids}</translation>
    </message>
    <message>
        <location filename="../../workbench/standards/service.py" line="45" />
        <source>评分标准编号“{key}”太短：编号前缀至少要有 {length} 位。</source>
        <translation>The standard id “{key}” is too short: give at least {length} characters.</translation>
    </message>
    <message>
        <location filename="../../workbench/standards/service.py" line="144" />
        <source>数据库中保存的评分标准“{name}”已损坏，无法读取。请用数据库的备份恢复，或重新导入该评分标准。</source>
        <translation>Scoring standard “{name}” stored in the database is damaged and cannot be read. Restore the database from a backup, or import the scoring standard again.</translation>
    </message>
    <message>
        <location filename="../../workbench/standards/validate.py" line="68" />
        <source>无法读取文件“{name}”：{why}</source>
        <translation>Cannot read the file “{name}”: {why}</translation>
    </message>
    <message>
        <location filename="../../workbench/campaigns/office.py" line="24" />
        <source>尚未填写发文机关信息（机关名称、联系人、地址），无法制发{document}。请先在“设置 → 发文机关信息”中填写，或在命令行运行 office set --name 名称 --contact 联系人 --address 地址。</source>
        <translation>The issuing office (name, contact, address) is not filled in, so no {document} can be issued. Fill it in under Settings → Issuing office, or run office set --name NAME --contact CONTACT --address ADDRESS.</translation>
    </message>
    <message>
        <location filename="../../workbench/campaigns/office.py" line="34" />
        <source>发文机关信息的“{field}”{problem}</source>
        <translation>Issuing office “{field}”: {problem}</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/texts.py" line="28" />
        <source>“{campaign}”没有抽取记录，但公文模板“通报开头”写有“随机”抽取。请改用占位符“{{评查范围}}”或如实改写该模板后再生成通报。</source>
        <translation>“{campaign}” has no recorded draw, but the bulletin opening template speaks of a random draw. Use the placeholder “{{评查范围}}” or rewrite the template truthfully before making the bulletin.</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/texts.py" line="46" />
        <source>公文模板“{template}”仍含占位文字“××”：“{text}”。请在“设置 → 公文模板”中改为实际内容。</source>
        <translation>Document template “{template}” still contains the filler “××”: “{text}”. Replace it under Settings → Document templates.</translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <location filename="../../ui/window_commands.py" line="53" />
        <location filename="../../ui/window_commands.py" line="58" />
        <source>Reopen submitted sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window_commands.py" line="54" />
        <source>Open a submitted sheet from the case list first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window_commands.py" line="58" />
        <source>Reason (kept in the audit log):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window_commands.py" line="77" />
        <source>Change history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window_commands.py" line="77" />
        <source>Choose a file in the list first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window_commands.py" line="116" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window_commands.py" line="116" />
        <source>The new language applies when the workbench restarts.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WordTemplatesBox</name>
    <message>
        <location filename="../../ui/documents/word_templates.py" line="47" />
        <source>Word templates (.docx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/documents/word_templates.py" line="53" />
        <source>Open in word processor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/documents/word_templates.py" line="54" />
        <source>Check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/documents/word_templates.py" line="55" />
        <source>Restore shipped template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/documents/word_templates.py" line="81" />
        <source>this office's copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/documents/word_templates.py" line="81" />
        <source>shipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/documents/word_templates.py" line="137" />
        <location filename="../../ui/documents/word_templates.py" line="146" />
        <source>Word templates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/documents/word_templates.py" line="137" />
        <source>{file} can be used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/documents/word_templates.py" line="145" />
        <source>Delete this office's copy and use the template shipped with the workbench?</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>