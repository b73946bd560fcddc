#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

// The language the person chose in View → Language, kept in QSettings under
// "language": empty for the system's, else a QLocale name ("en", "ru", "es").
// Read once at start-up: Qt widgets do not retranslate themselves, so a change
// applies the next time Userdesk starts.
class LanguageSettings
{
    Q_DECLARE_TR_FUNCTIONS(LanguageSettings)

public:
    static QString saved();
    static void save(const QString &language);
    // The locale to translate into: the saved language, or the system's.
    static QLocale locale();
    // The language's own name, capitalised: "English", "Русский", "Español".
    static QString nativeName(const QString &language);
};
