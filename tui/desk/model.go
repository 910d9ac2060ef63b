// Package desk is the front-desk engineer's program: sign in at a counter,
// call customers, serve, transfer and finish them, with the standard script
// for every moment (DOMAIN.md Q3–Q7, Q9, Q10).
package desk

import (
	"frontdesk/tui/report"
	"time"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"frontdesk/queue"
	"frontdesk/store"
	"frontdesk/tui/common"
)

type screen int

const (
	screenSetup      screen = iota // which counter, who works here
	screenQueue                    // the queue panel
	screenTransfer                 // picking where a ticket goes
	screenIntake                   // the pre-check intake form (I1–I12)
	screenDraftOffer               // continue another customer's draft?
	screenSlip                     // the claim slip of a saved intake (I13)
	screenBoard                    // the order board and its lists (O2, O8)
	screenSearch                   // the search box (O6)
	screenOrder                    // one repair order, its timeline and actions (O1–O8)
	screenPickup                   // a pickup: claim code, inspection, sign-off (P1–P4, G1–G3)
	screenVisit                    // a return visit recorded (P5)
	screenReport                   // the station's report (R1, R2)
)

// Model is the desk program's root model.
type Model struct {
	c      common.Common
	keys   KeyMap
	bkeys  BoardKeyMap
	skeys  SearchKeyMap
	okeys  OrderKeyMap
	pkeys  PickupKeyMap
	help   help.Model
	feed   <-chan uint64
	backup func() (string, error)
	db     string // the database path, key of the remembered sign-in
	prefs  string // where the sign-in is remembered ("" to not remember)
	screen screen
	setup  setupForm
	pick   transferPicker
	form   *intake      // the open intake, nil when none
	offer  *store.Draft // a draft of another ticket, offered
	slip   slipScreen
	report report.Model // the station's report, while screenReport
	board  boardState
	search searchBox
	order  orderScreen
	pickup pickupState
	visit  visitScreen

	offerFor queue.Ticket // the ticket the offered draft would be for

	counter  int
	engineer string

	snap   store.Snapshot
	loaded bool
	list   []listRow // the queue panel's rows, rebuilt when data or minute changes
	sel    int       // index into list of the selected row
	cur    *queue.Ticket
	paused bool

	status    string
	statusBad bool
	inflight  bool
}

// Options start a desk.
type Options struct {
	DB        string // database path, for the remembered sign-in
	PrefsFile string // "" to neither read nor write remembered sign-ins
	Counter   int    // from --counter; 0 to use the remembered one or ask
	Engineer  string // from --engineer
	// DailyBackup, when set, is run once at start: the day's automatic
	// backup. It returns the file it wrote, or "" when today's exists.
	DailyBackup func() (string, error)
}

// New builds the desk. Without a known counter and engineer it starts at the
// sign-in screen.
func New(c common.Common, feed <-chan uint64, o Options) Model {
	m := Model{c: c, keys: DefaultKeyMap(c.Text), help: help.New(), feed: feed, db: o.DB, prefs: o.PrefsFile, backup: o.DailyBackup,
		bkeys: DefaultBoardKeyMap(c.Text), skeys: DefaultSearchKeyMap(c.Text), okeys: DefaultOrderKeyMap(c.Text), board: newBoard(),
		pkeys: DefaultPickupKeyMap(c.Text)}
	m.help.Styles = c.Styles.Help()
	p := Prefs{Counter: o.Counter, Engineer: o.Engineer}
	if o.PrefsFile != "" {
		if saved, ok := LoadPrefs(o.PrefsFile, o.DB); ok {
			if p.Counter == 0 {
				p.Counter = saved.Counter
			}
			if p.Engineer == "" {
				p.Engineer = saved.Engineer
			}
		}
	}
	m.setup = newSetupForm(c, p)
	if _, err := c.Cfg.Counter(p.Counter); err == nil && p.Engineer != "" {
		m.counter, m.engineer, m.screen = p.Counter, p.Engineer, screenQueue
	}
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
	cmds := []tea.Cmd{common.Refresh(m.c.Store, m.feed), readBoard(m.c.Store, 0), tick(), tea.RequestBackgroundColor}
	if m.screen == screenQueue {
		cmds = append(cmds, m.signIn())
	}
	if backup := m.backup; backup != nil {
		cmds = append(cmds, func() tea.Msg {
			file, err := backup()
			return backupMsg{file: file, err: err}
		})
	}
	return tea.Batch(cmds...)
}

// Update routes a message to the screen it is for.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.c.SetSize(msg.Width, msg.Height)
		m.help.SetWidth(msg.Width)
		m.setup.setWidth(msg.Width)
		if m.form != nil {
			m.form.form.WithWidth(m.formWidth()).WithHeight(m.formHeight())
		}
		if m.screen == screenSlip {
			m.fitSlip()
		}
		m.search.setWidth(msg.Width)
		m.resizeOrder()
		m.resizePickup()
		if m.screen == screenReport { // openReport sizes it when it opens
			m.report.SetSize(msg.Width, msg.Height)
		}
		return m, nil
	case tea.BackgroundColorMsg:
		m.c.Styles = common.NewStyles(msg.IsDark())
		m.help.Styles = m.c.Styles.Help()
		m.refresh()
		return m, nil
	case common.ChangedMsg:
		// Another terminal (or this one) changed something: the queue, the
		// board and the open order are read again.
		board, order := m.loadBoard(), m.reloadOrder()
		return m, tea.Batch(common.Refresh(m.c.Store, m.feed), board, order)
	case common.SnapshotMsg:
		if msg.Err != nil {
			m.setStatus(m.c.Text.T("db.offline", common.Explain(m.c.Text, m.c.Cfg, msg.Err)), true)
			return m, nil
		}
		if msg.Snap.Rev >= m.snap.Rev || !m.loaded {
			m.snap, m.loaded = inert(msg.Snap), true
			m.refresh()
		}
		return m, nil
	case tickMsg:
		m.refresh()
		m.board.tick(m.c)
		return m, tick()
	case opMsg:
		return m.done(msg)
	case backupMsg:
		switch {
		case msg.err != nil:
			m.setStatus(m.c.Text.T("desk.backup.failed", common.Explain(m.c.Text, m.c.Cfg, msg.err)), true)
		case msg.file != "":
			m.setStatus(m.c.Text.T("desk.backup.done", common.Inert(msg.file)), false)
		}
		return m, nil
	case signedInMsg:
		if msg.err != nil {
			m.setStatus(common.Explain(m.c.Text, m.c.Cfg, msg.err), true)
		}
		return m, nil
	case draftLoadedMsg:
		return m.draftLoaded(msg)
	case draftTickMsg:
		return m.draftTick(msg)
	case draftSavedMsg:
		return m.draftSaved(msg)
	case lookupMsg:
		return m.lookedUp(msg)
	case intakeSavedMsg:
		return m.intakeSaved(msg)
	case printedMsg:
		return m.printed(msg)
	case boardMsg:
		return m.boardLoaded(msg)
	case searchMsg:
		return m.searchFound(msg)
	case orderMsg:
		return m.orderLoaded(msg)
	case orderSavedMsg:
		return m.orderSaved(msg)
	case verifiedMsg:
		return m.verified(msg)
	case lostOrderMsg:
		return m.lostOrderLoaded(msg)
	case pickupSavedMsg:
		return m.pickupSaved(msg)
	case visitOrderMsg:
		return m.visitLoaded(msg)
	case visitSavedMsg:
		return m.visitSaved(msg)
	case report.BackMsg:
		m.screen = screenQueue
		return m, nil
	case tea.KeyPressMsg:
		switch m.screen {
		case screenSetup:
			return m.updateSetup(msg)
		case screenTransfer:
			return m.updateTransfer(msg)
		case screenIntake:
			return m.updateIntake(msg)
		case screenDraftOffer:
			return m.updateDraftOffer(msg)
		case screenSlip:
			return m.updateSlip(msg)
		case screenBoard:
			return m.updateBoard(msg)
		case screenSearch:
			return m.updateSearch(msg)
		case screenOrder:
			return m.updateOrder(msg)
		case screenPickup:
			return m.updatePickup(msg)
		case screenVisit:
			return m.updateVisit(msg)
		case screenReport:
			return m.updateReport(msg)
		}
		return m.updateQueue(msg)
	}
	switch {
	case m.screen == screenReport:
		return m.updateReport(msg) // its computations
	case m.screen == screenIntake:
		return m.updateIntake(msg)
	case m.screen == screenOrder && m.order.form != nil:
		return m.updateOrderForm(msg)
	case m.screen == screenSearch:
		return m.typeSearch(msg) // a paste
	case m.screen == screenPickup:
		return m.pickupOther(msg)
	case m.screen == screenVisit:
		return m.updateVisit(msg)
	}
	if m.screen == screenSetup {
		var cmd tea.Cmd
		m.setup, cmd = m.setup.update(msg)
		return m, cmd
	}
	return m, nil
}

func (m *Model) setStatus(s string, bad bool) { m.status, m.statusBad = s, bad }

// View draws the current screen; the root model alone returns a tea.View.
func (m Model) View() tea.View {
	var s string
	switch m.screen {
	case screenSetup:
		s = m.setup.view(m.c)
	case screenIntake:
		s = m.intakeView()
	case screenDraftOffer:
		s = m.draftOfferView()
	case screenSlip:
		s = m.slipView()
	case screenBoard:
		s = m.boardView()
	case screenSearch:
		s = m.searchView()
	case screenOrder:
		s = m.orderView()
	case screenPickup:
		s = m.pickupView()
	case screenVisit:
		s = m.visitView()
	case screenReport:
		s = m.report.View()
	default:
		s = m.queueView()
	}
	v := tea.NewView(s)
	v.AltScreen = true
	v.WindowTitle = m.c.Text.T("app.name")
	return v
}

// inert makes the database's words safe to draw once, when they arrive, so
// no row, script or message of the desk can carry an escape sequence from a
// damaged or hostile file. Engineer names are cleaned where they are drawn.
func inert(s store.Snapshot) store.Snapshot {
	tickets := make([]queue.Ticket, len(s.Tickets))
	for i, t := range s.Tickets {
		t.Number, t.Type = common.Inert(t.Number), common.Inert(t.Type)
		tickets[i] = t
	}
	s.Tickets = tickets
	return s
}
