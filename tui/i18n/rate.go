package i18n

// rateTexts hold the words of the customer's rating of a service (服务评价):
// the evaluator pad at a counter (frontdesk rate), the kiosk's rating by
// ticket number, and their help. The customer reads them: the five words
// of the scale, a thanks, and plain words when a rating is not taken —
// never a name or a phone.
var rateTexts = map[string]entry{
	"rate.title":   {"服务评价", "Rate our service"},
	"rate.welcome": {"欢迎光临", "Welcome"},
	"rate.ask":     {"请您对本次服务进行评价", "Please rate this service"},
	"rate.score.5": {"非常满意", "Very satisfied"},
	"rate.score.4": {"满意", "Satisfied"},
	"rate.score.3": {"一般", "Fair"},
	"rate.score.2": {"不满意", "Dissatisfied"},
	"rate.score.1": {"非常不满意", "Very dissatisfied"},
	"rate.thanks":  {"感谢您的评价!", "Thank you for your rating!"},
	"rate.yours":   {"您的评价:%s", "Your rating: %s"},
	"rate.sending": {"正在提交,请稍候…", "Sending your rating…"},
	"rate.failed":  {"暂时无法提交,请稍后再试", "Your rating could not be sent just now: please try again"},
	"rate.rated":   {"本次服务已经评价过了,谢谢您!", "This service has been rated already. Thank you!"},
	"rate.late":    {"本次服务的评价时间已过,感谢您的光临!", "The time to rate this service has passed. Thank you for coming!"},

	"rate.help.score":  {"评价", "rate"},
	"rate.help.move":   {"选择", "choose"},
	"rate.help.choose": {"确定", "confirm"},
	"rate.help.skip":   {"不评价", "skip"},

	"rate.needCounter": {"rate 需要接待台号,例如 frontdesk rate --counter 3(可用:%s)", "rate needs a counter, e.g. frontdesk rate --counter 3 (one of: %s)"},

	"help.rate.usage": {"frontdesk rate --counter N [选项]", "frontdesk rate --counter N [flags]"},
	"help.rate": {"评价器:接待台上面向客户的小屏。服务结束后请客户对本次服务评价(5 非常满意 … 1 非常不满意),其余时间只显示欢迎语。",
		"The rating pad: a small screen at a counter, facing the customer. When a service ends it asks the customer to rate it (5 very satisfied … 1 very dissatisfied); otherwise it only says welcome."},
	"help.top.rate": {"评价器(接待台上面向客户的小屏):本台服务结束后请客户评价", "the rating pad (a small screen at a counter, facing the customer): asks the customer to rate the service that just ended"},

	// The kiosk's rating by today's ticket number.
	"kiosk.rate.button":     {"评价服务", "Rate a service"},
	"kiosk.rate.buttonHint": {"凭今天的排队号评价本次服务", "with today's ticket number"},
	"kiosk.rate.title":      {"送修服务台 · 服务评价", "Repair counter · Rate a service"},
	"kiosk.rate.step":       {"服务评价 · 第 %d 步,共 %d 步", "Rate a service · step %d of %d"},
	"kiosk.rate.number":     {"请输入您今天的排队号", "Please type your ticket number from today"},
	"kiosk.rate.numberHint": {"印在排队小票上,例如 A012", "It is printed on your ticket, e.g. A012"},
	"kiosk.rate.badNumber":  {"请输入完整的排队号:字母加数字,例如 A012", "Please type the whole ticket number, a letter and digits, e.g. A012"},
	"kiosk.rate.yourNumber": {"排队号 %s", "Ticket %s"},
	"kiosk.rate.unknown":    {"今天没有这个排队号,请核对排队小票", "There is no such ticket today: please check your ticket"},
	"kiosk.rate.notDone":    {"这个号的服务还没有结束,结束后即可评价", "This service has not ended yet: you can rate it once it has"},
	"kiosk.help.rate":       {"评价服务", "rate"},
	"kiosk.rate.spoken":     {"按加号,评价服务。", "Press plus to rate a service."},
}
