package pickup

import (
	"charm.land/bubbles/v2/key"

	"frontdesk/tui/desk/parts"
	"frontdesk/tui/i18n"
)

// KeyMap is the keys of the pickup (P1–P5, G1–G3), one key an action.
// Where something is typed (the claim code, the serial, a note, the
// customer's name) only keys that type nothing act. Enter goes on at every
// step; its help says where to.
type KeyMap struct {
	Verify   key.Binding // the claim code and digits are typed: check them
	Switch   key.Binding // the other field
	Lost     key.Binding // the slip is lost: find the order, check identity
	PIN      key.Binding // the lost slip's approval: the supervisor types their PIN here
	PINBack  key.Binding // no PIN after all: wait for the supervisor's session
	Serial   key.Binding // the fetched device's serial is typed
	Pass     key.Binding // G1: the item passes
	Fail     key.Binding // G1: the item fails, a note follows (G3)
	NA       key.Binding // G1: not applicable to this device
	AllPass  key.Binding // the items not marked yet pass
	Up       key.Binding
	Down     key.Binding
	Note     key.Binding // the failed item's note is written
	SendBack key.Binding // G3: the order goes back to repair
	Keep     key.Binding // G3 not confirmed: back to the list
	Back     key.Binding // no note after all: back to the list
	Continue key.Binding
	Toggle   key.Binding // P3: an accessory handed back
	Loaner   key.Binding // O8: the loaner is back
	LostAcc  key.Binding // P3: an accessory cannot be found, recorded as lost by the station
	LostBack key.Binding // not recorded after all: back to the accessories
	Sign     key.Binding // P4: signed and saved
	Close    key.Binding // back to the queue
	Abandon  key.Binding
	Yes      key.Binding // abandon: yes
	No       key.Binding // abandon: go on
	Quit     key.Binding
}

// DefaultKeyMap builds the pickup's keys in the screen's language.
func DefaultKeyMap(t i18n.Catalog) KeyMap {
	b := func(help string, keys ...string) key.Binding { return parts.Bind(t, help, keys...) }
	k := KeyMap{
		Verify:   b("pickup.key.verify", "enter"),
		Switch:   b("pickup.key.switch", "tab", "shift+tab", "up", "down"),
		Lost:     b("pickup.key.lost", "ctrl+l"),
		PIN:      b("pickup.key.pin", "p"),
		PINBack:  b("pickup.key.pinBack", "esc"),
		Serial:   b("pickup.key.serial", "enter"),
		Pass:     b("pickup.key.pass", "space", "enter"),
		Fail:     b("pickup.key.fail", "f"),
		NA:       b("pickup.key.na", "n"),
		AllPass:  b("pickup.key.allPass", "a"),
		Up:       b("desk.key.up", "up", "k"),
		Down:     b("desk.key.down", "down", "j"),
		Note:     b("pickup.key.note", "enter"),
		SendBack: b("pickup.key.sendBack", "y"),
		Keep:     b("pickup.key.keep", "n", "esc"),
		Back:     b("pickup.key.keep", "esc"),
		Continue: b("pickup.key.continue", "enter"),
		Toggle:   b("pickup.key.toggle", "space"),
		Loaner:   b("pickup.key.loaner", "b"),
		LostAcc:  b("pickup.key.lostAcc", "l"),
		LostBack: b("pickup.key.lostAccBack", "esc"),
		Sign:     b("pickup.key.sign", "enter"),
		Close:    b("pickup.key.close", "enter", "esc"),
		Abandon:  b("pickup.key.abandon", "esc"),
		Yes:      b("pickup.key.yes", "y"),
		No:       b("pickup.key.no", "n", "esc"),
		Quit:     b("quit", "ctrl+c"),
	}
	k.Switch.SetHelp("tab", t.T("pickup.key.switch"))
	k.Pass.SetHelp("space/enter", t.T("pickup.key.pass"))
	k.Up.SetHelp("↑↓", t.T("pickup.key.move"))
	k.Keep.SetHelp("n", t.T("pickup.key.keep"))
	k.Close.SetHelp("enter", t.T("pickup.key.close"))
	k.No.SetHelp("n", t.T("pickup.key.no"))
	return k
}

// keysFor are the keys of a step, for its help line and for the e2e
// script's count; a question pending (abandon?) has only its answers.
func (k KeyMap) keysFor(s stage, asking bool) []key.Binding {
	if asking {
		return []key.Binding{k.Yes, k.No}
	}
	switch s {
	case stageClaim:
		return []key.Binding{k.Verify, k.Switch, k.Lost, k.Abandon, k.Quit}
	case stageFetch:
		return []key.Binding{k.Serial, k.Abandon, k.Quit}
	case stageInspect:
		return []key.Binding{k.Pass, k.Fail, k.NA, k.AllPass, k.Up, k.Abandon}
	case stageFailNote:
		return []key.Binding{k.Note, k.Back}
	case stageFailConfirm:
		return []key.Binding{k.SendBack, k.Keep}
	case stageExplain:
		return []key.Binding{k.Continue, k.Abandon}
	case stageReturn:
		return []key.Binding{k.Toggle, k.LostAcc, k.Up, k.Loaner, k.Continue, k.Abandon}
	case stageSign:
		return []key.Binding{k.Sign, k.Abandon}
	case stageLost: // waiting for the approval; the forms' keys are their own (help)
		return []key.Binding{k.PIN, k.Abandon, k.Quit}
	default: // stageLostAcc (its form's keys), stageFailed, stageDone
	}
	return []key.Binding{k.Close, k.Quit}
}

// ShortHelp is the claim step's keys, where the pickup opens.
func (k KeyMap) ShortHelp() []key.Binding { return k.keysFor(stageClaim, false) }

// FullHelp is every key of the pickup, by step.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Verify, k.Switch, k.Lost, k.PIN, k.PINBack, k.Serial},
		{k.Pass, k.Fail, k.NA, k.AllPass, k.Up, k.Down},
		{k.Note, k.Back, k.SendBack, k.Keep},
		{k.Continue, k.Toggle, k.LostAcc, k.LostBack, k.Loaner, k.Sign, k.Close},
		{k.Abandon, k.Yes, k.No, k.Quit},
	}
}
