package cli

import (
	"frontdesk/store"
)

// Backup writes a hot copy of the database to dest while desks keep working.
func Backup(e Env, dest string) error {
	info, err := e.Store.Backup(dest)
	if err != nil {
		return err
	}
	return e.print(info, e.Text.T("cli.backup", info.Path, info.Tickets, info.Size/1024))
}

// Check verifies a database or backup file: bbolt's consistency check, that
// it is frontdesk's, and its schema version.
func Check(e Env, path string) error {
	verify := store.Verify
	if e.Store != nil { // the live database, held by its owner
		verify = func(string) (store.BackupInfo, error) { return e.Store.Check() }
	}
	info, err := verify(path)
	if err != nil {
		return err
	}
	return e.print(info, e.Text.T("cli.check", info.Path, info.Schema, info.Tickets, info.Rev))
}

// Restore replaces the database of opts with a checked backup; the
// database as it was is kept beside it first. It does not open the
// database before: a damaged one is what it is for. While an owner holds
// the database (e.Store), the owner restores, swapping the file under its
// clients.
func Restore(e Env, opts store.Options, src string) error {
	restore := func() error { return store.RestoreOver(opts, src) }
	if e.Store != nil {
		restore = func() error { return e.Store.Restore(src) }
	}
	if err := restore(); err != nil {
		return err
	}
	return e.print(struct {
		Restored string `json:"restored"`
	}{src}, e.Text.T("cli.restore", src, opts.Path))
}
