; Inno Setup 6 script of the Windows installer: the PyInstaller folder (packaging/workbench.spec)
; under Program Files or the user's own programs folder, Start-menu and desktop shortcuts named
; 案卷评查工作台, and file associations for task/result packages and "Open with" for databases.
; Built by scripts/build_windows.ps1 (ISCC /DAppVersion=...); see docs/windows.md.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "案卷评查工作台"
#define AppExe "workbench-gui.exe"
#define Root SourcePath + "..\.."

[Setup]
AppId={{5B0C5E0B-3F5A-4C1E-9C43-2D6B4E1C7A21}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Case Review Workbench
DefaultDirName={autopf}\CaseReviewWorkbench
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; installs without administrator rights into the user's programs folder; an administrator may choose
; all users (Program Files) in the dialog
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#Root}\out\windows
OutputBaseFilename=CaseReviewWorkbench-{#AppVersion}-setup
SetupIconFile={#Root}\resources\icons\workbench.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
; an upgrade replaces the program folder; the user's databases, settings and logs live elsewhere
CloseApplications=yes

[Languages]
#if FileExists(CompilerPath + "Languages\ChineseSimplified.isl")
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; files of the previous version's bundle that this one no longer has
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Root}\out\bundle\dist\workbench\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; HKA = HKCU for a per-user install, HKLM for all users
Root: HKA; Subkey: "Software\Classes\.wbtask\OpenWithProgids"; ValueType: string; ValueName: "CaseReviewWorkbench.Task"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\CaseReviewWorkbench.Task"; ValueType: string; ValueName: ""; ValueData: "评查任务包"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\CaseReviewWorkbench.Task\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\CaseReviewWorkbench.Task\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.wbresult\OpenWithProgids"; ValueType: string; ValueName: "CaseReviewWorkbench.Result"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\CaseReviewWorkbench.Result"; ValueType: string; ValueName: ""; ValueData: "评查结果包"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\CaseReviewWorkbench.Result\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\CaseReviewWorkbench.Result\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
; databases (.sqlite) are offered under "Open with", never taken over from other programs
Root: HKA; Subkey: "Software\Classes\.sqlite\OpenWithProgids"; ValueType: string; ValueName: "CaseReviewWorkbench.Database"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\CaseReviewWorkbench.Database"; ValueType: string; ValueName: ""; ValueData: "评查工作库"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\CaseReviewWorkbench.Database\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\CaseReviewWorkbench.Database\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
