package repair

// The standard scripts (标准话术) of DOMAIN.md that belong to the intake and
// the repair order, word for word in Chinese as the service standards have
// them (seeds 000, 002, 003), with the ASCII punctuation of DOMAIN.md. The
// English wording is the text catalogue's.

// DealerRefusal is said when a dealer will not give the end user's name and
// contact (I1): the intake is refused.
const DealerRefusal = "麻烦您提供最终用户的姓名和联系方式,否则根据规定和系统要求无法为您提供服务,谢谢您的支持!"

// PaidService is said when the fault is out of warranty (I11); fee is the
// amount, e.g. "350.00元".
func PaidService(fee string) string {
	return "根据现有的问题和相关的保修政策,我们可以为您提供有偿服务,具体费用为" + fee + "。"
}

// PartNotInStock is said when a part needed for the repair has not arrived
// (O2); part is its name.
func PartNotInStock(part string) string {
	return "非常抱歉,由于维修您机器所需要的" + part + "部件现在还未到货…此部件到后我们会立即与您联系"
}

// EndOfService is said when the service ends (002).
const EndOfService = "对不起,耽误了您宝贵时间,请见谅!今后如有用机问题,请拨打我们的服务热线。"

// Farewell is said when the device has been handed back and signed for
// (P4, seed 002).
const Farewell = "对不起,给您使用过程中带来不便了…如果您的机器再有什么问题,请与我们联系"
