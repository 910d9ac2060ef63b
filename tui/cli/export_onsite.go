package cli

import (
	"strings"

	"frontdesk/onsite"
	"frontdesk/tui/common"
)

// The export's on-site files (R3 with S, H): the requests received in the
// period and the hotline's calls logged in it, a row each, under the rules
// of export_rows.go — the station first, words beside their codes, text
// inert and guarded, names, phones and numbers in notes masked with
// --mask. An address is personal data too: with --mask only its district
// stays (MaskAddress).

var (
	requestSheet = sheet{"requests", append(stationCols[:2:2],
		"export.col.id", "export.col.request", "export.col.state", "export.col.stateCode", "export.col.reqReceived",
		"export.col.answered", "export.col.taker", "export.col.company", "export.col.name", "export.col.position",
		"export.col.phone", "export.col.address", "export.col.model", "export.col.serial", "export.col.fault",
		"export.col.network", "export.col.visitEngineer", "export.col.visitStart", "export.col.visitEnd",
		"export.col.arrived", "export.col.workStarted", "export.col.fixed", "export.col.departed",
		"export.col.found", "export.col.work", "export.col.fee", "export.col.signer",
		"export.col.paidFee", "export.col.paidAccepted", "export.col.guided", "export.col.callBack", "export.col.phoneSolved",
		"export.col.escalatedTo", "export.col.closed", "export.col.s8", "export.col.s8Code",
	)}
	hotlineSheet = sheet{"hotline", append(stationCols[:2:2],
		"export.col.id", "export.col.at", "export.col.direction", "export.col.directionCode", "export.col.phone",
		"export.col.name", "export.col.order", "export.col.request", "export.col.topic", "export.col.result",
		"export.col.resultCode", "export.col.owner", "export.col.closed",
	)}
)

// request is a request's row; its S8 status is the on-site limit's as the
// report judges it (onsite.VisitStatus), empty while no engineer arrived.
func (r rower) request(q onsite.Request) []any {
	c, v, rec := q.Customer, q.Visit, q.Record
	state, stateCode := r.word("onsite.state.", string(q.State))
	var network any
	switch {
	case q.Network:
		network = r.t.T("export.yes")
	case q.NetworkAsked:
		network = r.t.T("export.no")
	}
	var fee, paidFee, accepted any
	if rec.FeeSet || rec.Fee != 0 {
		fee = rec.Fee
	}
	if q.Paid != nil {
		paidFee, accepted = q.Paid.Fee, r.yesNo(q.Paid.Accepted)
	}
	var guided, callBack, solved any
	if g := q.Guidance; g != nil {
		guided, callBack = r.when(g.At), r.when(g.CallBack)
		if !g.Called.IsZero() {
			solved = r.yesNo(g.Solved)
		}
	}
	var s8, s8Code any
	if st, visited := onsite.VisitStatus(q, r.onsite, r.loc); visited {
		s8, s8Code = r.word("export.s8.", string(st))
	}
	return []any{
		r.station, r.stationName, q.ID, text(q.Number), state, stateCode, r.when(q.Received),
		r.when(q.Answered), text(q.Taker), text(c.Company), r.name(c.Name), text(c.Position),
		r.phone(c.Phone), r.address(c.Address), text(q.Device.Model), text(q.Device.Serial), r.free(q.Fault),
		network, text(v.Engineer), r.when(v.Start), r.when(v.End),
		r.when(rec.Arrived), r.when(rec.Started), r.when(rec.Fixed), r.when(rec.Departed),
		r.free(rec.Found), r.free(rec.Done), fee, r.name(rec.Signer),
		paidFee, accepted, guided, callBack, solved,
		text(q.Order), r.when(q.Closed), s8, s8Code,
	}
}

// call is a hotline call's row; an open call's result is the word for
// open, its code empty as stored.
func (r rower) call(c onsite.Call) []any {
	dir, dirCode := r.word("export.dir.", string(c.Direction))
	result, resultCode := r.word("hotline.result.", string(c.Result))
	if c.Result == onsite.ResultOpen {
		result = r.t.T("hotline.result.open")
	}
	return []any{
		r.station, r.stationName, c.ID, r.when(c.At), dir, dirCode, r.phone(c.Phone),
		r.name(c.Customer), text(c.Order), text(c.Request), r.free(c.Topic), result,
		resultCode, text(c.Owner), r.when(c.Closed),
	}
}

func (r rower) yesNo(b bool) string {
	if b {
		return r.t.T("export.yes")
	}
	return r.t.T("export.no")
}

// address is a cell of an address, MaskAddress'd with mask.
func (r rower) address(s string) string {
	s = common.Inert(s)
	if r.mask {
		s = MaskAddress(s)
	}
	return text(s)
}

// districtEnds are the characters that end a part of a Chinese address
// above the street: province, city, district, county.
const districtEnds = "省市区县旗"

// districtMost is how far into an address its district is looked for, in
// characters: a 区 further on is a street's or a building's.
const districtMost = 12

// MaskAddress keeps of an address only where it is, not who lives there:
// the province, city and district it begins with, up to the first 区 or
// 县 (旗), then "***" — 北京市海淀区*** for 北京市海淀区中关村大街 1 号 5 层,
// 江苏省昆山市*** for 江苏省昆山市玉山镇人民路 8 号. An address that does not
// begin so (a street first, or in English) is "***" whole; an empty one
// stays empty. A 区 near the start is taken for the district whatever it
// is: 张江高科技园区*** (an area, still no one's door).
func MaskAddress(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	keep := 0
	for i, c := range []rune(s) {
		if i >= districtMost || c >= '0' && c <= '9' || c == ' ' {
			break
		}
		if strings.ContainsRune(districtEnds, c) {
			keep = i + 1
			if c == '区' || c == '县' || c == '旗' {
				break
			}
		}
	}
	return string([]rune(s)[:keep]) + "***"
}

// onsiteConfig is cfg, or the default limits when it has none (an Env
// made without the station's configuration).
func onsiteConfig(cfg onsite.Config) onsite.Config {
	if cfg.OnSite == 0 {
		return onsite.DefaultConfig()
	}
	return cfg
}
