package cli

import (
	"cmp"
	"strings"

	"charm.land/lipgloss/v2"

	"frontdesk/repair"
	"frontdesk/tui/common"
)

// ExitError ends a command with Code, after Msg (in the user's language,
// said as it is, on stderr): a search that found nothing is 1, a command
// called wrongly 2.
type ExitError struct {
	Code int
	Msg  string
}

func (e *ExitError) Error() string { return e.Msg }

// Find prints the orders a query finds, newest first (O6), as the desk's
// search box finds them: number, state, name, phone, device and when it was
// received — the desk is staff, so the phone is shown whole — then the
// on-site requests it finds, the same way; or with --json the orders
// themselves, whole, an array (the requests are in the export). Nothing found is an
// ExitError 1; found orders the disk damaged are the store's ErrDamaged,
// after the intact ones.
func Find(e Env, query string, limit int) error {
	if strings.TrimSpace(query) == "" {
		return &ExitError{Code: 2, Msg: e.Text.T("cli.find.usage")}
	}
	res, err := e.Store.Search(query, limit)
	if err != nil {
		return err
	}
	damaged := res.Err(e.Store.Path()) // after what is intact: the command fails with it
	if len(res.Heads) == 0 && len(res.Requests) == 0 && damaged != nil {
		return damaged
	}
	if len(res.Heads) == 0 && (e.JSON || len(res.Requests) == 0) {
		if e.JSON {
			if err := e.print([]repair.Order{}, ""); err != nil {
				return err
			}
		}
		return &ExitError{Code: 1, Msg: e.Text.T("cli.find.none", common.Inert(query))}
	}
	if e.JSON {
		orders, err := wholeOrders(e, res.Heads)
		if err != nil {
			return err
		}
		return cmp.Or(e.print(orders, ""), damaged)
	}
	loc := e.Store.Config().Location
	var lines []string
	if len(res.Heads) > 0 {
		rows := make([][]string, len(res.Heads))
		for i, h := range res.Heads {
			rows[i] = []string{
				h.Number, e.Text.T("order.state." + string(h.State)), h.Name, h.Phone,
				h.Device, h.Received.In(loc).Format("2006-01-02 15:04"),
			}
		}
		lines = append(lines, e.Text.T("cli.find.head", len(res.Heads)))
		lines = append(lines, columns(rows)...)
		switch {
		case res.AtLeast:
			lines = append(lines, e.Text.T("cli.find.moreAtLeast", res.More))
		case res.More > 0:
			lines = append(lines, e.Text.T("cli.find.more", res.More))
		}
	}
	if len(res.Requests) > 0 {
		rows := make([][]string, len(res.Requests))
		for i, r := range res.Requests {
			who := r.Customer.Name
			if r.Customer.Company != "" {
				who = r.Customer.Company + " " + who
			}
			rows[i] = []string{
				r.Number, e.Text.T("onsite.state." + string(r.State)), who, r.Customer.Phone,
				strings.TrimSpace(r.Device.Model + " " + r.Device.Serial), r.Received.In(loc).Format("2006-01-02 15:04"),
			}
		}
		lines = append(lines, e.Text.T("cli.find.requests", len(res.Requests)))
		lines = append(lines, columns(rows)...)
	}
	return cmp.Or(e.print(nil, strings.Join(lines, "\n")), damaged)
}

// wholeOrders reads the orders of heads, in their order.
func wholeOrders(e Env, heads []repair.Head) ([]repair.Order, error) {
	ids := make([]uint64, len(heads))
	for i, h := range heads {
		ids[i] = h.ID
	}
	orders := make([]repair.Order, 0, len(ids))
	err := e.Store.OrdersWithIDs(ids, func(page []repair.Order) error {
		orders = append(orders, page...)
		return nil
	})
	return orders, err
}

// columns lines up rows of text from outside, made inert, in columns as
// wide as their widest cell in terminal cells (a Chinese character is two).
func columns(rows [][]string) []string {
	var widths []int
	for _, r := range rows {
		for i, cell := range r {
			r[i] = common.Inert(cell)
			if i == len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], lipgloss.Width(r[i]))
		}
	}
	out := make([]string, len(rows))
	for j, r := range rows {
		var b strings.Builder
		for i, cell := range r {
			b.WriteString(cell)
			if i < len(r)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-lipgloss.Width(cell)+2))
			}
		}
		out[j] = "  " + b.String()
	}
	return out
}
