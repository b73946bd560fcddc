#include "countrycodes.h"

#include <QHash>
#include <QSet>

namespace {

struct CountryCode
{
    const char *alpha3;
    const char *alpha2;
};

struct CountryName
{
    const char16_t *name;
    const char *alpha3;
};

// Generated from Debian iso-codes 4.15.0 (iso_3166-1.json and its es/ru
// translations) plus hand-written aliases; keep it a plain table so that
// review can diff it.

const CountryCode countryCodes[] = {
    {"ABW", "AW"}, // Aruba
    {"AFG", "AF"}, // Afghanistan
    {"AGO", "AO"}, // Angola
    {"AIA", "AI"}, // Anguilla
    {"ALA", "AX"}, // Åland Islands
    {"ALB", "AL"}, // Albania
    {"AND", "AD"}, // Andorra
    {"ARE", "AE"}, // United Arab Emirates
    {"ARG", "AR"}, // Argentina
    {"ARM", "AM"}, // Armenia
    {"ASM", "AS"}, // American Samoa
    {"ATA", "AQ"}, // Antarctica
    {"ATF", "TF"}, // French Southern Territories
    {"ATG", "AG"}, // Antigua and Barbuda
    {"AUS", "AU"}, // Australia
    {"AUT", "AT"}, // Austria
    {"AZE", "AZ"}, // Azerbaijan
    {"BDI", "BI"}, // Burundi
    {"BEL", "BE"}, // Belgium
    {"BEN", "BJ"}, // Benin
    {"BES", "BQ"}, // Bonaire, Sint Eustatius and Saba
    {"BFA", "BF"}, // Burkina Faso
    {"BGD", "BD"}, // Bangladesh
    {"BGR", "BG"}, // Bulgaria
    {"BHR", "BH"}, // Bahrain
    {"BHS", "BS"}, // Bahamas
    {"BIH", "BA"}, // Bosnia and Herzegovina
    {"BLM", "BL"}, // Saint Barthélemy
    {"BLR", "BY"}, // Belarus
    {"BLZ", "BZ"}, // Belize
    {"BMU", "BM"}, // Bermuda
    {"BOL", "BO"}, // Bolivia, Plurinational State of
    {"BRA", "BR"}, // Brazil
    {"BRB", "BB"}, // Barbados
    {"BRN", "BN"}, // Brunei Darussalam
    {"BTN", "BT"}, // Bhutan
    {"BVT", "BV"}, // Bouvet Island
    {"BWA", "BW"}, // Botswana
    {"CAF", "CF"}, // Central African Republic
    {"CAN", "CA"}, // Canada
    {"CCK", "CC"}, // Cocos (Keeling) Islands
    {"CHE", "CH"}, // Switzerland
    {"CHL", "CL"}, // Chile
    {"CHN", "CN"}, // China
    {"CIV", "CI"}, // Côte d'Ivoire
    {"CMR", "CM"}, // Cameroon
    {"COD", "CD"}, // Congo, The Democratic Republic of the
    {"COG", "CG"}, // Congo
    {"COK", "CK"}, // Cook Islands
    {"COL", "CO"}, // Colombia
    {"COM", "KM"}, // Comoros
    {"CPV", "CV"}, // Cabo Verde
    {"CRI", "CR"}, // Costa Rica
    {"CUB", "CU"}, // Cuba
    {"CUW", "CW"}, // Curaçao
    {"CXR", "CX"}, // Christmas Island
    {"CYM", "KY"}, // Cayman Islands
    {"CYP", "CY"}, // Cyprus
    {"CZE", "CZ"}, // Czechia
    {"DEU", "DE"}, // Germany
    {"DJI", "DJ"}, // Djibouti
    {"DMA", "DM"}, // Dominica
    {"DNK", "DK"}, // Denmark
    {"DOM", "DO"}, // Dominican Republic
    {"DZA", "DZ"}, // Algeria
    {"ECU", "EC"}, // Ecuador
    {"EGY", "EG"}, // Egypt
    {"ERI", "ER"}, // Eritrea
    {"ESH", "EH"}, // Western Sahara
    {"ESP", "ES"}, // Spain
    {"EST", "EE"}, // Estonia
    {"ETH", "ET"}, // Ethiopia
    {"FIN", "FI"}, // Finland
    {"FJI", "FJ"}, // Fiji
    {"FLK", "FK"}, // Falkland Islands (Malvinas)
    {"FRA", "FR"}, // France
    {"FRO", "FO"}, // Faroe Islands
    {"FSM", "FM"}, // Micronesia, Federated States of
    {"GAB", "GA"}, // Gabon
    {"GBR", "GB"}, // United Kingdom
    {"GEO", "GE"}, // Georgia
    {"GGY", "GG"}, // Guernsey
    {"GHA", "GH"}, // Ghana
    {"GIB", "GI"}, // Gibraltar
    {"GIN", "GN"}, // Guinea
    {"GLP", "GP"}, // Guadeloupe
    {"GMB", "GM"}, // Gambia
    {"GNB", "GW"}, // Guinea-Bissau
    {"GNQ", "GQ"}, // Equatorial Guinea
    {"GRC", "GR"}, // Greece
    {"GRD", "GD"}, // Grenada
    {"GRL", "GL"}, // Greenland
    {"GTM", "GT"}, // Guatemala
    {"GUF", "GF"}, // French Guiana
    {"GUM", "GU"}, // Guam
    {"GUY", "GY"}, // Guyana
    {"HKG", "HK"}, // Hong Kong
    {"HMD", "HM"}, // Heard Island and McDonald Islands
    {"HND", "HN"}, // Honduras
    {"HRV", "HR"}, // Croatia
    {"HTI", "HT"}, // Haiti
    {"HUN", "HU"}, // Hungary
    {"IDN", "ID"}, // Indonesia
    {"IMN", "IM"}, // Isle of Man
    {"IND", "IN"}, // India
    {"IOT", "IO"}, // British Indian Ocean Territory
    {"IRL", "IE"}, // Ireland
    {"IRN", "IR"}, // Iran, Islamic Republic of
    {"IRQ", "IQ"}, // Iraq
    {"ISL", "IS"}, // Iceland
    {"ISR", "IL"}, // Israel
    {"ITA", "IT"}, // Italy
    {"JAM", "JM"}, // Jamaica
    {"JEY", "JE"}, // Jersey
    {"JOR", "JO"}, // Jordan
    {"JPN", "JP"}, // Japan
    {"KAZ", "KZ"}, // Kazakhstan
    {"KEN", "KE"}, // Kenya
    {"KGZ", "KG"}, // Kyrgyzstan
    {"KHM", "KH"}, // Cambodia
    {"KIR", "KI"}, // Kiribati
    {"KNA", "KN"}, // Saint Kitts and Nevis
    {"KOR", "KR"}, // Korea, Republic of
    {"KWT", "KW"}, // Kuwait
    {"LAO", "LA"}, // Lao People's Democratic Republic
    {"LBN", "LB"}, // Lebanon
    {"LBR", "LR"}, // Liberia
    {"LBY", "LY"}, // Libya
    {"LCA", "LC"}, // Saint Lucia
    {"LIE", "LI"}, // Liechtenstein
    {"LKA", "LK"}, // Sri Lanka
    {"LSO", "LS"}, // Lesotho
    {"LTU", "LT"}, // Lithuania
    {"LUX", "LU"}, // Luxembourg
    {"LVA", "LV"}, // Latvia
    {"MAC", "MO"}, // Macao
    {"MAF", "MF"}, // Saint Martin (French part)
    {"MAR", "MA"}, // Morocco
    {"MCO", "MC"}, // Monaco
    {"MDA", "MD"}, // Moldova, Republic of
    {"MDG", "MG"}, // Madagascar
    {"MDV", "MV"}, // Maldives
    {"MEX", "MX"}, // Mexico
    {"MHL", "MH"}, // Marshall Islands
    {"MKD", "MK"}, // North Macedonia
    {"MLI", "ML"}, // Mali
    {"MLT", "MT"}, // Malta
    {"MMR", "MM"}, // Myanmar
    {"MNE", "ME"}, // Montenegro
    {"MNG", "MN"}, // Mongolia
    {"MNP", "MP"}, // Northern Mariana Islands
    {"MOZ", "MZ"}, // Mozambique
    {"MRT", "MR"}, // Mauritania
    {"MSR", "MS"}, // Montserrat
    {"MTQ", "MQ"}, // Martinique
    {"MUS", "MU"}, // Mauritius
    {"MWI", "MW"}, // Malawi
    {"MYS", "MY"}, // Malaysia
    {"MYT", "YT"}, // Mayotte
    {"NAM", "NA"}, // Namibia
    {"NCL", "NC"}, // New Caledonia
    {"NER", "NE"}, // Niger
    {"NFK", "NF"}, // Norfolk Island
    {"NGA", "NG"}, // Nigeria
    {"NIC", "NI"}, // Nicaragua
    {"NIU", "NU"}, // Niue
    {"NLD", "NL"}, // Netherlands
    {"NOR", "NO"}, // Norway
    {"NPL", "NP"}, // Nepal
    {"NRU", "NR"}, // Nauru
    {"NZL", "NZ"}, // New Zealand
    {"OMN", "OM"}, // Oman
    {"PAK", "PK"}, // Pakistan
    {"PAN", "PA"}, // Panama
    {"PCN", "PN"}, // Pitcairn
    {"PER", "PE"}, // Peru
    {"PHL", "PH"}, // Philippines
    {"PLW", "PW"}, // Palau
    {"PNG", "PG"}, // Papua New Guinea
    {"POL", "PL"}, // Poland
    {"PRI", "PR"}, // Puerto Rico
    {"PRK", "KP"}, // Korea, Democratic People's Republic of
    {"PRT", "PT"}, // Portugal
    {"PRY", "PY"}, // Paraguay
    {"PSE", "PS"}, // Palestine, State of
    {"PYF", "PF"}, // French Polynesia
    {"QAT", "QA"}, // Qatar
    {"REU", "RE"}, // Réunion
    {"ROU", "RO"}, // Romania
    {"RUS", "RU"}, // Russian Federation
    {"RWA", "RW"}, // Rwanda
    {"SAU", "SA"}, // Saudi Arabia
    {"SDN", "SD"}, // Sudan
    {"SEN", "SN"}, // Senegal
    {"SGP", "SG"}, // Singapore
    {"SGS", "GS"}, // South Georgia and the South Sandwich Islands
    {"SHN", "SH"}, // Saint Helena, Ascension and Tristan da Cunha
    {"SJM", "SJ"}, // Svalbard and Jan Mayen
    {"SLB", "SB"}, // Solomon Islands
    {"SLE", "SL"}, // Sierra Leone
    {"SLV", "SV"}, // El Salvador
    {"SMR", "SM"}, // San Marino
    {"SOM", "SO"}, // Somalia
    {"SPM", "PM"}, // Saint Pierre and Miquelon
    {"SRB", "RS"}, // Serbia
    {"SSD", "SS"}, // South Sudan
    {"STP", "ST"}, // Sao Tome and Principe
    {"SUR", "SR"}, // Suriname
    {"SVK", "SK"}, // Slovakia
    {"SVN", "SI"}, // Slovenia
    {"SWE", "SE"}, // Sweden
    {"SWZ", "SZ"}, // Eswatini
    {"SXM", "SX"}, // Sint Maarten (Dutch part)
    {"SYC", "SC"}, // Seychelles
    {"SYR", "SY"}, // Syrian Arab Republic
    {"TCA", "TC"}, // Turks and Caicos Islands
    {"TCD", "TD"}, // Chad
    {"TGO", "TG"}, // Togo
    {"THA", "TH"}, // Thailand
    {"TJK", "TJ"}, // Tajikistan
    {"TKL", "TK"}, // Tokelau
    {"TKM", "TM"}, // Turkmenistan
    {"TLS", "TL"}, // Timor-Leste
    {"TON", "TO"}, // Tonga
    {"TTO", "TT"}, // Trinidad and Tobago
    {"TUN", "TN"}, // Tunisia
    {"TUR", "TR"}, // Türkiye
    {"TUV", "TV"}, // Tuvalu
    {"TWN", "TW"}, // Taiwan, Province of China
    {"TZA", "TZ"}, // Tanzania, United Republic of
    {"UGA", "UG"}, // Uganda
    {"UKR", "UA"}, // Ukraine
    {"UMI", "UM"}, // United States Minor Outlying Islands
    {"URY", "UY"}, // Uruguay
    {"USA", "US"}, // United States
    {"UZB", "UZ"}, // Uzbekistan
    {"VAT", "VA"}, // Holy See (Vatican City State)
    {"VCT", "VC"}, // Saint Vincent and the Grenadines
    {"VEN", "VE"}, // Venezuela, Bolivarian Republic of
    {"VGB", "VG"}, // Virgin Islands, British
    {"VIR", "VI"}, // Virgin Islands, U.S.
    {"VNM", "VN"}, // Viet Nam
    {"VUT", "VU"}, // Vanuatu
    {"WLF", "WF"}, // Wallis and Futuna
    {"WSM", "WS"}, // Samoa
    {"YEM", "YE"}, // Yemen
    {"ZAF", "ZA"}, // South Africa
    {"ZMB", "ZM"}, // Zambia
    {"ZWE", "ZW"}, // Zimbabwe
};

const CountryName countryNames[] = {
    {u"Aruba", "ABW"},
    {u"Аруба", "ABW"},
    {u"Afghanistan", "AFG"},
    {u"Afganistán", "AFG"},
    {u"Афганистан", "AFG"},
    {u"Islamic Republic of Afghanistan", "AFG"},
    {u"República Islámica de Afganistán", "AFG"},
    {u"Исламская Республика Афганистан", "AFG"},
    {u"Angola", "AGO"},
    {u"Ангола", "AGO"},
    {u"Republic of Angola", "AGO"},
    {u"República de Angola", "AGO"},
    {u"Республика Ангола", "AGO"},
    {u"Anguilla", "AIA"},
    {u"Anguila", "AIA"},
    {u"Ангвилла", "AIA"},
    {u"Åland Islands", "ALA"},
    {u"Islas Äland", "ALA"},
    {u"Аландские острова", "ALA"},
    {u"Albania", "ALB"},
    {u"Албания", "ALB"},
    {u"Republic of Albania", "ALB"},
    {u"República de Albania", "ALB"},
    {u"Республика Албания", "ALB"},
    {u"Andorra", "AND"},
    {u"Андорра", "AND"},
    {u"Principality of Andorra", "AND"},
    {u"Principado de Andorra", "AND"},
    {u"Княжество Андорра", "AND"},
    {u"United Arab Emirates", "ARE"},
    {u"Emiratos Árabes Unidos", "ARE"},
    {u"Объединённые Арабские Эмираты", "ARE"},
    {u"Argentina", "ARG"},
    {u"Аргентина", "ARG"},
    {u"Argentine Republic", "ARG"},
    {u"República Argentina", "ARG"},
    {u"Аргентинская Республика", "ARG"},
    {u"Armenia", "ARM"},
    {u"Армения", "ARM"},
    {u"Republic of Armenia", "ARM"},
    {u"República de Armenia", "ARM"},
    {u"Республика Армения", "ARM"},
    {u"American Samoa", "ASM"},
    {u"Samoa Estadounidense", "ASM"},
    {u"Американские Самоа", "ASM"},
    {u"Antarctica", "ATA"},
    {u"Antártida", "ATA"},
    {u"Антарктика", "ATA"},
    {u"French Southern Territories", "ATF"},
    {u"Territorios Franceses del Sur", "ATF"},
    {u"Французские южные территории", "ATF"},
    {u"Antigua and Barbuda", "ATG"},
    {u"Antigua y Barbuda", "ATG"},
    {u"Антигуа и Барбуда", "ATG"},
    {u"Australia", "AUS"},
    {u"Австралия", "AUS"},
    {u"Austria", "AUT"},
    {u"Австрия", "AUT"},
    {u"Republic of Austria", "AUT"},
    {u"República de Austria", "AUT"},
    {u"Австрийская Республика", "AUT"},
    {u"Azerbaijan", "AZE"},
    {u"Azerbaiyán", "AZE"},
    {u"Азербайджан", "AZE"},
    {u"Republic of Azerbaijan", "AZE"},
    {u"República de Azerbaiyán", "AZE"},
    {u"Республика Азербайджан", "AZE"},
    {u"Burundi", "BDI"},
    {u"Бурунди", "BDI"},
    {u"Republic of Burundi", "BDI"},
    {u"República de Burundi", "BDI"},
    {u"Республика Бурунди", "BDI"},
    {u"Belgium", "BEL"},
    {u"Bélgica", "BEL"},
    {u"Бельгия", "BEL"},
    {u"Kingdom of Belgium", "BEL"},
    {u"Reino de Bélgica", "BEL"},
    {u"Королевство Бельгия", "BEL"},
    {u"Benin", "BEN"},
    {u"Бенин", "BEN"},
    {u"Republic of Benin", "BEN"},
    {u"República de Benín", "BEN"},
    {u"Республика Бенин", "BEN"},
    {u"Bonaire, Sint Eustatius and Saba", "BES"},
    {u"Islas BES (Caribe Neerlandés)", "BES"},
    {u"Бонайре, Синт-Эстатиус и Саба", "BES"},
    {u"Burkina Faso", "BFA"},
    {u"Burquina Faso", "BFA"},
    {u"Буркина-Фасо", "BFA"},
    {u"Bangladesh", "BGD"},
    {u"Bangladés", "BGD"},
    {u"Бангладеш", "BGD"},
    {u"People's Republic of Bangladesh", "BGD"},
    {u"República Popular de Bangladés", "BGD"},
    {u"Народная Республика Бангладеш", "BGD"},
    {u"Bulgaria", "BGR"},
    {u"Болгария", "BGR"},
    {u"Republic of Bulgaria", "BGR"},
    {u"República de Bulgaria", "BGR"},
    {u"Республика Болгария", "BGR"},
    {u"Bahrain", "BHR"},
    {u"Baréin", "BHR"},
    {u"Бахрейн", "BHR"},
    {u"Kingdom of Bahrain", "BHR"},
    {u"Reino de Baréin", "BHR"},
    {u"Королевство Бахрейн", "BHR"},
    {u"Bahamas", "BHS"},
    {u"Багамы", "BHS"},
    {u"Commonwealth of the Bahamas", "BHS"},
    {u"Commonwealth de las Bahamas", "BHS"},
    {u"Содружество Багамских Островов", "BHS"},
    {u"Bosnia and Herzegovina", "BIH"},
    {u"Bosnia y Herzegovina", "BIH"},
    {u"Босния и Герцеговина", "BIH"},
    {u"Republic of Bosnia and Herzegovina", "BIH"},
    {u"República de Bosnia y Hercegovina", "BIH"},
    {u"Республика Босния и Герцеговина", "BIH"},
    {u"Saint Barthélemy", "BLM"},
    {u"San Bartolomé", "BLM"},
    {u"Сен-Бартельми", "BLM"},
    {u"Belarus", "BLR"},
    {u"Bielorrusia", "BLR"},
    {u"Беларусь", "BLR"},
    {u"Republic of Belarus", "BLR"},
    {u"República de Bielorrusia", "BLR"},
    {u"Республика Беларусь", "BLR"},
    {u"Belize", "BLZ"},
    {u"Belice", "BLZ"},
    {u"Белиз", "BLZ"},
    {u"Bermuda", "BMU"},
    {u"Islas Bermudas", "BMU"},
    {u"Бермуды", "BMU"},
    {u"Bolivia, Plurinational State of", "BOL"},
    {u"Bolivia, Estado plurinacional de", "BOL"},
    {u"Боливия", "BOL"},
    {u"Bolivia", "BOL"},
    {u"Plurinational State of Bolivia", "BOL"},
    {u"Estado plurinacional de Bolivia", "BOL"},
    {u"Многонациональное Государство Боливия", "BOL"},
    {u"Brazil", "BRA"},
    {u"Brasil", "BRA"},
    {u"Бразилия", "BRA"},
    {u"Federative Republic of Brazil", "BRA"},
    {u"República Federativa de Brasil", "BRA"},
    {u"Федеративная Республика Бразилия", "BRA"},
    {u"Barbados", "BRB"},
    {u"Барбадос", "BRB"},
    {u"Brunei Darussalam", "BRN"},
    {u"Бруней Даруссалам", "BRN"},
    {u"Bhutan", "BTN"},
    {u"Bután", "BTN"},
    {u"Бутан", "BTN"},
    {u"Kingdom of Bhutan", "BTN"},
    {u"Reino de Bután", "BTN"},
    {u"Королевство Бутан", "BTN"},
    {u"Bouvet Island", "BVT"},
    {u"Isla Bouvet", "BVT"},
    {u"Остров Буве", "BVT"},
    {u"Botswana", "BWA"},
    {u"Botsuana", "BWA"},
    {u"Ботсвана", "BWA"},
    {u"Republic of Botswana", "BWA"},
    {u"República de Botsuana", "BWA"},
    {u"Республика Ботсвана", "BWA"},
    {u"Central African Republic", "CAF"},
    {u"República Centroafricana", "CAF"},
    {u"Центрально-африканская республика", "CAF"},
    {u"Canada", "CAN"},
    {u"Канада", "CAN"},
    {u"Cocos (Keeling) Islands", "CCK"},
    {u"Islas Cocos (Keeling)", "CCK"},
    {u"Кокосовые острова", "CCK"},
    {u"Switzerland", "CHE"},
    {u"Suiza", "CHE"},
    {u"Швейцария", "CHE"},
    {u"Swiss Confederation", "CHE"},
    {u"Confederación Suiza", "CHE"},
    {u"Швейцарская Конфедерация", "CHE"},
    {u"Chile", "CHL"},
    {u"Чили", "CHL"},
    {u"Republic of Chile", "CHL"},
    {u"República de Chile", "CHL"},
    {u"Республика Чили", "CHL"},
    {u"China", "CHN"},
    {u"Китай", "CHN"},
    {u"People's Republic of China", "CHN"},
    {u"República Popular China", "CHN"},
    {u"Китайская Народная Республика", "CHN"},
    {u"Côte d'Ivoire", "CIV"},
    {u"Costa de Marfíl", "CIV"},
    {u"Кот-д'Ивуар", "CIV"},
    {u"Republic of Côte d'Ivoire", "CIV"},
    {u"República de Costa de Marfíl", "CIV"},
    {u"Республика Кот-д'Ивуар", "CIV"},
    {u"Cameroon", "CMR"},
    {u"Camerún", "CMR"},
    {u"Камерун", "CMR"},
    {u"Republic of Cameroon", "CMR"},
    {u"República del Camerún", "CMR"},
    {u"Республика Камерун", "CMR"},
    {u"Congo, The Democratic Republic of the", "COD"},
    {u"Congo, República Democrática del", "COD"},
    {u"Демократическая Республика Конго", "COD"},
    {u"Congo", "COG"},
    {u"Конго", "COG"},
    {u"Republic of the Congo", "COG"},
    {u"República del Congo", "COG"},
    {u"Республика Конго", "COG"},
    {u"Cook Islands", "COK"},
    {u"Islas Cook", "COK"},
    {u"Острова Кука", "COK"},
    {u"Colombia", "COL"},
    {u"Колумбия", "COL"},
    {u"Republic of Colombia", "COL"},
    {u"República de Colombia", "COL"},
    {u"Республика Колумбия", "COL"},
    {u"Comoros", "COM"},
    {u"Comores, Islas", "COM"},
    {u"Коморы", "COM"},
    {u"Union of the Comoros", "COM"},
    {u"Unión de las Comores", "COM"},
    {u"Союз Коморских Островов", "COM"},
    {u"Cabo Verde", "CPV"},
    {u"Кабо-Верде", "CPV"},
    {u"Republic of Cabo Verde", "CPV"},
    {u"República de Cabo Verde", "CPV"},
    {u"Республика Кабо-Верде", "CPV"},
    {u"Costa Rica", "CRI"},
    {u"Коста-Рика", "CRI"},
    {u"Republic of Costa Rica", "CRI"},
    {u"República de Costa Rica", "CRI"},
    {u"Республика Коста-Рика", "CRI"},
    {u"Cuba", "CUB"},
    {u"Куба", "CUB"},
    {u"Republic of Cuba", "CUB"},
    {u"República de Cuba", "CUB"},
    {u"Республика Куба", "CUB"},
    {u"Curaçao", "CUW"},
    {u"Curazao", "CUW"},
    {u"Кюрасао", "CUW"},
    {u"Christmas Island", "CXR"},
    {u"Isla de Navidad", "CXR"},
    {u"Остров Рождества", "CXR"},
    {u"Cayman Islands", "CYM"},
    {u"Islas Caimán", "CYM"},
    {u"Каймановы острова", "CYM"},
    {u"Cyprus", "CYP"},
    {u"Chipre", "CYP"},
    {u"Кипр", "CYP"},
    {u"Republic of Cyprus", "CYP"},
    {u"República de Chipre", "CYP"},
    {u"Республика Кипр", "CYP"},
    {u"Czechia", "CZE"},
    {u"Chequia", "CZE"},
    {u"Чехия", "CZE"},
    {u"Czech Republic", "CZE"},
    {u"República Checa", "CZE"},
    {u"Чешская Республика", "CZE"},
    {u"Germany", "DEU"},
    {u"Alemania", "DEU"},
    {u"Германия", "DEU"},
    {u"Federal Republic of Germany", "DEU"},
    {u"República Federal de Alemania", "DEU"},
    {u"Федеративная Республика Германия", "DEU"},
    {u"Djibouti", "DJI"},
    {u"Yibuti", "DJI"},
    {u"Джибути", "DJI"},
    {u"Republic of Djibouti", "DJI"},
    {u"República de Yibuti", "DJI"},
    {u"Республика Джибути", "DJI"},
    {u"Dominica", "DMA"},
    {u"Доминика", "DMA"},
    {u"Commonwealth of Dominica", "DMA"},
    {u"Commonwealth de Dominica", "DMA"},
    {u"Содружество Доминики", "DMA"},
    {u"Denmark", "DNK"},
    {u"Dinamarca", "DNK"},
    {u"Дания", "DNK"},
    {u"Kingdom of Denmark", "DNK"},
    {u"Reino de Dinamarca", "DNK"},
    {u"Королевство Дания", "DNK"},
    {u"Dominican Republic", "DOM"},
    {u"República Dominicana", "DOM"},
    {u"Доминиканская республика", "DOM"},
    {u"Algeria", "DZA"},
    {u"Алжир", "DZA"},
    {u"People's Democratic Republic of Algeria", "DZA"},
    {u"República Democrática Popular de Argelia", "DZA"},
    {u"Алжирская Народная Демократическая Республика", "DZA"},
    {u"Ecuador", "ECU"},
    {u"Эквадор", "ECU"},
    {u"Republic of Ecuador", "ECU"},
    {u"República del Ecuador", "ECU"},
    {u"Республика Эквадор", "ECU"},
    {u"Egypt", "EGY"},
    {u"Egipto", "EGY"},
    {u"Египет", "EGY"},
    {u"Arab Republic of Egypt", "EGY"},
    {u"República Árabe de Egipto", "EGY"},
    {u"Арабская Республика Египет", "EGY"},
    {u"Eritrea", "ERI"},
    {u"Эритрея", "ERI"},
    {u"the State of Eritrea", "ERI"},
    {u"Estado de Eritrea", "ERI"},
    {u"Государство Эритрея", "ERI"},
    {u"Western Sahara", "ESH"},
    {u"Sahara Occidental", "ESH"},
    {u"Западная Сахара", "ESH"},
    {u"Spain", "ESP"},
    {u"España", "ESP"},
    {u"Испания", "ESP"},
    {u"Kingdom of Spain", "ESP"},
    {u"Reino de España", "ESP"},
    {u"Королевство Испания", "ESP"},
    {u"Estonia", "EST"},
    {u"Эстония", "EST"},
    {u"Republic of Estonia", "EST"},
    {u"República de Estonia", "EST"},
    {u"Эстонская Республика", "EST"},
    {u"Ethiopia", "ETH"},
    {u"Etiopía", "ETH"},
    {u"Эфиопия", "ETH"},
    {u"Federal Democratic Republic of Ethiopia", "ETH"},
    {u"República Federal Democrática de Etiopía", "ETH"},
    {u"Федеративная Демократическая Республика Эфиопия", "ETH"},
    {u"Finland", "FIN"},
    {u"Finlandia", "FIN"},
    {u"Финляндия", "FIN"},
    {u"Republic of Finland", "FIN"},
    {u"República de Finlandia", "FIN"},
    {u"Финляндская Республика", "FIN"},
    {u"Fiji", "FJI"},
    {u"Fiyi", "FJI"},
    {u"Фиджи", "FJI"},
    {u"Republic of Fiji", "FJI"},
    {u"República de Fiyi", "FJI"},
    {u"Республика Фиджи", "FJI"},
    {u"Falkland Islands (Malvinas)", "FLK"},
    {u"Islas Falkland (Malvinas)", "FLK"},
    {u"Фолклендские (Мальвинские) острова", "FLK"},
    {u"France", "FRA"},
    {u"Francia", "FRA"},
    {u"Франция", "FRA"},
    {u"French Republic", "FRA"},
    {u"República Francesa", "FRA"},
    {u"Французская Республика", "FRA"},
    {u"Faroe Islands", "FRO"},
    {u"Islas Feroe", "FRO"},
    {u"Фарерские острова", "FRO"},
    {u"Micronesia, Federated States of", "FSM"},
    {u"Micronesia, Estados Federados de", "FSM"},
    {u"Федеративные Штаты Микронезии", "FSM"},
    {u"Federated States of Micronesia", "FSM"},
    {u"Estados Federados de Micronesia", "FSM"},
    {u"Gabon", "GAB"},
    {u"Габон", "GAB"},
    {u"Gabonese Republic", "GAB"},
    {u"República Gabonesa", "GAB"},
    {u"Габонская Республика", "GAB"},
    {u"United Kingdom", "GBR"},
    {u"Reino Unido", "GBR"},
    {u"Соединённое Королевство", "GBR"},
    {u"United Kingdom of Great Britain and Northern Ireland", "GBR"},
    {u"Reino Unido de Gran Bretaña e Irlanda del Norte", "GBR"},
    {u"Соединённое Королевство Великобритании и Северной Ирландии", "GBR"},
    {u"Georgia", "GEO"},
    {u"Грузия", "GEO"},
    {u"Guernsey", "GGY"},
    {u"Гернси", "GGY"},
    {u"Ghana", "GHA"},
    {u"Гана", "GHA"},
    {u"Republic of Ghana", "GHA"},
    {u"República de Ghana", "GHA"},
    {u"Республика Гана", "GHA"},
    {u"Gibraltar", "GIB"},
    {u"Гибралтар", "GIB"},
    {u"Guinea", "GIN"},
    {u"Гвинея", "GIN"},
    {u"Republic of Guinea", "GIN"},
    {u"República de Guinea", "GIN"},
    {u"Гвинейская Республика", "GIN"},
    {u"Guadeloupe", "GLP"},
    {u"Guadalupe", "GLP"},
    {u"Гваделупа", "GLP"},
    {u"Gambia", "GMB"},
    {u"Гамбия", "GMB"},
    {u"Republic of the Gambia", "GMB"},
    {u"República de Gambia", "GMB"},
    {u"Республика Гамбия", "GMB"},
    {u"Guinea-Bissau", "GNB"},
    {u"Guinea-Bisáu", "GNB"},
    {u"Гвинея-Бисау", "GNB"},
    {u"Republic of Guinea-Bissau", "GNB"},
    {u"República de Guinea-Bissau", "GNB"},
    {u"Республика Гвинея-Бисау", "GNB"},
    {u"Equatorial Guinea", "GNQ"},
    {u"Guinea Ecuatorial", "GNQ"},
    {u"Экваториальная Гвинея", "GNQ"},
    {u"Republic of Equatorial Guinea", "GNQ"},
    {u"República de Guinea Ecuatorial", "GNQ"},
    {u"Республика Экваториальная Гвинея", "GNQ"},
    {u"Greece", "GRC"},
    {u"Grecia", "GRC"},
    {u"Греция", "GRC"},
    {u"Hellenic Republic", "GRC"},
    {u"República Helénica", "GRC"},
    {u"Греческая Республика", "GRC"},
    {u"Grenada", "GRD"},
    {u"Granada", "GRD"},
    {u"Гренада", "GRD"},
    {u"Greenland", "GRL"},
    {u"Groenlandia", "GRL"},
    {u"Гренландия", "GRL"},
    {u"Guatemala", "GTM"},
    {u"Гватемала", "GTM"},
    {u"Republic of Guatemala", "GTM"},
    {u"República de Guatemala", "GTM"},
    {u"Республика Гватемала", "GTM"},
    {u"French Guiana", "GUF"},
    {u"Guayana Francesa", "GUF"},
    {u"Французская Гвиана", "GUF"},
    {u"Guam", "GUM"},
    {u"Гуам", "GUM"},
    {u"Guyana", "GUY"},
    {u"Гайана", "GUY"},
    {u"Republic of Guyana", "GUY"},
    {u"República de Guyana", "GUY"},
    {u"Республика Гайана", "GUY"},
    {u"Hong Kong", "HKG"},
    {u"Гонконг", "HKG"},
    {u"Hong Kong Special Administrative Region of China", "HKG"},
    {u"Región Administrativa Especial China de Hong Kong", "HKG"},
    {u"Осо́бый административный район Гонконг", "HKG"},
    {u"Heard Island and McDonald Islands", "HMD"},
    {u"Islas Heard y McDonald", "HMD"},
    {u"Остров Херд и острова МакДональд", "HMD"},
    {u"Honduras", "HND"},
    {u"Гондурас", "HND"},
    {u"Republic of Honduras", "HND"},
    {u"República de Honduras", "HND"},
    {u"Республика Гондурас", "HND"},
    {u"Croatia", "HRV"},
    {u"Croacia", "HRV"},
    {u"Хорватия", "HRV"},
    {u"Republic of Croatia", "HRV"},
    {u"República de Croacia", "HRV"},
    {u"Республика Хорватия", "HRV"},
    {u"Haiti", "HTI"},
    {u"Гаити", "HTI"},
    {u"Republic of Haiti", "HTI"},
    {u"República de Haití", "HTI"},
    {u"Республика Гаити", "HTI"},
    {u"Hungary", "HUN"},
    {u"Hungría", "HUN"},
    {u"Венгрия", "HUN"},
    {u"Indonesia", "IDN"},
    {u"Индонезия", "IDN"},
    {u"Republic of Indonesia", "IDN"},
    {u"República de Indonesia", "IDN"},
    {u"Республика Индонезия", "IDN"},
    {u"Isle of Man", "IMN"},
    {u"Isla de Man", "IMN"},
    {u"Остров Мэн", "IMN"},
    {u"India", "IND"},
    {u"Индия", "IND"},
    {u"Republic of India", "IND"},
    {u"República de la India", "IND"},
    {u"Республика Индия", "IND"},
    {u"British Indian Ocean Territory", "IOT"},
    {u"Territorio Británico del Océano Índico", "IOT"},
    {u"Британская территория Индийского океана", "IOT"},
    {u"Ireland", "IRL"},
    {u"Irlanda", "IRL"},
    {u"Ирландия", "IRL"},
    {u"Iran, Islamic Republic of", "IRN"},
    {u"Irán, República islámica de", "IRN"},
    {u"Иран", "IRN"},
    {u"Iran", "IRN"},
    {u"Islamic Republic of Iran", "IRN"},
    {u"República Islámica de Irán", "IRN"},
    {u"Исламская Респу́блика Иран", "IRN"},
    {u"Iraq", "IRQ"},
    {u"Irak", "IRQ"},
    {u"Ирак", "IRQ"},
    {u"Republic of Iraq", "IRQ"},
    {u"República de Irak", "IRQ"},
    {u"Иракская Республика", "IRQ"},
    {u"Iceland", "ISL"},
    {u"Islandia", "ISL"},
    {u"Исландия", "ISL"},
    {u"Republic of Iceland", "ISL"},
    {u"República de Islandia", "ISL"},
    {u"Республика Исландия", "ISL"},
    {u"Israel", "ISR"},
    {u"Израиль", "ISR"},
    {u"State of Israel", "ISR"},
    {u"Estado de Israel", "ISR"},
    {u"Государство Израиль", "ISR"},
    {u"Italy", "ITA"},
    {u"Italia", "ITA"},
    {u"Италия", "ITA"},
    {u"Italian Republic", "ITA"},
    {u"República Italiana", "ITA"},
    {u"Итальянская Республика", "ITA"},
    {u"Jamaica", "JAM"},
    {u"Ямайка", "JAM"},
    {u"Jersey", "JEY"},
    {u"Джерси", "JEY"},
    {u"Jordan", "JOR"},
    {u"Jordania", "JOR"},
    {u"Иордания", "JOR"},
    {u"Hashemite Kingdom of Jordan", "JOR"},
    {u"Reino Hachemí de Jordania", "JOR"},
    {u"Иорданское Хашимитское Королевство", "JOR"},
    {u"Japan", "JPN"},
    {u"Japón", "JPN"},
    {u"Япония", "JPN"},
    {u"Kazakhstan", "KAZ"},
    {u"Kazajistán", "KAZ"},
    {u"Казахстан", "KAZ"},
    {u"Republic of Kazakhstan", "KAZ"},
    {u"República de Kazajistán", "KAZ"},
    {u"Республика Казахстан", "KAZ"},
    {u"Kenya", "KEN"},
    {u"Kenia", "KEN"},
    {u"Кения", "KEN"},
    {u"Republic of Kenya", "KEN"},
    {u"República de Kenia", "KEN"},
    {u"Республика Кения", "KEN"},
    {u"Kyrgyzstan", "KGZ"},
    {u"Kirguistán", "KGZ"},
    {u"Киргизия", "KGZ"},
    {u"Kyrgyz Republic", "KGZ"},
    {u"República Kirguiza", "KGZ"},
    {u"Республика Кыргызстан", "KGZ"},
    {u"Cambodia", "KHM"},
    {u"Camboya", "KHM"},
    {u"Камбоджа", "KHM"},
    {u"Kingdom of Cambodia", "KHM"},
    {u"Reino de Camboya", "KHM"},
    {u"Королевство Камбоджа", "KHM"},
    {u"Kiribati", "KIR"},
    {u"Кирибати", "KIR"},
    {u"Republic of Kiribati", "KIR"},
    {u"República de Kiribati", "KIR"},
    {u"Республика Кирибати", "KIR"},
    {u"Saint Kitts and Nevis", "KNA"},
    {u"San Cristóbal y Nieves", "KNA"},
    {u"Сент-Китс и Невис", "KNA"},
    {u"Korea, Republic of", "KOR"},
    {u"Corea, República de", "KOR"},
    {u"Республика Корея", "KOR"},
    {u"South Korea", "KOR"},
    {u"Южная Корея", "KOR"},
    {u"Kuwait", "KWT"},
    {u"Кувейт", "KWT"},
    {u"State of Kuwait", "KWT"},
    {u"Estado de Kuwait", "KWT"},
    {u"Государство Кувейт", "KWT"},
    {u"Lao People's Democratic Republic", "LAO"},
    {u"República Democrática Popular de Lao", "LAO"},
    {u"Лаосская Народно-Демократическая Республика", "LAO"},
    {u"Laos", "LAO"},
    {u"Lebanon", "LBN"},
    {u"Líbano", "LBN"},
    {u"Ливан", "LBN"},
    {u"Lebanese Republic", "LBN"},
    {u"República Libanesa", "LBN"},
    {u"Ливанская Республика", "LBN"},
    {u"Liberia", "LBR"},
    {u"Либерия", "LBR"},
    {u"Republic of Liberia", "LBR"},
    {u"República de Liberia", "LBR"},
    {u"Республика Либерия", "LBR"},
    {u"Libya", "LBY"},
    {u"Libia", "LBY"},
    {u"Ливия", "LBY"},
    {u"Saint Lucia", "LCA"},
    {u"Santa Lucía", "LCA"},
    {u"Сент-Люсия", "LCA"},
    {u"Liechtenstein", "LIE"},
    {u"Лихтенштейн", "LIE"},
    {u"Principality of Liechtenstein", "LIE"},
    {u"Principado de Liechtenstein", "LIE"},
    {u"Княжество Лихтенштейн", "LIE"},
    {u"Sri Lanka", "LKA"},
    {u"Шри-Ланка", "LKA"},
    {u"Democratic Socialist Republic of Sri Lanka", "LKA"},
    {u"República Socialista Democrática de Sri Lanka", "LKA"},
    {u"Демократическая Социалистическая Республика Шри-Ланка", "LKA"},
    {u"Lesotho", "LSO"},
    {u"Lesoto", "LSO"},
    {u"Лесото", "LSO"},
    {u"Kingdom of Lesotho", "LSO"},
    {u"Reino de Lesoto", "LSO"},
    {u"Королевство Лесото", "LSO"},
    {u"Lithuania", "LTU"},
    {u"Lituania", "LTU"},
    {u"Литва", "LTU"},
    {u"Republic of Lithuania", "LTU"},
    {u"República de Lituania", "LTU"},
    {u"Литовская Республика", "LTU"},
    {u"Luxembourg", "LUX"},
    {u"Luxemburgo", "LUX"},
    {u"Люксембург", "LUX"},
    {u"Grand Duchy of Luxembourg", "LUX"},
    {u"Gran Ducado de Luxemburgo", "LUX"},
    {u"Великое Герцогство Люксембург", "LUX"},
    {u"Latvia", "LVA"},
    {u"Letonia", "LVA"},
    {u"Латвия", "LVA"},
    {u"Republic of Latvia", "LVA"},
    {u"República de Letonia", "LVA"},
    {u"Латвийская Республика", "LVA"},
    {u"Macao", "MAC"},
    {u"Макао", "MAC"},
    {u"Macao Special Administrative Region of China", "MAC"},
    {u"Región Administrativa Especial China de Macao", "MAC"},
    {u"Специальный Административный район Макао", "MAC"},
    {u"Saint Martin (French part)", "MAF"},
    {u"San Martín (zona francesa)", "MAF"},
    {u"Сен-Мартен (Франция)", "MAF"},
    {u"Morocco", "MAR"},
    {u"Marruecos", "MAR"},
    {u"Марокко", "MAR"},
    {u"Kingdom of Morocco", "MAR"},
    {u"Reino de Marruecos", "MAR"},
    {u"Королевство Марокко", "MAR"},
    {u"Monaco", "MCO"},
    {u"Монако", "MCO"},
    {u"Principality of Monaco", "MCO"},
    {u"Principado de Mónaco", "MCO"},
    {u"Княжество Монако", "MCO"},
    {u"Moldova, Republic of", "MDA"},
    {u"Moldavia, República de", "MDA"},
    {u"Республика Молдова", "MDA"},
    {u"Moldova", "MDA"},
    {u"Moldavia", "MDA"},
    {u"Молдавия", "MDA"},
    {u"Republic of Moldova", "MDA"},
    {u"República de Moldavia", "MDA"},
    {u"Madagascar", "MDG"},
    {u"Мадагаскар", "MDG"},
    {u"Republic of Madagascar", "MDG"},
    {u"República de Madagascar", "MDG"},
    {u"Республика Мадагаскар", "MDG"},
    {u"Maldives", "MDV"},
    {u"Islas Maldivas", "MDV"},
    {u"Мальдивы", "MDV"},
    {u"Republic of Maldives", "MDV"},
    {u"República de Maldivas", "MDV"},
    {u"Мальдивская Республика", "MDV"},
    {u"Mexico", "MEX"},
    {u"Мексика", "MEX"},
    {u"United Mexican States", "MEX"},
    {u"Estados Unidos Mexicanos", "MEX"},
    {u"Мексиканские Соединённые Штаты", "MEX"},
    {u"Marshall Islands", "MHL"},
    {u"Islas Marshall", "MHL"},
    {u"Маршалловы острова", "MHL"},
    {u"Republic of the Marshall Islands", "MHL"},
    {u"República de las Islas Marshall", "MHL"},
    {u"Респу́блика Маршалловы Острова", "MHL"},
    {u"North Macedonia", "MKD"},
    {u"Macedonia del Norte", "MKD"},
    {u"Северная Македония", "MKD"},
    {u"Republic of North Macedonia", "MKD"},
    {u"República de Macedonia del Norte", "MKD"},
    {u"Республика Северная Македония", "MKD"},
    {u"Mali", "MLI"},
    {u"Мали", "MLI"},
    {u"Republic of Mali", "MLI"},
    {u"República de Mali", "MLI"},
    {u"Республика Мали", "MLI"},
    {u"Malta", "MLT"},
    {u"Мальта", "MLT"},
    {u"Republic of Malta", "MLT"},
    {u"República de Malta", "MLT"},
    {u"Республика Мальта", "MLT"},
    {u"Myanmar", "MMR"},
    {u"Birmania", "MMR"},
    {u"Мьянма", "MMR"},
    {u"Republic of Myanmar", "MMR"},
    {u"República de la Unión de Myanmar", "MMR"},
    {u"Республика Мьянма", "MMR"},
    {u"Montenegro", "MNE"},
    {u"Черногория", "MNE"},
    {u"Mongolia", "MNG"},
    {u"Монголия", "MNG"},
    {u"Northern Mariana Islands", "MNP"},
    {u"Islas Marianas del Norte", "MNP"},
    {u"Острова северной Марианы", "MNP"},
    {u"Commonwealth of the Northern Mariana Islands", "MNP"},
    {u"Commonwealth de las Islas Marianas del Norte", "MNP"},
    {u"Содружество Северных Марианских островов", "MNP"},
    {u"Mozambique", "MOZ"},
    {u"Мозамбик", "MOZ"},
    {u"Republic of Mozambique", "MOZ"},
    {u"República de Mozambique", "MOZ"},
    {u"Республика Мозамбик", "MOZ"},
    {u"Mauritania", "MRT"},
    {u"Мавритания", "MRT"},
    {u"Islamic Republic of Mauritania", "MRT"},
    {u"República Islámica de Mauritania", "MRT"},
    {u"Исламская Республика Мавритания", "MRT"},
    {u"Montserrat", "MSR"},
    {u"Монтсеррат", "MSR"},
    {u"Martinique", "MTQ"},
    {u"Martinica", "MTQ"},
    {u"Мартиника", "MTQ"},
    {u"Mauritius", "MUS"},
    {u"Mauricio", "MUS"},
    {u"Маврикий", "MUS"},
    {u"Republic of Mauritius", "MUS"},
    {u"República de Mauricio", "MUS"},
    {u"Республика Маврикий", "MUS"},
    {u"Malawi", "MWI"},
    {u"Malaui", "MWI"},
    {u"Малави", "MWI"},
    {u"Republic of Malawi", "MWI"},
    {u"República de Malawi", "MWI"},
    {u"Республика Малави", "MWI"},
    {u"Malaysia", "MYS"},
    {u"Malasia", "MYS"},
    {u"Малайзия", "MYS"},
    {u"Mayotte", "MYT"},
    {u"Майот", "MYT"},
    {u"Namibia", "NAM"},
    {u"Намибия", "NAM"},
    {u"Republic of Namibia", "NAM"},
    {u"República de Namibia", "NAM"},
    {u"Республика Намибия", "NAM"},
    {u"New Caledonia", "NCL"},
    {u"Nueva Caledonia", "NCL"},
    {u"Новая Каледония", "NCL"},
    {u"Niger", "NER"},
    {u"Нигер", "NER"},
    {u"Republic of the Niger", "NER"},
    {u"República del Níger", "NER"},
    {u"Республика Нигер", "NER"},
    {u"Norfolk Island", "NFK"},
    {u"Isla Norfolk", "NFK"},
    {u"Остров Норфолк", "NFK"},
    {u"Nigeria", "NGA"},
    {u"Нигерия", "NGA"},
    {u"Federal Republic of Nigeria", "NGA"},
    {u"República Federal de Nigeria", "NGA"},
    {u"Федеративная Республика Нигерия", "NGA"},
    {u"Nicaragua", "NIC"},
    {u"Никарагуа", "NIC"},
    {u"Republic of Nicaragua", "NIC"},
    {u"República de Nicaragua", "NIC"},
    {u"Республика Никарагуа", "NIC"},
    {u"Niue", "NIU"},
    {u"Ниуэ", "NIU"},
    {u"Netherlands", "NLD"},
    {u"Países Bajos", "NLD"},
    {u"Нидерланды", "NLD"},
    {u"Kingdom of the Netherlands", "NLD"},
    {u"Reino de los Países Bajos", "NLD"},
    {u"Королевство Нидерландов", "NLD"},
    {u"Norway", "NOR"},
    {u"Noruega", "NOR"},
    {u"Норвегия", "NOR"},
    {u"Kingdom of Norway", "NOR"},
    {u"Reino de Noruega", "NOR"},
    {u"Королевство Норвегия", "NOR"},
    {u"Nepal", "NPL"},
    {u"Непал", "NPL"},
    {u"Federal Democratic Republic of Nepal", "NPL"},
    {u"República Federal Democrática de Nepal", "NPL"},
    {u"Федеративная Демократическая Республика Непал", "NPL"},
    {u"Nauru", "NRU"},
    {u"Науру", "NRU"},
    {u"Republic of Nauru", "NRU"},
    {u"República de Nauru", "NRU"},
    {u"Республика Науру", "NRU"},
    {u"New Zealand", "NZL"},
    {u"Nueva Zelanda", "NZL"},
    {u"Новая Зеландия", "NZL"},
    {u"Oman", "OMN"},
    {u"Оман", "OMN"},
    {u"Sultanate of Oman", "OMN"},
    {u"Sultanato de Omán", "OMN"},
    {u"Султанат Оман", "OMN"},
    {u"Pakistan", "PAK"},
    {u"Пакистан", "PAK"},
    {u"Islamic Republic of Pakistan", "PAK"},
    {u"República Islámica de Pakistán", "PAK"},
    {u"Исламская Республика Пакистан", "PAK"},
    {u"Panama", "PAN"},
    {u"Панама", "PAN"},
    {u"Republic of Panama", "PAN"},
    {u"República de Panamá", "PAN"},
    {u"Республика Панама", "PAN"},
    {u"Pitcairn", "PCN"},
    {u"Питкэрн", "PCN"},
    {u"Peru", "PER"},
    {u"Перу", "PER"},
    {u"Republic of Peru", "PER"},
    {u"República del Perú", "PER"},
    {u"Республика Перу", "PER"},
    {u"Philippines", "PHL"},
    {u"Filipinas", "PHL"},
    {u"Филиппины", "PHL"},
    {u"Republic of the Philippines", "PHL"},
    {u"República de Filipinas", "PHL"},
    {u"Республика Филиппины", "PHL"},
    {u"Palau", "PLW"},
    {u"Palaos", "PLW"},
    {u"Палау", "PLW"},
    {u"Republic of Palau", "PLW"},
    {u"República de Palau", "PLW"},
    {u"Республика Палау", "PLW"},
    {u"Papua New Guinea", "PNG"},
    {u"Papúa Nueva Guinea", "PNG"},
    {u"Папуа — Новая Гвинея", "PNG"},
    {u"Independent State of Papua New Guinea", "PNG"},
    {u"Estado Independiente de Papúa Nueva Guinea", "PNG"},
    {u"Независимое Государство Папуа — Новая Гвинея", "PNG"},
    {u"Poland", "POL"},
    {u"Polonia", "POL"},
    {u"Польша", "POL"},
    {u"Republic of Poland", "POL"},
    {u"República de Polonia", "POL"},
    {u"Республика Польша", "POL"},
    {u"Puerto Rico", "PRI"},
    {u"Пуэрто-Рико", "PRI"},
    {u"Korea, Democratic People's Republic of", "PRK"},
    {u"Corea, República Democrática Popular de", "PRK"},
    {u"Корейская Народно-Демократическая Республика", "PRK"},
    {u"North Korea", "PRK"},
    {u"Северная Корея", "PRK"},
    {u"Democratic People's Republic of Korea", "PRK"},
    {u"República Popular Democrática de Corea", "PRK"},
    {u"Portugal", "PRT"},
    {u"Португалия", "PRT"},
    {u"Portuguese Republic", "PRT"},
    {u"República Portuguesa", "PRT"},
    {u"Португальская Республика", "PRT"},
    {u"Paraguay", "PRY"},
    {u"Парагвай", "PRY"},
    {u"Republic of Paraguay", "PRY"},
    {u"República del Paraguay", "PRY"},
    {u"Республика Парагвай", "PRY"},
    {u"Palestine, State of", "PSE"},
    {u"Palestina, Estado de", "PSE"},
    {u"Палестина", "PSE"},
    {u"the State of Palestine", "PSE"},
    {u"Estado de Palestina", "PSE"},
    {u"Государство Палестина", "PSE"},
    {u"French Polynesia", "PYF"},
    {u"Polinesia Francesa", "PYF"},
    {u"Французская Полинезия", "PYF"},
    {u"Qatar", "QAT"},
    {u"Catar", "QAT"},
    {u"Катар", "QAT"},
    {u"State of Qatar", "QAT"},
    {u"Estado de Qatar", "QAT"},
    {u"Государство Катар", "QAT"},
    {u"Réunion", "REU"},
    {u"Реюньон", "REU"},
    {u"Romania", "ROU"},
    {u"Rumanía", "ROU"},
    {u"Румыния", "ROU"},
    {u"Russian Federation", "RUS"},
    {u"Federación Rusa", "RUS"},
    {u"Российская Федерация", "RUS"},
    {u"Rwanda", "RWA"},
    {u"Ruanda", "RWA"},
    {u"Руанда", "RWA"},
    {u"Rwandese Republic", "RWA"},
    {u"República de Ruanda", "RWA"},
    {u"Руандийская Республика", "RWA"},
    {u"Saudi Arabia", "SAU"},
    {u"Arabia Saudí", "SAU"},
    {u"Саудовская Аравия", "SAU"},
    {u"Kingdom of Saudi Arabia", "SAU"},
    {u"Reino de Arabia Saudí", "SAU"},
    {u"Королевство Саудовская Аравия", "SAU"},
    {u"Sudan", "SDN"},
    {u"Судан", "SDN"},
    {u"Republic of the Sudan", "SDN"},
    {u"República de Sudán", "SDN"},
    {u"Республика Судан", "SDN"},
    {u"Senegal", "SEN"},
    {u"Сенегал", "SEN"},
    {u"Republic of Senegal", "SEN"},
    {u"República del Senegal", "SEN"},
    {u"Республика Сенегал", "SEN"},
    {u"Singapore", "SGP"},
    {u"Singapur", "SGP"},
    {u"Сингапур", "SGP"},
    {u"Republic of Singapore", "SGP"},
    {u"República de Singapur", "SGP"},
    {u"Республика Сингапур", "SGP"},
    {u"South Georgia and the South Sandwich Islands", "SGS"},
    {u"Islas Georgias del Sur y Sándwich del Sur", "SGS"},
    {u"Южная Джорджия и Южные Сандвичевы острова", "SGS"},
    {u"Saint Helena, Ascension and Tristan da Cunha", "SHN"},
    {u"Santa Elena, Ascensión y Tristán de Acuña", "SHN"},
    {u"Остров Святой Елены, Остров Вознесения и Тристан-да-Кунья", "SHN"},
    {u"Svalbard and Jan Mayen", "SJM"},
    {u"Svalbard y Jan Mayen", "SJM"},
    {u"Шпицберген и Ян-Майен", "SJM"},
    {u"Solomon Islands", "SLB"},
    {u"Islas Salomón", "SLB"},
    {u"Соломоновы Острова", "SLB"},
    {u"Sierra Leone", "SLE"},
    {u"Sierra Leona", "SLE"},
    {u"Сьерра-Леоне", "SLE"},
    {u"Republic of Sierra Leone", "SLE"},
    {u"República de Sierra Leona", "SLE"},
    {u"Республика Сьерра-Леоне", "SLE"},
    {u"El Salvador", "SLV"},
    {u"Сальвадор", "SLV"},
    {u"Republic of El Salvador", "SLV"},
    {u"República de El Salvador", "SLV"},
    {u"Республика Эль-Сальвадор", "SLV"},
    {u"San Marino", "SMR"},
    {u"Сан-Марино", "SMR"},
    {u"Republic of San Marino", "SMR"},
    {u"República de San Marino", "SMR"},
    {u"Республика Сан-Марино", "SMR"},
    {u"Somalia", "SOM"},
    {u"Сомали", "SOM"},
    {u"Federal Republic of Somalia", "SOM"},
    {u"República Federal de Somalia", "SOM"},
    {u"Федеративная Республика Сомали", "SOM"},
    {u"Saint Pierre and Miquelon", "SPM"},
    {u"San Pedro y Miquelon", "SPM"},
    {u"Сен-Пьер и Микелон", "SPM"},
    {u"Serbia", "SRB"},
    {u"Сербия", "SRB"},
    {u"Republic of Serbia", "SRB"},
    {u"República de Serbia", "SRB"},
    {u"Республика Сербия", "SRB"},
    {u"South Sudan", "SSD"},
    {u"Sudán del Sur", "SSD"},
    {u"Южный Судан", "SSD"},
    {u"Republic of South Sudan", "SSD"},
    {u"República de Sudán del Sur", "SSD"},
    {u"Республика Южный Судан", "SSD"},
    {u"Sao Tome and Principe", "STP"},
    {u"Santo Tomé y Príncipe", "STP"},
    {u"Сан-Томе и Принсипи", "STP"},
    {u"Democratic Republic of Sao Tome and Principe", "STP"},
    {u"República Democrática de Santo Tomé y Príncipe", "STP"},
    {u"Демократическая Республика Сан-Томе и Принсипи", "STP"},
    {u"Suriname", "SUR"},
    {u"Surinám", "SUR"},
    {u"Суринам", "SUR"},
    {u"Republic of Suriname", "SUR"},
    {u"República de Surinam", "SUR"},
    {u"Республика Суринам", "SUR"},
    {u"Slovakia", "SVK"},
    {u"Eslovaquia", "SVK"},
    {u"Словакия", "SVK"},
    {u"Slovak Republic", "SVK"},
    {u"República Eslovaca", "SVK"},
    {u"Словацкая Республика", "SVK"},
    {u"Slovenia", "SVN"},
    {u"Eslovenia", "SVN"},
    {u"Словения", "SVN"},
    {u"Republic of Slovenia", "SVN"},
    {u"República de Eslovenia", "SVN"},
    {u"Республика Словения", "SVN"},
    {u"Sweden", "SWE"},
    {u"Suecia", "SWE"},
    {u"Швеция", "SWE"},
    {u"Kingdom of Sweden", "SWE"},
    {u"Reino de Suecia", "SWE"},
    {u"Королевство Швеция", "SWE"},
    {u"Eswatini", "SWZ"},
    {u"Esuatini", "SWZ"},
    {u"Эсватини", "SWZ"},
    {u"Kingdom of Eswatini", "SWZ"},
    {u"Reino de Esuatini", "SWZ"},
    {u"Королевство Эсватини", "SWZ"},
    {u"Sint Maarten (Dutch part)", "SXM"},
    {u"Isla de San Martín (zona holandsea)", "SXM"},
    {u"Синт-Мартен (голландская часть)", "SXM"},
    {u"Seychelles", "SYC"},
    {u"Сейшелы", "SYC"},
    {u"Republic of Seychelles", "SYC"},
    {u"República de las Seychelles", "SYC"},
    {u"Республика Сейшельские Острова", "SYC"},
    {u"Syrian Arab Republic", "SYR"},
    {u"República árabe de Siria", "SYR"},
    {u"Сирийская Арабская Республика", "SYR"},
    {u"Syria", "SYR"},
    {u"Turks and Caicos Islands", "TCA"},
    {u"Islas Turcas y Caicos", "TCA"},
    {u"Острова Туркс и Каикос", "TCA"},
    {u"Chad", "TCD"},
    {u"Чад", "TCD"},
    {u"Republic of Chad", "TCD"},
    {u"República del Chad", "TCD"},
    {u"Республика Чад", "TCD"},
    {u"Togo", "TGO"},
    {u"Того", "TGO"},
    {u"Togolese Republic", "TGO"},
    {u"República Togolesa", "TGO"},
    {u"Тоголезская Республика", "TGO"},
    {u"Thailand", "THA"},
    {u"Tailandia", "THA"},
    {u"Таиланд", "THA"},
    {u"Kingdom of Thailand", "THA"},
    {u"Reino de Tailandia", "THA"},
    {u"Королевство Таиланд", "THA"},
    {u"Tajikistan", "TJK"},
    {u"Tayikistán", "TJK"},
    {u"Таджикистан", "TJK"},
    {u"Republic of Tajikistan", "TJK"},
    {u"República de Tayikistán", "TJK"},
    {u"Республика Таджикистан", "TJK"},
    {u"Tokelau", "TKL"},
    {u"Токелау", "TKL"},
    {u"Turkmenistan", "TKM"},
    {u"Туркменистан", "TKM"},
    {u"Timor-Leste", "TLS"},
    {u"Timor Oriental", "TLS"},
    {u"Восточный Тимор", "TLS"},
    {u"Democratic Republic of Timor-Leste", "TLS"},
    {u"República Democrática de Timor Oriental", "TLS"},
    {u"Демократическая Республика Восточный Тимор", "TLS"},
    {u"Tonga", "TON"},
    {u"Тонга", "TON"},
    {u"Kingdom of Tonga", "TON"},
    {u"Reino de Tonga", "TON"},
    {u"Королевство Тонга", "TON"},
    {u"Trinidad and Tobago", "TTO"},
    {u"Trinidad y Tobago", "TTO"},
    {u"Тринидад и Тобаго", "TTO"},
    {u"Republic of Trinidad and Tobago", "TTO"},
    {u"República de Trinidad y Tobago", "TTO"},
    {u"Республика Тринидад и Тобаго", "TTO"},
    {u"Tunisia", "TUN"},
    {u"Tunez", "TUN"},
    {u"Тунис", "TUN"},
    {u"Republic of Tunisia", "TUN"},
    {u"República de Túnez", "TUN"},
    {u"Тунисская Республика", "TUN"},
    {u"Türkiye", "TUR"},
    {u"Republic of Türkiye", "TUR"},
    {u"Tuvalu", "TUV"},
    {u"Тувалу", "TUV"},
    {u"Taiwan, Province of China", "TWN"},
    {u"Taiwán, Provincia de China", "TWN"},
    {u"Китайская провинция Тайвань", "TWN"},
    {u"Taiwan", "TWN"},
    {u"Тайвань", "TWN"},
    {u"Tanzania, United Republic of", "TZA"},
    {u"Tanzania, República unida de", "TZA"},
    {u"Танзания", "TZA"},
    {u"Tanzania", "TZA"},
    {u"United Republic of Tanzania", "TZA"},
    {u"República Unida de Tanzania", "TZA"},
    {u"Объединённая Республика Танзания", "TZA"},
    {u"Uganda", "UGA"},
    {u"Уганда", "UGA"},
    {u"Republic of Uganda", "UGA"},
    {u"República de Uganda", "UGA"},
    {u"Республика Уганда", "UGA"},
    {u"Ukraine", "UKR"},
    {u"Ucrania", "UKR"},
    {u"Украина", "UKR"},
    {u"United States Minor Outlying Islands", "UMI"},
    {u"Islas Ultramarinas Menores de Estados Unidos", "UMI"},
    {u"Соединенные штаты Малых Удаленных островов", "UMI"},
    {u"Uruguay", "URY"},
    {u"Уругвай", "URY"},
    {u"Eastern Republic of Uruguay", "URY"},
    {u"República Oriental del Uruguay", "URY"},
    {u"Восточная республика Уругвай", "URY"},
    {u"United States", "USA"},
    {u"Estados Unidos", "USA"},
    {u"Соединённые штаты", "USA"},
    {u"United States of America", "USA"},
    {u"Estados Unidos de América", "USA"},
    {u"Соединённые Штаты Америки", "USA"},
    {u"Uzbekistan", "UZB"},
    {u"Узбекистан", "UZB"},
    {u"Republic of Uzbekistan", "UZB"},
    {u"República de Uzbekistán", "UZB"},
    {u"Республика Узбекистан", "UZB"},
    {u"Holy See (Vatican City State)", "VAT"},
    {u"Santa Sede (Ciudad Estado del Vaticano)", "VAT"},
    {u"Государство-город Ватикан", "VAT"},
    {u"Saint Vincent and the Grenadines", "VCT"},
    {u"San Vicente y las Granadinas", "VCT"},
    {u"Сент-Винсент и Гренадины", "VCT"},
    {u"Venezuela, Bolivarian Republic of", "VEN"},
    {u"Venezuela, República Bolivariana de", "VEN"},
    {u"Боливарианская Республика Венесуэла", "VEN"},
    {u"Venezuela", "VEN"},
    {u"Венесуэла", "VEN"},
    {u"Bolivarian Republic of Venezuela", "VEN"},
    {u"República Bolivariana de Venezuela", "VEN"},
    {u"Virgin Islands, British", "VGB"},
    {u"Islas Vírgenes, Británicas", "VGB"},
    {u"Виргинские острова (Британия)", "VGB"},
    {u"British Virgin Islands", "VGB"},
    {u"Британские Виргинские Острова", "VGB"},
    {u"Virgin Islands, U.S.", "VIR"},
    {u"Islas Vírgenes, de EEUU", "VIR"},
    {u"Виргинские острова (США)", "VIR"},
    {u"Virgin Islands of the United States", "VIR"},
    {u"Islas Vírgenes de los Estados Unidos", "VIR"},
    {u"Американские Виргинские острова", "VIR"},
    {u"Viet Nam", "VNM"},
    {u"Вьетнам", "VNM"},
    {u"Socialist Republic of Viet Nam", "VNM"},
    {u"República Socialista de Vietnam", "VNM"},
    {u"Социалистическая Республика Вьетнам", "VNM"},
    {u"Vanuatu", "VUT"},
    {u"Вануату", "VUT"},
    {u"Republic of Vanuatu", "VUT"},
    {u"República de Vanuatu", "VUT"},
    {u"Республика Вануату", "VUT"},
    {u"Wallis and Futuna", "WLF"},
    {u"Wallis y Futuna", "WLF"},
    {u"Уоллес и Футана", "WLF"},
    {u"Samoa", "WSM"},
    {u"Самоа", "WSM"},
    {u"Independent State of Samoa", "WSM"},
    {u"Estado Independiente de Samoa", "WSM"},
    {u"Независимое Государство Самоа", "WSM"},
    {u"Yemen", "YEM"},
    {u"Йемен", "YEM"},
    {u"Republic of Yemen", "YEM"},
    {u"República del Yemen", "YEM"},
    {u"Йеменская Республика", "YEM"},
    {u"South Africa", "ZAF"},
    {u"Sudáfrica", "ZAF"},
    {u"Южная Африка", "ZAF"},
    {u"Republic of South Africa", "ZAF"},
    {u"República de Sudáfrica", "ZAF"},
    {u"Южно-Африканская Республика", "ZAF"},
    {u"Zambia", "ZMB"},
    {u"Замбия", "ZMB"},
    {u"Republic of Zambia", "ZMB"},
    {u"República de Zambia", "ZMB"},
    {u"Республика Замбия", "ZMB"},
    {u"Zimbabwe", "ZWE"},
    {u"Zimbabue", "ZWE"},
    {u"Зимбабве", "ZWE"},
    {u"Republic of Zimbabwe", "ZWE"},
    {u"República de Zimbabue", "ZWE"},
    {u"Республика Зимбабве", "ZWE"},
    {u"USA", "USA"},
    {u"America", "USA"},
    {u"EEUU", "USA"},
    {u"Norteamérica", "USA"},
    {u"США", "USA"},
    {u"Америка", "USA"},
    {u"UK", "GBR"},
    {u"Great Britain", "GBR"},
    {u"Britain", "GBR"},
    {u"England", "GBR"},
    {u"Scotland", "GBR"},
    {u"Wales", "GBR"},
    {u"Gran Bretaña", "GBR"},
    {u"Inglaterra", "GBR"},
    {u"Великобритания", "GBR"},
    {u"Англия", "GBR"},
    {u"Британия", "GBR"},
    {u"Russia", "RUS"},
    {u"Rusia", "RUS"},
    {u"Россия", "RUS"},
    {u"РФ", "RUS"},
    {u"Russland", "RUS"},
    {u"Belorussia", "BLR"},
    {u"Белоруссия", "BLR"},
    {u"Kazajstán", "KAZ"},
    {u"Kirguizistán", "KGZ"},
    {u"Кыргызстан", "KGZ"},
    {u"Киргизстан", "KGZ"},
    {u"Молдова", "MDA"},
    {u"Туркмения", "TKM"},
    {u"Rep. Dominicana", "DOM"},
    {u"Salvador", "SLV"},
    {u"Méjico", "MEX"},
    {u"Deutschland", "DEU"},
    {u"The Netherlands", "NLD"},
    {u"Holland", "NLD"},
    {u"Holanda", "NLD"},
    {u"Голландия", "NLD"},
    {u"Turkey", "TUR"},
    {u"Turquía", "TUR"},
    {u"Турция", "TUR"},
    {u"Corea del Sur", "KOR"},
    {u"Corea del Norte", "PRK"},
    {u"Siria", "SYR"},
    {u"Сирия", "SYR"},
    {u"Лаос", "LAO"},
    {u"UAE", "ARE"},
    {u"ОАЭ", "ARE"},
};

// Spreadsheets spell the same country with and without accents, in any case,
// with dots and spaces ("EE. UU.", "Mexico"): compare only letters and digits,
// folded, without diacritics. The table's names go through the same folding, so
// the two sides always agree (й folds to и on both).
QString nameKey(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar ch : decomposed) {
        if (ch.isMark())
            continue;
        if (ch.isLetterOrNumber())
            key.append(ch.toCaseFolded());
    }
    return key;
}

struct Tables
{
    QSet<QString> alpha3;
    QHash<QString, QString> alpha2ToAlpha3;
    QHash<QString, QString> nameToAlpha3;

    Tables()
    {
        for (const auto &code : countryCodes) {
            const QString alpha3Code = QLatin1String(code.alpha3);
            alpha3.insert(alpha3Code);
            alpha2ToAlpha3.insert(QLatin1String(code.alpha2), alpha3Code);
        }
        for (const auto &name : countryNames)
            nameToAlpha3.insert(nameKey(QString::fromUtf16(name.name)), QLatin1String(name.alpha3));
    }
};

const Tables &tables()
{
    static const Tables instance;
    return instance;
}

bool isAsciiLetters(const QString &text)
{
    for (const QChar ch : text) {
        if (!((ch >= u'A' && ch <= u'Z') || (ch >= u'a' && ch <= u'z')))
            return false;
    }
    return true;
}

} // namespace

namespace CountryCodes {

bool isAlpha3(const QString &code)
{
    return tables().alpha3.contains(code);
}

QString toAlpha3(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    // A file names few countries, over and over: the answers are kept per
    // thread (the Unicode decomposition of names, and even upper-casing
    // codes, cost a large import more than all its other checks).
    thread_local QHash<QString, QString> recent;
    const auto it = recent.constFind(trimmed);
    if (it != recent.constEnd())
        return it.value();
    const QString code = [&trimmed]() -> QString {
        const Tables &t = tables();
        if (isAsciiLetters(trimmed)) {
            const QString upper = trimmed.toUpper();
            if (upper.size() == 3 && t.alpha3.contains(upper))
                return upper;
            if (upper.size() == 2) {
                const auto alpha2 = t.alpha2ToAlpha3.constFind(upper);
                if (alpha2 != t.alpha2ToAlpha3.constEnd())
                    return alpha2.value();
            }
        }
        return t.nameToAlpha3.value(nameKey(trimmed));
    }();
    if (recent.size() >= 1024)
        recent.clear();
    recent.insert(trimmed, code);
    return code;
}

} // namespace CountryCodes
