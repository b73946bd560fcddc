#include "translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace {

const auto catalogueDir = QStringLiteral(":/i18n");

} // namespace

QStringList Translator::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("es")};
}

bool Translator::install(QCoreApplication *app, const QLocale &locale)
{
    auto *own = new QTranslator(app);
    const bool found =
        own->load(locale, QStringLiteral("userdesk"), QStringLiteral("_"), catalogueDir);
    // Untranslated languages fall back to English, whose catalogue turns
    // "%n customer(s)" into "1 customer" / "5 customers".
    if (!found && !own->load(QStringLiteral("userdesk_en"), catalogueDir)) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    if (!found)
        return false;
    // Dates and numbers in the language of the words ("01.02.2019", "1/2/2019").
    QLocale::setDefault(locale);

    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}
