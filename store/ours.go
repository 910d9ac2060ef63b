package store

// Damaged or foreign. A file whose structure fails (bbolt cannot read its
// meta pages, its pages end past its end, a read of it faults, bbolt's
// check finds problems) may be a frontdesk database that the disk damaged
// or another program's file: the first is to be restored from a backup,
// the second to be left alone and --db pointed elsewhere. Records tell
// them apart once they can be read (meta/app, the seals), but a file that
// fails before that is judged by its bytes: the names of frontdesk's
// buckets stand as keys in the root page of every one of its files.

import (
	"bytes"
	"io"
	"os"
)

// damagedFile is ErrDamaged for the file's structure rather than a record
// (why one of the whys below, detail what was found): fileError turns it
// into ErrNotDatabase when the file is not ours.
func damagedFile(why, detail string) error {
	return &PathError{Err: ErrDamaged, Why: &DamageError{Why: why, Detail: detail}}
}

// The whys of damage to the file as a whole; the screens have words for
// each (and for the whys of records, seal.go), and show the detail after.
const (
	whyTruncated    = "truncated"    // shorter than its pages
	whyUnreadable   = "unreadable"   // bbolt cannot read its meta pages
	whyFaulted      = "faulted"      // a read of it faulted or made bbolt panic
	whyStructure    = "structure"    // bbolt's check found problems
	whyInconsistent = "inconsistent" // records each intact, disagreeing
	whyPages        = "pages"        // the page check found problems
)

// oursMarks are bucket names that only frontdesk's files hold.
var oursMarks = [][]byte{bucketByDay, bucketByPhoneTail, bucketOrderSeq}

// ours reports whether the file at path holds the names of frontdesk's
// buckets. It reads the whole file, a chunk at a time: it runs only on the
// way to an error.
func ours(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	const chunk = 1 << 20
	overlap := 0
	for _, m := range oursMarks {
		overlap = max(overlap, len(m)-1)
	}
	buf := make([]byte, overlap+chunk)
	seen := make([]bool, len(oursMarks))
	kept := 0
	for {
		n, err := io.ReadFull(f, buf[kept:])
		data := buf[:kept+n]
		all := true
		for i, m := range oursMarks {
			seen[i] = seen[i] || bytes.Contains(data, m)
			all = all && seen[i]
		}
		if all {
			return true
		}
		if err != nil {
			return false
		}
		kept = copy(buf, data[len(data)-overlap:])
	}
}
