#pragma once

#include <QLocale>

class QCoreApplication;

// Loads Userdesk's own translation and Qt's (standard dialogs, buttons) for
// a locale. English needs nothing.
namespace Translator {

// The languages Userdesk ships, as QLocale names ("en", "ru", "es").
QStringList availableLanguages();
// Installs the translators on the application; false when there is no
// translation for the locale's language (English is then used).
bool install(QCoreApplication *app, const QLocale &locale);

} // namespace Translator
