package onsite

import "frontdesk/repair"

// The standard scripts (标准话术) of DOMAIN.md for the on-site service,
// word for word in Chinese as seed 003 has them, with the ASCII
// punctuation of DOMAIN.md. Those marked "ours" are not in the seeds: they
// are composed in the seeds' manner for a moment the standards name but do
// not word. The English wording is the text catalogue's.

// PaidVisit is said when the visit is paid (S3): software, or past the
// free on-site period; fee is the amount, e.g. "50.00元".
func PaidVisit(fee string) string {
	return "根据现有的问题和相关的保修政策,我们可以为你提供有偿上门服务,具体费用为" + fee + "。"
}

// AgreeTime asks the customer for the visit's time (S4): the time is the
// customer's, never one the station proposes (NotToSay).
const AgreeTime = "今天我会为您提供上门服务,请问您今天什么时候有时间?"

// NotToSay are the phrasings S4 forbids: they put the station's time on the
// customer.
var NotToSay = []string{"您看今天下午行吗?", "那我就今天下午过去,好吧。"}

// MobileGiven is said when the phone given is a mobile (S4; IsMobile).
const MobileGiven = "您留的电话是手机,您现在方便接听吗?您旁边有座机吗?"

// EndOfCall ends the call that agreed the visit (S4).
const EndOfCall = "谢谢您,再见!"

// HaveReady asks the customer to have ReadyItems at hand for the engineer
// (S4). Ours.
const HaveReady = "请您提前准备好装箱单、保修卡和驱动光盘,谢谢!"

// ReadyItems are what the customer is asked to have ready for the visit
// (S4), for a checklist on the desk.
var ReadyItems = []repair.Item{
	{Key: "packing_list", ZH: "装箱单", EN: "Packing list"},
	{Key: "warranty_card", ZH: "保修卡", EN: "Warranty card"},
	{Key: "driver_discs", ZH: "驱动光盘", EN: "Driver discs"},
}

// Reschedule apologises for a time the engineer cannot keep and asks for
// another (S6: "apologise, explain and agree a new time"); at is the time
// offered, e.g. "15:00" (ClashError.Next). Ours: the seed words the rule,
// not the script.
func Reschedule(at string) string {
	return "非常抱歉,您约的时间我已经安排了其他用户的服务,恐怕不能准时到达。请问" + at + "您方便吗?"
}

// EngineerCalls is how the engineer opens the call ahead (S7): 「您好,我是
// 联想服务工程师XXX」 with the station's brand for 联想 and the engineer's
// name for XXX.
func EngineerCalls(brand, name string) string {
	return "您好,我是" + brand + "服务工程师" + name
}

// AskSolved opens the call-back after phone guidance (S2, H2): is the
// fault solved? Ours.
func AskSolved(brand string) string {
	return "您好,这里是" + brand + "服务站,之前我们在电话里指导您处理了故障,请问现在问题解决了吗?"
}
