package desktest

import (
	"reflect"
	"runtime"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
)

// Execute runs a command (a batch: each of its parts) and returns the
// messages that arrive within a moment, or, from the desk's own work (a
// read or a save of the store), whenever it answers: on a machine busy
// with other tests a save can take longer than a moment, and dropping it
// would fail a test that did nothing wrong.
func Execute(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	ch := make(chan tea.Msg, 1)
	go func() { ch <- cmd() }()
	wait := 20 * time.Millisecond
	if ownWork(cmd) {
		wait = 10 * time.Second
	}
	var msg tea.Msg
	select {
	case msg = <-ch:
	case <-time.After(wait):
		return nil
	}
	if batch, ok := msg.(tea.BatchMsg); ok {
		var out []tea.Msg
		for _, c := range batch {
			out = append(out, Execute(c)...)
		}
		return out
	}
	if msg == nil {
		return nil
	}
	return []tea.Msg{msg}
}

// ownWork reports whether cmd is one of frontdesk's own that answers when
// its work is done, rather than a timer or the change feed, which wait for
// time or another program and are dropped.
func ownWork(cmd tea.Cmd) bool {
	name := runtime.FuncForPC(reflect.ValueOf(cmd).Pointer()).Name()
	return strings.HasPrefix(name, "frontdesk/") && !strings.Contains(name, "WaitChange") &&
		!strings.Contains(name, "tick") && !strings.Contains(name, "Tick")
}

// Updater is any screen or program: its Update returns itself.
type Updater[M any] interface {
	Update(tea.Msg) (M, tea.Cmd)
}

// Drive sends each message to m and runs the commands it returns, as the
// runtime would, feeding every answer back, until nothing is left to do.
// Commands that do not answer at once (timers, the change feed) are
// dropped.
func Drive[M Updater[M]](m M, msgs ...tea.Msg) M {
	for _, msg := range msgs {
		next, cmd := m.Update(msg)
		m = Run(next, cmd)
	}
	return m
}

// Run executes cmd as the runtime would, feeding each message back into m.
func Run[M Updater[M]](m M, cmd tea.Cmd) M { return runDepth(m, cmd, 0) }

func runDepth[M Updater[M]](m M, cmd tea.Cmd, depth int) M {
	if depth > 50 {
		return m
	}
	for _, msg := range Execute(cmd) {
		next, more := m.Update(msg)
		m = runDepth(next, more, depth+1)
	}
	return m
}

// Send sends each message to m and drops the commands it returns.
func Send[M Updater[M]](m M, msgs ...tea.Msg) M {
	for _, msg := range msgs {
		m, _ = m.Update(msg)
	}
	return m
}
