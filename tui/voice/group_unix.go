//go:build unix

package voice

import (
	"os/exec"
	"syscall"
)

// ownGroup puts the speech command in a process group of its own, and
// makes the cancel kill the whole group: a script that speaks through
// another program leaves no child behind when the display quits.
func ownGroup(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
}
