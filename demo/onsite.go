package demo

// The cast of the demo's on-site day (DOMAIN.md S, H): who calls the
// hotline, from which of the demo's companies or their homes, about which
// device, and what the engineer finds and does there. The demo command
// plays their day through package onsite's rules on the store; this file
// holds only the words. Device kinds are repair.DefaultConfig's keys.

// Caller is one customer of the on-site day: a business's contact (with
// Company and Position) or a consumer, the device to see and the fault as
// said on the phone. Found and Done are what the engineer finds and does
// on site; Note is what the coordinator says or does on the call — the
// phone guidance, the part awaited, the note of a call handed over.
type Caller struct {
	Name, Company, Position  string
	Phone, Landline, Address string
	Kind, Brand, Model       string // the device: a repair.DeviceKind key, its brand and model
	Serial                   string
	Covered                  bool // the warranty as told on the call
	Network                  bool // the site has a network
	Fault, Topic             string
	Found, Done              string
	Note                     string
}

// OnsiteDay is the day's callers, each in their part.
type OnsiteDay struct {
	// The last service day: a visit escalated to a carry-in repair
	// (S10), a fault solved on the phone (S2) and a paid software visit
	// (S3).
	Escalated, Solved, Paid Caller
	// Today: a visit at the engineer's next free time, one that asks for
	// the same time, a guided one whose call-back is due, one waiting for
	// a part, one about to miss its two hours.
	Next, Clash, Guided, Part, Near Caller
	// The hotline: an open call handed over with a note (H1), and the
	// topic of a call about a repair order's progress.
	HandedOver Caller
	Progress   string
}

// Onsite is the on-site day's cast. Its businesses are the demo's
// companies; the same every time.
func Onsite() OnsiteDay {
	return OnsiteDay{
		Escalated: Caller{
			Name: "周敏", Company: companies[0], Position: "行政主管",
			Phone: "13911027345", Landline: "010-82561234", Address: "海淀区中关村南大街 12 号同创大厦 6 层",
			Kind: "desktop", Brand: "联想", Model: "扬天 M4000q", Serial: "PF3K7Q2M", Covered: true, Network: true,
			Fault: "财务室电脑开机无显示,电源灯亮,风扇在转",
			Found: "主板供电模块损坏,现场无法修复", Done: "设备带回站内检测维修,已向客户出具设备交接单",
		},
		Solved: Caller{
			Name: "陈晓丽", Phone: "13661234587", Address: "朝阳区望京西园三区 312 号楼 1 单元 502",
			Kind: "notebook", Brand: "联想", Model: "小新 Pro 14", Serial: "PFR8M2XT", Covered: true, Network: true,
			Fault: "笔记本连不上家里的无线网络",
			Note:  "指导客户打开再关闭飞行模式,忘记该网络后重新输入密码连接",
		},
		Paid: Caller{
			Name: "刘建国", Phone: "13701389264", Landline: "010-64381275", Address: "东城区和平里七区 18 号楼 403",
			Kind: "notebook", Brand: "联想", Model: "ThinkPad X1 Carbon", Serial: "PF4NQ8ZD", Covered: true, Network: true,
			Fault: "系统开机很慢,总弹出广告窗口",
			Found: "开机启动项过多,装有广告软件", Done: "清理启动项,卸载广告软件,更新系统补丁",
		},
		Next: Caller{
			Name: "孙婷", Company: companies[1], Position: "财务经理",
			Phone: "010-62758841", Address: "西城区金融大街 27 号投资广场 B 座 9 层",
			Kind: "printer", Brand: "惠普", Model: "LaserJet Pro M404dn", Serial: "CNB7K3D9", Covered: true, Network: true,
			Fault: "打印机频繁卡纸,进纸时有异响",
		},
		Clash: Caller{
			Name: "马强", Company: companies[7], Position: "调度主管",
			Phone: "13810456723", Landline: "010-67892210", Address: "大兴区亦庄经济开发区科创十三街 8 号",
			Kind: "desktop", Brand: "戴尔", Model: "OptiPlex 7010", Serial: "DL9TX4M2", Covered: true, Network: true,
			Fault: "调度电脑频繁蓝屏后自动重启",
		},
		Guided: Caller{
			Name: "韩梅", Phone: "15210987634", Address: "丰台区方庄芳古园一区 6 号楼 1208",
			Kind: "monitor", Brand: "戴尔", Model: "U2723QE", Serial: "DLQ2W7N5", Covered: true,
			Fault: "显示器通电后显示无信号",
			Note:  "指导客户检查视频线两端是否插紧,并在显示器菜单里切换输入源",
		},
		Part: Caller{
			Name: "王志刚", Company: companies[2], Position: "IT 主管",
			Phone: "13520876412", Landline: "010-85296630", Address: "朝阳区建国路 88 号 SOHO 现代城 3 号楼 1706",
			Kind: "notebook", Brand: "联想", Model: "ThinkPad X1 Carbon", Serial: "PFX2L9CK", Covered: true, Network: true,
			Fault: "键盘左侧多个按键失灵",
			Note:  "ThinkPad X1 Carbon 键盘",
		},
		Near: Caller{
			Name: "林志远", Company: companies[3], Position: "信息中心老师",
			Phone: "010-68415527", Address: "海淀区学院路 35 号明德中学实验楼 2 层机房",
			Kind: "desktop", Brand: "联想", Model: "天逸 510S", Serial: "PF7D4HQA", Covered: true, Network: true,
			Fault: "机房教师机无法开机,按电源键没有反应",
		},
		HandedOver: Caller{
			Name: "赵雨桐", Phone: "18611352098", Address: "通州区新华西街 58 号院 2 号楼 901",
			Topic: "询问笔记本更换电池的费用,希望周六上门",
			Note:  "客户希望周六上门更换电池,李工周六值班:请回电确认时间并报电池价格",
		},
		Progress: "询问送修设备的维修进度",
	}
}
