package common

import (
	"sync"

	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
)

// Form is the huh theme of the desk's forms, drawn from the same colours as
// every other screen (huh's ThemeBase, recoloured), and compact: one line
// between fields, so that a section of the intake fits 80×24.
//
// The theme is built once: huh asks for it again for every field at every
// Update and View, and building it each time was a quarter of the time of
// a character typed in the intake. huh only reads what it is given.
func (s Styles) Form() huh.Theme {
	var once sync.Once
	var built *huh.Styles
	return huh.ThemeFunc(func(bool) *huh.Styles {
		once.Do(func() { built = s.formStyles() })
		return built
	})
}

// formStyles builds Form's theme.
func (s Styles) formStyles() *huh.Styles {
	t := huh.ThemeBase(false)
	t.FieldSeparator = lipgloss.NewStyle().SetString("\n")
	t.Group.Title = s.Title
	t.Group.Description = s.Muted
	f := &t.Focused
	f.Base = f.Base.BorderForeground(s.Accent)
	f.Card = f.Base
	f.Title = s.Title
	f.NoteTitle = s.Title
	f.Description = s.Muted
	f.ErrorIndicator = s.Bad.SetString(" *")
	f.ErrorMessage = s.Bad
	f.SelectSelector = s.Key.SetString("> ")
	f.MultiSelectSelector = s.Key.SetString("> ")
	f.SelectedOption = s.Good
	f.SelectedPrefix = s.Good.SetString("[x] ")
	f.UnselectedPrefix = s.Muted.SetString("[ ] ")
	f.FocusedButton = s.ButtonOn.Border(lipgloss.Border{}).Padding(0, 2).Reverse(true)
	f.BlurredButton = s.Muted.Padding(0, 2)
	f.TextInput.Prompt = s.Key
	f.TextInput.Placeholder = s.Muted
	t.Blurred = *f
	t.Blurred.Base = t.Blurred.Base.BorderStyle(lipgloss.HiddenBorder())
	t.Blurred.Card = t.Blurred.Base
	t.Blurred.Title = s.Muted
	t.Blurred.MultiSelectSelector = lipgloss.NewStyle().SetString("  ")
	t.Blurred.NextIndicator = lipgloss.NewStyle()
	t.Blurred.PrevIndicator = lipgloss.NewStyle()
	t.Help = s.Help()
	return t
}
