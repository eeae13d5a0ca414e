; EvalDesk (自评台账) Windows installer, Inno Setup 6. Built on Windows by build.ps1 beside
; this file, which passes the version read from evaldesk.__version__:
;   ISCC.exe /DAppVersion=0.1.0 /DAppVersionNumeric=0.1.0.0 /DSourceDir=...\dist\evaldesk
;            /DOutputDir=...\dist evaldesk.iss
; Output: dist\EvalDesk-Setup-<version>.exe. It installs the PyInstaller one-folder bundle
; (evaldesk.exe windowed, evaldesk-cli.exe console) into Program Files (or, without admin
; rights, the user's %LOCALAPPDATA%\Programs), adds a Start-menu shortcut and optionally a
; desktop shortcut. Uninstalling removes the program files only: the office's data folder
; %LOCALAPPDATA%\EvalDesk (platformdirs user_data_dir("EvalDesk", appauthor=False): database,
; evidence, backups, keys, logs) is never touched.

#ifndef AppVersion
  #error AppVersion is not defined: run build.ps1, or pass /DAppVersion=<evaldesk.__version__>
#endif
#ifndef AppVersionNumeric
  #define AppVersionNumeric "0.0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir AddBackslash(SourcePath) + "..\..\dist\evaldesk"
#endif
#ifndef OutputDir
  #define OutputDir AddBackslash(SourcePath) + "..\..\dist"
#endif
#define AppTitle "EvalDesk 自评台账"
#define AppIcon AddBackslash(SourcePath) + "..\..\resources\icons\evaldesk.ico"

[Setup]
; The AppId identifies the product across versions (upgrades install over it); never change it.
AppId={{9033CA1A-FB3A-5560-AE2E-767A3CB2AC63}
AppName={#AppTitle}
AppVersion={#AppVersion}
AppVerName={#AppTitle} {#AppVersion}
AppPublisher=EvalDesk
VersionInfoVersion={#AppVersionNumeric}
VersionInfoProductName={#AppTitle}
DefaultDirName={autopf}\EvalDesk
DefaultGroupName={#AppTitle}
DisableProgramGroupPage=yes
; Admin install for all users by default; a clerk without admin rights can install for
; themselves only ({autopf} then points into %LOCALAPPDATA%\Programs).
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
; Qt 6 runs on Windows 10/11 x64 only.
MinVersion=10.0
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=EvalDesk-Setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running EvalDesk before files are replaced (Restart Manager).
CloseApplications=yes
UninstallDisplayName={#AppTitle}
UninstallDisplayIcon={app}\evaldesk.exe
#if FileExists(AppIcon)
SetupIconFile={#AppIcon}
#endif

[Languages]
; Chinese first: it is the default for county PCs. Older Inno Setup 6 releases ship the Chinese
; messages only as an unofficial translation: put ChineseSimplified.isl beside this file then.
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#elif FileExists(AddBackslash(SourcePath) + "ChineseSimplified.isl")
Name: "zh_CN"; MessagesFile: "ChineseSimplified.isl"
#else
  #pragma message "ChineseSimplified.isl not found: the installer will be in English only"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle; nothing outside {app} is written.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundled libraries completely, so files dropped from a newer bundle do
; not linger. {app}\_internal holds only program files, never data.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppTitle}"; Filename: "{app}\evaldesk.exe"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppTitle}"; Filename: "{app}\evaldesk.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\evaldesk.exe"; Description: "{cm:LaunchProgram,{#AppTitle}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] entries on purpose: the uninstaller removes exactly what it installed.

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
  begin
    DataDir := ExpandConstant('{localappdata}\EvalDesk');
    if DirExists(DataDir) then
      MsgBox('EvalDesk 已卸载。本单位的数据（台账、佐证、备份、密钥）仍保留在：' + #13#10 + DataDir + #13#10 +
             '重新安装后可继续使用；如确需删除，请先备份后手动删除该文件夹。' + #13#10#13#10 +
             'EvalDesk was removed. Your data folder was kept: ' + DataDir,
             mbInformation, MB_OK);
  end;
end;
