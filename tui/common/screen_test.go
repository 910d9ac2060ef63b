package common

import (
	"errors"
	"strings"
	"testing"
	"time"

	"charm.land/lipgloss/v2"

	"frontdesk/queue"
	"frontdesk/store"
)

func TestPageKeepsInside(t *testing.T) {
	p := NewPage(10, 3)
	p.Add("请排队号为A012号的用户")
	p.Add("a\nb\nc")
	if got := p.String(); got != "请排队号…\na\nb" {
		t.Fatalf("page = %q", got)
	}
	for _, l := range strings.Split(p.String(), "\n") {
		if lipgloss.Width(l) > 10 {
			t.Fatalf("line %q wider than 10", l)
		}
	}
	if p.Left() != 0 {
		t.Fatalf("left %d", p.Left())
	}
}

func TestCenterAndSpread(t *testing.T) {
	if got := Center("送修\nAB", 10); got != "   送修\n   AB" {
		t.Errorf("Center = %q: a block moves as one", got)
	}
	if got := Spread("送修", "3人", 10); got != "送修   3人" || lipgloss.Width(got) != 10 {
		t.Errorf("Spread = %q", got)
	}
	if got := Spread("Repair drop-off", "14:05", 12); lipgloss.Width(got) != 12 || !strings.HasSuffix(got, "14:05") {
		t.Errorf("Spread cut = %q", got)
	}
}

func TestBalance(t *testing.T) {
	s := "Would customer number A012 please come to counter 3. We will serve you. Thank you!"
	lines := Balance(s, 78)
	if len(lines) != 2 {
		t.Fatalf("%d lines: %q", len(lines), lines)
	}
	if d := lipgloss.Width(lines[0]) - lipgloss.Width(lines[1]); d < -8 || d > 8 {
		t.Errorf("unbalanced: %q", lines)
	}
	for _, l := range Balance("请留意叫号屏,叫到您的号码时请到对应接待台", 20) {
		if lipgloss.Width(l) > 20 {
			t.Errorf("line %q wider than 20", l)
		}
	}
}

func TestWaitingCountsQueuedNotAway(t *testing.T) {
	ts := []queue.Ticket{
		{Type: "A", State: queue.Waiting}, {Type: "A", State: queue.Transferred},
		{Type: "A", State: queue.Waiting, AwayAt: time.Now()}, {Type: "A", State: queue.Called},
		{Type: "B", State: queue.Finished}, {Type: "C", State: queue.Waiting},
	}
	if n := Waiting(ts); n["A"] != 2 || n["B"] != 0 || n["C"] != 1 {
		t.Fatalf("Waiting = %v", n)
	}
}

func TestLiveKeepsTheLastGoodRead(t *testing.T) {
	now := time.Date(2026, 3, 14, 6, 5, 0, 0, time.UTC)
	c := New(nil, queue.DefaultConfig(), "zh", true, func() time.Time { return now })
	l := NewLive(c, nil)
	if _, shown := l.Update(SnapshotMsg{Snap: store.Snapshot{Rev: 3}}); !shown || !l.Loaded || l.Snap.Rev != 3 {
		t.Fatal("a read is not kept")
	}
	l.Update(SnapshotMsg{Err: errors.New("locked")})
	if l.Err == nil || l.Snap.Rev != 3 {
		t.Fatal("a failed read lost the data or the error")
	}
	l.Update(SnapshotMsg{Snap: store.Snapshot{Rev: 4}})
	if l.Err != nil {
		t.Fatal("the error stays after a good read")
	}
	now = now.Add(time.Minute)
	if cmd, shown := l.Update(ClockMsg(now)); cmd == nil || !shown || !l.Now.Equal(now) {
		t.Fatal("the clock does not move or is not re-armed")
	}
	if _, shown := l.Update(ChangedMsg{Rev: 5}); shown {
		t.Fatal("a change alone changes the screen")
	}
}
