package onsiteboard

import (
	tea "charm.land/bubbletea/v2"

	"frontdesk/onsite"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
)

// detailBackMsg is esc on a request: back to the board.
type detailBackMsg struct{}

// Detail is one request's screen.
type Detail struct {
	parts.Outbox
	c    common.Common
	sess parts.Session
	keys StepKeys
	id   uint64
	r    onsite.Request
}

// NewDetail opens request id.
func NewDetail(c common.Common, s parts.Session, id uint64) (Detail, tea.Cmd) {
	return Detail{c: c, sess: s, keys: DefaultStepKeys(c.Text), id: id}, nil
}

func (d *Detail) Reload() tea.Cmd                 { return nil }
func (d *Detail) redraw()                         {}
func (d *Detail) SetSize(w, h int)                { d.c.SetSize(w, h) }
func (d *Detail) SetSession(s parts.Session)      { d.sess = s }
func (d *Detail) SetStyles(st common.Styles)      { d.c.Styles = st }
func (d Detail) Update(tea.Msg) (Detail, tea.Cmd) { return d, nil }
func (d Detail) View() string                     { return "" }
