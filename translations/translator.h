#pragma once

#include <QLocale>

class QCoreApplication;

// Loads Userdesk's own translation and Qt's (standard dialogs, buttons) for
// a locale. English is the source language; its catalogue holds only the
// plural forms ("1 customer", "5 customers").
namespace Translator {

// The languages Userdesk ships, as QLocale names ("en", "ru", "es").
QStringList availableLanguages();
// Installs the translators on the application. True when Userdesk has a
// catalogue for the locale's language (English included); false otherwise,
// and then English is used, still with its plural forms.
bool install(QCoreApplication *app, const QLocale &locale);

} // namespace Translator
