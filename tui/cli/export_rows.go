package cli

import (
	"cmp"
	"regexp"
	"strings"
	"time"
	"unicode"

	"frontdesk/onsite"
	"frontdesk/queue"
	"frontdesk/repair"
	"frontdesk/store"
	"frontdesk/tui/common"
	"frontdesk/tui/i18n"
)

// A row of an export is a list of cells: a string is text (made inert,
// masked where asked, guarded against formulas), an int a number, a
// time.Time a date and time of the station (the zero time an empty cell),
// a date a day of the station, a repair.Money an amount in yuan, nil an
// empty cell. Every row begins with the station's code and name, so that
// the files of many stations concatenate; every code (a state, a kind of
// event or customer, a service type) is a word in the export's language,
// with the code itself in the column after it for programs. The columns
// are the same in both languages: only the header row is translated. The
// README lists them as the head office's contract; the golden files of
// testdata/export_header_*.golden hold them.

// sheet is one table of an export: tickets, orders, events, on-site
// requests or hotline calls.
type sheet struct {
	name   string   // the file name's first word, and the sheet's catalogue key
	header []string // catalogue keys of the columns
}

// stationCols begin every sheet.
var stationCols = []string{"export.col.stationCode", "export.col.stationName"}

var (
	ticketSheet = sheet{"tickets", append(stationCols[:2:2],
		"export.col.id", "export.col.day", "export.col.number", "export.col.type", "export.col.typeCode",
		"export.col.priority", "export.col.state", "export.col.stateCode", "export.col.counter", "export.col.calls", "export.col.reason",
		"export.col.issued", "export.col.firstCall", "export.col.lastCall", "export.col.started", "export.col.ended",
		"export.col.waitS", "export.col.walkS", "export.col.serviceS", "export.col.totalS",
	)}
	orderSheet = sheet{"orders", append(stationCols[:2:2],
		"export.col.id", "export.col.order", "export.col.state", "export.col.stateCode", "export.col.received",
		"export.col.counter", "export.col.engineer", "export.col.ticket", "export.col.name", "export.col.phone",
		"export.col.kind", "export.col.kindCode", "export.col.company", "export.col.dealer", "export.col.dealerPhone", "export.col.device", "export.col.deviceCode",
		"export.col.brand", "export.col.model", "export.col.serial", "export.col.purchased", "export.col.fault",
		"export.col.covered", "export.col.promised", "export.col.readyAt", "export.col.closed", "export.col.previous",
		"export.col.fee", "export.col.cause", "export.col.work", "export.col.parts", "export.col.advice",
		"export.col.signedBy", "export.col.visitAt", "export.col.satisfied",
	)}
	eventSheet = sheet{"events", append(stationCols[:2:2],
		"export.col.id", "export.col.at", "export.col.what", "export.col.whatCode", "export.col.ticketID",
		"export.col.number", "export.col.counter", "export.col.who", "export.col.order", "export.col.state", "export.col.stateCode",
		"export.col.detail", "export.col.request",
	)}
)

// timeCols are the columns of a date and time: their header names the
// station's time zone, in which they are written.
var timeCols = map[string]bool{
	"export.col.issued": true, "export.col.firstCall": true, "export.col.lastCall": true, "export.col.started": true,
	"export.col.ended": true, "export.col.received": true, "export.col.promised": true, "export.col.readyAt": true,
	"export.col.closed": true, "export.col.visitAt": true, "export.col.at": true,
	// the on-site requests' (export_onsite.go)
	"export.col.reqReceived": true, "export.col.answered": true, "export.col.visitStart": true, "export.col.visitEnd": true,
	"export.col.arrived": true, "export.col.workStarted": true, "export.col.fixed": true, "export.col.departed": true,
	"export.col.guided": true, "export.col.callBack": true,
}

// headerOf is the header row of s in t's language; loc names the zone of
// the times.
func headerOf(t i18n.Catalog, s sheet, loc *time.Location) []string {
	header := make([]string, len(s.header))
	for i, k := range s.header {
		header[i] = t.T(k)
		if timeCols[k] {
			header[i] = t.T("export.col.zoned", header[i], loc.String())
		}
	}
	return header
}

// date is a day of the station, "2006-01-02": a date cell.
type date time.Time

// rower turns records into rows, in the user's language, masked or not.
type rower struct {
	t    i18n.Catalog
	loc  *time.Location
	mask bool

	queue                queue.Config  // the service types' names
	repair               repair.Config // the device kinds' names
	onsite               onsite.Config // S8's limits, by which a visit was on time
	station, stationName string        // the station's code and name, made cells
}

// text is a cell of text from the database: inert, then guarded.
func text(s string) string { return Guard(common.Inert(s)) }

// inertLines is text of several lines (a fault as the customer told it)
// with every line made inert and the line breaks kept, as "\n": a
// spreadsheet shows them in the cell, a loader keeps them.
func inertLines(s string) string {
	if !strings.ContainsAny(s, "\r\n") {
		return common.Inert(s)
	}
	ls := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	for i, l := range ls {
		ls[i] = common.Inert(l)
	}
	return strings.Join(ls, "\n")
}

// free is a cell of free text, in which a phone number may have been
// written: with mask, its digits are masked too.
func (r rower) free(s string) string {
	s = inertLines(s)
	if r.mask {
		s = MaskDigits(s)
	}
	return Guard(s)
}

// name and phone are cells of a person's name and phone number.
func (r rower) name(s string) string {
	if r.mask {
		s = MaskName(common.Inert(s))
	}
	return text(s)
}

func (r rower) phone(s string) string {
	if r.mask {
		s = MaskPhone(s)
	}
	return text(s)
}

// when is a time cell: the station's wall clock; nil for the zero time.
func (r rower) when(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.In(r.loc)
}

// day is a date cell of "2006-01-02", text when it is not a date (an
// import's), nil when empty.
func day(s string) any {
	if s == "" {
		return nil
	}
	if d, err := time.Parse(time.DateOnly, s); err == nil {
		return date(d)
	}
	return text(s)
}

func (r rower) yes(b bool) any {
	if b {
		return r.t.T("export.yes")
	}
	return nil
}

// word is the code as a word of the catalogue (key prefix + code), and
// the code itself as a cell: nil when there is none, the code when the
// catalogue has no word for it.
func (r rower) word(prefix, code string) (word, cell any) {
	if code == "" {
		return nil, nil
	}
	w := r.t.T(prefix + code)
	if strings.HasPrefix(w, "[") {
		w = code
	}
	return text(w), text(code)
}

// device is the name of the device kind key in the export's language; the
// key itself when the configuration has no such kind (any more).
func (r rower) device(key string) any {
	if key == "" {
		return nil
	}
	if kind, ok := r.repair.Device(key); ok {
		return text(kind.In(string(r.t.Lang)))
	}
	return text(key)
}

// seconds is a whole number of seconds, or an empty cell when the ticket
// never reached that step.
func seconds(d time.Duration, reached bool) any {
	if !reached {
		return nil
	}
	return int64(d / time.Second)
}

func nonZero(n int) any {
	if n == 0 {
		return nil
	}
	return n
}

func (r rower) ticket(t queue.Ticket) []any {
	m := t.Measure()
	done := t.State == queue.Finished
	state, stateCode := r.word("state.", string(t.State))
	return []any{
		r.station, r.stationName, t.ID, day(t.Day), text(t.Number), text(common.TypeName(r.t, r.queue, t.Type)), text(t.Type),
		r.yes(t.Priority), state, stateCode, nonZero(t.Counter), t.Calls, text(t.Reason), r.when(t.IssuedAt),
		r.when(t.FirstCalledAt), r.when(t.CalledAt), r.when(t.StartedAt), r.when(t.EndedAt),
		seconds(m.Wait, !t.FirstCalledAt.IsZero()), seconds(m.Walk, !t.StartedAt.IsZero()),
		seconds(m.Service, done), seconds(m.Total, done),
	}
}

func (r rower) order(o repair.Order) []any {
	in := o.Intake
	var fee any
	if o.Fee != 0 {
		fee = o.Fee
	}
	var signed string
	var visitAt time.Time
	var satisfied any
	if o.Pickup != nil {
		signed = o.Pickup.SignedBy
	}
	if o.Visit != nil {
		visitAt, satisfied = o.Visit.At, nonZero(o.Visit.Satisfied)
	}
	state, stateCode := r.word("order.state.", string(o.State))
	kind, kindCode := r.word("export.kind.", string(in.Kind))
	return []any{
		r.station, r.stationName, o.ID, text(o.Number), state, stateCode, r.when(o.Received), nonZero(o.Counter),
		text(o.Engineer), text(o.Ticket), r.name(in.Name), r.phone(in.Phone), kind, kindCode, text(in.Company),
		r.name(in.Dealer), r.phone(in.DealerPhone), r.device(in.Device), text(in.Device), text(in.Brand), text(in.Model), text(in.Serial),
		day(in.Purchased), r.free(in.Fault), r.yes(o.Verdict.Covered), r.when(o.Promised), r.when(o.ReadyAt),
		r.when(o.Closed), text(strings.Join(o.Previous, " ")), fee, r.free(o.Result.Cause), r.free(o.Result.Work),
		r.free(o.Result.Parts), r.free(o.Result.Advice), r.name(signed), r.when(visitAt), satisfied,
	}
}

// pickedUp begins the detail of the event of a pickup; the rest of it is
// the name of the customer who signed (repair.SignOff).
const pickedUp = "state ready picked_up "

func (r rower) event(e store.Event) []any {
	detail := r.free(e.Detail)
	if rest, ok := strings.CutPrefix(e.Detail, pickedUp); ok && e.Kind == store.KindOrder && r.mask {
		detail = text(pickedUp + MaskName(common.Inert(rest)))
	}
	var ticket any
	if e.Ticket != 0 {
		ticket = e.Ticket
	}
	what, whatCode := r.word("export.event.", e.Kind)
	// The state after it: a request's, the result of a call, else an order's.
	states := map[string]string{store.KindRequest: "onsite.state.", store.KindHotline: "hotline.result."}[e.Kind]
	state, stateCode := r.word(cmp.Or(states, "order.state."), e.State)
	return []any{
		r.station, r.stationName, e.ID, r.when(e.At), what, whatCode, ticket, text(e.Number), nonZero(e.Counter), text(e.Who),
		text(e.Order), state, stateCode, detail, text(e.Request),
	}
}

// Guard keeps a spreadsheet from reading text as a formula (CSV injection):
// text that begins with = + - or @ gets a ' in front, which spreadsheets
// show as text and do not evaluate.
func Guard(s string) string {
	if s != "" && strings.ContainsRune("=+-@", rune(s[0])) {
		return "'" + s
	}
	return s
}

// MaskPhone hides most of a phone number: of its digits the last four stay
// and, of a number of 11 digits or more, the first three: 138****5678,
// 010****5678 (a landline with its area code), ****5678. A country code
// 86 is left out first; so is anything but the digits.
func MaskPhone(s string) string {
	var d []rune
	for _, r := range s {
		if r >= '0' && r <= '9' {
			d = append(d, r)
		}
	}
	for _, cc := range []string{"0086", "86"} {
		if len(d) == len(cc)+11 && strings.HasPrefix(string(d), cc) {
			d = d[len(cc):]
		}
	}
	keepHead := 0
	if len(d) >= 11 {
		keepHead = 3
	}
	for i := keepHead; i < len(d)-4; i++ {
		d[i] = '*'
	}
	if len(d) <= 4 {
		return strings.Repeat("*", len(d))
	}
	return string(d)
}

// MaskName keeps the first character of a name and a star for each of the
// others, at most three, so that a long name gives away neither itself nor
// its length: 张* for 张三, L** for Lee, L*** for Li Lei.
func MaskName(s string) string {
	rs := []rune(strings.TrimSpace(s))
	if len(rs) == 0 {
		return ""
	}
	rest := 0
	for _, r := range rs[1:] {
		if !unicode.IsSpace(r) {
			rest++
		}
	}
	return string(rs[0]) + strings.Repeat("*", min(max(rest, 1), 3))
}

// phoneLike is digits in groups of three or more, one space or dash
// between them: 13812345678, 138 1234 5678, 010-12345678 — not a date
// like 2025-06-02.
var phoneLike = regexp.MustCompile(`\d{3,}(?:[ -]\d{3,})*`)

// MaskDigits masks, as MaskPhone does, every phone-like run of seven
// digits or more in free text; digits that follow a letter are part of a
// code (an order number R2506020001, a serial SN12345678) and stay.
func MaskDigits(s string) string {
	var b strings.Builder
	last := 0
	for _, m := range phoneLike.FindAllStringIndex(s, -1) {
		run := s[m[0]:m[1]]
		digits := strings.Count(run, "") - 1 - strings.Count(run, " ") - strings.Count(run, "-")
		if digits < 7 || m[0] > 0 && isLetter(s[m[0]-1]) {
			continue
		}
		b.WriteString(s[last:m[0]])
		b.WriteString(MaskPhone(run))
		last = m[1]
	}
	b.WriteString(s[last:])
	return b.String()
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
