// Package approvals is a supervisor's desk screen of the requests waiting
// for a supervisor (P1, issue 17): a lost-slip pickup whose identity check
// a desk has done. The queue screen's v opens it in a supervisor's session
// only (common.Common.Person); the list comes with every snapshot
// (store.Snapshot.Approvals), so it follows the change feed. enter opens a
// request — the order, the ID's type and last 4, who asked at which
// counter and when —, y approves it and n refuses it (store.Approve, as
// the session's supervisor), esc goes back to the list and from there to
// the queue. "Approved" is said only after the commit returned.
//
// It sends the root BackMsg (show the queue) and parts.StatusMsg (Say).
//
// Files: model.go (the model, its keys and Update), view.go.
package approvals
