package search

import (
	"strings"

	"frontdesk/onsite"
	"frontdesk/tui/common"
)

// The on-site requests a search finds (S1, as O6 for orders), under the
// orders: number, state, the customer (company or name), the device and
// when it came in. The selection runs on from the last order into them;
// enter on one opens it on the on-site screen (OpenRequestMsg).

// OpenRequestMsg is enter on a request found: open request ID on the
// on-site screen.
type OpenRequestMsg struct{ ID uint64 }

// requestLines are the requests found as the box draws them, at most h
// lines (their heading first), the selection's row marked.
func (m Model) requestLines(w, h int) []string {
	if len(m.reqs) == 0 || h < 2 {
		return nil
	}
	st, t, loc := m.c.Styles, m.c.Text, m.c.Cfg.Location
	out := []string{st.Muted.Render("  " + t.T("search.requests", len(m.reqs)))}
	for i, r := range m.reqs {
		if len(out) == h {
			break
		}
		who := r.Customer.Name
		if r.Customer.Company != "" {
			who = r.Customer.Company
		}
		cells := []string{
			common.Fit(r.Number, 12),
			common.Fit(t.T("onsite.state."+string(r.State)), 8),
			common.Fit(common.Inert(who), 16),
			common.Fit(common.Inert(strings.TrimSpace(r.Device.Model+" "+r.Device.Serial)), 24),
			r.Received.In(loc).Format("01-02 15:04"),
		}
		line := common.Fit(strings.Join(cells, " "), w-4)
		if len(m.rows)+i == m.sel {
			out = append(out, "▸ "+st.Selected.Render(line))
		} else {
			out = append(out, "  "+line)
		}
	}
	return out
}

// selectedRequest is the request the selection is on, if it is on one.
func (m Model) selectedRequest() (onsite.Request, bool) {
	i := m.sel - len(m.rows)
	if i < 0 || i >= len(m.reqs) {
		return onsite.Request{}, false
	}
	return m.reqs[i], true
}

// results is how many rows the selection moves over: orders, then
// requests (a lost slip's pick is of orders only).
func (m Model) results() int {
	if m.pick {
		return len(m.rows)
	}
	return len(m.rows) + len(m.reqs)
}
