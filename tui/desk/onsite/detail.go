package onsiteboard

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"frontdesk/onsite"
	"frontdesk/store"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
)

// detailBackMsg is esc on a request: back to the board.
type detailBackMsg struct{}

// detailReadMsg brings request id as read, and the engineers to send.
type detailReadMsg struct {
	id    uint64
	r     onsite.Request
	found bool
	staff []string
	err   error
}

// Detail is one request's screen: its facts, clocks and timeline, one
// key a step. A zero Detail ignores every message.
type Detail struct {
	parts.Outbox
	c      common.Common
	sess   parts.Session
	keys   StepKeys
	opened bool

	id     uint64
	r      onsite.Request
	loaded bool
	staff  []string
	lines  []string // the request drawn for the width, on read, minute and resize
	scroll int
	form   *stepForm // the step being filled in
	ahead  bool      // c pressed: waiting for the call's outcome, 1–4
	script string    // what to say after a refusal (a clash's apology), until the next step
	saving bool
}

// NewDetail opens request id, read in the command returned.
func NewDetail(c common.Common, s parts.Session, id uint64) (Detail, tea.Cmd) {
	d := Detail{c: c, sess: s, keys: DefaultStepKeys(c.Text), opened: true, id: id}
	return d, readRequest(c.Store, id)
}

// readRequest reads request id and the staff in a command.
func readRequest(st store.Station, id uint64) tea.Cmd {
	if st == nil {
		return nil
	}
	return func() tea.Msg {
		r, found, err := st.Request(id)
		open, _ := st.OpenRequests() // the engineers with visits; none when it cannot be read
		return detailReadMsg{id: id, r: r, found: found, staff: engineers(st, open), err: err}
	}
}

// Reload reads the request again, unless a step is being saved: its
// answer brings the request as committed.
func (d *Detail) Reload() tea.Cmd {
	if !d.opened || d.saving {
		return nil
	}
	return readRequest(d.c.Store, d.id)
}

// SetSize draws the request again for the terminal's size.
func (d *Detail) SetSize(w, h int) {
	d.c.SetSize(w, h)
	d.redraw()
	if d.form != nil {
		d.form.form.WithWidth(d.innerW() - 2)
	}
}

// SetSession is the root's session: who saves the steps.
func (d *Detail) SetSession(s parts.Session) { d.sess = s }

// SetStyles takes the styles of the terminal's background.
func (d *Detail) SetStyles(st common.Styles) {
	d.c.Styles = st
	if d.form != nil {
		d.form.form.WithTheme(st.Form())
	}
	d.redraw()
}

// redraw draws the request's lines at the current minute.
func (d *Detail) redraw() {
	if d.loaded {
		d.lines = requestLines(d.c, d.r, d.innerW())
		d.scroll = min(d.scroll, d.maxScroll())
		d.keys = d.keys.forRequest(d.r)
	}
}

// show takes r as read or committed.
func (d *Detail) show(r onsite.Request) {
	d.r, d.loaded = r, true
	d.redraw()
}

func (d Detail) innerW() int    { return max(d.c.Width, 40) - 2 }
func (d Detail) maxScroll() int { return max(0, len(d.lines)-d.bodyH()) }

// Update handles the screen's keys, reads and saves; the open form takes
// every other message.
func (d Detail) Update(msg tea.Msg) (Detail, tea.Cmd) {
	if !d.opened {
		return d, nil
	}
	switch msg := msg.(type) {
	case detailReadMsg:
		d.taken(msg)
		return d, nil
	case savedMsg:
		return d.saved(msg), nil
	case tea.WindowSizeMsg, tea.BackgroundColorMsg:
		return d, nil
	case tea.KeyPressMsg:
		switch {
		case d.form != nil:
			return d.updateForm(msg)
		case d.ahead:
			return d.aheadKey(msg)
		}
		return d.key(msg)
	}
	if d.form != nil {
		return d.updateForm(msg)
	}
	return d, nil
}

// taken shows a read of the request; a read while a step saves is dropped,
// and a read with a shorter timeline than shown is an older one.
func (d *Detail) taken(msg detailReadMsg) {
	t := d.c.Text
	switch {
	case msg.id != d.id || d.saving:
	case msg.err != nil:
		d.Say(common.ExplainRead(t, d.c.Cfg, msg.err), true)
	case !msg.found:
		d.Say(t.T("onsite.notFound"), true)
		if !d.loaded {
			d.Send(detailBackMsg{})
		}
	case !d.loaded || len(msg.r.History) >= len(d.r.History):
		d.staff = msg.staff
		d.show(msg.r)
	}
}

// key is a key on the request: scrolling, back, and the steps, which wait
// until the request is read and no step is saving.
func (d Detail) key(msg tea.KeyPressMsg) (Detail, tea.Cmd) {
	k := d.keys
	switch {
	case key.Matches(msg, k.Quit):
		return d, tea.Quit
	case key.Matches(msg, k.Back):
		d.Send(detailBackMsg{})
		return d, nil
	case key.Matches(msg, k.Up, k.Down):
		step := 1
		if s := msg.String(); s == "pgup" || s == "pgdown" {
			step = max(1, d.bodyH()-1)
		}
		if key.Matches(msg, k.Up) {
			step = -step
		}
		d.scroll = min(max(0, d.scroll+step), d.maxScroll())
		return d, nil
	case !d.loaded || d.saving:
		return d, nil
	case key.Matches(msg, k.Print):
		d.Send(PrintRecordMsg{ID: d.id})
		return d, nil
	case key.Matches(msg, k.Escalate):
		d.Send(OpenIntakeMsg{Request: d.r.Number, Intake: onsite.CarryIn(d.r)})
		return d, nil
	case key.Matches(msg, k.Ahead):
		d.ahead, d.script = true, ""
		d.Say("", false)
		return d, nil
	}
	for _, s := range []struct {
		b     key.Binding
		field string
	}{{k.Arrive, onsite.FieldArrived}, {k.Start, onsite.FieldStarted}, {k.Fixed, onsite.FieldFixed}, {k.Depart, onsite.FieldDeparted}} {
		if key.Matches(msg, s.b) {
			return d.save(stepOf(s.field), stampChange(d.c, s.field, d.sess.Engineer), false)
		}
	}
	for _, s := range []struct {
		b  key.Binding
		st step
	}{{k.Guide, stepGuide}, {k.Schedule, stepSchedule}, {k.Paid, stepPaid}, {k.Record, stepRecord}, {k.Inspect, stepInspect},
		{k.CallBack, stepCallBack}, {k.Part, stepPart}, {k.PartIn, stepPartIn}, {k.Cancel, stepCancel}} {
		if key.Matches(msg, s.b) {
			return d.openForm(s.st)
		}
	}
	return d, nil
}

// aheadKey is the outcome of the call ahead: 1–3 saved at once, 4 asks
// for the note left; esc gives up.
func (d Detail) aheadKey(msg tea.KeyPressMsg) (Detail, tea.Cmd) {
	switch s := msg.String(); s {
	case "ctrl+c":
		return d, tea.Quit
	case "esc":
		d.ahead = false
	case "1", "2", "3":
		d.ahead = false
		out := aheadOutcomes[s[0]-'1']
		return d.save(stepAhead, aheadChange(out, "", d.sess.Engineer), false)
	case "4":
		d.ahead = false
		return d.openForm(stepAbsent)
	}
	return d, nil
}

// openForm starts the form of step st.
func (d Detail) openForm(st step) (Detail, tea.Cmd) {
	f := newStepForm(d.c, d.r, d.staff, st)
	f.form.WithTheme(d.c.Styles.Form()).WithKeyMap(parts.FormKeys(d.c)).WithShowHelp(false).WithWidth(d.innerW() - 2)
	d.form, d.script = f, ""
	d.Say("", false)
	return d, f.form.Init()
}

// updateForm passes msg to the open form but esc, which closes it, and
// ctrl+c; a completed form's step is saved.
func (d Detail) updateForm(msg tea.Msg) (Detail, tea.Cmd) {
	f := d.form
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch k.String() {
		case "ctrl+c":
			return d, tea.Quit
		case "esc":
			d.form = nil
			return d, nil
		}
	}
	_, cmd := f.form.Update(msg)
	if f.form.State != huh.StateCompleted {
		return d, cmd
	}
	d.form = nil
	return d.saveSaying(f.step, f.saying(d.c, d.sess.Engineer), f.step == stepSchedule)
}
