package main

import (
	"testing"

	"frontdesk/sshd"
)

// TestEveryKeypadCommandRuns: each command sshd lets a keypad run is a
// one-shot command here, and nothing else is.
func TestEveryKeypadCommandRuns(t *testing.T) {
	for _, c := range sshd.KeypadCommands {
		if keypadRuns[c] == nil {
			t.Errorf("sshd lets a keypad run %s, which serve does not", c)
		}
	}
	if len(keypadRuns) != len(sshd.KeypadCommands) {
		t.Errorf("serve runs %d keypad commands, sshd lets %d through", len(keypadRuns), len(sshd.KeypadCommands))
	}
}
