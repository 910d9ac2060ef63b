package i18n

// slip holds the words of the claim slip (I13).
var slip = map[string]entry{}
