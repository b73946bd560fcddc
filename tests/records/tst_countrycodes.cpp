#include "countrycodes.h"

#include <QtTest>

class TestCountryCodes : public QObject
{
    Q_OBJECT

private slots:
    void isAlpha3_data();
    void isAlpha3();
    void tableIsComplete();
    void toAlpha3_data();
    void toAlpha3();
};

void TestCountryCodes::isAlpha3_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");

    // Officially assigned, including the less obvious ones.
    for (const char *code : {"ARG", "USA", "RUS", "ESP", "BRA", "MEX", "KAZ", "DEU", "ATA", "ALA",
                             "BES", "CUW", "SSD", "SXM", "PSE", "TWN", "UMI", "ZWE", "ABW"})
        QTest::newRow(code) << QString::fromLatin1(code) << true;
    // Not (or no longer) officially assigned, or not the exact form.
    QTest::newRow("Kosovo XKX (user-assigned)") << "XKX" << false;
    QTest::newRow("Netherlands Antilles ANT (deleted)") << "ANT" << false;
    QTest::newRow("Serbia and Montenegro SCG (deleted)") << "SCG" << false;
    QTest::newRow("lower case") << "arg" << false;
    QTest::newRow("alpha-2") << "AR" << false;
    QTest::newRow("padded") << " ARG" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("XXX") << "XXX" << false;
}

void TestCountryCodes::isAlpha3()
{
    QFETCH(QString, code);
    QFETCH(bool, valid);
    QCOMPARE(CountryCodes::isAlpha3(code), valid);
}

void TestCountryCodes::tableIsComplete()
{
    // ISO 3166-1 has 249 officially assigned alpha-3 codes (as of 2024).
    int count = 0;
    QString code(3, u'A');
    for (char16_t a = u'A'; a <= u'Z'; ++a) {
        for (char16_t b = u'A'; b <= u'Z'; ++b) {
            for (char16_t c = u'A'; c <= u'Z'; ++c) {
                code[0] = QChar(a);
                code[1] = QChar(b);
                code[2] = QChar(c);
                if (CountryCodes::isAlpha3(code)) {
                    ++count;
                    // Every code names itself.
                    QCOMPARE(CountryCodes::toAlpha3(code), code);
                }
            }
        }
    }
    QCOMPARE(count, 249);
}

void TestCountryCodes::toAlpha3_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("alpha3");

    const auto row = [](const char *text, const char *alpha3) {
        QTest::newRow(text) << QString::fromUtf8(text) << QString::fromLatin1(alpha3);
    };

    // Codes in any case and alpha-2.
    row("ARG", "ARG");
    row("arg", "ARG");
    row(" usa ", "USA");
    row("ar", "ARG");
    row("AR", "ARG");
    row("ES", "ESP");
    row("ru", "RUS");
    row("Us", "USA");
    row("DE", "DEU");

    // Latin America: English, Spanish, Russian, with and without accents.
    row("Argentina", "ARG");
    row("Аргентина", "ARG");
    row("Bolivia", "BOL");
    row("Brazil", "BRA");
    row("Brasil", "BRA");
    row("Бразилия", "BRA");
    row("Chile", "CHL");
    row("Colombia", "COL");
    row("Costa Rica", "CRI");
    row("Cuba", "CUB");
    row("República Dominicana", "DOM");
    row("Dominican Republic", "DOM");
    row("Ecuador", "ECU");
    row("El Salvador", "SLV");
    row("Guatemala", "GTM");
    row("Honduras", "HND");
    row("México", "MEX");
    row("MEXICO", "MEX");
    row("mexico", "MEX");
    row("Мексика", "MEX");
    row("Nicaragua", "NIC");
    row("Panamá", "PAN");
    row("Panama", "PAN");
    row("Paraguay", "PRY");
    row("Perú", "PER");
    row("Peru", "PER");
    row("Puerto Rico", "PRI");
    row("Uruguay", "URY");
    row("Venezuela", "VEN");
    row("Венесуэла", "VEN");

    // Spain, Russia and the CIS.
    row("Spain", "ESP");
    row("España", "ESP");
    row("ESPAÑA", "ESP");
    row("Espana", "ESP");
    row("Испания", "ESP");
    row("Russia", "RUS");
    row("Rusia", "RUS");
    row("Russian Federation", "RUS");
    row("Россия", "RUS");
    row("РОССИЯ", "RUS");
    row("Российская Федерация", "RUS");
    row("Belarus", "BLR");
    row("Беларусь", "BLR");
    row("Белоруссия", "BLR");
    row("Kazakhstan", "KAZ");
    row("Kazajistán", "KAZ");
    row("Казахстан", "KAZ");
    row("Кыргызстан", "KGZ");
    row("Киргизия", "KGZ");
    row("Uzbekistan", "UZB");
    row("Узбекистан", "UZB");
    row("Таджикистан", "TJK");
    row("Туркменистан", "TKM");
    row("Armenia", "ARM");
    row("Армения", "ARM");
    row("Азербайджан", "AZE");
    row("Azerbaiyán", "AZE");
    row("Moldova", "MDA");
    row("Молдова", "MDA");
    row("Ukraine", "UKR");
    row("Украина", "UKR");
    row("Грузия", "GEO");

    // USA.
    row("United States", "USA");
    row("United States of America", "USA");
    row("U.S.A.", "USA");
    row("Estados Unidos", "USA");
    row("EE. UU.", "USA");
    row("EEUU", "USA");
    row("США", "USA");
    row("Соединённые Штаты Америки", "USA");
    row("Соединенные Штаты Америки", "USA");

    // Major EU members.
    row("Germany", "DEU");
    row("Alemania", "DEU");
    row("Германия", "DEU");
    row("France", "FRA");
    row("Francia", "FRA");
    row("Франция", "FRA");
    row("Italy", "ITA");
    row("Italia", "ITA");
    row("Италия", "ITA");
    row("Netherlands", "NLD");
    row("Países Bajos", "NLD");
    row("Holanda", "NLD");
    row("Нидерланды", "NLD");
    row("Portugal", "PRT");
    row("Португалия", "PRT");
    row("Poland", "POL");
    row("Polonia", "POL");
    row("Польша", "POL");
    row("Belgium", "BEL");
    row("Bélgica", "BEL");
    row("Sweden", "SWE");
    row("Suecia", "SWE");
    row("Austria", "AUT");
    row("Greece", "GRC");
    row("Grecia", "GRC");
    row("Czechia", "CZE");
    row("República Checa", "CZE");
    row("Чехия", "CZE");
    row("Ireland", "IRL");

    // Not far off the list either.
    row("United Kingdom", "GBR");
    row("UK", "GBR");
    row("Reino Unido", "GBR");
    row("Великобритания", "GBR");
    row("Åland Islands", "ALA");
    row("Cote d'Ivoire", "CIV");
    row("Côte d’Ivoire", "CIV");

    // Unknown.
    row("Narnia", "");
    row("", "");
    row("   ", "");
    row("XX", "");
    row("ZZZ", "");
}

void TestCountryCodes::toAlpha3()
{
    QFETCH(QString, text);
    QFETCH(QString, alpha3);
    QCOMPARE(CountryCodes::toAlpha3(text), alpha3);
}

QTEST_GUILESS_MAIN(TestCountryCodes)
#include "tst_countrycodes.moc"
