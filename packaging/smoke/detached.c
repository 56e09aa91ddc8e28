/* TEST ONLY - never shipped. Runs a program the way cmd.exe runs a GUI program on Windows: without a
 * console of its own and without inherited standard handles (DETACHED_PROCESS), from a process that
 * has a console; waits for it and returns its exit status. Under Wine a GUI program started from a
 * shell otherwise gets the shell's handles, which would hide whether kamplan.exe attaches itself.
 * Usage: detached.exe "C:\path\program.exe" [arguments...] (the rest of the command line, as is),
 * or with SMOKE_COMMAND_LINE set, that command line (for an argument Wine would quote, such as the
 * uninstaller's `_?=C:\Program Files\KAM Planner`, which must stay unquoted). */
#include <windows.h>
#include <stdio.h>

static wchar_t *commandLine(void)
{
	static wchar_t given[32768];
	if (GetEnvironmentVariableW(L"SMOKE_COMMAND_LINE", given, 32768) > 0)
		return given;
	wchar_t *cmd = GetCommandLineW();
	/* skip our own name, quoted or not */
	if (*cmd == L'"') {
		for (cmd++; *cmd && *cmd != L'"'; cmd++) {}
		if (*cmd) cmd++;
	} else {
		while (*cmd && *cmd != L' ' && *cmd != L'\t') cmd++;
	}
	while (*cmd == L' ' || *cmd == L'\t') cmd++;
	return cmd;
}

int main(void)
{
	STARTUPINFOW si = {0};
	PROCESS_INFORMATION pi;
	si.cb = sizeof si;
	wchar_t *cmd = commandLine();
	if (!CreateProcessW(NULL, cmd, NULL, NULL, FALSE, DETACHED_PROCESS, NULL, NULL, &si, &pi)) {
		fwprintf(stderr, L"detached: cannot start [%ls]: error %lu\n", cmd, GetLastError());
		return 99;
	}
	WaitForSingleObject(pi.hProcess, INFINITE);
	DWORD code = 98;
	GetExitCodeProcess(pi.hProcess, &code);
	return (int)code;
}
