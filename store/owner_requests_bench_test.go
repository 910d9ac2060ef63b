package store_test

import (
	"testing"

	"frontdesk/store"
)

// BenchmarkClientRequestsByPhone1M is BenchmarkRequestsByPhone1M through a
// client: the hotline and the desk asking the owner about a caller's
// phone, each lookup a request to it, beside the orders of the same
// phones.
//
//	go test -run '^$' -bench ClientRequestsByPhone1M -benchtime 1000x -count 3 ./store
func BenchmarkClientRequestsByPhone1M(b *testing.B) {
	n := store.BenchOrders(b)
	st, connect := serve(b, store.BenchDB(b, n), nil)
	store.BenchPhones(b, connect(), store.RequestPhones(b, st, 200))
}
