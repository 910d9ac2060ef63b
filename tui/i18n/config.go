package i18n

// configTexts holds the words of `frontdesk config` and of configuration errors.
var configTexts = map[string]entry{}
