package slip

import (
	"path/filepath"
	"strings"

	"frontdesk/config"
	"frontdesk/tui/i18n"
)

// PlaceholderWarning says that the station's name or phone (or both) are
// still the default configuration's samples, which every slip would carry,
// and where to set them: file is the configuration file, as the program
// found or looked for it. Long is the owner's sentence for whoever starts
// it, with the file's path and how to write one; short fits the desk's
// status line at 80 columns, naming the file only. "" when both are set.
func PlaceholderWarning(t i18n.Catalog, s config.Station, file string, long bool) string {
	name, phone := s.Placeholders()
	var what string
	var samples []string
	switch {
	case name && phone:
		what, samples = t.T("placeholder.both"), []string{s.Name, s.Phone}
	case name:
		what, samples = t.T("placeholder.name"), []string{s.Name}
	case phone:
		what, samples = t.T("placeholder.phone"), []string{s.Phone}
	default:
		return ""
	}
	if file == "" {
		file = config.FileName
	}
	if !long {
		return t.T("placeholder.short", what, filepath.Base(file))
	}
	return t.T("placeholder.long", what, strings.Join(samples, " / "), file)
}
