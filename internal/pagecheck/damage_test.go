package pagecheck

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"testing"
	"time"
)

// damageSeeds is how many damaged copies TestRandomDamage tries;
// PAGECHECK_SEEDS sets another number.
func damageSeeds(t *testing.T) int {
	if s := os.Getenv("PAGECHECK_SEEDS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			t.Fatalf("PAGECHECK_SEEDS=%q: want a count", s)
		}
		return n
	}
	if testing.Short() {
		return 100
	}
	return 1000
}

// damaged is one damaged copy, what Walk and bbolt made of it.
type damaged struct {
	seed       uint64
	off, n     int
	walkOK     bool
	walkFirst  string
	bbolt      bboltVerdict
	bboltFirst string
}

// TestRandomDamage overwrites a run of 1 to 64 random bytes at a random
// place past the meta pages (below the high-water mark: the file's tail is
// unused) of copies of real files, many times. Walk must never fail nor
// take more than its bound in time and memory, and where Walk calls a copy
// OK, bbolt's own check, in a child process, must find nothing and not
// fault.
func TestRandomDamage(t *testing.T) {
	dir := t.TempDir()
	var originals [2][]byte
	for i, s := range []shape{smallShape, bigShape} {
		path := filepath.Join(dir, fmt.Sprintf("sound-%d", i))
		buildDB(t, path, s)
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		originals[i] = data
	}
	seeds := damageSeeds(t)
	results := make([]damaged, seeds)
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range 2 {
		wg.Go(func() {
			for i := range jobs {
				path := filepath.Join(dir, fmt.Sprintf("copy-%d", i))
				results[i].bbolt, results[i].bboltFirst = runBboltCheck(path)
				os.Remove(path)
			}
		})
	}
	for i := range seeds {
		orig := originals[i%2]
		d := damageCopy(uint64(i), orig)
		path := filepath.Join(dir, fmt.Sprintf("copy-%d", i))
		if err := os.WriteFile(path, d.data, 0o600); err != nil {
			t.Fatal(err)
		}
		rep := walkBounded(t, path, int64(len(d.data)))
		results[i] = damaged{seed: uint64(i), off: d.off, n: d.n, walkOK: rep.OK()}
		if !rep.OK() {
			results[i].walkFirst = rep.Damage[0].String()
		}
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	tallyDamage(t, results)
}

// damageCopy returns a copy of orig with a run of random bytes written
// over it, as seed picks.
func damageCopy(seed uint64, orig []byte) (d struct {
	data   []byte
	off, n int
}) {
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	ps := int(order.Uint32(orig[pageHeaderSize+8:]))
	hwm := int(order.Uint64(orig[pageHeaderSize+40:]))
	d.data = bytes.Clone(orig)
	d.off = 2*ps + rng.IntN(min(hwm*ps, len(orig))-2*ps)
	d.n = min(1+rng.IntN(64), len(orig)-d.off)
	for i := range d.n {
		d.data[d.off+i] = byte(rng.Uint32())
	}
	return d
}

// walkBounded walks the file at path and fails the test if Walk takes
// more than a second or allocates more than three times the file.
func walkBounded(t *testing.T, path string, size int64) Report {
	t.Helper()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	rep := walkFile(t, path, 0)
	took := time.Since(start)
	runtime.ReadMemStats(&after)
	if took > time.Second {
		t.Errorf("%s: Walk took %v", path, took)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > uint64(3*size)+1<<20 {
		t.Errorf("%s: Walk allocated %d bytes for a file of %d", path, alloc, size)
	}
	if len(rep.Damage) > maxDamage || rep.Reached > rep.Pages {
		t.Errorf("%s: report out of bounds: %d damages, %d of %d pages reached", path, len(rep.Damage), rep.Reached, rep.Pages)
	}
	return rep
}

// tallyDamage logs the counts and fails on every copy Walk called OK that
// bbolt did not.
func tallyDamage(t *testing.T, results []damaged) {
	var walkDamage, bothClean, onlyWalk, disagree int
	verdicts := map[bboltVerdict]int{}
	for _, r := range results {
		verdicts[r.bbolt]++
		switch {
		case !r.walkOK && r.bbolt == bboltClean:
			onlyWalk++
		case r.walkOK && r.bbolt == bboltClean:
			bothClean++
		case r.walkOK:
			disagree++
			t.Errorf("seed %d (%d bytes at %d): Walk OK, bbolt %v: %s", r.seed, r.n, r.off, r.bbolt, r.bboltFirst)
		}
		if !r.walkOK {
			walkDamage++
		}
	}
	t.Logf("damages tried %d: Walk damage %d; bbolt clean %d, problems %d, open failed %d, faults %d, crashes %d, timeouts %d",
		len(results), walkDamage, verdicts[bboltClean], verdicts[bboltProblems], verdicts[bboltOpenFail],
		verdicts[bboltFault], verdicts[bboltCrash], verdicts[bboltTimeout])
	t.Logf("both clean %d; Walk damage, bbolt clean %d; Walk OK, bbolt not (must be 0): %d", bothClean, onlyWalk, disagree)
	// One example of each rarer outcome, to read.
	shown := map[string]bool{}
	for _, r := range results {
		kind := r.bbolt.String()
		if !r.walkOK && r.bbolt == bboltClean {
			kind = "Walk damage, bbolt clean"
		}
		if r.bbolt != bboltFault && r.bbolt != bboltTimeout && kind != "Walk damage, bbolt clean" || shown[kind] {
			continue
		}
		shown[kind] = true
		t.Logf("%s: seed %d (%d bytes at %d): bbolt %q; Walk: %s", kind, r.seed, r.n, r.off, r.bboltFirst, r.walkFirst)
	}
}
