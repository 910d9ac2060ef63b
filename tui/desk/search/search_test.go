package search

import (
	"os"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"frontdesk/store"
	"frontdesk/tui/desk/internal/desktest"
	"frontdesk/tui/desk/parts"
)

// TestO6_SearchAsTyped: the box opens empty and clears the status line,
// every keystroke searches, the last digits of a phone find its order,
// enter opens it; shown again (Focus) it still holds the results, and esc
// closes it.
func TestO6_SearchAsTyped(t *testing.T) {
	s := desktest.MorningStation(t)
	d := onStation(t, s, "zh", 100, 30, false)
	if d.Sess.Status != (parts.Status{}) || !strings.Contains(d.Plain(), "取机码、电话") {
		t.Fatalf("the box did not open empty: %+v\n%s", d.Sess.Status, d.Plain())
	}
	d = desktest.Drive(d, desktest.Press("8000")...)
	if got := strings.Join(numbers(d), " "); got != "R2611200001" {
		t.Fatalf("8000 found %q, want R2611200001\n%s", got, d.Plain())
	}
	if v := d.Plain(); !strings.Contains(v, "结果 · 1") || !strings.Contains(v, "张伟") {
		t.Errorf("the result is not shown:\n%s", v)
	}
	d = desktest.Drive(d, desktest.Press("enter")...)
	if got, want := d.Last(), (OpenOrderMsg{ID: s.IDs["R2611200001"]}); got != want {
		t.Fatalf("enter sent %#v, want %#v", got, want)
	}
	// The order screen is shown: a paste there is not typed into the box.
	d = desktest.Drive(d, tea.PasteMsg{Content: "9999"})
	d.M.Focus() // the order screen went back
	if d.M.input.Value() != "8000" || len(d.M.rows) != 1 {
		t.Fatalf("the box did not keep its results: %q %v", d.M.input.Value(), numbers(d))
	}
	d = desktest.Drive(d, desktest.Press("esc")...)
	if got := d.Last(); got != (BackMsg{}) {
		t.Fatalf("esc sent %#v, want BackMsg", got)
	}
}

// TestO6_SearchFromTheBoardByNameAndSerial: a name finds every order of
// it, newest first, a serial its device's; a paste searches as typing does.
func TestO6_SearchFromTheBoardByNameAndSerial(t *testing.T) {
	s := desktest.MorningStation(t)
	d := onStation(t, s, "zh", 100, 30, false)
	d = desktest.Drive(d, tea.PasteMsg{Content: "赵敏"})
	if got := strings.Join(numbers(d), " "); got != "R2611180001 R2608020011 R2605100003" {
		t.Fatalf("赵敏 found %q", got)
	}
	d = onStation(t, s, "zh", 100, 30, false)
	d = desktest.Drive(d, desktest.Press("pf2x")...)
	if got := strings.Join(numbers(d), " "); got != "R2611200001" {
		t.Fatalf("pf2x found %q", got)
	}
}

// TestO6_SearchDropsStaleAnswers: an answer to older text never replaces
// the answer to what is typed now — nor does one to a box opened before.
func TestO6_SearchDropsStaleAnswers(t *testing.T) {
	s := desktest.MorningStation(t)
	d := onStation(t, s, "zh", 100, 30, false)
	var first tea.Cmd
	for i, k := range desktest.Press("1", "3") {
		var cmd tea.Cmd
		d, cmd = d.Update(k)
		if i == 0 {
			first = cmd
		}
	}
	d = desktest.Drive(d, desktest.Execute(first)...) // the answer to "1" arrives after "13" was typed
	if len(d.M.rows) != 0 || d.M.query != "" {
		t.Fatalf("the answer to an older query was shown: %q %v", d.M.query, numbers(d))
	}
	d = desktest.Send(d, foundMsg{seq: d.M.seq, query: "13", res: store.SearchResult{}})
	d = desktest.Send(d, foundMsg{seq: d.M.seq - 1, query: "1", res: store.SearchResult{More: 3}})
	if d.M.query != "13" || d.M.more != 0 {
		t.Fatalf("a stale answer replaced the current one: %q more=%v", d.M.query, d.M.more)
	}
	// A fresh box, its first search, and the first search of the box
	// before answers late.
	d = onStation(t, s, "zh", 100, 30, false)
	d = desktest.Drive(d, desktest.Press("8")...)
	d = desktest.Drive(d, desktest.Execute(first)...)
	if d.M.query != "8" {
		t.Fatalf("the answer to an earlier box was shown: %q", d.M.query)
	}
}

// TestO6_SearchSaysMoreAndNothingCalmly: a short prefix that matches more
// than fits asks for more; nothing found is said, not shouted.
func TestO6_SearchSaysMoreAndNothingCalmly(t *testing.T) {
	s := desktest.MorningStation(t)
	d := onStation(t, s, "zh", 80, 16, false)
	d = desktest.Drive(d, desktest.Press("1")...)
	if d.M.more == 0 || !strings.Contains(d.Plain(), "……请继续输入") {
		t.Errorf("no 'more' for a one-digit query:\n%s", d.Plain())
	}
	d = onStation(t, s, "zh", 80, 16, false)
	d = desktest.Drive(d, desktest.Press("王小明")...)
	v := d.Plain()
	if !strings.Contains(v, "没有找到相符的维修单") || d.Sess.Status.Bad {
		t.Errorf("nothing found is not said calmly: %q\n%s", d.Sess.Status.Text, v)
	}
}

// TestSearchArrowsAndPick: ↑/↓ choose among the results and stay on them;
// in pick mode (the lost slip) enter hands the order chosen to the pickup;
// enter with nothing found does nothing.
func TestSearchArrowsAndPick(t *testing.T) {
	s := desktest.MorningStation(t)
	d := onStation(t, s, "zh", 100, 30, true)
	d = desktest.Drive(d, desktest.Press("enter")...)
	if len(d.Sent) != 0 {
		t.Fatalf("enter on no results sent %#v", d.Sent)
	}
	d = desktest.Drive(d, desktest.Press("赵敏", "up", "down", "down", "down", "down", "up")...)
	if d.M.sel != 1 {
		t.Fatalf("selected %d, want 1", d.M.sel)
	}
	if !strings.Contains(d.Plain(), "▸ R2608020011") {
		t.Errorf("the selected row is not marked:\n%s", d.Plain())
	}
	d = desktest.Drive(d, desktest.Press("enter")...)
	if got, want := d.Last(), (PickedMsg{ID: s.IDs["R2608020011"]}); got != want {
		t.Fatalf("enter in pick mode sent %#v, want %#v", got, want)
	}
}

// TestSearchKeysAfterLeaving: shown again without Focus, the first key
// still types; backspace to nothing clears the results without a search.
func TestSearchKeysAfterLeaving(t *testing.T) {
	s := desktest.MorningStation(t)
	d := onStation(t, s, "zh", 100, 30, false)
	d = desktest.Drive(d, desktest.Press("8000", "enter")...)
	d = desktest.Drive(d, desktest.Press("1")...)
	if d.M.input.Value() != "80001" || !d.M.input.Focused() {
		t.Fatalf("a key after coming back was not typed: %q", d.M.input.Value())
	}
	d = desktest.Drive(d, desktest.Press("backspace", "backspace", "backspace", "backspace", "backspace")...)
	if d.M.input.Value() != "" || len(d.M.rows) != 0 || !strings.Contains(d.Plain(), "取机码、电话") {
		t.Fatalf("an empty box still shows results:\n%s", d.Plain())
	}
}

// TestSearchQuits: ctrl+c quits; q is typed.
func TestSearchQuits(t *testing.T) {
	d := onStation(t, desktest.MorningStation(t), "zh", 100, 30, false)
	_, cmd := d.Update(desktest.Ctrl('c'))
	if cmd == nil {
		t.Fatal("ctrl+c: no command")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Error("ctrl+c did not quit")
	}
	d = desktest.Drive(d, desktest.Press("q")...)
	if d.M.input.Value() != "q" {
		t.Errorf("q was not typed: %q", d.M.input.Value())
	}
}

// TestSearchSaysAFailedSearch: a search the store cannot answer is said.
func TestSearchSaysAFailedSearch(t *testing.T) {
	s := desktest.MorningStation(t)
	d := onStation(t, s, "zh", 100, 30, false)
	if err := s.St.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(s.Path, []byte(strings.Repeat("not a database ", 400)), 0o600); err != nil {
		t.Fatal(err)
	}
	d = desktest.Drive(d, desktest.Press("8")...)
	if !d.Sess.Status.Bad || !strings.Contains(d.Plain(), "✗") {
		t.Fatalf("a failed search is not said: %+v\n%s", d.Sess.Status, d.Plain())
	}
}

// TestSearchZeroModel: a box never opened ignores every message.
func TestSearchZeroModel(t *testing.T) {
	var m Model
	for _, msg := range append(desktest.Press("1", "enter", "esc"), desktest.Ctrl('c'), tea.PasteMsg{Content: "x"}, foundMsg{seq: 1}) {
		var cmd tea.Cmd
		m, cmd = m.Update(msg)
		if cmd != nil || len(m.Drain()) != 0 {
			t.Errorf("%#v: a zero box answered", msg)
		}
	}
	if m.View() != "" {
		t.Error("a zero box draws")
	}
}
