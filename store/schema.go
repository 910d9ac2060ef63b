package store

import (
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// The buckets and meta keys of the layout drawn in doc.go.
var (
	bucketMeta    = []byte("meta")
	bucketTickets = []byte("tickets")
	bucketByDay   = []byte("tickets_by_day")
	bucketSeq     = []byte("seq")
	bucketOpen    = []byte("open")
	bucketCounter = []byte("counters")
	bucketEvents  = []byte("events")
	bucketCalls   = []byte("calls")

	bucketOrders   = []byte("orders")
	bucketByNumber = []byte("orders_by_number")
	bucketByClaim  = []byte("orders_by_claim")
	bucketByPhone  = []byte("orders_by_phone")
	bucketBySerial = []byte("orders_by_serial")
	bucketByName   = []byte("orders_by_name")
	bucketOrderSeq = []byte("order_seq")
	bucketDrafts   = []byte("drafts")

	bucketByPhoneTail = []byte("orders_by_phone_tail")
	bucketActive      = []byte("orders_active")

	bucketHeads = []byte("order_heads")

	bucketStaff     = []byte("staff")      // name → staff.Member (staff.go)
	bucketStaffKeys = []byte("staff_keys") // key fingerprint → name

	bucketStaffPINs        = []byte("staff_pins")        // name → staff.PIN (pins.go)
	bucketPINTries         = []byte("pin_tries")         // wrong PINs of the lockout window
	bucketApprovals        = []byte("approvals")         // id → Approval (approvals.go)
	bucketApprovalsPending = []byte("approvals_pending") // the pending ones' ids

	bucketBySequence = []byte("orders_by_sequence")
	bucketByDealer   = []byte("orders_by_dealer")

	keyApp    = []byte("app")
	keySchema = []byte("schema")
	keyRev    = []byte("rev")
	keyBoard  = []byte("board") // version 4 only: dropped by migration 5
)

// appName in meta/app tells a frontdesk database from any other bbolt file.
const appName = "frontdesk"

// A migration brings the database from the version before it to its own.
type migration struct {
	name string
	up   func(tx *bolt.Tx) error
}

// migrations, in order: migrations[i] takes a database from version i to
// version i+1. Append only; never edit one that has shipped, as files written
// by it exist. Each gets a test that opens a file of the version before it.
var migrations = []migration{
	{"queue buckets", createBuckets(bucketTickets, bucketByDay, bucketSeq, bucketOpen,
		bucketCounter, bucketEvents, bucketCalls)},
	{"repair orders", createBuckets(bucketOrders, bucketByNumber, bucketByClaim, bucketByPhone,
		bucketBySerial, bucketByName, bucketOrderSeq, bucketDrafts)},
	{"order board", migrateBoard},
	{"order heads", migrateHeads},
	{"board token dropped", migrateDropBoardToken},
	{"orders by sequence and dealer", migrateSequenceDealer},
	{"records sealed", migrateSeal},
	{"staff", createBuckets(bucketStaff, bucketStaffKeys)},
	{"supervisors' approvals and PINs", createBuckets(bucketStaffPINs, bucketPINTries, bucketApprovals, bucketApprovalsPending)},
	{"on-site requests and the hotline", createBuckets(bucketRequests, bucketReqByNumber, bucketReqByPhone,
		bucketReqByPhoneTail, bucketReqByName, bucketReqBySerial, bucketReqByCompany, bucketReqOpen,
		bucketReqSeq, bucketHotline, bucketHotlineOpen)},
	{"text messages and ratings", createBuckets(bucketOutbox, bucketOutboxDue, bucketOutboxToCall,
		bucketOutboxSubject, bucketOutboxKeys, bucketTicketPhones,
		bucketRatings, bucketRatingsBy, bucketRatingDue, bucketFollowUps, bucketFollowUpsOpen)},
}

// schemaVersion is the layout this binary reads and writes.
var schemaVersion = len(migrations)

// SchemaVersion is the layout this binary reads and writes: the version
// Open brings a file to.
func SchemaVersion() int { return schemaVersion }

func createBuckets(names ...[]byte) func(*bolt.Tx) error {
	return func(tx *bolt.Tx) error {
		for _, name := range names {
			if _, err := tx.CreateBucketIfNotExists(name); err != nil {
				return err
			}
		}
		return nil
	}
}

// schemaOf reads the schema version. A bbolt file without any bucket is
// version 0, a database that was just created; one with buckets but not our
// meta is some other program's file and is left alone.
func schemaOf(tx *bolt.Tx) (int, error) {
	meta := tx.Bucket(bucketMeta)
	if meta == nil {
		empty := true
		_ = tx.ForEach(func([]byte, *bolt.Bucket) error { empty = false; return nil }) // raw: buckets only
		if !empty {
			return 0, notDatabase("a bbolt file of another program")
		}
		return 0, nil
	}
	if string(meta.Get(keyApp)) != appName { // raw: never sealed
		return 0, notDatabase("a bbolt file of another program")
	}
	raw := meta.Get(keySchema) // raw: sealed from version 7 on, read both ways
	if raw == nil {
		return 0, nil // meta made, no migration committed with it yet
	}
	v, ok := readU64(raw)
	if ok && v >= sealedSchema || !ok && len(raw) != 8+sealSize {
		return 0, damaged(bucketMeta, keySchema, "not a schema version")
	}
	if !ok {
		value, err := unseal(bucketMeta, keySchema, raw)
		if err != nil {
			return 0, err
		}
		if v, ok = readU64(value); !ok || v < sealedSchema || v > 1<<20 {
			return 0, damaged(bucketMeta, keySchema, "not a schema version")
		}
	}
	return int(v), nil
}

// checkSchema refuses to work on a file that is not at this binary's
// version: a newer frontdesk may have migrated it while we were running.
func checkSchema(tx *bolt.Tx) error {
	v, err := schemaOf(tx)
	switch {
	case err != nil:
		return err
	case v > schemaVersion:
		return newerSchema(v)
	case v < schemaVersion:
		return notDatabase(fmt.Sprintf("schema %d was not migrated to %d", v, schemaVersion))
	}
	return nil
}

func newerSchema(v int) error {
	return fileErr(ErrNewerSchema, fmt.Sprintf("schema %d, this frontdesk knows up to %d", v, schemaVersion))
}

// migrate applies, in one transaction, the migrations the file has not had.
func migrate(tx *bolt.Tx) error {
	return migrateTo(tx, schemaVersion)
}

// migrateTo brings the file to version target; tests use it to write the
// files of earlier versions.
func migrateTo(tx *bolt.Tx, target int) error {
	v, err := schemaOf(tx)
	if err != nil {
		return err
	}
	if v > schemaVersion {
		return newerSchema(v)
	}
	meta, err := tx.CreateBucketIfNotExists(bucketMeta)
	if err != nil {
		return err
	}
	if err := meta.Put(keyApp, []byte(appName)); err != nil { // raw: never sealed
		return err
	}
	for ; v < target; v++ {
		if err := migrations[v].up(tx); err != nil {
			return fmt.Errorf("migration %d (%s): %w", v+1, migrations[v].name, err)
		}
		if err := putSchema(meta, v+1); err != nil {
			return err
		}
	}
	return nil
}

// putSchema records version v in meta: sealed from version 7 on, as every
// value is then.
func putSchema(meta *bolt.Bucket, v int) error {
	if v < sealedSchema {
		return meta.Put(keySchema, u64(uint64(v))) // raw: before the seals
	}
	return table{b: meta, name: bucketMeta}.put(keySchema, u64(uint64(v)))
}
