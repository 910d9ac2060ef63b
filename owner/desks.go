package owner

// Which desk has which counter open is in the store (store/desks.go); the
// owner knows which connections each desk opened it on, and frees the
// desk's counter when the last of them ends — a desk's link that broke
// while its new one is already up leaves the counter to the new one.

// opOpenDesk is the operation that opens a counter at a desk.
const opOpenDesk = "OpenDesk"

// opSnapshot is the screens' read after every commit (snapshots.go).
const opSnapshot = "Snapshot"

// seated records that c opened a counter for the desk of token desk.
func (o *Owner) seated(c *conn, desk string) {
	if desk == "" {
		return
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.desks == nil {
		o.desks = map[string]map[*conn]bool{}
	}
	if o.desks[desk] == nil {
		o.desks[desk] = map[*conn]bool{}
	}
	o.desks[desk][c] = true
}

// leave is c ended: it is forgotten as a program, and the counters of
// every desk that has no connection left are freed.
func (o *Owner) leave(c *conn) {
	var gone []string
	o.mu.Lock()
	delete(o.programs, c)
	for desk, conns := range o.desks {
		if conns[c] {
			delete(conns, c)
			if len(conns) == 0 {
				delete(o.desks, desk)
				gone = append(gone, desk)
			}
		}
	}
	o.mu.Unlock()
	for _, desk := range gone {
		_ = o.st.LeaveDesk(desk) // the file refused: the next owner frees it at its start
	}
}
