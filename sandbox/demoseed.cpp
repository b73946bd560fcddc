#include "demoseed.h"

#include "wazzupstore.h"
#include "woowupstore.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QStringList>
#include <QTimeZone>

namespace {

struct Person
{
    const char *first; // UTF-8
    const char *latin; // for e-mail addresses
    char gender;
};

struct Origin
{
    const Person *firstNames;
    int firstCount;
    const char *const *lastNames; // UTF-8 name, Latin spelling, pairs
    int lastCount;
};

const Person russianFirst[] = {
    {"Алексей", "aleksey", 'M'}, {"Дмитрий", "dmitry", 'M'},  {"Иван", "ivan", 'M'},
    {"Сергей", "sergey", 'M'},   {"Никита", "nikita", 'M'},   {"Михаил", "mikhail", 'M'},
    {"Анна", "anna", 'F'},       {"Мария", "maria", 'F'},     {"Екатерина", "ekaterina", 'F'},
    {"Ольга", "olga", 'F'},      {"Наталья", "natalia", 'F'}, {"Татьяна", "tatiana", 'F'},
};
const char *const russianLast[] = {
    "Смирнов", "smirnov", "Иванов",  "ivanov",  "Кузнецов", "kuznetsov", "Попов",
    "popov",   "Соколов", "sokolov", "Лебедев", "lebedev",  "Козлов",    "kozlov",
    "Новиков", "novikov", "Морозов", "morozov", "Волков",   "volkov",
};
const Person spanishFirst[] = {
    {"Juan", "juan", 'M'},
    {"José", "jose", 'M'},
    {"Martín", "martin", 'M'},
    {"Santiago", "santiago", 'M'},
    {"Matías", "matias", 'M'},
    {"Diego", "diego", 'M'},
    {"Lucía", "lucia", 'F'},
    {"Sofía", "sofia", 'F'},
    {"Valentina", "valentina", 'F'},
    {"Camila", "camila", 'F'},
    {"María José", "mariajose", 'F'},
    {"Florencia", "florencia", 'F'},
    {"Agustín", "agustin", 'M'},
    {"Julieta", "julieta", 'F'},
};
const char *const spanishLast[] = {
    "González", "gonzalez", "Rodríguez", "rodriguez", "Fernández", "fernandez", "López",
    "lopez",    "Martínez", "martinez",  "García",    "garcia",    "Pérez",     "perez",
    "Sánchez",  "sanchez",  "Romero",    "romero",    "Díaz",      "diaz",      "Álvarez",
    "alvarez",  "Muñoz",    "munoz",     "Benítez",   "benitez",   "Acosta",    "acosta",
};
const Person englishFirst[] = {
    {"James", "james", 'M'},         {"Oliver", "oliver", 'M'}, {"William", "william", 'M'},
    {"Harry", "harry", 'M'},         {"Emily", "emily", 'F'},   {"Olivia", "olivia", 'F'},
    {"Charlotte", "charlotte", 'F'}, {"Amelia", "amelia", 'F'}, {"Jack", "jack", 'M'},
    {"Grace", "grace", 'F'},
};
const char *const englishLast[] = {
    "Smith",  "smith",  "Johnson", "johnson", "Brown",  "brown",  "Taylor",
    "taylor", "Wilson", "wilson",  "Davies",  "davies", "Evans",  "evans",
    "Clarke", "clarke", "O'Neill", "oneill",  "Walker", "walker",
};

const Origin russian{russianFirst, int(std::size(russianFirst)), russianLast,
                     int(std::size(russianLast) / 2)};
const Origin spanish{spanishFirst, int(std::size(spanishFirst)), spanishLast,
                     int(std::size(spanishLast) / 2)};
const Origin english{englishFirst, int(std::size(englishFirst)), englishLast,
                     int(std::size(englishLast) / 2)};

struct Place
{
    const char *country;
    const char *city;
    const char *state;
    const char *phonePrefix;
};

const Place spanishPlaces[] = {
    {"ARG", "Buenos Aires", "CABA", "+54 9 11 "}, {"ARG", "Córdoba", "Córdoba", "+54 9 351 "},
    {"ARG", "Rosario", "Santa Fe", "+54 9 341 "}, {"MEX", "Ciudad de México", "CDMX", "+52 55 "},
    {"ESP", "Madrid", "Madrid", "+34 6"},         {"URY", "Montevideo", "Montevideo", "+598 9"},
};
const Place russianPlaces[] = {
    {"RUS", "Москва", "Москва", "+7 926 "},
    {"RUS", "Санкт-Петербург", "Санкт-Петербург", "+7 921 "},
};
const Place englishPlaces[] = {
    {"USA", "New York", "NY", "+1 212 "},
    {"GBR", "London", "England", "+44 7700 "},
};

const char *const domains[] = {"gmail.com", "hotmail.com", "yahoo.com", "mail.ru", "outlook.com"};
const char *const streets[] = {"Av. Corrientes", "Calle Florida", "ул. Ленина", "Baker Street",
                               "Av. Santa Fe",   "Gran Vía",      "High Street"};
const char *const tagPool[] = {"vip", "newsletter", "tienda-online", "sucursal-centro",
                               "mayorista"};
const char *const maritalStates[] = {"single", "commited", "married", "divorced", "widowed"};
const char *const reasons[] = {"bounce", "unsubscribe", "spamreport", "dropped", "other"};
const char *const petNames[] = {"Chuky", "Luna", "Toby", "Mora", "Rocky", "Барсик", "Max", "Bella"};
const char *const vaccines[] = {"parvovirus", "moquillo", "hepatitis", "rabia", "leptospirosis"};

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

QJsonObject definition(int id, const char *name, const char *label, const char *fieldType,
                       const char *dataType, const char *group,
                       const QStringList &options = QStringList())
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), QLatin1String(name)},
                       {QStringLiteral("label"), utf8(label)},
                       {QStringLiteral("field_type"), QLatin1String(fieldType)},
                       {QStringLiteral("data_type"), QLatin1String(dataType)},
                       {QStringLiteral("group"), utf8(group)},
                       {QStringLiteral("options"), QJsonArray::fromStringList(options)}};
}

template<typename T, std::size_t N>
const T &pick(QRandomGenerator &random, const T (&items)[N])
{
    return items[random.bounded(quint32(N))];
}

bool chance(QRandomGenerator &random, int percent)
{
    return int(random.bounded(100u)) < percent;
}

QString digits(QRandomGenerator &random, int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text.append(QLatin1Char(char('0' + random.bounded(10u))));
    return text;
}

} // namespace

QList<QJsonObject> DemoSeed::docAttributeDefinitions()
{
    // The attributes of the docs' example body, so that its curl works as is.
    return {
        definition(1, "fecha_casamiento", "Fecha de casamiento", "datetime", "datetime", "Familia"),
        definition(2, "cantidad_autos", "Cantidad de autos", "text", "number", "Familia"),
        definition(3, "nombre_mascota", "Nombre de la mascota", "text", "text", "Mascota"),
        definition(4, "edad_mascota", "Edad de la mascota", "text", "number", "Mascota"),
        definition(5, "peso_mascota", "Peso de la mascota (kg)", "text", "number", "Mascota"),
        definition(6, "vacunas_mascota", "Vacunas de la mascota", "checkbox", "list", "Mascota",
                   {QStringLiteral("parvovirus"), QStringLiteral("moquillo"),
                    QStringLiteral("hepatitis"), QStringLiteral("rabia"),
                    QStringLiteral("leptospirosis")}),
    };
}

QList<QJsonObject> DemoSeed::demoAttributeDefinitions()
{
    QList<QJsonObject> definitions = docAttributeDefinitions();
    definitions += {
        definition(7, "talle_remera", "Talle de remera", "select", "text", "Preferencias",
                   {QStringLiteral("XS"), QStringLiteral("S"), QStringLiteral("M"),
                    QStringLiteral("L"), QStringLiteral("XL")}),
        definition(8, "canal_preferido", "Canal preferido", "select", "text", "Preferencias",
                   {QStringLiteral("email"), QStringLiteral("whatsapp"), QStringLiteral("sms"),
                    QStringLiteral("telefono")}),
        definition(9, "acepta_encuestas", "Acepta encuestas", "checkbox", "boolean",
                   "Preferencias"),
        definition(10, "intereses", "Intereses", "checkbox", "list", "Preferencias",
                   {QStringLiteral("deportes"), QStringLiteral("tecnologia"),
                    QStringLiteral("moda"), QStringLiteral("hogar"), QStringLiteral("viajes")}),
        definition(11, "fecha_ultima_visita", "Fecha de última visita", "datetime", "datetime",
                   "Actividad"),
        definition(12, "tienda_favorita", "Tienda favorita", "text", "text", "Actividad"),
        definition(13, "nivel_socio", "Nivel de socio", "select", "text", "Club",
                   {QStringLiteral("bronce"), QStringLiteral("plata"), QStringLiteral("oro")}),
    };
    return definitions;
}

void DemoSeed::apply(SandboxOptions::Seed seed, WazzupStore *wazzup, WoowUpStore *woowup)
{
    wazzup->clear();
    woowup->clear();
    if (seed == SandboxOptions::Seed::Empty) {
        woowup->setAttributeDefinitions(docAttributeDefinitions());
        return;
    }
    woowup->setAttributeDefinitions(demoAttributeDefinitions());
    fillWazzup(wazzup);
    fillWoowUp(woowup);
}

void DemoSeed::fillWazzup(WazzupStore *store)
{
    QRandomGenerator random(20240301);
    const Origin *origins[] = {&russian, &spanish, &english};
    for (int i = 0; i < wazzupUserCount; ++i) {
        const Origin &origin = *origins[i % 3];
        const Person &person = origin.firstNames[random.bounded(quint32(origin.firstCount))];
        const QString last = utf8(origin.lastNames[2 * random.bounded(quint32(origin.lastCount))]);
        // UUID-shaped ids like the docs' example, from the seeded generator.
        const QString hex =
            QString::number(random.generate64(), 16).rightJustified(16, QLatin1Char('0'))
            + QString::number(random.generate64(), 16).rightJustified(16, QLatin1Char('0'));
        const QString id = hex.mid(0, 8) + QLatin1Char('-') + hex.mid(8, 4) + QLatin1Char('-')
            + hex.mid(12, 4) + QLatin1Char('-') + hex.mid(16, 4) + QLatin1Char('-')
            + hex.mid(20, 12);
        QJsonObject user{
            {QStringLiteral("id"), id},
            {QStringLiteral("name"), QString(utf8(person.first) + QLatin1Char(' ') + last)}};
        if (i % 5 != 4) {
            const QString prefix = &origin == &russian ? QStringLiteral("7926")
                : &origin == &spanish                  ? QStringLiteral("54911")
                                                       : QStringLiteral("447700");
            user.insert(QStringLiteral("phone"),
                        QString(prefix + digits(random, 13 - int(prefix.size()))));
        }
        store->upsert(user);
    }
}

void DemoSeed::fillWoowUp(WoowUpStore *store)
{
    // Generating 5,000 customers costs far more than copying them, and tests
    // reset the sandbox often; the data is the same every time anyway.
    static const QList<QJsonObject> customers = generateCustomers();
    for (const QJsonObject &record : customers)
        store->insertRecord(record);
}

QList<QJsonObject> DemoSeed::generateCustomers()
{
    QList<QJsonObject> customers;
    customers.reserve(woowupCustomerCount);
    QRandomGenerator random(20240302);
    const QDateTime epoch(QDate(2019, 1, 1), QTime(9, 0), QTimeZone::utc());
    for (int i = 0; i < woowupCustomerCount; ++i) {
        const int originDraw = int(random.bounded(100u));
        const Origin &origin = originDraw < 55 ? spanish : originDraw < 80 ? russian : english;
        const Person &person = origin.firstNames[random.bounded(quint32(origin.firstCount))];
        const quint32 lastIndex = random.bounded(quint32(origin.lastCount));
        QString lastName = utf8(origin.lastNames[2 * lastIndex]);
        const QString lastLatin = QLatin1String(origin.lastNames[2 * lastIndex + 1]);
        if (&origin == &russian && person.gender == 'F')
            lastName += QStringLiteral("а"); // Смирнова
        const Place &place = &origin == &spanish ? pick(random, spanishPlaces)
            : &origin == &russian                ? pick(random, russianPlaces)
                                                 : pick(random, englishPlaces);

        const qint64 userappId = WoowUpStore::firstUserappId + i;
        const QDateTime created = epoch.addSecs(qint64(i) * 15013);
        QJsonObject record = WoowUpStore::blankRecord(userappId, created);
        record.insert(QStringLiteral("first_name"), utf8(person.first));
        record.insert(QStringLiteral("last_name"), lastName);
        record.insert(QStringLiteral("gender"), QString(QLatin1Char(person.gender)));

        const bool hasEmail = chance(random, 85);
        const bool hasDocument = chance(random, 60);
        const bool hasServiceUid = chance(random, 30);
        const bool hasPhone = chance(random, 55);
        if (hasEmail || !(hasDocument || hasServiceUid || hasPhone)) {
            record.insert(QStringLiteral("email"),
                          QString(QLatin1String(person.latin) + QLatin1Char('.') + lastLatin
                                  + QString::number(i) + QLatin1Char('@')
                                  + QLatin1String(pick(random, domains))));
        }
        if (hasDocument) {
            const bool argentine = QLatin1String(place.country) == QLatin1String("ARG");
            record.insert(QStringLiteral("document"), QString::number(20000000 + i * 7919));
            record.insert(QStringLiteral("document_type"),
                          argentine ? QStringLiteral("DNI") : QStringLiteral("PASSPORT"));
        }
        if (hasServiceUid)
            record.insert(QStringLiteral("service_uid"),
                          QStringLiteral("CRM-%1").arg(userappId, 7, 10, QLatin1Char('0')));
        if (hasPhone) {
            const QString number = QString::number(40000000 + i * 13);
            record.insert(QStringLiteral("telephone"),
                          QString(QLatin1String(place.phonePrefix) + number.left(4)
                                  + QLatin1Char('-') + number.mid(4)));
        }
        if (chance(random, 70)) {
            const QDate birthday = QDate(1950, 1, 1).addDays(random.bounded(20000u));
            record.insert(QStringLiteral("birthday"), birthday.toString(Qt::ISODate));
        }
        record.insert(QStringLiteral("country"), QLatin1String(place.country));
        record.insert(QStringLiteral("city"), utf8(place.city));
        record.insert(QStringLiteral("state"), utf8(place.state));
        if (chance(random, 50)) {
            record.insert(QStringLiteral("address"),
                          QString(utf8(pick(random, streets)) + QLatin1Char(' ')
                                  + QString::number(random.bounded(1, 4000))));
            record.insert(QStringLiteral("postal_code"), digits(random, 4));
        }
        if (chance(random, 40))
            record.insert(QStringLiteral("marital_status"),
                          QLatin1String(pick(random, maritalStates)));
        if (chance(random, 35)) {
            QJsonArray tags;
            for (const char *tag : tagPool) {
                if (chance(random, 30))
                    tags.append(QLatin1String(tag));
            }
            if (!tags.isEmpty())
                record.insert(QStringLiteral("tags"), tags);
        }
        const int pointsDraw = int(random.bounded(100u));
        record.insert(QStringLiteral("points"),
                      pointsDraw < 40       ? 0
                          : pointsDraw < 90 ? int(random.bounded(500u))
                                            : 500 + int(random.bounded(1500u)));
        if (chance(random, 20))
            record.insert(QStringLiteral("club_inscription_date"),
                          created.addDays(random.bounded(300u))
                              .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));

        const struct
        {
            const char *channel;
            int enabledPercent;
        } consents[] = {{"mailing", 80}, {"whatsapp", 65}, {"sms", 50}};
        for (const auto &consent : consents) {
            const QString channel = QLatin1String(consent.channel);
            const bool enabled = chance(random, consent.enabledPercent);
            record.insert(channel + QStringLiteral("_enabled"), enabled);
            record.insert(channel + QStringLiteral("_enabled_reason"),
                          enabled ? QJsonValue(QJsonValue::Null)
                                  : QJsonValue(QLatin1String(pick(random, reasons))));
        }

        QJsonObject attributes;
        if (chance(random, 35)) {
            attributes.insert(QStringLiteral("nombre_mascota"), utf8(pick(random, petNames)));
            attributes.insert(QStringLiteral("edad_mascota"), int(random.bounded(1, 16)));
            attributes.insert(QStringLiteral("peso_mascota"),
                              double(random.bounded(20, 400)) / 10.0);
            QJsonArray shots;
            for (const char *vaccine : vaccines) {
                if (chance(random, 50))
                    shots.append(QLatin1String(vaccine));
            }
            attributes.insert(QStringLiteral("vacunas_mascota"), shots);
        }
        if (chance(random, 25)) {
            attributes.insert(QStringLiteral("fecha_casamiento"),
                              QDate(1980, 1, 1)
                                  .addDays(random.bounded(15000u))
                                  .toString(QStringLiteral("yyyy-MM-dd 12:00:00")));
            attributes.insert(QStringLiteral("cantidad_autos"), int(random.bounded(4u)));
        }
        if (chance(random, 30)) {
            static const char *const sizes[] = {"XS", "S", "M", "L", "XL"};
            static const char *const channelsPreferred[] = {"email", "whatsapp", "sms", "telefono"};
            static const char *const levels[] = {"bronce", "plata", "oro"};
            attributes.insert(QStringLiteral("talle_remera"), QLatin1String(pick(random, sizes)));
            attributes.insert(QStringLiteral("canal_preferido"),
                              QLatin1String(pick(random, channelsPreferred)));
            attributes.insert(QStringLiteral("acepta_encuestas"), chance(random, 50));
            attributes.insert(QStringLiteral("nivel_socio"), QLatin1String(pick(random, levels)));
            attributes.insert(QStringLiteral("intereses"),
                              QJsonArray{QStringLiteral("moda"), QStringLiteral("viajes")});
        }
        if (!attributes.isEmpty())
            record.insert(QStringLiteral("custom_attributes"), attributes);

        if (chance(random, 30))
            record.insert(QStringLiteral("updatetime"),
                          WoowUpStore::isoTime(created.addDays(random.bounded(1, 400))));
        customers.append(record);
    }
    return customers;
}
