#include "translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

QStringList Translator::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("es")};
}

bool Translator::install(QCoreApplication *app, const QLocale &locale)
{
    auto *own = new QTranslator(app);
    if (!own->load(locale, QStringLiteral("userdesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}
