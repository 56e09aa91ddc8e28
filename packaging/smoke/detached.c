/* TEST ONLY - never shipped. Runs a program the way cmd.exe runs a GUI program on Windows: without a
 * console of its own and without inherited standard handles (DETACHED_PROCESS), from a process that
 * has a console; waits for it and returns its exit status. Under Wine a GUI program started from a
 * shell otherwise gets the shell's handles, which would hide whether kamplan.exe attaches itself.
 * Usage: detached.exe "C:\path\program.exe" [arguments...] (the rest of the command line, as is). */
#include <windows.h>

int main(void)
{
	wchar_t *cmd = GetCommandLineW();
	/* skip our own name, quoted or not */
	if (*cmd == L'"') {
		for (cmd++; *cmd && *cmd != L'"'; cmd++) {}
		if (*cmd) cmd++;
	} else {
		while (*cmd && *cmd != L' ' && *cmd != L'\t') cmd++;
	}
	while (*cmd == L' ' || *cmd == L'\t') cmd++;

	STARTUPINFOW si = {0};
	PROCESS_INFORMATION pi;
	si.cb = sizeof si;
	if (!CreateProcessW(NULL, cmd, NULL, NULL, FALSE, DETACHED_PROCESS, NULL, NULL, &si, &pi))
		return 99;
	WaitForSingleObject(pi.hProcess, INFINITE);
	DWORD code = 98;
	GetExitCodeProcess(pi.hProcess, &code);
	return (int)code;
}
