package desk

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"frontdesk/repair"
	"frontdesk/tui/common"
)

// TestO2_O8_BoardListsOneKeyEach: every list of repair.Lists is one digit
// away, says how many it holds, and shows its orders in its own order.
func TestO2_O8_BoardListsOneKeyEach(t *testing.T) {
	m := morningStation(t).desk("zh", 100, 30)
	m = drive(m, press("o")...)
	if m.screen != screenBoard {
		t.Fatalf("o did not open the board:\n%s", plain(m))
	}
	v := plain(m)
	for _, want := range []string{"1 在修 6", "2 今日承诺 1", "3 超期 1", "4 待致电 2", "5 待通知 1", "6 未取机 2", "7 备机在外 1", "8 待回访 1"} {
		if !strings.Contains(v, want) {
			t.Errorf("the board does not say %q:\n%s", want, v)
		}
	}
	for _, c := range []struct {
		key  string
		list repair.List
		want string
	}{
		{"1", repair.ListOpen, "R2611220001 R2611200001 R2611210002 R2611180001 R2611190001 R2611210001"},
		{"2", repair.ListPromisedToday, "R2611200001"},
		{"3", repair.ListOverdue, "R2611180001"},
		{"4", repair.ListCallDue, "R2611180001 R2611200001"},
		{"5", repair.ListReadyUntold, "R2611210001"},
		{"6", repair.ListUncollected, "R2611190001 R2611210001"}, // oldest first
		{"7", repair.ListLoaners, "R2611200001"},
		{"8", repair.ListVisits, "R2611150001"},
	} {
		m = drive(m, press(c.key)...)
		if m.board.list != c.list {
			t.Errorf("key %s chose %s, want %s", c.key, m.board.list, c.list)
		}
		if got := strings.Join(rowsOf(m.board.rows), " "); got != c.want {
			t.Errorf("list %s shows %s, want %s", c.list, got, c.want)
		}
		if title := fmt.Sprintf("%s · %d", listName(m.c.Text, c.list), len(strings.Fields(c.want))); !strings.Contains(plain(m), title) {
			t.Errorf("list %s: no title %q", c.list, title)
		}
	}
	// Uncollected orders say how long they have waited (O8).
	m = drive(m, press("6")...)
	if v := plain(m); !strings.Contains(v, "已等1天") || !strings.Contains(v, "已等0天") {
		t.Errorf("the uncollected list does not show the ages:\n%s", v)
	}
}

func TestBoardArrowsOpenAndBack(t *testing.T) {
	m := morningStation(t).desk("zh", 100, 30)
	m = drive(m, press("o", "down", "j", "k", "down")...)
	if m.board.sel != 2 {
		t.Fatalf("selected row %d, want 2", m.board.sel)
	}
	m = drive(m, press("enter")...)
	if m.screen != screenOrder || !strings.Contains(plain(m), "R2611210002  待确认报价") {
		t.Fatalf("enter did not open the selected order:\n%s", plain(m))
	}
	m = drive(m, press("esc")...)
	if m.screen != screenBoard || m.board.sel != 2 {
		t.Fatalf("esc did not go back to the board where it was: screen %d row %d", m.screen, m.board.sel)
	}
	m = drive(m, press("esc")...)
	if m.screen != screenQueue {
		t.Fatal("esc on the board goes back to the queue")
	}
}

// TestBoardReadAgainOnChange: another terminal's change wakes the desk
// (common.ChangedMsg), and the board is read again.
func TestBoardReadAgainOnChange(t *testing.T) {
	s := morningStation(t)
	m := s.desk("zh", 100, 30)
	s.do("R2611210001", "2026-11-22 10:20", "李工", call(repair.Contact{Kind: repair.ContactReady, Reached: true}))
	if m.board.counts[repair.ListReadyUntold] != 1 {
		t.Fatal("the board changed before it was told")
	}
	m = drive(m, common.ChangedMsg{Rev: 99})
	if n := m.board.counts[repair.ListReadyUntold]; n != 0 {
		t.Errorf("after the change feed fired, %d ready orders are not told, want 0", n)
	}
}

// TestBoardDropsAnOlderRead: reads are numbered; one that was asked before
// the read shown cannot replace it.
func TestBoardDropsAnOlderRead(t *testing.T) {
	m := morningStation(t).desk("zh", 100, 30)
	heads := m.board.heads
	m = send(m, boardMsg{seq: 5, heads: heads[:2]})
	m = send(m, boardMsg{seq: 4, heads: heads})
	if len(m.board.heads) != 2 {
		t.Fatalf("an older read replaced a newer one: %d heads", len(m.board.heads))
	}
}

// TestO2_BoardTurnsWithTheClock: lists are selected at the current minute,
// so an order becomes overdue by the clock alone.
func TestO2_BoardTurnsWithTheClock(t *testing.T) {
	m := morningStation(t).desk("zh", 100, 30)
	m = drive(m, press("o", "3")...)
	if n := m.board.counts[repair.ListOverdue]; n != 1 {
		t.Fatalf("%d overdue at 10:30, want 1", n)
	}
	later := local("2026-11-22 18:01")
	m.c.Now = func() time.Time { return later }
	m = send(m, tickMsg(later))
	if got := strings.Join(rowsOf(m.board.rows), " "); got != "R2611180001 R2611200001" {
		t.Fatalf("overdue at 18:01: %s", got)
	}
}

// TestBoardBesideTheQueue: at 80 columns the queue screen keeps its panel
// and shows the board's counts; from 120 the chosen list is drawn beside it.
func TestBoardBesideTheQueue(t *testing.T) {
	s := morningStation(t)
	narrow := plain(s.desk("zh", 80, 24))
	if !strings.Contains(narrow, "维修单  在修 6 · 今日承诺 1 · 超期 1") || !strings.Contains(narrow, "等候队列") {
		t.Errorf("the narrow queue screen lacks the board's counts:\n%s", narrow)
	}
	wide := plain(s.desk("zh", 140, 40))
	if !strings.Contains(wide, "维修单看板 · 在修 · 6") || !strings.Contains(wide, "R2611180001") || !strings.Contains(wide, "等候队列") {
		t.Errorf("the wide queue screen lacks the board's list:\n%s", wide)
	}
}

func TestGoldenBoard(t *testing.T) {
	s := morningStation(t)
	for _, lang := range []string{"zh", "en"} {
		for _, size := range [][2]int{{80, 24}, {140, 40}} {
			t.Run(fmt.Sprintf("%s_%dx%d", lang, size[0], size[1]), func(t *testing.T) {
				m := s.desk(lang, size[0], size[1])
				m = drive(m, press("o", "down", "down", "down")...)
				v := m.View().Content
				checkFits(t, v, size[0], size[1])
				golden.RequireEqual(t, []byte(ansi.Strip(v)))
			})
		}
	}
}
