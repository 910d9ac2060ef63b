package board

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"frontdesk/repair"
	"frontdesk/tui/desk/internal/desktest"
	"frontdesk/tui/desk/parts"
	"frontdesk/tui/internal/screentest"
)

// TestO2_O8_BoardListsOneKeyEach: every list of repair.Lists is one digit
// away, says how many it holds, and shows its orders in its own order.
func TestO2_O8_BoardListsOneKeyEach(t *testing.T) {
	d := onStation(t, desktest.MorningStation(t), "zh", 100, 30)
	v := d.Plain()
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
		d = desktest.Drive(d, desktest.Press(c.key)...)
		if d.M.Data().List != c.list {
			t.Errorf("key %s chose %s, want %s", c.key, d.M.Data().List, c.list)
		}
		if got := strings.Join(numbers(d), " "); got != c.want {
			t.Errorf("list %s shows %s, want %s", c.list, got, c.want)
		}
		if title := fmt.Sprintf("%s · %d", parts.ListName(d.M.c.Text, c.list), len(strings.Fields(c.want))); !strings.Contains(d.Plain(), title) {
			t.Errorf("list %s: no title %q", c.list, title)
		}
	}
	// Uncollected orders say how long they have waited (O8).
	d = desktest.Drive(d, desktest.Press("6")...)
	if v := d.Plain(); !strings.Contains(v, "已等1天") || !strings.Contains(v, "已等0天") {
		t.Errorf("the uncollected list does not show the ages:\n%s", v)
	}
	// A digit past the lists chooses nothing.
	d = desktest.Drive(d, desktest.Press("0")...)
	if d.M.Data().List != repair.ListUncollected {
		t.Errorf("0 chose %s", d.M.Data().List)
	}
}

// TestBoardArrowsOpenAndBack: the arrows and j/k select, enter asks for the
// selected order, esc for the queue; the selection stays for the way back.
func TestBoardArrowsOpenAndBack(t *testing.T) {
	s := desktest.MorningStation(t)
	d := onStation(t, s, "zh", 100, 30)
	d = desktest.Drive(d, desktest.Press("down", "j", "k", "down")...)
	if d.M.Data().Sel != 2 {
		t.Fatalf("selected row %d, want 2", d.M.Data().Sel)
	}
	d = desktest.Drive(d, desktest.Press("enter")...)
	if got, want := d.Last(), (OpenOrderMsg{ID: s.IDs["R2611210002"]}); got != want {
		t.Fatalf("enter sent %#v, want %#v", got, want)
	}
	if d.M.Data().Sel != 2 {
		t.Fatalf("opening an order moved the selection to %d", d.M.Data().Sel)
	}
	d = desktest.Drive(d, desktest.Press("esc")...)
	if got := d.Last(); got != (BackMsg{}) {
		t.Fatalf("esc on the board sent %#v, want BackMsg", got)
	}
	d = desktest.Drive(d, desktest.Press("/")...)
	if got := d.Last(); got != (OpenSearchMsg{}) {
		t.Fatalf("/ sent %#v, want OpenSearchMsg", got)
	}
}

// TestBoardKeysAtTheEdges: up at the top and down at the bottom stay on
// the rows; a page moves a screenful and stops at either end.
func TestBoardKeysAtTheEdges(t *testing.T) {
	d := onStation(t, desktest.MorningStation(t), "zh", 80, 12)
	d = desktest.Drive(d, desktest.Press("up", "k")...)
	if d.M.Data().Sel != 0 {
		t.Fatalf("up at the top moved to %d", d.M.Data().Sel)
	}
	page := d.M.rowsH()
	if page < 1 || page >= 5 {
		t.Fatalf("a page of %d rows at 80×12; the test wants a short one", page)
	}
	d = desktest.Drive(d, tea.KeyPressMsg{Code: tea.KeyPgDown})
	if d.M.Data().Sel != page {
		t.Fatalf("pgdown went to %d, want %d", d.M.Data().Sel, page)
	}
	d = desktest.Drive(d, desktest.Press("pgdown", "pgdown", "down", "j")...)
	if n := len(d.M.Data().Rows); d.M.Data().Sel != n-1 {
		t.Fatalf("at the bottom on %d, want %d", d.M.Data().Sel, n-1)
	}
	d = desktest.Drive(d, tea.KeyPressMsg{Code: tea.KeyPgUp})
	if n := len(d.M.Data().Rows); d.M.Data().Sel != n-1-page {
		t.Fatalf("pgup went to %d, want %d", d.M.Data().Sel, n-1-page)
	}
	d = desktest.Drive(d, tea.KeyPressMsg{Code: tea.KeyPgUp}, tea.KeyPressMsg{Code: tea.KeyPgUp})
	if d.M.Data().Sel != 0 {
		t.Fatalf("pgup at the top went to %d", d.M.Data().Sel)
	}
	// The view keeps the selected row in sight.
	d = desktest.Drive(d, desktest.Press("pgdown", "pgdown", "pgdown")...)
	if v := d.Plain(); !strings.Contains(v, "▸ R2611210001") {
		t.Errorf("the last row is not in view:\n%s", v)
	}
}

// TestBoardQuits: q and ctrl+c quit the program from the board.
func TestBoardQuits(t *testing.T) {
	d := onStation(t, desktest.MorningStation(t), "zh", 100, 30)
	for _, k := range []tea.Msg{desktest.Press("q")[0], desktest.Ctrl('c')} {
		_, cmd := d.Update(k)
		if cmd == nil {
			t.Fatalf("%v: no command", k)
		}
		if _, ok := cmd().(tea.QuitMsg); !ok {
			t.Errorf("%v did not quit", k)
		}
	}
}

// TestBoardEnterOnAnEmptyList: enter with nothing selected asks for
// nothing, and the list says it is empty.
func TestBoardEnterOnAnEmptyList(t *testing.T) {
	s := desktest.NewStation(t)
	d := onStation(t, s, "zh", 100, 30)
	d = desktest.Drive(d, desktest.Press("enter", "8", "enter", "down", "up")...)
	if len(d.Sent) != 0 {
		t.Fatalf("an empty board sent %#v", d.Sent)
	}
	if v := d.Plain(); !strings.Contains(v, "这个清单现在是空的") {
		t.Errorf("the empty list does not say so:\n%s", v)
	}
}

// TestP5_RecordVisitFromTheBoard (the board's part): on the visits list
// enter records the visit, and the help says so; on the other lists enter
// opens the order, as before. The visit screen's part is in package visit.
func TestP5_RecordVisitFromTheBoard(t *testing.T) {
	s := desktest.MorningStation(t)
	d := onStation(t, s, "zh", 100, 30)
	d = desktest.Drive(d, desktest.Press("8")...)
	if !strings.Contains(d.Plain(), "enter 记录回访") || len(d.M.Data().Rows) != 1 {
		t.Fatalf("the visits list does not offer the visit:\n%s", d.Plain())
	}
	d = desktest.Drive(d, desktest.Press("enter")...)
	if got, want := d.Last(), (OpenVisitMsg{ID: s.IDs["R2611150001"]}); got != want {
		t.Fatalf("enter on list 8 sent %#v, want %#v", got, want)
	}
	d = desktest.Drive(d, desktest.Press("1", "enter")...)
	if _, ok := d.Last().(OpenOrderMsg); !ok || strings.Contains(d.Plain(), "记录回访") {
		t.Errorf("enter on the open list sent %#v\n%s", d.Last(), d.Plain())
	}
}

// TestBoardReadAgainOnChange: another terminal's change wakes the desk,
// the root calls Reload, and the board is read again.
func TestBoardReadAgainOnChange(t *testing.T) {
	s := desktest.MorningStation(t)
	d := onStation(t, s, "zh", 100, 30)
	s.Do("R2611210001", "2026-11-22 10:20", "李工", desktest.Call(repair.Contact{Kind: repair.ContactReady, Reached: true}))
	if d.M.Data().Count(repair.ListReadyUntold) != 1 {
		t.Fatal("the board changed before it was told")
	}
	d = desktest.Run(d, d.M.Reload())
	if n := d.M.Data().Count(repair.ListReadyUntold); n != 0 {
		t.Errorf("after the change feed fired, %d ready orders are not told, want 0", n)
	}
}

// TestBoardDropsAnOlderRead: reads are numbered; one that was asked before
// the read shown cannot replace it.
func TestBoardDropsAnOlderRead(t *testing.T) {
	s := desktest.MorningStation(t)
	d := onStation(t, s, "zh", 100, 30)
	older := d.M.Reload() // the visit still due
	s.Do("R2611150001", "2026-11-22 10:20", "张工", func(o repair.Order, now time.Time) (repair.Order, error) {
		return repair.RecordVisit(o, repair.Visit{By: "张工", Reached: true, Satisfied: 5}, now)
	})
	newer := d.M.Reload()
	d = desktest.Run(d, newer)
	d = desktest.Run(d, older)
	if n := d.M.Data().Count(repair.ListVisits); n != 0 {
		t.Fatalf("an older read replaced a newer one: %d visits due", n)
	}
}

// TestBoardSaysAFailedRead: a read that fails is said, and the board
// keeps what it showed.
func TestBoardSaysAFailedRead(t *testing.T) {
	s := desktest.MorningStation(t)
	d := onStation(t, s, "zh", 100, 30)
	cmd := d.M.Reload()
	if err := s.St.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(s.Path, []byte(strings.Repeat("not a database ", 400)), 0o600); err != nil {
		t.Fatal(err)
	}
	d = desktest.Run(d, cmd)
	if st := d.Sess.Status; !st.Bad || !strings.Contains(d.Plain(), "✗ 数据库暂时无法读取") {
		t.Fatalf("a failed read is not said: %+v\n%s", st, d.Plain())
	}
	if d.M.Data().Count(repair.ListOpen) != 6 {
		t.Error("a failed read emptied the board")
	}
}

// TestO2_BoardTurnsWithTheClock: lists are selected at the current minute,
// so an order becomes overdue by the clock alone.
func TestO2_BoardTurnsWithTheClock(t *testing.T) {
	d := onStation(t, desktest.MorningStation(t), "zh", 100, 30)
	d = desktest.Drive(d, desktest.Press("3")...)
	if n := d.M.Data().Count(repair.ListOverdue); n != 1 {
		t.Fatalf("%d overdue at 10:30, want 1", n)
	}
	later := desktest.Local("2026-11-22 18:01")
	d.M.c.Now = func() time.Time { return later }
	d.M.Tick()
	if got := strings.Join(numbers(d), " "); got != "R2611180001 R2611200001" {
		t.Fatalf("overdue at 18:01: %s", got)
	}
}

// TestBoardZeroModel: a board never opened ignores every message.
func TestBoardZeroModel(t *testing.T) {
	var m Model
	for _, msg := range append(desktest.Press("1", "enter", "esc", "/", "q"), parts.BoardMsg{}, tea.PasteMsg{Content: "x"}) {
		var cmd tea.Cmd
		m, cmd = m.Update(msg)
		if cmd != nil || len(m.Drain()) != 0 {
			t.Errorf("%#v: a zero board answered", msg)
		}
	}
	m.Tick()
	if m.Reload() != nil || m.View() != "" {
		t.Error("a zero board reads or draws")
	}
}

// TestBoardAsTheGoldenFiles: the screen is, byte for byte once styling is
// stripped, what the desk's golden files hold (TestGoldenBoard: the board
// opened, three rows down).
func TestBoardAsTheGoldenFiles(t *testing.T) {
	s := desktest.MorningStation(t)
	for _, lang := range []string{"zh", "en"} {
		for _, size := range [][2]int{{80, 24}, {140, 40}} {
			name := fmt.Sprintf("%s_%dx%d", lang, size[0], size[1])
			want, err := os.ReadFile(filepath.Join("..", "testdata", "TestGoldenBoard", name+".golden"))
			if errors.Is(err, os.ErrNotExist) {
				t.Skip("no golden files")
			}
			if err != nil {
				t.Fatal(err)
			}
			d := onStation(t, s, lang, size[0], size[1])
			d = desktest.Drive(d, desktest.Press("down", "down", "down")...)
			v := d.M.View()
			screentest.CheckFits(t, name, v, size[0], size[1])
			if got := desktest.Plain(v); got != string(want) {
				t.Errorf("%s differs from the golden file:\n%s\nwant:\n%s", name, got, want)
			}
		}
	}
}
