/* kamplan-cli.exe: the console launcher of KAM Planner on Windows.
 *
 * kamplan.exe is a GUI program: cmd and PowerShell neither wait for it nor see its exit status.
 * This small console program runs kamplan.exe (from its own folder) with the same arguments and
 * the same standard input, output and error, waits for it and exits with its exit status, so
 * scripts and pipes work as with any console program. One copy of the program is installed, not
 * two. Ctrl+C reaches kamplan.exe through the shared console; the launcher waits for it to end.
 * Built by packaging/dist.sh with x86_64-w64-mingw32-gcc (no C runtime DLL beyond the system's). */
#include <windows.h>

/* The failure codes say which step failed, kept apart from kamplan's own 0, 1 and 2. */
enum { NO_PROGRAM = 120, NO_START = 121 };

static void say(const wchar_t *msg)
{
	HANDLE err = GetStdHandle(STD_ERROR_HANDLE);
	DWORD n, mode;
	if (err == NULL || err == INVALID_HANDLE_VALUE)
		return;
	if (GetConsoleMode(err, &mode)) {
		WriteConsoleW(err, msg, lstrlenW(msg), &n, NULL);
		return;
	}
	char buf[1024];
	int len = WideCharToMultiByte(CP_UTF8, 0, msg, -1, buf, sizeof buf, NULL, NULL);
	if (len > 1)
		WriteFile(err, buf, len - 1, &n, NULL);
}

/* arguments returns the command line after the program's own name, as it was typed. */
static const wchar_t *arguments(const wchar_t *cmd)
{
	if (*cmd == L'"') {
		for (cmd++; *cmd && *cmd != L'"'; cmd++) {}
		if (*cmd) cmd++;
	} else {
		while (*cmd && *cmd != L' ' && *cmd != L'\t') cmd++;
	}
	while (*cmd == L' ' || *cmd == L'\t') cmd++;
	return cmd;
}

/* program writes the path of kamplan.exe beside this launcher; false when it is not there. */
static BOOL program(wchar_t *path, DWORD size)
{
	DWORD n = GetModuleFileNameW(NULL, path, size);
	if (n == 0 || n >= size)
		return FALSE;
	wchar_t *slash = path + n;
	while (slash > path && slash[-1] != L'\\' && slash[-1] != L'/') slash--;
	const wchar_t name[] = L"kamplan.exe";
	if ((DWORD)(slash - path) + sizeof name / sizeof name[0] > size)
		return FALSE;
	lstrcpyW(slash, name);
	return GetFileAttributesW(path) != INVALID_FILE_ATTRIBUTES;
}

static void inheritable(DWORD std)
{
	HANDLE h = GetStdHandle(std);
	if (h != NULL && h != INVALID_HANDLE_VALUE)
		SetHandleInformation(h, HANDLE_FLAG_INHERIT, HANDLE_FLAG_INHERIT);
}

int main(void)
{
	static wchar_t exe[32768], cmd[32768];
	if (!program(exe, sizeof exe / sizeof exe[0])) {
		say(L"kamplan: kamplan.exe is not beside kamplan-cli.exe\r\n");
		return NO_PROGRAM;
	}
	const wchar_t *args = arguments(GetCommandLineW());
	if (lstrlenW(exe) + lstrlenW(args) + 4 > (int)(sizeof cmd / sizeof cmd[0])) {
		say(L"kamplan: the command line is too long\r\n");
		return NO_START;
	}
	lstrcpyW(cmd, L"\"");
	lstrcatW(cmd, exe);
	lstrcatW(cmd, L"\" ");
	lstrcatW(cmd, args);

	inheritable(STD_INPUT_HANDLE);
	inheritable(STD_OUTPUT_HANDLE);
	inheritable(STD_ERROR_HANDLE);
	STARTUPINFOW si = {0};
	si.cb = sizeof si;
	si.dwFlags = STARTF_USESTDHANDLES;
	si.hStdInput = GetStdHandle(STD_INPUT_HANDLE);
	si.hStdOutput = GetStdHandle(STD_OUTPUT_HANDLE);
	si.hStdError = GetStdHandle(STD_ERROR_HANDLE);

	/* If the launcher is ended (a closed console, a killed script), kamplan.exe ends with it. */
	HANDLE job = CreateJobObjectW(NULL, NULL);
	if (job != NULL) {
		JOBOBJECT_EXTENDED_LIMIT_INFORMATION limit = {0};
		limit.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE;
		SetInformationJobObject(job, JobObjectExtendedLimitInformation, &limit, sizeof limit);
	}
	PROCESS_INFORMATION pi;
	if (!CreateProcessW(exe, cmd, NULL, NULL, TRUE, CREATE_SUSPENDED, NULL, NULL, &si, &pi)) {
		say(L"kamplan: kamplan.exe could not be started\r\n");
		return NO_START;
	}
	if (job != NULL)
		AssignProcessToJobObject(job, pi.hProcess);
	/* Ctrl+C is for kamplan.exe, which shares this console: the launcher waits for its end. */
	SetConsoleCtrlHandler(NULL, TRUE);
	ResumeThread(pi.hThread);
	CloseHandle(pi.hThread);
	WaitForSingleObject(pi.hProcess, INFINITE);
	DWORD code = NO_START;
	GetExitCodeProcess(pi.hProcess, &code);
	return (int)code;
}
