package wire

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
)

// maxSocketPath is the longest path a unix socket may have on Linux
// (sun_path is 108 bytes with its NUL) with room to spare for macOS's 104.
const maxSocketPath = 100

// SocketPath is where the owner of the database at db listens: beside it,
// as db + ".sock", where the station can see it; when that path is too
// long for a unix socket, in the user's runtime directory
// ($XDG_RUNTIME_DIR, or /tmp/frontdesk-<uid>), named by a hash of db's
// absolute path so that every program finds the same one.
func SocketPath(db string) string {
	abs, err := filepath.Abs(db)
	if err != nil {
		abs = db
	}
	if p := abs + ".sock"; len(p) <= maxSocketPath {
		return p
	}
	sum := sha256.Sum256([]byte(abs))
	name := "frontdesk-" + hex.EncodeToString(sum[:8]) + ".sock"
	if dir := os.Getenv("XDG_RUNTIME_DIR"); dir != "" && len(dir)+len(name) < maxSocketPath {
		return filepath.Join(dir, name)
	}
	return filepath.Join(os.TempDir(), fmt.Sprintf("frontdesk-%d", os.Getuid()), name)
}
