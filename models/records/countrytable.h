#pragma once

// ISO 3166-1 as CountryCodes reads it: the officially assigned codes, and the
// countries' names in English, Spanish and Russian. countrytable.cpp is made
// from Debian's iso-codes by scripts/gen_countrycodes.py, and a test checks
// that it still is.
namespace CountryTable {

struct Code
{
    const char *alpha3;
    const char *alpha2;
};

struct Name
{
    const char16_t *name;
    const char *alpha3;
};

extern const Code codes[]; // in alpha-3 order
extern const int codeCount;
extern const Name names[];
extern const int nameCount;

} // namespace CountryTable
