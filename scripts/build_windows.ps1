# Build the Windows bundle and installer on a Windows 10/11 machine (x64); see docs/windows.md.
#   powershell -ExecutionPolicy Bypass -File scripts\build_windows.ps1
# Needs: Python 3.11 (py launcher), Inno Setup 6 (ISCC.exe). Output: out\windows\*-setup.exe
param(
    [string]$Python = "py -3.11",
    [string]$Iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe"
)
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
$Root = (Get-Location).Path
$Venv = Join-Path $Root ".venv-win"
$Py = Join-Path $Venv "Scripts\python.exe"

function Step($text) { Write-Host "`n== $text" -ForegroundColor Cyan }
function Check($ok, $what) { if (-not $ok) { throw "SMOKE TEST FAILED: $what" } }

Step "Python environment ($Venv)"
if (-not (Test-Path $Py)) { Invoke-Expression "$Python -m venv `"$Venv`"" }
& $Py -m pip install --quiet --upgrade pip
# the app's dependencies and PyInstaller; the app itself is taken from the checkout by the spec
& $Py -m pip install --quiet ".[bundle]"
if ($LASTEXITCODE) { throw "pip install failed" }

Step "translation catalogues"
$Lrelease = Join-Path $Venv "Scripts\pyside6-lrelease.exe"
Get-ChildItem resources\translations\*.ts | ForEach-Object {
    & $Lrelease -silent $_.FullName -qm ($_.FullName -replace '\.ts$', '.qm')
    if ($LASTEXITCODE) { throw "lrelease failed on $($_.Name)" }
}

Step "bundle (PyInstaller, one folder)"
$Out = Join-Path $Root "out\bundle"
& $Py -m PyInstaller --noconfirm --clean --log-level WARN --distpath "$Out\dist" --workpath "$Out\build" packaging\workbench.spec
if ($LASTEXITCODE) { throw "PyInstaller failed" }
$Bundle = Join-Path $Out "dist\workbench"
$Version = (& $Py -c "import workbench; print(workbench.__version__)").Trim()

Step "smoke test (outside the checkout)"
$Tmp = Join-Path ([IO.Path]::GetTempPath()) ("workbench-smoke-" + [guid]::NewGuid())
New-Item -ItemType Directory $Tmp | Out-Null
Push-Location $Tmp
try {
    $env:WORKBENCH_HOME = Join-Path $Tmp "home"
    $env:QT_QPA_PLATFORM = "offscreen"
    $Cli = Join-Path $Bundle "workbench.exe"
    $Gui = Join-Path $Bundle "workbench-gui.exe"
    Check ((& $Cli --version) -match [regex]::Escape($Version)) "workbench --version"
    $Campaign = (& $Cli --db demo.sqlite demo --files 300 | Select-Object -Last 1).Trim()
    & $Cli --db demo.sqlite export xlsx --campaign $Campaign --out results.xlsx | Out-Null
    Check (Test-Path results.xlsx) "export xlsx"
    & $Cli --db demo.sqlite export pdf --campaign $Campaign --out pdf --kind bulletin | Out-Null
    Check ((Get-ChildItem pdf\*.pdf).Count -gt 0) "export pdf"
    # a windowed program: wait for it explicitly
    Start-Process $Gui -ArgumentList "--db", "demo.sqlite", "--screenshot", "main.png" -Wait -NoNewWindow
    Start-Process $Gui -ArgumentList "--screenshot", "start.png" -Wait -NoNewWindow
    Check ((Get-Item main.png).Length -gt 20000) "main window screenshot"
    Check ((Get-Item start.png).Length -gt 5000) "start page screenshot"
    Write-Host "smoke test passed in $Tmp"
} finally {
    Pop-Location
    Remove-Item Env:\WORKBENCH_HOME, Env:\QT_QPA_PLATFORM -ErrorAction SilentlyContinue
}

Step "installer (Inno Setup)"
if (-not (Test-Path $Iscc)) { throw "ISCC.exe not found at $Iscc (install Inno Setup 6 or pass -Iscc)" }
& $Iscc /Q "/DAppVersion=$Version" packaging\windows\workbench.iss
if ($LASTEXITCODE) { throw "ISCC failed" }
$Setup = Get-ChildItem out\windows\*-setup.exe | Sort-Object LastWriteTime | Select-Object -Last 1
$Size = "{0:N0} MB" -f ((Get-ChildItem $Bundle -Recurse | Measure-Object Length -Sum).Sum / 1MB)
Write-Host "bundle folder: $Size; installer: $($Setup.Name) $("{0:N0} MB" -f ($Setup.Length / 1MB))"
