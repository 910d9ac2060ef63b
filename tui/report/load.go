package report

import (
	"time"

	"frontdesk/onsite"
	"frontdesk/queue"
	"frontdesk/repair"
	rpt "frontdesk/report"
	"frontdesk/store"
)

// Load computes the report of period p from the store, made at now,
// through the store's period readers: a page at a time, each its own short
// transaction, so that the desks go on saving while a year is read. It
// reads the period's events and tickets; the orders received in it and
// rpt.Lookback before; the orders the events name that were received
// earlier still; the orders on the board received earlier still, which
// may be overdue; and the on-site requests, judged with ocfg (S8).
func Load(st store.Station, cfg queue.Config, ocfg onsite.Config, p rpt.Period, now time.Time) (rpt.Report, error) {
	b := rpt.NewBuilder(cfg, p, now)
	start, end := p.Start(), p.End()
	err := st.EventsBetween(start, end, func(es []store.Event) error {
		b.AddEvents(es)
		return nil
	})
	if err == nil {
		err = st.TicketsOfDays(p.First, p.Last, func(ts []queue.Ticket) error {
			b.AddTickets(ts)
			return nil
		})
	}
	add := func(os []repair.Order) error {
		b.AddOrders(os)
		return nil
	}
	from := start.Add(-rpt.Lookback)
	if err == nil {
		err = st.OrdersReceived(from, end, add)
	}
	if missing := b.Missing(); err == nil && len(missing) > 0 {
		err = st.OrdersNumbered(missing, add)
	}
	var heads []repair.Head
	if err == nil {
		heads, err = st.Board()
	}
	var older []uint64
	for _, h := range heads {
		if h.Received.Before(from) {
			older = append(older, h.ID)
		}
	}
	if err == nil && len(older) > 0 {
		err = st.OrdersWithIDs(older, add)
	}
	if err == nil {
		err = loadRequests(st, b, ocfg, from, end)
	}
	if err != nil {
		return rpt.Report{}, err
	}
	return b.Report(), nil
}

// loadRequests adds the on-site requests received from from to end and
// those still open, received earlier: a request's visit or close in the
// period counts whenever it came in. A request received earlier and
// closed in the period is within rpt.Lookback, as the station's requests
// are closed within days.
func loadRequests(st store.Station, b *rpt.Builder, ocfg onsite.Config, from, end time.Time) error {
	err := st.RequestsReceived(from, end, func(rs []onsite.Request) error {
		b.AddRequests(rs, ocfg)
		return nil
	})
	if err != nil {
		return err
	}
	open, err := st.OpenRequests()
	if err == nil {
		b.AddRequests(open, ocfg)
	}
	return err
}
