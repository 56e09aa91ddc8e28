//go:build windows

package main

import (
	"os"
	"syscall"
)

// The Windows release of kamplan.exe is a GUI program (linked with -H windowsgui): Windows gives it
// no console, so double-clicking it opens no black window. Started from cmd or PowerShell with a
// verb (`kamplan list`), it attaches to the console it was started from and prints there. Standard
// handles that already lead somewhere (a file or a pipe: `kamplan list > plans.txt`) are kept.
// cmd and PowerShell do not wait for a GUI program, nor see its exit status: scripts use the console
// launcher kamplan-cli.exe (packaging/windows/launcher.c), which runs this program with its own
// standard handles and console, waits for it and exits with its exit status.
func init() {
	if len(os.Args) < 2 {
		return // the desktop app: no console wanted
	}
	kernel32 := syscall.NewLazyDLL("kernel32.dll")
	const attachParentProcess = ^uintptr(0) // ATTACH_PARENT_PROCESS, (DWORD)-1
	if ok, _, _ := kernel32.NewProc("AttachConsole").Call(attachParentProcess); ok == 0 {
		return // no parent console (started from Explorer) or a console program already
	}
	reopen := func(std int, f **os.File, name string, flag int) {
		if h, err := syscall.GetStdHandle(std); err == nil && h != 0 {
			if t, _ := syscall.GetFileType(h); t == syscall.FILE_TYPE_DISK || t == syscall.FILE_TYPE_PIPE {
				return // redirected: keep it
			}
		}
		if c, err := os.OpenFile(name, flag, 0); err == nil {
			*f = c
		}
	}
	reopen(syscall.STD_INPUT_HANDLE, &os.Stdin, "CONIN$", os.O_RDWR)
	reopen(syscall.STD_OUTPUT_HANDLE, &os.Stdout, "CONOUT$", os.O_RDWR)
	reopen(syscall.STD_ERROR_HANDLE, &os.Stderr, "CONOUT$", os.O_RDWR)
}
