//go:build !unix

package voice

import "os/exec"

// ownGroup: without process groups the command alone is killed.
func ownGroup(*exec.Cmd) {}
