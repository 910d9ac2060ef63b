package report

import (
	"charm.land/bubbles/v2/key"

	"frontdesk/tui/i18n"
)

// KeyMap is the report screen's keys: ←/→ the previous and next day (or
// quarter, half-year, year), t today's, v the next kind of period — from
// the day to its quarter (R2), half-year, year and back —, ↑/↓ and the
// page keys scroll, r computes again, c shows a business customer's
// analysis instead (esc back to the station's), esc goes back to the host.
type KeyMap struct {
	Prev, Next, Today, Period key.Binding
	Up, Down, PageUp, PageDn  key.Binding
	Reload, Back              key.Binding
	Customer                  key.Binding // a business customer's analysis (C2)
}

// DefaultKeyMap is the report screen's keys, described in t's language.
func DefaultKeyMap(t i18n.Catalog) KeyMap {
	return KeyMap{
		Prev:   key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←", t.T("report.key.prev"))),
		Next:   key.NewBinding(key.WithKeys("right", "l"), key.WithHelp("→", t.T("report.key.next"))),
		Today:  key.NewBinding(key.WithKeys("t"), key.WithHelp("t", t.T("report.key.today"))),
		Period: key.NewBinding(key.WithKeys("v"), key.WithHelp("v", t.T("report.key.period"))),
		Up:     key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑↓", t.T("report.key.scroll"))),
		Down:   key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓", t.T("report.key.scroll"))),
		PageUp: key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", t.T("report.key.scroll"))),
		PageDn: key.NewBinding(key.WithKeys("pgdown", "space"), key.WithHelp("pgdn", t.T("report.key.scroll"))),
		Reload: key.NewBinding(key.WithKeys("r"), key.WithHelp("r", t.T("report.key.reload"))),
		Back:   key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", t.T("report.key.back"))),

		Customer: customerKey(t.T("report.key.customer")),
	}
}

// ShortHelp implements help.KeyMap: one line at 80 columns.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Prev, k.Next, k.Period, k.Today, k.Up, k.Customer, k.Reload, k.Back}
}

// FullHelp implements help.KeyMap.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Prev, k.Next, k.Today, k.Period}, {k.Up, k.Down, k.PageUp, k.PageDn}, {k.Customer, k.Reload, k.Back}}
}
