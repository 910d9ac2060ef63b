package gatewaytest

import (
	"fmt"
	"time"
)

// WaitOncePerKey waits up to within for n deliveries, then says whether
// there are exactly n, one per key, and no POST was badly signed.
func (s *Server) WaitOncePerKey(n int, within time.Duration) error {
	for deadline := time.Now().Add(within); len(s.Deliveries()) < n && time.Now().Before(deadline); {
		time.Sleep(20 * time.Millisecond)
	}
	got := s.Deliveries()
	keys := map[string]bool{}
	for _, d := range got {
		keys[d.Key] = true
	}
	if len(keys) != n || len(got) != n {
		return fmt.Errorf("%d deliveries of %d keys, want %d, each once", len(got), len(keys), n)
	}
	if bad := s.BadSignatures(); bad != 0 {
		return fmt.Errorf("%d badly signed POSTs", bad)
	}
	return nil
}
