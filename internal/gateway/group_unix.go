//go:build unix

package gateway

import (
	"os/exec"
	"syscall"
)

// ownGroup puts the program in a process group of its own and makes the
// timeout kill the whole group: a wrapper script's modem tool must not
// outlive the attempt, nor send the text after it was counted as failed.
func ownGroup(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
}
