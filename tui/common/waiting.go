package common

// A shim kept while the desk moves into screen packages: the desk still calls
// common.Waiting; the count itself is a queue rule (queue.WaitingByType), and
// this file goes once the desk calls that.

import "frontdesk/queue"

// Waiting counts the tickets waiting to be called, per service type: see
// queue.WaitingByType.
func Waiting(tickets []queue.Ticket) map[string]int { return queue.WaitingByType(tickets) }
