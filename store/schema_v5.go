package store

import bolt "go.etcd.io/bbolt"

// migrateDropBoardToken is schema 5: meta/board goes. It was the board's
// token, 16 random bytes new on every change of orders_active, so that
// each of the programs that shared the file knew when the board it had
// read was stale. One process owns the file now (`frontdesk serve`), and
// it knows what it committed: the board's generation is kept in memory
// (boardCache).
func migrateDropBoardToken(tx *bolt.Tx) error {
	return tx.Bucket(bucketMeta).Delete(keyBoard)
}
