<#
.SYNOPSIS
    Build EvalDesk for Windows: the PyInstaller one-folder bundle, then EvalDesk-Setup-<version>.exe.

.DESCRIPTION
    Run on Windows 10/11 x64 from a checkout (this cannot be built or tested on Linux):

        powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1 [-CleanVenv]

    Needs Python 3.11+ (the "py" launcher or -Python PATH) and Inno Setup 6 (ISCC.exe; found in
    Program Files or on PATH, or give -Iscc PATH). Steps: pick or create the venv, build the .qm
    translations (when scripts\build_translations.py exists), bundle the CJK font if
    resources\fonts holds one, draw resources\icons\evaldesk.ico from the SVG, run PyInstaller
    on installer\evaldesk.spec (dist\evaldesk\ with evaldesk.exe, windowed, and
    evaldesk-cli.exe, console), smoke-test the bundle with
    evaldesk-cli.exe, then compile installer\windows\evaldesk.iss with the version taken from
    evaldesk.__version__. Output: dist\EvalDesk-Setup-<version>.exe.

.PARAMETER CleanVenv
    Build in a fresh build\venv holding only the app's dependencies and PyInstaller.
.PARAMETER Python
    Interpreter to use (default: .venv\Scripts\python.exe if present, else "py -3").
.PARAMETER Iscc
    Path of Inno Setup's ISCC.exe.
.PARAMETER NoInstaller
    Stop after the bundle (no Inno Setup needed).
#>
[CmdletBinding()]
param(
    [switch]$CleanVenv,
    [string]$Python = "",
    [string]$Iscc = "",
    [switch]$NoInstaller
)

$ErrorActionPreference = "Stop"
$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
Set-Location $Root

# PowerShell does not stop on a failing native command: check every exit code.
function Invoke-Native {
    param([string]$Exe, [string[]]$Arguments)
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe $($Arguments -join ' ') failed with exit code $LASTEXITCODE" }
}

function Find-BasePython {
    if ($Python) { return $Python }
    $launcher = Get-Command py -ErrorAction SilentlyContinue
    if ($launcher) { return (& py -3 -c "import sys; print(sys.executable)").Trim() }
    $plain = Get-Command python -ErrorAction SilentlyContinue
    if ($plain) { return $plain.Source }
    throw "Python 3.11+ not found: install it from python.org or pass -Python PATH"
}

if ($CleanVenv) {
    $venv = Join-Path $Root "build\venv"
    if (Test-Path $venv) { Remove-Item -Recurse -Force $venv }
    Invoke-Native (Find-BasePython) @("-m", "venv", $venv)
    $Py = Join-Path $venv "Scripts\python.exe"
    Invoke-Native $Py @("-m", "pip", "install", "--quiet", "--upgrade", "pip")
    Invoke-Native $Py @("-m", "pip", "install", "--quiet", ".[build]", "pytest", "pytest-timeout")
} elseif ($Python) {
    $Py = $Python
} elseif (Test-Path (Join-Path $Root ".venv\Scripts\python.exe")) {
    $Py = Join-Path $Root ".venv\Scripts\python.exe"
} else {
    $Py = Find-BasePython
}

$env:PYTHONPATH = $Root   # the tree being built wins over any installed evaldesk
$env:PYTHONUTF8 = "1"
$Version = (& $Py -c "import evaldesk; print(evaldesk.__version__)").Trim()
if ($LASTEXITCODE -ne 0 -or -not $Version) { throw "cannot read evaldesk.__version__ with $Py" }
# Windows version resources need four numbers: 0.1.0 -> 0.1.0.0, 1.2.0rc1 -> 1.2.0.0.
$Numbers = @($Version.Split(".") | ForEach-Object { ($_ -replace "[^0-9].*$", "") } | Where-Object { $_ -ne "" })
while ($Numbers.Count -lt 4) { $Numbers += "0" }
$VersionNumeric = ($Numbers[0..3] -join ".")
Write-Host "== building EvalDesk $Version ($VersionNumeric) with $Py"

if (Test-Path "scripts\build_translations.py") { Invoke-Native $Py @("scripts\build_translations.py") }
# Copies the WenQuanYi font only where it can find it (Debian package); on Windows, put
# wqy-microhei.ttc (and its licence files, see docs\packaging.md) into resources\fonts first,
# otherwise the PDF report uses the PC's own SimFang/SimHei/SimKai/SimSun.
Invoke-Native $Py @("installer\fetch_fonts.py")
# resources\icons\evaldesk.ico (gitignored) from the committed SVG: the executables' and the
# installer's icon (evaldesk.spec and evaldesk.iss take it when it exists).
Invoke-Native $Py @("installer\make_icons.py")

$started = Get-Date
Invoke-Native $Py @("-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
    "--distpath", "dist", "--workpath", "build\pyinstaller", "installer\evaldesk.spec")
$seconds = [int]((Get-Date) - $started).TotalSeconds
Invoke-Native $Py @("installer\contents.py", "$seconds")

$Bundle = Join-Path $Root "dist\evaldesk"
$size = (Get-ChildItem -Recurse -File $Bundle | Measure-Object -Sum Length).Sum
Write-Host ("== built in {0} s: {1} ({2:N1} MB)" -f $seconds, $Bundle, ($size / 1MB))

# Smoke test with the console executable (the windowed one has no stdout).
$cli = Join-Path $Bundle "evaldesk-cli.exe"
$reported = (& $cli --version).Trim()
if ($LASTEXITCODE -ne 0 -or $reported -ne "EvalDesk $Version") { throw "smoke: '$cli --version' said '$reported'" }
Invoke-Native $cli @("rubrics", "list")
# Windows PowerShell 5.1 turns redirected stderr into errors, which "Stop" would make fatal.
$ErrorActionPreference = "Continue"
& $Py -c "import pytest" 2>$null
$hasPytest = ($LASTEXITCODE -eq 0)
$ErrorActionPreference = "Stop"
if ($hasPytest) {
    $env:QT_QPA_PLATFORM = "offscreen"
    Invoke-Native $Py @("-m", "pytest", "-q", "-p", "no:cacheprovider", "-m", "frozen", "tests\e2e\test_frozen.py")
    Remove-Item Env:\QT_QPA_PLATFORM
}

if ($NoInstaller) { return }

if (-not $Iscc) {
    $candidates = @(
        (Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"),
        (Join-Path $env:ProgramFiles "Inno Setup 6\ISCC.exe"),
        (Join-Path $env:LOCALAPPDATA "Programs\Inno Setup 6\ISCC.exe")
    )
    $Iscc = $candidates | Where-Object { $_ -and (Test-Path $_) } | Select-Object -First 1
    if (-not $Iscc) {
        $onPath = Get-Command ISCC.exe -ErrorAction SilentlyContinue
        if ($onPath) { $Iscc = $onPath.Source }
    }
    if (-not $Iscc) { throw "Inno Setup 6 (ISCC.exe) not found: install it from jrsoftware.org or pass -Iscc PATH" }
}
Invoke-Native $Iscc @("/Qp", "/DAppVersion=$Version", "/DAppVersionNumeric=$VersionNumeric",
    "/DSourceDir=$Bundle", "/DOutputDir=$(Join-Path $Root 'dist')",
    (Join-Path $PSScriptRoot "evaldesk.iss"))
$setup = Join-Path $Root "dist\EvalDesk-Setup-$Version.exe"
if (-not (Test-Path $setup)) { throw "Inno Setup finished but $setup is missing" }
Write-Host ("== installer: {0} ({1:N1} MB)" -f $setup, ((Get-Item $setup).Length / 1MB))
