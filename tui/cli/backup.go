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
	info, err := store.Verify(path)
	if err != nil {
		return err
	}
	return e.print(info, e.Text.T("cli.check", info.Path, info.Schema, info.Tickets, info.Rev))
}

// Restore replaces the database of opts with a checked backup; the
// database as it was is kept beside it first. It does not open the
// database before (e.Store is not used): a damaged one is what it is for.
func Restore(e Env, opts store.Options, src string) error {
	if err := store.RestoreOver(opts, src); err != nil {
		return err
	}
	return e.print(struct {
		Restored string `json:"restored"`
	}{src}, e.Text.T("cli.restore", src, opts.Path))
}
