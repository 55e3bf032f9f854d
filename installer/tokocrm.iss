; Inno Setup 6 script: the Windows installer of TokoCRM, made from the PyInstaller bundle
; dist\TokoCRM\ (installer\tokocrm.spec). Steps on a Windows PC: installer\README.md.
;
;     ISCC installer\tokocrm.iss     ->  dist\TokoCRM-<version>-windows-x64-setup.exe
;
; The version is read from src\tokocrm\__init__.py (pyproject.toml takes it from there too);
; ISCC /DAppVersion=1.2.3 installer\tokocrm.iss gives it instead.
; The installer speaks English and Indonesian. Inno Setup's Indonesian.isl is one of its
; "unofficial" translations, not installed with it: put it beside this script (or in Inno
; Setup's Languages folder) first, as the README says.

#define AppName "TokoCRM"
#define AppExe "TokoCRM.exe"
#define Root AddBackslash(SourcePath) + "..\"

#ifndef AppVersion
  #define FileHandle
  #define FileLine
  #sub ReadVersionLine
    #define FileLine Trim(FileRead(FileHandle))
    #if Pos('__version__ = "', FileLine) == 1
      #define AppVersion Copy(FileLine, 16, Len(FileLine) - 16)
    #endif
  #endsub
  #for {FileHandle = FileOpen(Root + "src\tokocrm\__init__.py"); \
        FileHandle && !FileEof(FileHandle); ""} ReadVersionLine
  #if FileHandle
    #expr FileClose(FileHandle)
  #endif
#endif
#ifndef AppVersion
  #error Could not read __version__ in src\tokocrm\__init__.py: run ISCC /DAppVersion=X.Y.Z
#endif

#if FileExists(AddBackslash(SourcePath) + "Indonesian.isl")
  #define IndonesianIsl AddBackslash(SourcePath) + "Indonesian.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Indonesian.isl")
  #define IndonesianIsl "compiler:Languages\Indonesian.isl"
#else
  #error Indonesian.isl not found: download it from Inno Setup's translations page into this folder
#endif

#if !FileExists(Root + "dist\TokoCRM\" + AppExe)
  #error dist\TokoCRM\TokoCRM.exe not found: build the bundle first (pyinstaller installer\tokocrm.spec)
#endif

[Setup]
; The AppId ties upgrades and the uninstaller to this app: never change it.
AppId={{3D5C0E27-8A4B-4C61-9F1E-6B2A7D9C4E15}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; For all users (Program Files, asks for an administrator), or for this user only (no admin).
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 runs on Windows 10 and newer.
MinVersion=10.0
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}
#if FileExists(Root + "resources\icons\tokocrm.ico")
SetupIconFile={#Root}resources\icons\tokocrm.ico
#endif
OutputDir={#Root}dist
OutputBaseFilename={#AppName}-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; A running TokoCRM is closed (after asking) before its files are replaced.
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "indonesian"; MessagesFile: "{#IndonesianIsl}"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade starts from a clean bundle: no module or migration left over from the old version.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Root}dist\TokoCRM\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The shop's data (database, backups, settings, logs in %LOCALAPPDATA%\TokoCRM) is not the
; program's: the uninstaller leaves it, so a reinstall finds the shop as it was.
