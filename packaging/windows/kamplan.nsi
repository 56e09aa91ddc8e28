; KAM Planner installer for Windows (64-bit), English and Spanish pages.
;  - For everyone (Program Files, HKLM Apps entry; administrator rights) or just for the person
;    installing (%LocalAppData%\Programs\KAM Planner, HKCU Apps entry; no administrator rights),
;    chosen on the first page or with /AllUsers or /CurrentUser.
;  - Silent for IT: setup.exe /S [/AllUsers|/CurrentUser] [/LOG=file] [/D=C:\path, last, unquoted];
;    "…\uninstall.exe" /S _?=<its folder> removes it and waits, so its exit status is the result.
;  - A running KAM Planner is never overwritten or left behind: setup and uninstall ask the person
;    to close it (Retry/Cancel), or, silent, change nothing, log a line and exit with 32
;    (ERROR_SHARING_VIOLATION).
; Built by packaging/dist.sh: makensis -DVERSION=x.y.z -DVERSION_MAJOR=x -DVERSION_MINOR=y
;   -DSRCDIR=<staged files> -DOUTFILE=<setup.exe> [-DSIGNER=<script that signs the file it is given>]
; The user's database (%AppData%\kamplan) and preferences (%AppData%\fyne\com.kamplanner.app) are
; never touched by install or uninstall.

!macro Required NAME
  !ifndef ${NAME}
    !error "define ${NAME} (see packaging/dist.sh)"
  !endif
!macroend
!insertmacro Required VERSION
!insertmacro Required VERSION_MAJOR
!insertmacro Required VERSION_MINOR
!insertmacro Required SRCDIR
!insertmacro Required OUTFILE

Unicode true
Target amd64-unicode
SetCompressor /SOLID lzma
ManifestDPIAware true
ManifestSupportedOS Win10

!define APPNAME "KAM Planner"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\KAMPlanner"
!define EXIT_APP_RUNNING 32 ; ERROR_SHARING_VIOLATION: "being used by another process"

Name "${APPNAME}"
OutFile "${OUTFILE}"
BrandingText "${APPNAME} ${VERSION}"

!ifdef SIGNER ; the uninstaller is written into the installer signed
  !uninstfinalize '"${SIGNER}" "%1"' = 0
!endif

VIProductVersion "${VERSION}.0"
VIFileVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APPNAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APPNAME} ${VERSION} setup"
VIAddVersionKey /LANG=0 "CompanyName" "${APPNAME}"
VIAddVersionKey /LANG=0 "LegalCopyright" "MIT licence"

; Everyone or just me: an administrator is asked by Windows once, at the start, and chooses on the
; first page; a person without administrator rights installs just for themselves.
!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_USE_PROGRAMFILES64
!define MULTIUSER_INSTALLMODE_INSTDIR "${APPNAME}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "${UNINSTKEY}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallLocation"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_KEY "${UNINSTKEY}"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_VALUENAME "InstallLocation"
!define MULTIUSER_INSTALLMODEPAGE_TEXT_ALLUSERS "$(ModeAllUsers)"
!define MULTIUSER_INSTALLMODEPAGE_TEXT_CURRENTUSER "$(ModeCurrentUser)"
!define MULTIUSER_INSTALLMODEPAGE_SHOWUSERNAME

!include "MultiUser.nsh"
!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "x64.nsh"
!include "FileFunc.nsh"

!define MUI_ICON "${SRCDIR}/kamplan.ico"
!define MUI_UNICON "${SRCDIR}/kamplan.ico"
!define MUI_WELCOMEFINISHPAGE_BITMAP "${SRCDIR}/wizard.bmp"
!define MUI_UNWELCOMEFINISHPAGE_BITMAP "${SRCDIR}/wizard.bmp"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_REGISTRY_ROOT SHCTX
!define MUI_LANGDLL_REGISTRY_KEY "${UNINSTKEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_FINISHPAGE_RUN
!define MUI_FINISHPAGE_RUN_FUNCTION RunApp

!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_LICENSE "${SRCDIR}/LICENSE.txt"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Spanish"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString NeedsX64 ${LANG_ENGLISH} "${APPNAME} needs 64-bit Windows."
LangString NeedsX64 ${LANG_SPANISH} "${APPNAME} necesita Windows de 64 bits."
LangString ModeAllUsers ${LANG_ENGLISH} "For everyone on this computer, in Program Files (administrator rights)"
LangString ModeAllUsers ${LANG_SPANISH} "Para todos los usuarios del equipo, en Archivos de programa (permisos de administrador)"
LangString ModeCurrentUser ${LANG_ENGLISH} "Just for me, in my user folder"
LangString ModeCurrentUser ${LANG_SPANISH} "Solo para mí, en mi carpeta de usuario"
LangString AppRunning ${LANG_ENGLISH} "${APPNAME} is open ($0).$\r$\n$\r$\nClose it (your plans are saved as you type), then choose Retry. Cancel stops without changing anything."
LangString AppRunning ${LANG_SPANISH} "${APPNAME} está abierto ($0).$\r$\n$\r$\nCiérrelo (sus planes se guardan mientras escribe) y elija Reintentar. Cancelar termina sin cambiar nada."

; ---------------------------------------------------------------- shared by setup and uninstall

; ProbeProgram PATH: $0 becomes PATH when it is a program that runs now (unless $0 names one
; already). Windows, and Wine, refuse to open a running program for writing: ERROR_SHARING_VIOLATION.
; (Any other refusal, such as a person's missing rights on Program Files, is not a running program.)
!macro ProbeProgram PATH
  ${If} $0 == ""
    System::Call 'kernel32::CreateFileW(w "${PATH}", i 0x40000000, i 3, p 0, i 3, i 0, p 0) p .r1 ?e'
    Pop $2
    ${If} $1 P<> -1
      System::Call 'kernel32::CloseHandle(p r1)'
    ${ElseIf} $2 = 32
      StrCpy $0 "${PATH}"
    ${EndIf}
  ${EndIf}
!macroend

; EnsureClosed UN: no KAM Planner program in the folder $R0 runs. Interactive: ask to close it,
; Retry or Cancel. Silent, or Cancel: nothing has changed; log it and exit with 32.
!macro EnsureClosed UN
Function ${UN}EnsureClosed
  ${DoUntil} $R0 == ""
    StrCpy $0 ""
    !insertmacro ProbeProgram "$R0\kamplan.exe"
    !insertmacro ProbeProgram "$R0\kamplan-cli.exe"
    ${If} $0 == ""
      ${Break}
    ${EndIf}
    ${IfNot} ${Cmd} `MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(AppRunning)" /SD IDCANCEL IDRETRY`
      StrCpy $R1 "$0 is in use: ${APPNAME} is running. Nothing was changed; exit code ${EXIT_APP_RUNNING}."
      Call ${UN}Log
      SetErrorLevel ${EXIT_APP_RUNNING}
      Quit
    ${EndIf}
  ${Loop}
FunctionEnd
!macroend

; Log UN WHAT: appends the line $R1 to %TEMP%\kamplan-setup.log, or to the file given with
; /LOG=, in UTF-16 (the text Notepad and PowerShell read, whatever the path's letters).
!macro Log UN WHAT
Function ${UN}Log
  ${${UN}GetParameters} $R2
  ClearErrors
  ${${UN}GetOptions} $R2 "/LOG=" $R3
  ${If} ${Errors}
  ${OrIf} $R3 == ""
    StrCpy $R3 "$TEMP\kamplan-setup.log"
  ${EndIf}
  ${${UN}GetTime} "" "L" $R4 $R5 $R6 $R7 $R8 $R9 $R2
  ClearErrors
  FileOpen $R2 $R3 a
  ${IfNot} ${Errors}
    FileSeek $R2 0 END
    FileWriteUTF16LE /BOM $R2 "$R6-$R5-$R4 $R8:$R9 ${APPNAME} ${VERSION} ${WHAT}: $R1$\r$\n"
    FileClose $R2
  ${EndIf}
FunctionEnd
!macroend

!insertmacro EnsureClosed ""
!insertmacro EnsureClosed "un."
!insertmacro Log "" "setup"
!insertmacro Log "un." "uninstall"

; ---------------------------------------------------------------- setup

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "$(NeedsX64)" /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64
  StrCpy $R8 $INSTDIR ; /D=…, which MultiUser would replace
  !insertmacro MULTIUSER_INIT
  ${If} $R8 != ""
    StrCpy $INSTDIR $R8
  ${EndIf}
  !insertmacro MUI_LANGDLL_DISPLAY
  ; An installed KAM Planner, for everyone or just for this person, must be closed first.
  ReadRegStr $R0 HKLM "${UNINSTKEY}" "InstallLocation"
  Call EnsureClosed
  ReadRegStr $R0 HKCU "${UNINSTKEY}" "InstallLocation"
  Call EnsureClosed
FunctionEnd

Section "${APPNAME}" SecMain
  SectionIn RO
  StrCpy $R0 $INSTDIR
  Call EnsureClosed
  SetOutPath "$INSTDIR"
  File "${SRCDIR}/kamplan.exe"
  File "${SRCDIR}/kamplan-cli.exe"
  File "${SRCDIR}/README.md"
  File "${SRCDIR}/LICENSE.txt"
  File "${SRCDIR}/THIRD_PARTY_NOTICES.txt"
  Delete "$INSTDIR\LICENSE-DejaVu.txt" ; 0.1.0 shipped it alone; it is in the notices now
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortCut "$SMPROGRAMS\${APPNAME}.lnk" "$INSTDIR\kamplan.exe" "" "$INSTDIR\kamplan.exe" 0

  ; SHCTX is HKLM for everyone, HKCU just for me (MultiUser's SetShellVarContext).
  WriteRegStr SHCTX "${UNINSTKEY}" "DisplayName" "${APPNAME}"
  WriteRegStr SHCTX "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegDWORD SHCTX "${UNINSTKEY}" "VersionMajor" ${VERSION_MAJOR}
  WriteRegDWORD SHCTX "${UNINSTKEY}" "VersionMinor" ${VERSION_MINOR}
  WriteRegStr SHCTX "${UNINSTKEY}" "Publisher" "${APPNAME}"
  WriteRegStr SHCTX "${UNINSTKEY}" "URLInfoAbout" "https://kamplanner.app"
  WriteRegStr SHCTX "${UNINSTKEY}" "HelpLink" "https://kamplanner.app/help"
  WriteRegStr SHCTX "${UNINSTKEY}" "DisplayIcon" "$\"$INSTDIR\kamplan.exe$\",0"
  WriteRegStr SHCTX "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINSTKEY}" "UninstallString" "$\"$INSTDIR\uninstall.exe$\""
  WriteRegStr SHCTX "${UNINSTKEY}" "QuietUninstallString" "$\"$INSTDIR\uninstall.exe$\" /S _?=$INSTDIR"
  WriteRegStr SHCTX "${UNINSTKEY}" "InstallerLanguage" $LANGUAGE ; the uninstaller speaks it too
  WriteRegDWORD SHCTX "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTKEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD SHCTX "${UNINSTKEY}" "EstimatedSize" "$0"
  StrCpy $R1 "installed for $MultiUser.InstallMode in $INSTDIR."
  Call Log
SectionEnd

; RunApp (finish page) starts KAM Planner as the person, not as the administrator who installed it
; for everyone: Explorer starts it with the person's own rights.
Function RunApp
  ${If} $MultiUser.InstallMode == "AllUsers"
    Exec '"$WINDIR\explorer.exe" "$INSTDIR\kamplan.exe"'
  ${Else}
    Exec '"$INSTDIR\kamplan.exe"'
  ${EndIf}
FunctionEnd

; ---------------------------------------------------------------- uninstall

Function un.onInit
  Call un.CleanUpAfter
  SetRegView 64
  ; This uninstaller removes the installation in its own folder ($INSTDIR), for everyone or just
  ; for me as HKCU names that folder or not. (MultiUser would point $INSTDIR at the folder the
  ; registry names first: with both installations, the other one.)
  StrCpy $R8 $INSTDIR
  !insertmacro MULTIUSER_UNINIT
  ReadRegStr $0 HKCU "${UNINSTKEY}" "InstallLocation"
  ${If} $0 == $R8
    Call un.MultiUser.InstallMode.CurrentUser
  ${Else}
    Call un.MultiUser.InstallMode.AllUsers
  ${EndIf}
  StrCpy $INSTDIR $R8
  !insertmacro MUI_UNGETLANGUAGE
  StrCpy $R0 $INSTDIR
  Call un.EnsureClosed
FunctionEnd

Section "Uninstall"
  StrCpy $R0 $INSTDIR
  Call un.EnsureClosed
  Delete "$SMPROGRAMS\${APPNAME}.lnk"
  Delete "$INSTDIR\kamplan.exe"
  Delete "$INSTDIR\kamplan-cli.exe"
  Delete "$INSTDIR\README.md"
  Delete "$INSTDIR\LICENSE.txt"
  Delete "$INSTDIR\THIRD_PARTY_NOTICES.txt"
  Delete "$INSTDIR\LICENSE-DejaVu.txt"
  DeleteRegKey SHCTX "${UNINSTKEY}"
  Call un.RemoveSelf
  StrCpy $R1 "removed from $INSTDIR; the database and preferences in %AppData% stay."
  Call un.Log
SectionEnd

; RemoveSelf deletes uninstall.exe and the folder. Run in place (_?=, so that the caller waits for
; the result), the uninstaller cannot delete itself: a copy of it in %TEMP% waits for it to end,
; then deletes them (started with /CLEANUP=<process id>, see CleanUpAfter).
Function un.RemoveSelf
  Delete "$INSTDIR\uninstall.exe"
  ${If} ${FileExists} "$INSTDIR\uninstall.exe"
    System::Call 'kernel32::GetCurrentProcessId() i .r0'
    CopyFiles /SILENT "$EXEPATH" "$TEMP\kamplan-cleanup-$0.exe"
    Exec '"$TEMP\kamplan-cleanup-$0.exe" /S /CLEANUP=$0 _?=$INSTDIR'
  ${Else}
    RMDir "$INSTDIR"
  ${EndIf}
FunctionEnd

; CleanUpAfter: with /CLEANUP=<process id>, wait (a minute at most) for that uninstaller to end,
; delete it and the folder, mark this copy for deletion at the next restart, and quit.
Function un.CleanUpAfter
  ${un.GetParameters} $0
  ClearErrors
  ${un.GetOptions} $0 "/CLEANUP=" $1
  ${If} ${Errors}
    Return
  ${EndIf}
  System::Call 'kernel32::OpenProcess(i 0x00100000, i 0, i r1) p .r2' ; SYNCHRONIZE
  ${If} $2 P<> 0
    System::Call 'kernel32::WaitForSingleObject(p r2, i 60000)'
    System::Call 'kernel32::CloseHandle(p r2)'
  ${EndIf}
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  System::Call 'kernel32::MoveFileExW(w "$EXEPATH", p 0, i 4)' ; MOVEFILE_DELAY_UNTIL_REBOOT
  Quit
FunctionEnd
