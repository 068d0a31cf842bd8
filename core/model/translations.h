#pragma once

#include <QLocale>
#include <QString>

namespace SyncLens::Translations {

// Installs SyncLens's translations for `language` ("de", "fr", "en"; empty:
// the system's) into the running application. English is always installed
// underneath, for its plural forms ("1 day", "2 days"). Returns the language
// used, or "en" when there is none for the one asked. Called again, it
// replaces the translators it installed before: widgets then receive a
// LanguageChange event and retranslate themselves.
//
// It also makes the language's locale the default (QLocale()), so that every
// date, time and number the program writes, in the window and in core's
// sentences, follows the language it speaks (localeFor()).
QString install(const QString &language = {});

// The formats of `language`: the system's own locale when it speaks that
// language (en_GB, de_AT, fr_CA keep their conventions), else the language's
// main one (en_US, de_DE, fr_FR); never the C locale.
QLocale localeFor(const QString &language);

} // namespace SyncLens::Translations
