#!/usr/bin/env bash
# The real voice (issue 22): espeak-ng, the display's default speech
# program, speaks one announcement as frontdesk words it — the call script
# with the digits in words (tui/voice.CallText) — into a WAV file, which
# sox measures: not silent, and between 1 and 10 seconds long.
set -euo pipefail
cd "$(dirname "$0")/.."

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

# The words and the command as the display has them, from the code itself.
cat >"$dir/say_test.go" <<'GO'
package voice

import (
	"fmt"
	"strings"
	"testing"

	"frontdesk/config"
	"frontdesk/tui/i18n"
)

func TestPrintAnnouncement(t *testing.T) {
	fmt.Println(strings.Join(Command(config.Default().Voice, "zh"), " "))
	fmt.Println(CallText(i18n.New("zh"), "A012", 3))
}
GO
cp "$dir/say_test.go" tui/voice/zz_voice_sh_test.go
trap 'rm -f tui/voice/zz_voice_sh_test.go; rm -rf "$dir"' EXIT
out=$(go test ./tui/voice -run '^TestPrintAnnouncement$' -count=1 -v | grep -v -e '^=== RUN' -e '^--- PASS' -e '^PASS' -e '^ok')
rm -f tui/voice/zz_voice_sh_test.go
command=$(sed -n 1p <<<"$out")
text=$(sed -n 2p <<<"$out")
echo "voice: $command <<< $text"

# The display's command, with -w to write the sound instead of playing it.
# shellcheck disable=SC2086
$command -w "$dir/out.wav" <<<"$text"

stat=$(sox "$dir/out.wav" -n stat 2>&1)
length=$(awk -F: '/^Length/ {gsub(/ /, "", $2); print $2}' <<<"$stat")
peak=$(awk -F: '/^Maximum amplitude/ {gsub(/ /, "", $2); print $2}' <<<"$stat")
rms=$(awk -F: '/^RMS +amplitude/ {gsub(/ /, "", $2); print $2}' <<<"$stat")
echo "voice: $length s, peak $peak, RMS $rms"
awk -v l="$length" -v p="$peak" -v r="$rms" 'BEGIN {
	if (l < 1 || l > 10) { print "voice: length " l " s is not between 1 and 10 s"; exit 1 }
	if (p < 0.05 || r < 0.005) { print "voice: silent (peak " p ", RMS " r ")"; exit 1 }
}'
echo "voice: ok"
