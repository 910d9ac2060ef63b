package desk

import (
	"testing"

	tea "charm.land/bubbletea/v2"

	"frontdesk/config"
	"frontdesk/store"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/internal/desktest"
	"frontdesk/tui/internal/screentest"
)

// The root's tests drive the whole desk, as the engineer does: keys in,
// screens out, across the screens' packages. The screens' own behaviour is
// tested in their packages.

var (
	fixed   = desktest.Fixed
	press   = desktest.Press
	morning = desktest.Morning
)

// configured is c at a station that has set its name and phone: the
// desks of these tests are not warned of the default configuration's
// samples (TestPlaceholderStationDetailsAreWarnedAtStartup is).
func configured(c common.Common) common.Common {
	c.Station = config.Station{Name: "海淀维修服务站", Phone: "010-62345678"}
	return c
}

// desk is the desk as a tea.Model, for desktest's drivers.
type desk struct{ Model }

func (d desk) Update(msg tea.Msg) (desk, tea.Cmd) {
	_, cmd := d.Model.Update(msg) // d is a copy: the caller's desk is unmoved
	return d, cmd
}

// drive sends each message and runs the commands it returns, as the
// runtime would.
func drive(m Model, msgs ...tea.Msg) Model { return desktest.Drive(desk{m}, msgs...).Model }

// run executes a command as the runtime would, feeding its answers back.
func run(m Model, cmd tea.Cmd) Model { return desktest.Run(desk{m}, cmd).Model }

// send sends each message and drops the commands.
func send(m Model, msgs ...tea.Msg) Model { return desktest.Send(desk{m}, msgs...).Model }

func plain(m Model) string { return desktest.Plain(m.View().Content) }

// checkFits fails when the view is wider or taller than the terminal.
func checkFits(t *testing.T, view string, w, h int) {
	t.Helper()
	screentest.CheckFits(t, "the view", view, w, h)
}

// testDesk is the token of the desks of these tests (desktest.DeskToken).
const testDesk = desktest.DeskToken

// newDesk is a desk without a store signed in at counter 3, sized, with
// snap read.
func newDesk(t testing.TB, lang string, w, h int, snap store.Snapshot) Model {
	t.Helper()
	m := New(configured(desktest.Common(lang)), nil, Options{Desk: testDesk, Counter: 3, Engineer: "张工"})
	return send(m, tea.WindowSizeMsg{Width: w, Height: h}, common.SnapshotMsg{Snap: snap})
}

// stationDesk is a desk at counter 3 on the station's database, sized,
// with the queue and the board read.
func stationDesk(s *desktest.Station, lang string, w, h int) Model {
	m := New(configured(desktest.CommonWith(s.St, lang)), nil, Options{Desk: testDesk, DB: s.Path, Counter: 3, Engineer: "张工"})
	m = send(m, tea.WindowSizeMsg{Width: w, Height: h})
	return run(m, m.Init())
}
