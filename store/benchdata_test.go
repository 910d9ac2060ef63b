package store

import (
	"fmt"
	"math/rand/v2"
	"time"

	"frontdesk/repair"
)

// orderGen makes realistic repair orders for benchmarks: Chinese names,
// mobile numbers, serials like "PF2XK9A1", notebooks and desktops, a fault
// of about 40 Chinese characters, spread evenly over the days from start.
type orderGen struct {
	rng     *rand.Rand
	start   time.Time // station-local midnight of the first day
	perDay  int
	serials []string // devices seen before: one intake in ten is a device come back
	claims  map[string]bool
}

func newOrderGen(seed uint64, start time.Time, perDay int) *orderGen {
	return &orderGen{rng: rand.New(rand.NewPCG(seed, seed^0x5eed)), start: start, perDay: perDay, claims: map[string]bool{}}
}

var (
	genSurnames = []rune("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
	genGiven    = []rune("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文斌浩宇晨欣怡子轩梓涵一诺雨桐佳琪俊杰嘉怡思远婷")
	genFaults   = []string{
		"开机无显示，电源指示灯亮，风扇转动正常",
		"使用中突然黑屏重启，频率约每天两到三次",
		"键盘部分按键失灵，左侧字母键按下无反应",
		"屏幕出现竖条纹并闪烁，外接显示器正常",
		"电池无法充电，插电源适配器后指示灯不亮",
		"运行大型软件时温度过高，风扇噪音很大",
		"无线网络经常断开，需要重启电脑才能连接",
		"硬盘有异响，系统启动很慢，偶尔提示错误",
		"进水后无法开机，客户称洒了少量咖啡在键盘上",
		"系统蓝屏，错误代码不定，重装系统后仍出现",
	}
	genBrands = []struct{ brand, model, device, part string }{
		{"联想", "ThinkPad X1 Carbon", "notebook", "notebook"},
		{"联想", "小新 Pro 14", "notebook", "notebook"},
		{"华为", "MateBook 14", "notebook", "notebook"},
		{"戴尔", "Latitude 5440", "notebook", "battery"},
		{"惠普", "战66 六代", "notebook", "software"},
		{"联想", "扬天 M4000q", "desktop", "main"},
		{"戴尔", "OptiPlex 7010", "desktop", "main"},
		{"惠普", "战99 G1", "desktop", "peripheral"},
	}
	genEngineers = []string{"安娜", "王工", "李师傅", "陈明"}
)

const genSerialChars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"

func (g *orderGen) pick(s string) byte { return s[g.rng.IntN(len(s))] }

// order makes the i-th order (from 0): its day is i / perDay after start,
// its sequence that day 1 + i % perDay.
func (g *orderGen) order(i int) repair.Order {
	r := g.rng
	day := g.start.AddDate(0, 0, i/g.perDay)
	seq := uint64(i%g.perDay + 1)
	received := day.Add(9*time.Hour + time.Duration(int(seq)*(9*3600)/g.perDay)*time.Second).UTC()

	serial := ""
	if len(g.serials) > 1000 && r.IntN(10) == 0 {
		serial = g.serials[r.IntN(len(g.serials))]
	} else {
		b := []byte{g.pick("PMSL"), g.pick("FRCN")}
		for range 6 {
			b = append(b, g.pick(genSerialChars))
		}
		serial = string(b)
		if len(g.serials) < 200_000 {
			g.serials = append(g.serials, serial)
		} else {
			g.serials[r.IntN(len(g.serials))] = serial
		}
	}
	name := string(genSurnames[r.IntN(len(genSurnames))]) + string(genGiven[r.IntN(len(genGiven))])
	if r.IntN(2) == 0 {
		name += string(genGiven[r.IntN(len(genGiven))])
	}
	m := genBrands[r.IntN(len(genBrands))]
	fault := genFaults[r.IntN(len(genFaults))] + "，" + genFaults[r.IntN(len(genFaults))][:51] // 17 characters
	purchased := received.AddDate(0, -r.IntN(40), -r.IntN(28))
	covered := received.Sub(purchased) < 365*24*time.Hour
	claim := make([]byte, DefaultClaimLength)
	for ok := false; !ok; ok = !g.claims[string(claim)] { // a million codes of 8 collide about once
		for j := range claim {
			claim[j] = g.pick(repair.ClaimAlphabet)
		}
	}
	g.claims[string(claim)] = true
	in := repair.Intake{
		Phone: fmt.Sprintf("1%d%09d", 3+r.IntN(7), r.IntN(1_000_000_000)),
		Name:  name, Kind: repair.Consumer,
		Device: m.device, Brand: m.brand, Model: m.model, Serial: serial,
		Purchased: purchased.In(g.start.Location()).Format(time.DateOnly), Proof: repair.ProofInvoice,
		Part: m.part, Fault: fault, Reproduced: repair.ReproducedYes,
		BackupRaised: true, OpenConsent: true,
		Promised: received.Add(48 * time.Hour).In(g.start.Location()).Format("2006-01-02 15:04"),
	}
	if m.device == "notebook" {
		in.Accessories = []string{"adapter"}
	}
	if r.IntN(3) == 0 {
		in.Condition = []string{"scratches"}
	}
	v := repair.Verdict{Part: m.part, Covered: covered, From: purchased.Truncate(24 * time.Hour),
		Until: purchased.AddDate(1, 0, 0).Truncate(24 * time.Hour), Days: int(received.Sub(purchased).Hours() / 24)}
	if !covered {
		v.Reason = repair.ReasonExpired
	}
	return repair.Order{
		Number: repair.OrderNumber(day, seq), Claim: string(claim), State: repair.StateReceived,
		Received: received, Counter: 1 + r.IntN(3), Engineer: genEngineers[r.IntN(len(genEngineers))],
		Ticket: fmt.Sprintf("A%03d", 1+int(seq)%200), Intake: in, Verdict: v,
		Promised: received.Add(48 * time.Hour),
	}
}
