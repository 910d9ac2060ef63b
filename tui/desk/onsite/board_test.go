package onsiteboard

import (
	"slices"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"frontdesk/onsite"
	"frontdesk/tui/desk/internal/desktest"
)

// ids are the request ids of list l, in its order.
func ids(m Model, l List) []uint64 {
	var out []uint64
	for _, i := range m.d.lists[l] {
		out = append(out, m.d.rows[i].id)
	}
	return out
}

// levelOf is the level of request id's row.
func levelOf(m Model, id uint64) onsite.Level {
	for _, rw := range m.d.rows {
		if rw.id == id {
			return rw.level
		}
	}
	return -1
}

func TestBoardLists(t *testing.T) {
	m := board("zh", newFake(now, day()...), 80, 24)
	for _, c := range []struct {
		l    List
		want []uint64
	}{
		{ListSchedule, []uint64{7, 8}},
		{ListCallBack, []uint64{5}},
		{ListParts, []uint64{6}},
		{ListRisk, []uint64{2, 1}}, // the soonest due first
	} {
		if got := ids(m, c.l); !slices.Equal(got, c.want) {
			t.Errorf("list %d = %v, want %v", c.l, got, c.want)
		}
	}
	open := ids(m, ListOpen)
	if len(open) != 9 || open[0] != 2 {
		t.Errorf("all open = %v, want 9 with the missed one (2) first", open)
	}
	if levelOf(m, 2) != onsite.LevelMissed || levelOf(m, 1) != onsite.LevelNear || levelOf(m, 4) != onsite.LevelOK {
		t.Errorf("levels 2 %d, 1 %d, 4 %d", levelOf(m, 2), levelOf(m, 1), levelOf(m, 4))
	}
	m = desktest.Drive(m, desktest.Press("3")...)
	if m.list != ListCallBack || m.Selected() != 5 {
		t.Errorf("3 chose list %d at %d, want the call-backs at 5", m.list, m.Selected())
	}
	v := desktest.Plain(m.View())
	for _, want := range []string{"3 待回访 1", "S2611230005", "周杰", "! 回访 10:20", "× 到场"} {
		if want == "× 到场" {
			continue // not on this list
		}
		if !contains(v, want) {
			t.Errorf("the call-backs list lacks %q:\n%s", want, v)
		}
	}
}

func TestBoardMarksLevelsWithoutColour(t *testing.T) {
	v := desktest.Plain(board("en", newFake(now, day()...), 80, 24).View())
	for _, want := range []string{"× on site 0:30 over", "! on site 0:20 left", "  on site 0:50 left"} {
		if !contains(v, want) {
			t.Errorf("the board lacks %q:\n%s", want, v)
		}
	}
}

func TestBoardSelectOpenAndBack(t *testing.T) {
	m := board("zh", newFake(now, day()...), 80, 24)
	m = desktest.Drive(m, desktest.Press("down", "down", "up")...)
	if m.Selected() != ids(m, ListOpen)[1] {
		t.Fatalf("selected %d", m.Selected())
	}
	m = desktest.Drive(m, desktest.Press("enter")...)
	if !m.InRequest() || m.detail.r.ID != ids(m, ListOpen)[1] {
		t.Fatalf("enter did not open the selected request")
	}
	m = desktest.Drive(m, desktest.Press("esc")...)
	if m.InRequest() {
		t.Fatal("esc on the request did not come back to the board")
	}
	m = desktest.Drive(m, desktest.Press("esc")...)
	if out := m.Drain(); len(out) != 1 || out[0] != (BackMsg{}) {
		t.Fatalf("esc on the board sent %v, want BackMsg", out)
	}
}

func TestBoardReloadKeepsTheSelection(t *testing.T) {
	st := newFake(now, day()...)
	m := desktest.Drive(board("zh", st, 80, 24), desktest.Press("2", "down")...)
	if m.Selected() != 8 {
		t.Fatalf("selected %d, want 8", m.Selected())
	}
	st.mu.Lock()
	st.reqs = append(st.reqs, req(10, "08:40", "新客户", ""))
	st.mu.Unlock()
	m = desktest.Run(m, m.Reload())
	if got := ids(m, ListSchedule); !slices.Equal(got, []uint64{7, 8, 10}) || m.Selected() != 8 {
		t.Errorf("after reload: %v, selected %d", got, m.Selected())
	}
}

func TestTickChangesAClocksLevel(t *testing.T) {
	st := newFake(now, day()...)
	m := board("zh", st, 80, 24)
	if levelOf(m, 4) != onsite.LevelOK {
		t.Fatalf("request 4 at 10:30: level %d", levelOf(m, 4))
	}
	st.now = now.Add(30 * time.Minute)
	m.Tick()
	if levelOf(m, 4) != onsite.LevelNear {
		t.Errorf("request 4 at 11:00 (due 11:20): level %d, want near", levelOf(m, 4))
	}
	if !slices.Contains(ids(m, ListRisk), 4) {
		t.Errorf("at risk at 11:00: %v, want 4 in it", ids(m, ListRisk))
	}
}

func TestBoardIgnoresEverythingUnopened(t *testing.T) {
	var m Model
	m, cmd := m.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
	if cmd != nil || m.View() != "" || m.Reload() != nil {
		t.Fatal("a zero board answered")
	}
}
