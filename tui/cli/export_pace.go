package cli

import (
	"io"
	"os"
)

// An export writes a gigabyte or more beside desks that fsync every save.
// Left to the kernel, its pages pile up dirty until writeback sends them in
// one burst, and a desk's fsync waits behind the burst: saves of 100 to
// 350 ms were measured so (BenchmarkExportBesideDesk1M). A pacedFile hands
// the disk a few megabytes at a time instead, waiting for each to be
// written before it dirties more, the way databases pace their checkpoint
// writes (PostgreSQL's checkpoint_flush_after): a desk's fsync then waits
// behind at most one of them.
type pacedFile struct {
	f       *os.File
	written int64 // bytes written to f
	flushed int64 // of them, the bytes handed to the disk
	waited  int64 // of them, the bytes known to be on it
}

// paceStep is how much an export writes before it hands the disk its
// newest part: small enough to be written in a few milliseconds, large
// enough to cost the export little.
const paceStep = 2 << 20

func (p *pacedFile) Write(b []byte) (int, error) {
	n, err := p.f.Write(b)
	p.written += int64(n)
	if err == nil && p.written-p.flushed >= paceStep {
		err = p.pace()
	}
	return n, err
}

var _ io.Writer = (*pacedFile)(nil)
