package desk

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"frontdesk/store"
)

// TestO6_SearchAsTyped: "/" opens the box, every keystroke searches, the
// last digits of a phone find its order, enter opens it and esc goes back
// to the results, then to the queue.
func TestO6_SearchAsTyped(t *testing.T) {
	m := morningStation(t).desk("zh", 100, 30)
	m = drive(m, press("/")...)
	if m.screen != screenSearch {
		t.Fatalf("/ did not open the search box:\n%s", plain(m))
	}
	m = drive(m, press("8000")...)
	if got := strings.Join(rowsOf(m.search.rows), " "); got != "R2611200001" {
		t.Fatalf("8000 found %q, want R2611200001\n%s", got, plain(m))
	}
	if v := plain(m); !strings.Contains(v, "结果 · 1") || !strings.Contains(v, "张伟") {
		t.Errorf("the result is not shown:\n%s", v)
	}
	m = drive(m, press("enter")...)
	if m.screen != screenOrder || !strings.Contains(plain(m), "R2611200001  诊断中") {
		t.Fatalf("enter did not open the order:\n%s", plain(m))
	}
	m = drive(m, press("esc")...)
	if m.screen != screenSearch || m.search.input.Value() != "8000" {
		t.Fatalf("esc did not go back to the results: screen %d, %q", m.screen, m.search.input.Value())
	}
	m = drive(m, press("esc")...)
	if m.screen != screenQueue {
		t.Fatal("esc did not close the search box")
	}
}

// TestO6_SearchFromTheBoardByNameAndSerial: the board has the box too;
// a name finds every order of it, newest first, a serial its device's.
func TestO6_SearchFromTheBoardByNameAndSerial(t *testing.T) {
	m := morningStation(t).desk("zh", 100, 30)
	m = drive(m, press("o", "/")...)
	m = drive(m, tea.PasteMsg{Content: "赵敏"})
	if got := strings.Join(rowsOf(m.search.rows), " "); got != "R2611180001 R2608020011 R2605100003" {
		t.Fatalf("赵敏 found %q", got)
	}
	m = drive(m, press("esc", "/", "pf2x")...)
	if got := strings.Join(rowsOf(m.search.rows), " "); got != "R2611200001" {
		t.Fatalf("pf2x found %q", got)
	}
	m = drive(m, press("esc")...)
	if m.screen != screenBoard {
		t.Error("esc did not go back to the board")
	}
}

// TestO6_SearchDropsStaleAnswers: an answer to older text never replaces
// the answer to what is typed now.
func TestO6_SearchDropsStaleAnswers(t *testing.T) {
	m := morningStation(t).desk("zh", 100, 30)
	m = drive(m, press("/")...)
	var first tea.Cmd
	for i, k := range press("1", "3") {
		next, cmd := m.Update(k)
		m = next.(Model)
		if i == 0 {
			first = cmd
		}
	}
	m = drive(m, execute(first)...) // the answer to "1" arrives after "13" was typed
	if len(m.search.rows) != 0 || m.search.query != "" {
		t.Fatalf("the answer to an older query was shown: %q %v", m.search.query, rowsOf(m.search.rows))
	}
	m = send(m, searchMsg{seq: m.search.seq, query: "13", res: store.SearchResult{}})
	m = send(m, searchMsg{seq: m.search.seq - 1, query: "1", res: store.SearchResult{More: true}})
	if m.search.query != "13" || m.search.more {
		t.Fatalf("a stale answer replaced the current one: %q more=%v", m.search.query, m.search.more)
	}
}

// TestO6_SearchSaysMoreAndNothingCalmly: a short prefix that matches more
// than fits asks for more; nothing found is said, not shouted.
func TestO6_SearchSaysMoreAndNothingCalmly(t *testing.T) {
	m := morningStation(t).desk("zh", 80, 16)
	m = drive(m, press("/", "1")...)
	if !m.search.more || !strings.Contains(plain(m), "还有更多……请继续输入") {
		t.Errorf("no 'more' for a one-digit query:\n%s", plain(m))
	}
	m = drive(m, press("esc", "/", "王小明")...)
	v := plain(m)
	if !strings.Contains(v, "没有找到相符的维修单") || m.statusBad {
		t.Errorf("nothing found is not said calmly: %q\n%s", m.status, v)
	}
}

// TestO6_HostileSearchStrings: whatever is typed or pasted — escape
// sequences, bidi overrides, a page of text, format strings — the search
// stays calm, the input keeps its limit and nothing reaches the terminal.
func TestO6_HostileSearchStrings(t *testing.T) {
	s := morningStation(t)
	inputs := append([]string{
		strings.Repeat("张", 5000), strings.Repeat("1", 300), "%s%d%x%!", "'; DROP TABLE orders; --",
		"R2611200001\x00", "\u202e1380", "../../etc/passwd", "\ufffd\ufffd", " ", "--", "+86 138",
	}, hostileNames...)
	for _, in := range inputs {
		m := s.desk("zh", 80, 24)
		m = drive(m, press("/")...)
		m = drive(m, tea.PasteMsg{Content: in})
		m = drive(m, press("x", "enter")...) // typing on, and opening whatever was found
		if m.statusBad {
			t.Errorf("%q: an error was shown: %s", in, m.status)
		}
		if n := len([]rune(m.search.input.Value())); n > searchMaxLen {
			t.Errorf("%q: the input holds %d characters", in, n)
		}
		v := m.View().Content
		checkInert(t, "search "+in, v)
		checkFits(t, v, 80, 24)
	}
}

func rowsOf(rows []orderRow) []string {
	var out []string
	for _, r := range rows {
		out = append(out, r.number)
	}
	return out
}
