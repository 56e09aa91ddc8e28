/* msicheck.dll: a custom action of the KAM Planner MSI (packaging/windows/kamplan.wxs), run before
 * anything changes. A running program cannot be replaced or deleted: Windows Installer would leave
 * the old kamplan.exe until the next restart (and Wine's, for good) while reporting success. So if a
 * KAM Planner program in the installation folder runs, this asks the person to close it (Retry or
 * Cancel) or, without a user interface (msiexec /qn), writes the reason to the log (msiexec /l*v);
 * the install or removal then stops with nothing changed and msiexec exits with 1603 (1602 when the
 * person chose Cancel). Built by packaging/dist.sh with x86_64-w64-mingw32-gcc -shared … -lmsi. */
#include <windows.h>
#include <tlhelp32.h>
#include <msi.h>
#include <msiquery.h>

#define PATH_CHARS (2 * MAX_PATH)

static const wchar_t *programs[] = {L"kamplan.exe", L"kamplan-cli.exe"};

/* inFolder tells whether path names a file directly in dir (dir may end with a backslash). */
static BOOL inFolder(const wchar_t *path, const wchar_t *dir)
{
	int n = lstrlenW(dir);
	while (n > 0 && dir[n - 1] == L'\\') n--;
	if (lstrlenW(path) <= n + 1 || path[n] != L'\\')
		return FALSE;
	return CompareStringW(LOCALE_INVARIANT, NORM_IGNORECASE, path, n, dir, n) == CSTR_EQUAL;
}

/* runningProcess finds a running KAM Planner program of dir among the processes whose image this
 * account may read (its own, or all of them when elevated). */
static BOOL runningProcess(const wchar_t *dir, wchar_t *path)
{
	HANDLE snap = CreateToolhelp32Snapshot(TH32CS_SNAPPROCESS, 0);
	if (snap == INVALID_HANDLE_VALUE)
		return FALSE;
	PROCESSENTRY32W pe = {.dwSize = sizeof pe};
	BOOL found = FALSE;
	for (BOOL more = Process32FirstW(snap, &pe); more && !found; more = Process32NextW(snap, &pe)) {
		if (lstrcmpiW(pe.szExeFile, programs[0]) != 0 && lstrcmpiW(pe.szExeFile, programs[1]) != 0)
			continue;
		HANDLE p = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, pe.th32ProcessID);
		DWORD n = PATH_CHARS;
		if (p != NULL && QueryFullProcessImageNameW(p, 0, path, &n) && inFolder(path, dir))
			found = TRUE;
		if (p != NULL)
			CloseHandle(p);
	}
	CloseHandle(snap);
	return found;
}

/* lockedProgram finds a program of dir that cannot be opened for writing because it runs. */
static BOOL lockedProgram(const wchar_t *dir, wchar_t *path)
{
	for (int i = 0; i < 2; i++) {
		if (lstrlenW(dir) + lstrlenW(programs[i]) + 2 > PATH_CHARS)
			return FALSE;
		lstrcpyW(path, dir);
		if (path[lstrlenW(path) - 1] != L'\\')
			lstrcatW(path, L"\\");
		lstrcatW(path, programs[i]);
		HANDLE h = CreateFileW(path, GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL, OPEN_EXISTING, 0, NULL);
		if (h != INVALID_HANDLE_VALUE)
			CloseHandle(h);
		else if (GetLastError() == ERROR_SHARING_VIOLATION)
			return TRUE;
	}
	return FALSE;
}

__declspec(dllexport) UINT __stdcall CheckNotRunning(MSIHANDLE install)
{
	wchar_t dir[PATH_CHARS], path[PATH_CHARS];
	DWORD n = PATH_CHARS;
	if (MsiGetPropertyW(install, L"INSTALLDIR", dir, &n) != ERROR_SUCCESS || n == 0)
		return ERROR_SUCCESS;
	while (runningProcess(dir, path) || lockedProgram(dir, path)) {
		MSIHANDLE rec = MsiCreateRecord(1);
		MsiRecordSetStringW(rec, 0, L"KAM Planner is running ([1] is in use). Close it (your plans are "
			L"saved as you type), then choose Retry. Cancel stops without changing anything.");
		MsiRecordSetStringW(rec, 1, path);
		int answer = MsiProcessMessage(install, INSTALLMESSAGE_ERROR | MB_RETRYCANCEL | MB_ICONEXCLAMATION, rec);
		MsiCloseHandle(rec);
		if (answer == IDCANCEL)
			return ERROR_INSTALL_USEREXIT;
		if (answer != IDRETRY)
			return ERROR_INSTALL_FAILURE;
	}
	return ERROR_SUCCESS;
}
