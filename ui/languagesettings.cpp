#include "languagesettings.h"

#include <QSettings>

namespace {
const auto languageKey = QStringLiteral("language");
} // namespace

QString LanguageSettings::saved()
{
    return QSettings().value(languageKey).toString();
}

void LanguageSettings::save(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(languageKey);
    else
        settings.setValue(languageKey, language);
}

QLocale LanguageSettings::locale()
{
    const QString language = saved();
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

QString LanguageSettings::nativeName(const QString &language)
{
    // Qt names some languages after their default territory ("American
    // English", "Español de España"); the menu wants the language alone.
    switch (QLocale(language).language()) {
    case QLocale::English:
        return QStringLiteral("English");
    case QLocale::Russian:
        return QStringLiteral("Русский");
    case QLocale::Spanish:
        return QStringLiteral("Español");
    default:
        break;
    }
    QString name = QLocale(language).nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}
