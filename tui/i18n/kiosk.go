package i18n

// kiosk holds the words of the customer kiosk (查询终端): choosing a service
// and the ticket with its wait (Q1), and looking up a repair's progress by
// claim code and phone digits (P1): its state and promised time only.
// Nothing about other customers, nor about the customer themselves (Q8).
var kiosk = map[string]entry{
	"kiosk.title":       {"送修服务台 · 自助取号", "Repair counter · Take a number"},
	"kiosk.prompt":      {"请选择服务项目,按对应的数字键取号", "Choose a service: press its number to take a ticket"},
	"kiosk.waiting":     {"等候 %d 人", "%d waiting"},
	"kiosk.taking":      {"正在取号,请稍候…", "Taking your number…"},
	"kiosk.yourNumber":  {"您的号码", "Your number"},
	"kiosk.ahead":       {"前面还有 %d 人,预计等候约 %s", "%d ahead of you, about %s wait"},
	"kiosk.next":        {"您是下一位,预计等候约 %s", "You are next, about %s wait"},
	"kiosk.straight":    {"现在无需等候,叫到您的号码时请直接到接待台", "No wait right now: please go to the counter when your number is called"},
	"kiosk.watch":       {"请留意叫号屏,叫到您的号码时请到对应接待台", "Please watch the display: it shows your number and the counter to go to"},
	"kiosk.back":        {"按任意键返回 · %d 秒后自动返回", "Press any key to go back · back by itself in %d s"},
	"kiosk.help.choose": {"选择服务", "choose"},
	"kiosk.help.move":   {"移动", "move"},
	"kiosk.help.take":   {"取号", "take a number"},
	"kiosk.key.enter":   {"回车", "enter"},

	// Looking up a repair's progress (查询维修进度).
	"kiosk.progress.button":     {"查询维修进度", "Repair progress"},
	"kiosk.progress.buttonHint": {"凭取机凭证上的取机码和手机尾号查询", "with the claim code on your slip and your phone's last digits"},
	"kiosk.progress.title":      {"送修服务台 · 查询维修进度", "Repair counter · Repair progress"},
	"kiosk.progress.step":       {"查询维修进度 · 第 %d 步,共 %d 步", "Repair progress · step %d of %d"},
	"kiosk.progress.claim":      {"请输入取机凭证上的取机码", "Please type the claim code printed on your slip"},
	"kiosk.progress.claimHint":  {"共 %d 位,字母不分大小写,“-”可不输入", "%d characters, upper or lower case, the dash is optional"},
	"kiosk.progress.claimShort": {"取机码共 %d 位,请输入完整", "The claim code has %d characters: please type all of them"},
	"kiosk.progress.badChar":    {"取机码只含数字 2–9 和字母(没有 I、L、O),请核对取机凭证", "Claim codes use the digits 2–9 and letters other than I, L and O: please check your slip"},
	"kiosk.progress.claimCode":  {"取机码 %s", "Claim code %s"},
	"kiosk.progress.phone":      {"请输入送修时登记的手机号码后 4 位", "Please type the last 4 digits of the phone number you gave us"},
	"kiosk.progress.phoneShort": {"请输入 4 位数字", "Please type 4 digits"},
	"kiosk.progress.checking":   {"正在查询,请稍候…", "Looking it up…"},
	"kiosk.progress.wrong":      {"取机码或手机尾号不正确,请核对取机凭证", "The claim code or the phone digits do not match: please check your slip"},
	"kiosk.progress.locked":     {"尝试次数过多,请于 %s 后再试,或到服务台办理", "Too many attempts: please try again after %s, or ask at the counter"},
	"kiosk.progress.idle":       {"%d 秒无操作将自动返回,并清除已输入的内容", "Goes back by itself after %d s without a key, clearing what was typed"},
	"kiosk.progress.state":      {"维修进度", "Your repair"},
	"kiosk.progress.promised":   {"预计完成时间", "Expected to be done"},
	"kiosk.progress.when":       {"1月2日 15:04", "Jan 2, 15:04"}, // a Go time layout
	"kiosk.help.progress":       {"查询维修进度", "repair progress"},
	"kiosk.help.next":           {"下一步", "next"},
	"kiosk.help.look":           {"查询", "look up"},
	"kiosk.help.erase":          {"删除", "delete"},
	"kiosk.help.back":           {"返回", "back"},
	"kiosk.key.backspace":       {"退格", "backspace"},

	// The order's state (O1) in words a customer understands.
	"kiosk.state.received":         {"已受理", "Received"},
	"kiosk.state.diagnosing":       {"检测中", "Being checked"},
	"kiosk.state.waiting_approval": {"等待您确认报价", "Waiting for you to approve the quote"},
	"kiosk.state.waiting_parts":    {"等待部件", "Waiting for parts"},
	"kiosk.state.repairing":        {"维修中", "Being repaired"},
	"kiosk.state.testing":          {"测试中", "Being tested"},
	"kiosk.state.ready":            {"已修好,请携带取机凭证到服务台取机", "Repaired: please bring your claim slip to the counter to collect it"},
	"kiosk.state.picked_up":        {"已取机", "Collected"},
	"kiosk.state.cancelled":        {"已取消", "Cancelled"},
	"kiosk.state.returned":         {"未修复退回", "Returned unrepaired"},
	"kiosk.state.unknown":          {"处理中,详情请到服务台咨询", "In progress: please ask at the counter for details"},
	"kiosk.notPrinted":             {"号票没有打印出来:请记住您的号码 %s", "The ticket did not print: please remember your number, %s"},
}
