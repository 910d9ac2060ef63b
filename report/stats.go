package report

import (
	"encoding/json"
	"slices"
	"time"
)

// Stat summarises a set of durations: how many, their mean, the median and
// the 90th percentile (nearest-rank, see the package doc) and the longest.
type Stat struct {
	N      int
	Mean   time.Duration
	Median time.Duration
	P90    time.Duration
	Max    time.Duration
}

// Summarize computes the Stat of samples; it sorts them in place.
func Summarize(samples []time.Duration) Stat {
	if len(samples) == 0 {
		return Stat{}
	}
	slices.Sort(samples)
	var sum time.Duration
	for _, d := range samples {
		sum += d
	}
	return Stat{
		N: len(samples), Mean: sum / time.Duration(len(samples)),
		Median: Percentile(samples, 50), P90: Percentile(samples, 90), Max: samples[len(samples)-1],
	}
}

// Percentile is the p-th percentile (0 < p ≤ 100) of sorted samples by the
// nearest-rank method: the k-th smallest, k = ⌈p·n/100⌉, at least 1. Zero
// when there are none.
func Percentile(sorted []time.Duration, p int) time.Duration {
	n := len(sorted)
	if n == 0 {
		return 0
	}
	k := (p*n + 99) / 100 // ⌈p·n/100⌉ in integers
	return sorted[min(max(k, 1), n)-1]
}

// MarshalJSON writes the durations in whole seconds, which is what a
// spreadsheet or a script at the head office wants.
func (s Stat) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		N       int   `json:"n"`
		MeanS   int64 `json:"mean_seconds"`
		MedianS int64 `json:"median_seconds"`
		P90S    int64 `json:"p90_seconds"`
		MaxS    int64 `json:"max_seconds"`
	}{s.N, seconds(s.Mean), seconds(s.Median), seconds(s.P90), seconds(s.Max)})
}

// UnmarshalJSON reads what MarshalJSON wrote.
func (s *Stat) UnmarshalJSON(b []byte) error {
	var v struct {
		N       int   `json:"n"`
		MeanS   int64 `json:"mean_seconds"`
		MedianS int64 `json:"median_seconds"`
		P90S    int64 `json:"p90_seconds"`
		MaxS    int64 `json:"max_seconds"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	sec := func(n int64) time.Duration { return time.Duration(n) * time.Second }
	*s = Stat{N: v.N, Mean: sec(v.MeanS), Median: sec(v.MedianS), P90: sec(v.P90S), Max: sec(v.MaxS)}
	return nil
}

func seconds(d time.Duration) int64 { return int64(d / time.Second) }
