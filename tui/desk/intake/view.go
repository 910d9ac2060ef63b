package intake

import (
	"cmp"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
)

// The intake screen: the form on the left, what the engineer needs to know
// at this moment on the right (the ticket, a returning customer, the
// serial's earlier repairs, the warranty verdict, the script to say).
//
//	header
//	form (section by section)   │ facts and script
//	status line
//	the form's keys and esc

// View draws the stage shown: the draft's offer, the form or the slip.
// While the draft is read the root still shows the queue; nothing is drawn.
func (m Model) View() string {
	switch m.stage {
	case stageOffer:
		return m.draftOfferView()
	case stageForm:
		return m.intakeView()
	case stageSlip:
		return m.slipView()
	case stageHandBack:
		return m.handBackView()
	default: // stageNone, stageLoading: the root still shows the queue
	}
	return ""
}

// panelWidth is the width of the facts panel beside the form.
func (m Model) panelWidth() int {
	return min(max(m.c.Width*2/5, 30), 56)
}

func (m Model) formWidth() int  { return max(m.c.Width, 60) - m.panelWidth() - 1 }
func (m Model) formHeight() int { return max(m.c.Height, 16) - 3 }

func (m Model) intakeView() string {
	c := m.c
	w, h := max(c.Width, 60), max(c.Height, 16)
	f := m.form
	pw := m.panelWidth()
	form := lipgloss.NewStyle().Width(m.formWidth()).MaxWidth(m.formWidth()).Height(h - 3).MaxHeight(h - 3).
		Render(f.form.View())
	body := lipgloss.JoinHorizontal(lipgloss.Top, form, " ",
		common.Box(c.Styles, c.Text.T("intake.panel", cmp.Or(common.Inert(m.request), f.ticket.Number)), m.intakeFacts(pw-2), pw, h-3))
	m.help.SetWidth(w)
	// The help cuts at its width counting a Chinese character as one cell;
	// cut once more by the cells the terminal draws.
	keys := ansi.Truncate(m.help.ShortHelpView(append(f.form.KeyBinds(), m.keys.ShortHelp()...)), w, "…")
	return strings.Join([]string{parts.Header(c, m.sess, w), body, m.intakeStatus(w), keys}, "\n")
}

// intakeStatus is what is wrong with the field being typed, said where the
// engineer looks; otherwise the desk's status line.
func (m Model) intakeStatus(w int) string {
	if field := m.form.form.GetFocusedField(); field != nil && field.Error() != nil {
		return m.c.Styles.Bad.Render(common.Fit("✗ "+m.c.Text.T("intake.label."+field.GetKey())+":"+field.Error().Error(), w))
	}
	return parts.StatusLine(m.c, m.sess, w)
}
