package report

import (
	"time"

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
// earlier still; and the orders on the board received earlier still, which
// may be overdue.
func Load(st store.Station, cfg queue.Config, p rpt.Period, now time.Time) (rpt.Report, error) {
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
	if err != nil {
		return rpt.Report{}, err
	}
	return b.Report(), nil
}
