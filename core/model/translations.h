#pragma once

#include <QString>

namespace SyncLens::Translations {

// Installs SyncLens's translations for `language` ("de", "fr", "en"; empty:
// the system's) into the running application. English is always installed
// underneath, for its plural forms ("1 day", "2 days"). Returns the language
// used, or "en" when there is none for the one asked. Called again, it
// replaces the translators it installed before: widgets then receive a
// LanguageChange event and retranslate themselves.
QString install(const QString &language = {});

} // namespace SyncLens::Translations
