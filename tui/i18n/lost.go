package i18n

// lostTexts holds the words of an accessory the station lost: recorded at
// the pickup with what was agreed with the customer, shown on the order and
// its timeline, and the replacement owed followed up from the board.
var lostTexts = map[string]entry{
	"lost.item":             {"本站遗失「%s」", "Lost by the station: %s"},
	"lost.who":              {"记录人 %s", "recorded by %s"},
	"lost.agree.replaceBy":  {"约定 %s 前补还", "to be replaced by %s"},
	"lost.agree.compensate": {"已赔偿", "compensated"},
	"lost.agree.waive":      {"客户表示不需要", "the customer asks for nothing"},
	"lost.settled":          {"%s 已由 %s 补还", "replaced %s by %s"},

	"board.owed":      {"%s 前补还", "replace by %s"},
	"board.list.owed": {"待补附件", "accessories owed"},

	"pickup.key.lostAcc":            {"找不到·记为遗失", "cannot find it"},
	"pickup.key.lostAccUndo":        {"找到了·不再记为遗失", "found it after all"},
	"pickup.key.lostAccSave":        {"记下", "record"},
	"pickup.key.lostAccBack":        {"不记了", "back"},
	"pickup.return.lost":            {"[遗失] ", "[lost] "},
	"pickup.lostAcc.say":            {"「%s」找不到:记为本站遗失。先向客户致歉,说明附件在本站保管期间遗失、由本站负责,再与客户商定处理方式。签收时一并记在维修单上。", "%s cannot be found: record it as lost by the station. Apologise first: it was lost in the station's keeping and the station answers for it. Then agree with the customer what is done. It is written on the order at sign-off."},
	"pickup.lostAcc.agreement":      {"与客户约定", "Agreed with the customer"},
	"pickup.lostAcc.opt.replace":    {"限期补还", "replace by a date"},
	"pickup.lostAcc.opt.compensate": {"当场赔偿", "compensate now"},
	"pickup.lostAcc.opt.waive":      {"客户不需要", "customer waives"},
	"pickup.lostAcc.by":             {"补还日期(年-月-日,如 %s)", "Replace by (year-month-day, e.g. %s)"},
	"pickup.lostAcc.text":           {"约定内容(赔偿须写明金额或物品)", "What was agreed (for a compensation: the amount or what is given)"},
	"pickup.lostAcc.recorded":       {"「%s」已记为本站遗失,签收时保存", "%s recorded as lost by the station; saved at sign-off"},
	"pickup.lostAcc.undone":         {"「%s」不再记为遗失", "%s no longer recorded as lost"},
	"pickup.lostAcc.returned":       {"「%s」已勾选为归还,不能记为遗失", "%s is ticked as handed back: it cannot be lost too"},
	"pickup.sign.lost":              {"本站遗失的附件,签收时记在维修单上:", "Lost by the station, written on the order at sign-off:"},
	"pickup.err.lostBy":             {"请填写补还日期,如 %s,不能早于今天", "Enter the day of the replacement, e.g. %s, today or later"},
	"pickup.err.compensation":       {"赔偿须写明金额或赔偿的物品", "A compensation needs the amount or what is given"},
	"pickup.why.lost":               {"遗失附件的记录不完整", "a lost accessory's record is not complete"},

	"order.f.owed":          {"待补附件", "Owed"},
	"order.step.back":       {"遗失附件已补还:%s", "lost accessory replaced: %s"},
	"order.key.settle":      {"附件已补还", "accessory replaced"},
	"order.form.settle":     {"哪件附件已交给客户?", "Which accessory was handed to the customer?"},
	"order.form.settled":    {"已交给客户了吗?", "Handed to the customer?"},
	"order.did.settle":      {"%s 遗失附件已补还", "%s lost accessory replaced"},
	"order.why.nothingOwed": {"这张单没有待补的附件", "nothing is owed on this order"},
}
