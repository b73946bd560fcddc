#pragma once

#include <QString>

// ISO 3166-1 alpha-3 country codes (the officially assigned ones).
namespace CountryCodes {

bool isAlpha3(const QString &code); // exact, upper-case
bool isAlpha3(QStringView code);
// Best effort from what people type in spreadsheets: "ar", "ARG", "Argentina",
// "Россия", "España" -> alpha-3; empty when unknown.
QString toAlpha3(const QString &text);

} // namespace CountryCodes
