package cli

import (
	"errors"
	"fmt"
	"math"
	"time"

	"frontdesk/demo"
	"frontdesk/repair"
)

// demoBatch is how many orders one BulkOrders transaction stores: a few
// seconds of holding the file each, not one transaction of minutes.
const demoBatch = 20_000

// demoOrders is what demoHistory made, as the demo's JSON says it.
type demoOrders struct {
	Orders  int     `json:"orders,omitempty"`
	Open    int     `json:"open_orders,omitempty"`
	Seconds float64 `json:"seconds,omitempty"` // generating, storing and compacting them
}

// demoHistory stores n made-up repair orders received over the three years
// before now, then compacts the file (store.Compact: the batches leave
// their old pages behind). Only on a database without orders: made-up
// orders cannot be told from real ones, nor taken out again, and their
// numbers would collide with the station's own.
func demoHistory(e Env, now time.Time, n int) (demoOrders, error) {
	last, err := e.Store.LastOrderID()
	switch {
	case err != nil:
		return demoOrders{}, err
	case last > 0:
		return demoOrders{}, errors.New(e.Text.T("cli.demo.hasOrders", last))
	}
	start := time.Now()
	opts := demo.Options{Orders: n, Now: now, Loc: e.Store.Config().Location, Seed: 2026}
	batch := make([]repair.Order, 0, min(n, demoBatch))
	stored := 0
	for o := range demo.Orders(opts) {
		if batch = append(batch, o); len(batch) < demoBatch && stored+len(batch) < n {
			continue
		}
		if err := e.Store.BulkOrders(batch); err != nil {
			return demoOrders{}, err
		}
		stored += len(batch)
		batch = batch[:0]
		if !e.JSON && n >= 10*demoBatch && stored%(5*demoBatch) == 0 {
			fmt.Fprintln(e.Out, e.Text.T("cli.demo.progress", stored, n, int(time.Since(start).Seconds())))
		}
	}
	if _, err := e.Store.Compact(); err != nil {
		return demoOrders{}, err
	}
	open := demo.DefaultOpen(n)
	return demoOrders{Orders: n, Open: open, Seconds: math.Round(time.Since(start).Seconds()*10) / 10}, nil
}
