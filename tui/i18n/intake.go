package i18n

// intake holds the words of the pre-check intake form at the desk.
var intake = map[string]entry{}
