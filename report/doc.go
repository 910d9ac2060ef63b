// Package report computes the station's reports (DOMAIN.md R1, R2) from the
// tickets, repair orders and events of a period: tickets per service type,
// their wait, walk, service and total times, no-shows and arrivals per hour;
// the same per counter and per engineer; repair orders received, made ready,
// collected and overdue with their turnaround; golden-key inspection
// failures (G3); return-visit outcomes (P5); and recurring faults by model.
//
// It is pure, like packages queue and repair: no I/O and no clock of its
// own. It reads the store's types (store.Event) but never a database: the
// caller reads the period in chunks (store's TicketsOfDays, EventsBetween,
// OrdersReceived, …) and hands every page to a Builder, which keeps only
// what the figures need, so that a year of a busy station is not held in
// memory. Compute is the same for data already in hand.
//
// # Percentiles
//
// Every time figure (Stat) gives the count, mean, median, 90th percentile
// and the longest of its samples. Percentiles are nearest-rank: of n samples
// sorted ascending x₁ ≤ … ≤ xₙ, the p-th percentile is x_k with
// k = ⌈p·n/100⌉ (and k = 1 when that is 0). The median is the 50th
// percentile, so of an even number of samples it is the lower of the two
// middle ones — always a time that really occurred, never an average of
// two. With no samples every figure is zero and N says so.
//
// # Which tickets and orders count
//
// A period is a run of whole station-local days (Period). Its tickets are
// those issued on its days, counted under the type they ended in (after a
// transfer). Wait is counted for every ticket that was called, walk for
// every ticket whose customer came to the counter, service and total for
// every finished ticket (queue.Ticket.Measure). A no-show is a ticket that
// ended as one, or one with a no-show event in the period (a no-show who
// came back and was served still missed their call). A ticket's engineer is
// the one who finished it (the Who of its finish event), else who last
// started or called it.
//
// An order counts as received when it was received in the period; made
// ready (finished) when a step of its history moved it to ready in the
// period (once per order, the first such step); collected when it was
// picked up in the period; cancelled or returned alike. Turnaround
// received→ready is measured for the orders made ready in the period,
// ready→collected (from the last ready before the pickup) and
// received→collected for those collected in it. An order is overdue when,
// at the report's end (or now, for a period not over yet), it is still
// open — not ready, not closed — past its promised time, or when it was
// made ready in the period after its promised time; each order counts once.
// Inspection failures are the steps ready → repairing in the period (what
// repair.FailInspection records); return visits the StepVisit steps in the
// period, reached or not, with the satisfaction of those reached.
//
// Recurring faults (R2) are the models of the orders received in the
// period, ranked by comebacks — orders of a device that had been here
// before (repair.Order.Previous not empty, O7) — then by orders.
//
// Orders reach the Builder from the store by received date, and milestones
// come from each order's own history; the caller also hands it the orders
// that the period's events name and those still on the board, so that an
// order received long before the period is counted when it is collected in
// it (see tui/report's Load, and Lookback).
package report
