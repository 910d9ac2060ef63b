package store

// Damaged or foreign. A file whose structure fails (bbolt cannot read its
// meta pages, its pages end past its end, a read of it faults, bbolt's
// check finds problems) may be a frontdesk database that the disk damaged
// or another program's file: the first is to be restored from a backup,
// the second to be left alone and --db pointed elsewhere. Records tell
// them apart once they can be read (meta/app, the seals), but a file that
// fails before that is judged by its bytes: the names of frontdesk's
// buckets stand as keys in the root's pages of every one of its files.
// Which page holds which name moves as the schema grows and as bbolt
// splits and reallocates the root, so no fixed name is looked for: any
// few of the distinctive ones, wherever they survive, will do.

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

// oursMarks are bucket names that only frontdesk's files hold (the
// one-word names — meta, events, orders — another program may use too;
// none is a part of another, so that each found is one name).
var oursMarks = [][]byte{
	bucketByDay, bucketByPhoneTail, bucketOrderSeq, bucketByNumber, bucketByClaim,
	bucketBySerial, bucketByName, bucketActive, bucketHeads,
	bucketStaffKeys, bucketStaffPINs, bucketPINTries, bucketApprovalsPending,
	bucketBySequence, bucketByDealer, bucketPickupTries,
	bucketOutboxDue, bucketOutboxToCall, bucketOutboxSubject, bucketOutboxKeys, bucketTicketPhones,
	bucketRatingsBy, bucketRatingDue, bucketFollowUpsOpen,
	bucketReqByNumber, bucketReqByPhoneTail, bucketReqByName,
	bucketReqBySerial, bucketReqByCompany, bucketReqOpen, bucketReqSeq, bucketHotlineOpen,
}

// oursEnough is how many of oursMarks make a file ours: more than one, so
// that a stray name in another program's data does not.
const oursEnough = 3

// oursChunk is how much of the file ours reads at a time.
const oursChunk = 1 << 20

// oursOverlap is how many bytes each read keeps of the last, so that a
// name across the end of a read is still found.
func oursOverlap() int {
	n := 0
	for _, m := range oursMarks {
		n = max(n, len(m)-1)
	}
	return n
}

// ours reports whether the file at path holds the names of frontdesk's
// buckets. It reads the whole file, a chunk at a time: it runs only on the
// way to an error.
func ours(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	overlap := oursOverlap()
	buf := make([]byte, overlap+oursChunk)
	seen := make([]bool, len(oursMarks))
	kept := 0
	for {
		n, err := io.ReadFull(f, buf[kept:])
		data := buf[:kept+n]
		found := 0
		for i, m := range oursMarks {
			seen[i] = seen[i] || bytes.Contains(data, m)
			if seen[i] {
				found++
			}
		}
		if found >= oursEnough {
			return true
		}
		if err != nil {
			return false
		}
		kept = copy(buf, data[len(data)-overlap:])
	}
}
