// The claim slip, the device's tag and the kiosk's ticket as ESC/POS
// streams for a thermal receipt printer.

package slip

import (
	"strings"
	"time"

	"frontdesk/config"
	"frontdesk/queue"
	"frontdesk/repair"
	"frontdesk/tui/common"
	"frontdesk/tui/i18n"
	"frontdesk/tui/slip/escpos"
)

// POS is how the station's ESC/POS printer is set up.
type POS struct {
	Width int // columns: 32 (58 mm) or 48 (80 mm)
	Page  escpos.CodePage
	Cut   escpos.Cut
}

// POSOf is the printer of the configuration's [print].
func POSOf(p config.Print) POS {
	return POS{Width: p.Width, Page: escpos.CodePage(p.CodePage), Cut: escpos.Cut(p.Cut)}
}

// ClaimESCPOS is what the printer gets after an intake: the claim slip,
// cut, then the tag for the device, cut.
func ClaimESCPOS(o repair.Order, cfg repair.Config, st config.Station, t i18n.Catalog, pos POS, loc *time.Location) []byte {
	return append(SlipESCPOS(o, cfg, st, t, pos, loc), TagESCPOS(o, st, t, pos, loc)...)
}

// SlipESCPOS is the claim slip (I13): the text slip's lines, with the order
// number in large bold type, as a QR code and as a Code 128 barcode where
// the text slip has it in block letters.
func SlipESCPOS(o repair.Order, cfg repair.Config, st config.Station, t i18n.Catalog, pos POS, loc *time.Location) []byte {
	s := layout(o, cfg, st, t, pos.Width, loc, true)
	d := escpos.New(pos.Page, pos.Width)
	for _, l := range s.lines[:s.numberAt] {
		d.Line(l)
	}
	number := strings.TrimSpace(common.Inert(o.Number))
	codes(d, number, true)
	for _, l := range s.lines[s.numberAt:] {
		d.Line(l)
	}
	d.End(pos.Cut)
	return d.Bytes()
}

// TagESCPOS is the tag stuck on the device (I13, P2): the order number
// large and as a barcode for the engineers' scanner, and of the customer
// only the initial and the phone's last four digits, the two things the
// desk matches at pickup; the tag stays with the device, in sight of others.
func TagESCPOS(o repair.Order, st config.Station, t i18n.Catalog, pos POS, loc *time.Location) []byte {
	if loc == nil {
		loc = time.Local
	}
	d := escpos.New(pos.Page, pos.Width)
	d.Align(escpos.Center)
	d.Line(t.T("tag.title"))
	codes(d, strings.TrimSpace(common.Inert(o.Number)), false)
	d.Align(escpos.Center)
	d.Line(t.T("tag.customer", initial(o.Intake.Name), lastDigits(o.Intake.Phone, 4)))
	d.Line(t.T("tag.received", o.Received.In(loc).Format("2006-01-02 15:04")))
	d.Align(escpos.Left)
	d.End(pos.Cut)
	return d.Bytes()
}

// TicketESCPOS is the kiosk's ticket (Q1): the number large, the service,
// how many are ahead and the wait, when it was taken; the kiosk prints it
// on its ticket printer ([print] ticket).
func TicketESCPOS(tk queue.Ticket, service string, est queue.Estimate, st config.Station, t i18n.Catalog, pos POS, loc *time.Location) []byte {
	if loc == nil {
		loc = time.Local
	}
	d := escpos.New(pos.Page, pos.Width)
	d.Align(escpos.Center)
	if name := strings.TrimSpace(common.Inert(st.Name)); name != "" {
		d.Line(name)
	}
	d.Line(t.T("kiosk.yourNumber"))
	number := strings.TrimSpace(common.Inert(tk.Number))
	d.Bold(true)
	d.Size(3, 3)
	if len(number)*3 > pos.Width {
		d.Size(2, 2)
	}
	d.Line(number)
	d.Size(1, 1)
	d.Bold(false)
	d.Line(common.Inert(service))
	d.Feed(1)
	minutes := t.T("minutes", int(est.Wait/time.Minute))
	var wait string
	switch {
	case est.Straight:
		wait = t.T("kiosk.straight")
	case est.Ahead == 0:
		wait = t.T("kiosk.next", minutes)
	default:
		wait = t.T("kiosk.ahead", est.Ahead, minutes)
	}
	for _, l := range common.Wrap(wait, pos.Width) {
		d.Line(l)
	}
	d.Line(t.T("ticket.taken", tk.IssuedAt.In(loc).Format("2006-01-02 15:04")))
	d.Align(escpos.Left)
	for _, l := range common.Wrap(t.T("kiosk.watch"), pos.Width) {
		d.Line(l)
	}
	d.End(pos.Cut)
	return d.Bytes()
}

// codes prints an order number centred: in double-size bold when it fits,
// then as a Code 128 barcode, and on the slip as a QR code, which a phone
// reads too. A number the barcode cannot carry is printed as text only.
func codes(d *escpos.Doc, number string, qr bool) {
	if number == "" {
		return
	}
	d.Align(escpos.Center)
	d.Bold(true)
	if len(number)*2 <= d.Dots()/escpos.DotsPerColumn {
		d.Size(2, 2)
	}
	d.Line(number)
	d.Size(1, 1)
	d.Bold(false)
	if qr {
		_ = d.QR(number) // too long for a code: the number above is enough
	}
	_ = d.Code128(number)
	d.Align(escpos.Left)
}

// initial is the first character of a name: the surname of a Chinese one.
func initial(name string) string {
	c := common.Clusters(strings.TrimSpace(common.Inert(name)))
	if len(c) == 0 {
		return "-"
	}
	return c[0]
}

// lastDigits is the last n digits of a phone number, "-" without any.
func lastDigits(phone string, n int) string {
	var d []rune
	for _, r := range phone {
		if r >= '0' && r <= '9' {
			d = append(d, r)
		}
	}
	if len(d) == 0 {
		return "-"
	}
	return string(d[max(0, len(d)-n):])
}
