// Package desk is the front-desk engineer's program, the root of its
// screens: it signs the engineer in at a counter, holds one screen of each
// job and shows one at a time, hands each the messages meant for it, and
// moves between them when a screen asks (parts.Outbox). It owns what every
// screen shares — the session (counter, engineer, paused, the status line),
// the terminal's size and styles, the clock and the change feed — and
// nothing of any screen's own state.
//
// The screens, one package each, none importing another:
//
//	queuepanel  the queue: call, serve, transfer, pause, away (Q3–Q7, Q9, Q10)
//	intake      the pre-check intake, its draft and the claim slip (I1–I13)
//	board       the order board's lists (O2, O8)
//	search      the one search box (O6)
//	order       one repair order and its changes (O1–O8)
//	pickup      claim code or lost slip, inspection, sign-off (P1–P4, G1–G3)
//	visit       a return visit recorded (P5)
//	approvals   a supervisor's: the requests waiting for a supervisor (P1)
//	hotline     a call on the hotline, and the person's own calls (H1, S1–S4)
//	onsite      the on-site board and one request's steps (S2–S12)
//	report      the station's report (R1, R2; tui/report, shared with the command)
//
// Files here: model.go (the program: New, Init, Update, View), route.go
// (which screen gets what), asks.go (what the screens ask for), signin.go
// and prefs.go (the sign-in, remembered per database).
package desk

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"frontdesk/tui/common"
	"frontdesk/tui/desk/approvals"
	"frontdesk/tui/desk/board"
	"frontdesk/tui/desk/hotline"
	"frontdesk/tui/desk/intake"
	onsiteboard "frontdesk/tui/desk/onsite"
	"frontdesk/tui/desk/order"
	"frontdesk/tui/desk/parts"
	"frontdesk/tui/desk/pickup"
	"frontdesk/tui/desk/queuepanel"
	"frontdesk/tui/desk/search"
	"frontdesk/tui/desk/visit"
	"frontdesk/tui/report"
)

type screen int

const (
	screenSetup     screen = iota // which counter, who works here
	screenQueue                   // the queue panel
	screenIntake                  // the pre-check intake, its draft offer and claim slip
	screenBoard                   // the order board
	screenSearch                  // the search box
	screenOrder                   // one repair order
	screenPickup                  // a pickup
	screenVisit                   // a return visit recorded
	screenReport                  // the station's report
	screenApprovals               // a supervisor's: the requests waiting for a supervisor (P1)
	screenHotline                 // a call on the hotline (H1, S1–S4)
	screenOnsite                  // the on-site board and its requests (S2–S12)
)

// Model is the desk program's root model.
type Model struct {
	c      common.Common
	feed   <-chan uint64
	backup func() (string, error)
	db     string // the database path, key of the remembered sign-in
	prefs  string // where the sign-in is remembered ("" to not remember)
	desk   string // this desk's token: which desk has a counter open (store.OpenDesk)
	sess   parts.Session
	screen screen
	setup  setupForm

	queue   queuepanel.Model
	intake  intake.Model
	board   board.Model
	search  search.Model
	order   order.Model
	pickup  pickup.Model
	visit   visit.Model
	report  report.Model
	approv  approvals.Model
	hotline hotline.Model
	onsite  onsiteboard.Model

	searchBack screen // where the search box's esc goes
	intakeBack screen // where the intake goes when it is left or done
	orderBack  screen // where the order screen's esc goes
	offline    bool   // the last read of the queue failed
	said       bool   // a screen said something while the message in hand was handled
	warned     bool   // the sample station name or phone was warned of, once a run
}

// Options start a desk.
type Options struct {
	DB        string // database path, for the remembered sign-in
	PrefsFile string // "" to neither read nor write remembered sign-ins
	Counter   int    // from --counter; 0 to use the remembered one or ask
	Engineer  string // from --engineer
	// Desk is this desk's token (store.OpenDesk); empty: a new random one,
	// as every desk program has. Tests of many desks on one station's
	// records give theirs.
	Desk string
	// DailyBackup, when set, is run once at start: the day's automatic
	// backup. It returns the file it wrote, or "" when today's exists.
	DailyBackup func() (string, error)
}

// New builds the desk. Without a known counter and engineer it starts at the
// sign-in screen.
func New(c common.Common, feed <-chan uint64, o Options) Model {
	m := Model{c: c, feed: feed, db: o.DB, prefs: o.PrefsFile, backup: o.DailyBackup, desk: o.Desk, intakeBack: screenQueue}
	if m.desk == "" {
		m.desk = deskToken()
	}
	if c.Person.Name != "" { // an SSH session: who works here is who the key is
		o.Engineer = c.Person.Name
		if c.Person.Counter > 0 {
			o.Counter = c.Person.Counter
		}
	}
	p := o.signIn()
	m.setup = newSetupForm(c, p)
	if _, err := c.Cfg.Counter(p.Counter); err == nil && p.Engineer != "" {
		m.sess.Counter, m.sess.Engineer, m.screen = p.Counter, p.Engineer, screenQueue
	}
	m.queue, _ = queuepanel.New(c, m.sess) // the queue's first read is Init's
	m.board, _ = board.New(c, m.sess)      // and so is the board's
	m.approv = approvals.New(c, m.sess)
	m.onsite, _ = onsiteboard.New(c, m.sess) // its first read is Init's
	return m
}

type tickMsg time.Time

// backupMsg reports the day's automatic backup.
type backupMsg struct {
	file string
	err  error
}

func tick() tea.Cmd {
	return tea.Tick(10*time.Second, func(t time.Time) tea.Msg { return tickMsg(t) })
}

// Init loads the queue and the order board, listens for changes and starts
// the clock.
func (m Model) Init() tea.Cmd {
	cmds := []tea.Cmd{common.Refresh(m.c.Store, m.feed), parts.ReadBoard(m.c.Store, 0), m.onsite.Reload(), tick(), tea.RequestBackgroundColor}
	if m.screen == screenQueue {
		cmds = append(cmds, m.signIn(false, false)) // the flags' or the remembered sign-in: nothing new to remember
	}
	if backup := m.backup; backup != nil {
		cmds = append(cmds, func() tea.Msg {
			file, err := backup()
			return backupMsg{file: file, err: err}
		})
	}
	return tea.Batch(cmds...)
}

// Update handles what the desk as a whole hears — the terminal, the clock,
// the change feed, its own sign-in and backup — and hands keys to the
// screen shown and everything else to every screen (route.go). It works
// on its pointer: the desk holds every screen, each with its own copy of
// the shared value, some 180 KB in all, which a value receiver would copy
// to the heap on every message.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.resize(msg.Width, msg.Height)
		return m, nil
	case tea.BackgroundColorMsg:
		m.restyle(common.NewStyles(msg.IsDark()))
		return m, nil
	case common.ChangedMsg:
		// Another terminal (or this one) changed something: the queue, the
		// board and the open order are read again.
		cmds := []tea.Cmd{common.Refresh(m.c.Store, m.feed), m.board.Reload(), m.onsite.Reload()}
		if m.screen == screenOrder {
			cmds = append(cmds, m.order.Reload())
		}
		return m, tea.Batch(cmds...)
	case common.SnapshotMsg:
		return m, m.read(msg)
	case tickMsg:
		m.queue.Tick()
		m.board.Tick()
		m.onsite.Tick()
		m.queue.SetBoard(m.board.Data())
		return m, tick()
	case backupMsg:
		switch {
		case msg.err != nil:
			m.say(m.c.Text.T("desk.backup.failed", common.Explain(m.c.Text, m.c.Cfg, msg.err)), true)
		case msg.file != "" && !m.sess.Status.Bad: // a warning standing is worth more
			m.say(m.c.Text.T("desk.backup.done", common.Inert(msg.file)), false)
		}
		return m, nil
	case signedInMsg:
		return m, m.signedIn(msg)
	case recordPrintedMsg:
		return m, m.recordPrinted(msg)
	case report.BackMsg:
		m.screen = screenQueue
		return m, nil
	case tea.KeyPressMsg:
		return m, m.key(msg)
	case tea.PasteMsg:
		return m, m.key(msg) // typed into the screen shown, not into a hidden one
	}
	return m, m.everyone(msg)
}

// read hands a read of the queue to every screen; the first good one
// after failed ones says the database is back, in place of the error the
// status line shows (a read's, or a save's refused while it was down).
func (m *Model) read(msg common.SnapshotMsg) tea.Cmd {
	was := m.offline
	m.offline = msg.Err != nil
	var left tea.Cmd
	if msg.Err == nil {
		left = m.displaced(msg.Snap)
		if d := damageLine(m.c.Text, msg.Snap); d != m.sess.Damage {
			m.sess.Damage = d
			m.share()
		}
	}
	cmd := tea.Batch(m.everyone(msg), left)
	if was && !m.offline && m.sess.Status.Bad {
		m.say(m.c.Text.T("desk.back"), false)
	}
	return cmd
}

// View draws the current screen; the root model alone returns a tea.View.
func (m Model) View() tea.View {
	var s string
	switch m.screen {
	case screenSetup:
		s = m.setup.view(m.c)
	case screenIntake:
		s = m.intake.View()
	case screenBoard:
		s = m.board.View()
	case screenSearch:
		s = m.search.View()
	case screenOrder:
		s = m.order.View()
	case screenPickup:
		s = m.pickup.View()
	case screenVisit:
		s = m.visit.View()
	case screenReport:
		s = m.report.View()
	case screenApprovals:
		s = m.approv.View()
	case screenHotline:
		s = m.hotline.View()
	case screenOnsite:
		s = m.onsite.View()
	default:
		s = m.queue.View()
	}
	v := tea.NewView(s)
	v.AltScreen = true
	v.WindowTitle = m.c.Text.T("app.name")
	return v
}
