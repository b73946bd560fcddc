// The translation catalogues are complete and current:
//  - every message of every translations/userdesk_*.ts is finished and
//    non-empty, keeps its source's %1..%9/%n placeholders, "&" mnemonic,
//    HTML tags, "…" and surrounding spaces, and has as many plural forms as
//    the language needs (Russian 3, Spanish and English 2);
//  - lupdate, re-run over the current sources into a temporary copy of each
//    catalogue, finds no message the committed catalogue lacks (someone
//    added a tr() and did not translate it);
//  - the compiled catalogues load through Translator::install and translate
//    every message, plurals included, as the .ts files say.
// To fix a failure: see translations/CMakeLists.txt (update_translations,
// then translations/fill_translations.py with new phrasebook.py entries).

#include "translator.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "unfinished", "vanished", "obsolete" or empty
    QStringList forms;

    QString key() const { return context + QChar(0x1f) + source + QChar(0x1f) + comment; }
    QString describe() const
    {
        return QStringLiteral("[%1] \"%2\"%3")
            .arg(context, source,
                 comment.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(comment));
    }
};

struct Catalogue
{
    QString language; // "ru", "es", "en"
    QList<Message> messages;
    QString error;
};

QString translationsDir()
{
    return QString::fromUtf8(USERDESK_TRANSLATIONS_DIR);
}

Catalogue parseTs(const QString &path)
{
    Catalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalogue.error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return catalogue;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                catalogue.language = xml.attributes()
                                         .value(QLatin1String("language"))
                                         .toString()
                                         .section(QLatin1Char('_'), 0, 0);
            } else if (name == QLatin1String("context")) {
                context.clear();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = Message();
                message.context = context;
                message.numerus =
                    xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                message.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!message.numerus)
                    message.forms.append(xml.readElementText());
            } else if (name == QLatin1String("numerusform")) {
                message.forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            catalogue.messages.append(message);
        }
    }
    if (xml.hasError())
        catalogue.error =
            QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return catalogue;
}

// Plural forms lrelease expects per language (Qt's numerus rules).
int pluralForms(const QString &language)
{
    if (language == QLatin1String("ru"))
        return 3; // 1, 21 / 2-4, 22-24 / 0, 5-20, 11-14
    if (language == QLatin1String("es") || language == QLatin1String("en"))
        return 2;
    return -1;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?([1-9]|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(QLatin1Char('%') + it.next().captured(1));
    found.removeDuplicates();
    found.sort();
    return found;
}

int mnemonics(QString text)
{
    text.remove(QLatin1String("&&"));
    return int(text.count(QLatin1Char('&')));
}

QStringList tags(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("<[^>]+>"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    return found;
}

QString edges(const QString &text)
{
    // Leading and trailing white space, e.g. "Account: " must stay "Аккаунт: ".
    qsizetype start = 0;
    while (start < text.size() && text.at(start).isSpace())
        ++start;
    qsizetype end = text.size();
    while (end > start && text.at(end - 1).isSpace())
        --end;
    return text.left(start) + QLatin1Char('|') + text.mid(end);
}

QStringList catalogueFiles()
{
    return QDir(translationsDir())
        .entryList({QStringLiteral("userdesk_*.ts")}, QDir::Files, QDir::Name);
}

// QTest cuts long failure messages, so the full list goes to the log first.
#define VERIFY_NO_PROBLEMS(file, problems, what)                                                   \
    do {                                                                                           \
        if (!(problems).isEmpty()) {                                                               \
            qWarning().noquote() << QStringLiteral("%1: %2 %3:\n  %4")                             \
                                        .arg(file)                                                 \
                                        .arg((problems).size())                                    \
                                        .arg(QStringLiteral(what),                                 \
                                             (problems).join(QLatin1String("\n  ")));              \
            QFAIL(qPrintable(QStringLiteral("%1: %2 %3 (listed above); first: %4")                 \
                                 .arg(file)                                                        \
                                 .arg((problems).size())                                           \
                                 .arg(QStringLiteral(what), (problems).first())));                 \
        }                                                                                          \
    } while (false)

void removeTranslators()
{
    const auto translators = QCoreApplication::instance()->findChildren<QTranslator *>();
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

class TstTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void catalogue_data();
    void messagesAreFinished_data() { catalogue_data(); }
    void messagesAreFinished();
    void placeholdersMatchSource_data() { catalogue_data(); }
    void placeholdersMatchSource();
    void pluralFormsComplete_data() { catalogue_data(); }
    void pluralFormsComplete();
    void mnemonicsAndMarkupKept_data() { catalogue_data(); }
    void mnemonicsAndMarkupKept();
    void noSourceStringMissing_data() { catalogue_data(); }
    void noSourceStringMissing();

    void availableLanguagesInstall_data();
    void availableLanguagesInstall();
    void knownStringsTranslate_data();
    void knownStringsTranslate();
    void compiledCatalogueMatchesTs_data() { catalogue_data(); }
    void compiledCatalogueMatchesTs();
    void countsArePlurals();
    void noCountConcatenated();
};

void TstTranslations::initTestCase()
{
    QVERIFY2(!catalogueFiles().isEmpty(), qPrintable(translationsDir()));
}

void TstTranslations::cleanup()
{
    removeTranslators();
}

void TstTranslations::catalogue_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : catalogueFiles())
        QTest::newRow(qPrintable(file)) << file;
}

void TstTranslations::messagesAreFinished()
{
    QFETCH(QString, file);
    const Catalogue catalogue = parseTs(translationsDir() + QLatin1Char('/') + file);
    QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
    QVERIFY(!catalogue.messages.isEmpty());
    QStringList problems;
    for (const Message &message : catalogue.messages) {
        if (!message.type.isEmpty())
            problems.append(message.describe() + QStringLiteral(": ") + message.type);
        else if (message.forms.isEmpty()
                 || std::any_of(message.forms.cbegin(), message.forms.cend(),
                                [](const QString &form) { return form.trimmed().isEmpty(); }))
            problems.append(message.describe() + QStringLiteral(": empty translation"));
    }
    VERIFY_NO_PROBLEMS(file, problems, "problem(s)");
}

void TstTranslations::placeholdersMatchSource()
{
    QFETCH(QString, file);
    const Catalogue catalogue = parseTs(translationsDir() + QLatin1Char('/') + file);
    QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
    QStringList problems;
    for (const Message &message : catalogue.messages) {
        const QStringList expected = placeholders(message.source);
        for (const QString &form : message.forms) {
            if (form.isEmpty())
                continue; // messagesAreFinished reports it
            const QStringList actual = placeholders(form);
            if (actual != expected)
                problems.append(QStringLiteral("%1: \"%2\" has %3, the source has %4")
                                    .arg(message.describe(), form, actual.join(QLatin1Char(' ')),
                                         expected.join(QLatin1Char(' '))));
        }
    }
    VERIFY_NO_PROBLEMS(file, problems, "problem(s)");
}

void TstTranslations::pluralFormsComplete()
{
    QFETCH(QString, file);
    const Catalogue catalogue = parseTs(translationsDir() + QLatin1Char('/') + file);
    QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
    const int forms = pluralForms(catalogue.language);
    QVERIFY2(
        forms > 0,
        qPrintable(QStringLiteral("%1: language \"%2\" has no plural rule in this test; add it")
                       .arg(file, catalogue.language)));
    const bool pluralOnly = catalogue.language == QLatin1String("en");
    QStringList problems;
    for (const Message &message : catalogue.messages) {
        const bool hasN = message.source.contains(QLatin1String("%n"));
        if (pluralOnly && !message.numerus)
            problems.append(
                message.describe()
                + QStringLiteral(": English catalogue holds plurals only (lupdate -pluralonly)"));
        if (message.numerus && message.forms.size() != forms)
            problems.append(QStringLiteral("%1: %2 plural form(s), %3 needs %4")
                                .arg(message.describe())
                                .arg(message.forms.size())
                                .arg(catalogue.language)
                                .arg(forms));
        if (!message.numerus && message.forms.size() != 1)
            problems.append(message.describe()
                            + QStringLiteral(": not a plural, yet several forms"));
        if (message.numerus != hasN)
            problems.append(message.describe()
                            + (hasN
                                   ? QStringLiteral(": uses %n but is not a plural; pass n to tr()")
                                   : QStringLiteral(": a plural without %n")));
    }
    VERIFY_NO_PROBLEMS(file, problems, "problem(s)");
}

void TstTranslations::mnemonicsAndMarkupKept()
{
    QFETCH(QString, file);
    const Catalogue catalogue = parseTs(translationsDir() + QLatin1Char('/') + file);
    QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
    const QString ellipsis(QChar(0x2026));
    QStringList problems;
    for (const Message &message : catalogue.messages) {
        for (const QString &form : message.forms) {
            if (form.isEmpty())
                continue;
            if (mnemonics(form) != mnemonics(message.source))
                problems.append(QStringLiteral("%1: \"%2\" has %3 '&' mnemonic(s), the source %4")
                                    .arg(message.describe(), form)
                                    .arg(mnemonics(form))
                                    .arg(mnemonics(message.source)));
            if (tags(form) != tags(message.source))
                problems.append(QStringLiteral("%1: \"%2\" changes the HTML tags")
                                    .arg(message.describe(), form));
            if (message.source.contains(ellipsis) != form.contains(ellipsis))
                problems.append(QStringLiteral("%1: \"%2\" does not keep the \"…\"")
                                    .arg(message.describe(), form));
            if (edges(form) != edges(message.source))
                problems.append(QStringLiteral("%1: \"%2\" changes the leading/trailing spaces")
                                    .arg(message.describe(), form));
        }
    }
    VERIFY_NO_PROBLEMS(file, problems, "problem(s)");
}

void TstTranslations::noSourceStringMissing()
{
    QFETCH(QString, file);
    const QString committedPath = translationsDir() + QLatin1Char('/') + file;
    const Catalogue committed = parseTs(committedPath);
    QVERIFY2(committed.error.isEmpty(), qPrintable(committed.error));

    // The same sources the update_translations target scans: every .cpp and
    // .h under the translatable folders, subfolders included.
    const QDir sourceDir(QString::fromUtf8(USERDESK_SOURCE_DIR));
    QStringList sources;
    const QStringList dirs =
        QString::fromUtf8(USERDESK_TRANSLATABLE_DIRS).split(QLatin1Char(','), Qt::SkipEmptyParts);
    QVERIFY(!dirs.isEmpty());
    for (const QString &dir : dirs) {
        QDirIterator it(sourceDir.filePath(dir), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            sources.append(it.next());
    }
    QVERIFY2(!sources.isEmpty(), "no sources found");
    sources.sort();

    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const QString copyPath = temp.filePath(file);
    QVERIFY(QFile::copy(committedPath, copyPath));
    QFile::setPermissions(copyPath, QFile::ReadOwner | QFile::WriteOwner);
    QFile list(temp.filePath(QStringLiteral("sources.lst")));
    QVERIFY(list.open(QIODevice::WriteOnly));
    list.write(sources.join(QLatin1Char('\n')).toUtf8() + '\n');
    list.close();

    QStringList arguments{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                          QStringLiteral("none"), QStringLiteral("-silent")};
    if (committed.language == QLatin1String("en"))
        arguments.append(QStringLiteral("-pluralonly"));
    arguments << QLatin1Char('@') + list.fileName() << QStringLiteral("-ts") << copyPath;

    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QString::fromUtf8(USERDESK_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    const QString output = QString::fromLocal8Bit(lupdate.readAll());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             qPrintable(output));

    const Catalogue fresh = parseTs(copyPath);
    QVERIFY2(fresh.error.isEmpty(), qPrintable(fresh.error));
    QVERIFY(!fresh.messages.isEmpty());

    QSet<QString> known;
    for (const Message &message : committed.messages)
        known.insert(message.key());
    QSet<QString> current;
    QStringList missing;
    for (const Message &message : fresh.messages) {
        current.insert(message.key());
        if (!known.contains(message.key()))
            missing.append(message.describe());
    }
    QStringList stale;
    for (const Message &message : committed.messages) {
        if (!current.contains(message.key()))
            stale.append(message.describe());
    }
    if (!stale.isEmpty())
        qInfo().noquote()
            << file << "has" << stale.size()
            << "message(s) no source uses any more (harmless; update_translations drops them):\n "
            << stale.join(QLatin1String("\n  "));
    VERIFY_NO_PROBLEMS(
        file, missing,
        "source string(s) missing from the catalogue; run the update_translations target and "
        "translations/fill_translations.py (see translations/CMakeLists.txt)");
}

void TstTranslations::availableLanguagesInstall_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<bool>("shipped");
    for (const QString &language : Translator::availableLanguages()) {
        QTest::newRow(qPrintable(language)) << language << true;
        QVERIFY2(QFile::exists(translationsDir() + QStringLiteral("/userdesk_%1.ts").arg(language)),
                 qPrintable(language));
    }
    QTest::newRow("ru_RU") << QStringLiteral("ru_RU") << true;
    QTest::newRow("es_AR") << QStringLiteral("es_AR") << true;
    QTest::newRow("es_MX") << QStringLiteral("es_MX") << true;
    QTest::newRow("en_US") << QStringLiteral("en_US") << true;
    QTest::newRow("de_DE") << QStringLiteral("de_DE") << false;
    QTest::newRow("pt_BR") << QStringLiteral("pt_BR") << false;
}

void TstTranslations::availableLanguagesInstall()
{
    QFETCH(QString, locale);
    QFETCH(bool, shipped);
    QCOMPARE(Translator::install(QCoreApplication::instance(), QLocale(locale)), shipped);
    // Either way the English plurals are in place at least.
    QVERIFY(!QCoreApplication::instance()->findChildren<QTranslator *>().isEmpty());
}

void TstTranslations::knownStringsTranslate_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");

    const QString customers = QStringLiteral("%n customer(s)");
    const QString employees = QStringLiteral("%n employee(s)");
    const QString woowup = QStringLiteral("WoowUpPage");
    const QString wazzup = QStringLiteral("WazzupPage");

    QTest::newRow("ru window title") << "ru_RU"
                                     << "main"
                                     << "Userdesk" << -1 << "Userdesk";
    QTest::newRow("ru button") << "ru_RU"
                               << "MainWindow"
                               << "Add an account…" << -1 << "Добавить аккаунт…";
    QTest::newRow("ru label") << "ru_RU"
                              << "ProfileDialog"
                              << "API &key:" << -1 << "API-&ключ:";
    QTest::newRow("ru 1") << "ru_RU" << woowup << customers << 1 << "1 клиент";
    QTest::newRow("ru 3") << "ru_RU" << woowup << customers << 3 << "3 клиента";
    QTest::newRow("ru 5") << "ru_RU" << woowup << customers << 5 << "5 клиентов";
    QTest::newRow("ru 11") << "ru_RU" << woowup << customers << 11 << "11 клиентов";
    QTest::newRow("ru 21") << "ru_RU" << woowup << customers << 21 << "21 клиент";
    QTest::newRow("ru 22") << "ru_RU" << woowup << customers << 22 << "22 клиента";
    QTest::newRow("ru 0") << "ru_RU" << woowup << customers << 0 << "0 клиентов";
    QTest::newRow("ru employees 1") << "ru" << wazzup << employees << 1 << "1 сотрудник";
    QTest::newRow("ru employees 3") << "ru" << wazzup << employees << 3 << "3 сотрудника";
    QTest::newRow("ru employees 5") << "ru" << wazzup << employees << 5 << "5 сотрудников";
    QTest::newRow("es button") << "es_AR"
                               << "MainWindow"
                               << "Add an account…" << -1 << "Agregar una cuenta…";
    QTest::newRow("es label") << "es_MX"
                              << "ProfileDialog"
                              << "API &key:" << -1 << "&Clave de API:";
    QTest::newRow("es 1") << "es_AR" << woowup << customers << 1 << "1 cliente";
    QTest::newRow("es 3") << "es_AR" << woowup << customers << 3 << "3 clientes";
    QTest::newRow("es 0") << "es" << woowup << customers << 0 << "0 clientes";
    QTest::newRow("en 1") << "en_US" << woowup << customers << 1 << "1 customer";
    QTest::newRow("en 5") << "en_US" << woowup << customers << 5 << "5 customers";
    QTest::newRow("en employees 1") << "en_GB" << wazzup << employees << 1 << "1 employee";
    QTest::newRow("en not plural") << "en_US"
                                   << "MainWindow"
                                   << "Add an account…" << -1 << "Add an account…";
    // Counts inside sentences, each form picked by n (1, 2, 5, 21 in Russian).
    const QString cells = QStringLiteral(
        "it has %n cell(s) but the header has %1; the missing cells are read as empty.");
    const QString mapper = QStringLiteral("ImportRowMapper");
    QTest::newRow("ru cells 1")
        << "ru" << mapper << cells << 1
        << "в ней 1 ячейка, а в заголовке — %1; недостающие ячейки считаются пустыми.";
    QTest::newRow("ru cells 2")
        << "ru" << mapper << cells << 2
        << "в ней 2 ячейки, а в заголовке — %1; недостающие ячейки считаются пустыми.";
    QTest::newRow("ru cells 5")
        << "ru" << mapper << cells << 5
        << "в ней 5 ячеек, а в заголовке — %1; недостающие ячейки считаются пустыми.";
    QTest::newRow("ru cells 21")
        << "ru" << mapper << cells << 21
        << "в ней 21 ячейка, а в заголовке — %1; недостающие ячейки считаются пустыми.";
    const QString idLength =
        QStringLiteral("The ID is %n character(s) long; Wazzup accepts at most %1.");
    const QString validator = QStringLiteral("WazzupValidator");
    QTest::newRow("ru id 201") << "ru" << validator << idLength << 201
                               << "ID длиной 201 символ; Wazzup допускает не больше %1.";
    QTest::newRow("ru id 202") << "ru" << validator << idLength << 202
                               << "ID длиной 202 символа; Wazzup допускает не больше %1.";
    QTest::newRow("ru id 205") << "ru" << validator << idLength << 205
                               << "ID длиной 205 символов; Wazzup допускает не больше %1.";
    QTest::newRow("es id 1") << "es" << validator << idLength << 1
                             << "El ID tiene 1 carácter; Wazzup acepta como máximo %1.";
    QTest::newRow("es id 201") << "es" << validator << idLength << 201
                               << "El ID tiene 201 caracteres; Wazzup acepta como máximo %1.";
    QTest::newRow("de falls back to English 1")
        << "de_DE" << woowup << customers << 1 << "1 customer";
    QTest::newRow("de falls back to English 2")
        << "de_DE" << woowup << customers << 2 << "2 customers";
}

void TstTranslations::knownStringsTranslate()
{
    QFETCH(QString, locale);
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(int, n);
    QFETCH(QString, expected);
    Translator::install(QCoreApplication::instance(), QLocale(locale));
    QCOMPARE(QCoreApplication::translate(context.toUtf8().constData(), source.toUtf8().constData(),
                                         nullptr, n),
             expected);
}

void TstTranslations::compiledCatalogueMatchesTs()
{
    QFETCH(QString, file);
    const Catalogue catalogue = parseTs(translationsDir() + QLatin1Char('/') + file);
    QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
    QVERIFY(Translator::install(QCoreApplication::instance(), QLocale(catalogue.language)));

    // A number that selects each plural form, in Qt's order.
    QList<int> numbers;
    if (catalogue.language == QLatin1String("ru"))
        numbers = {1, 3, 5};
    else
        numbers = {1, 5};

    QStringList problems;
    for (const Message &message : catalogue.messages) {
        if (!message.type.isEmpty())
            continue; // messagesAreFinished reports it
        const QByteArray context = message.context.toUtf8();
        const QByteArray source = message.source.toUtf8();
        const QByteArray comment = message.comment.toUtf8();
        const char *disambiguation = message.comment.isEmpty() ? nullptr : comment.constData();
        if (!message.numerus) {
            const QString actual = QCoreApplication::translate(context.constData(),
                                                               source.constData(), disambiguation);
            if (actual != message.forms.value(0))
                problems.append(QStringLiteral("%1: got \"%2\"").arg(message.describe(), actual));
            continue;
        }
        for (int i = 0; i < qMin(numbers.size(), message.forms.size()); ++i) {
            const int n = numbers.at(i);
            QString expected = message.forms.at(i);
            expected.replace(QLatin1String("%n"), QString::number(n));
            const QString actual = QCoreApplication::translate(
                context.constData(), source.constData(), disambiguation, n);
            if (actual != expected)
                problems.append(QStringLiteral("%1, n=%2: got \"%3\", expected \"%4\"")
                                    .arg(message.describe())
                                    .arg(n)
                                    .arg(actual, expected));
        }
    }
    VERIFY_NO_PROBLEMS(file, problems, "problem(s)");
}

// A count put into a sentence with arg() cannot take the plural its
// number needs ("5 клиента"): a message that is not a plural must not put
// a number right before a countable noun.
void TstTranslations::countsArePlurals()
{
    const Catalogue catalogue = parseTs(translationsDir() + QStringLiteral("/userdesk_ru.ts"));
    QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
    // A rate ("%1 rows per second") is a measure, not a count.
    static const QRegularExpression countedNoun(
        QStringLiteral("%L?[1-9] (rows?|customers?|employees?|records?|cells?|files?|"
                       "characters?|columns?|users?|items?|sheets?|strings?|errors?|"
                       "problems?|lines?|requests?|minutes?|seconds?|hours?|days?|times?|"
                       "attempts?)\\b(?! per )"));
    QStringList problems;
    for (const Message &message : catalogue.messages) {
        if (!message.numerus && countedNoun.match(message.source).hasMatch())
            problems.append(message.describe()
                            + QStringLiteral(": a count in a sentence; use tr(\"%n …\", "
                                             "nullptr, n) with plural forms"));
    }
    VERIFY_NO_PROBLEMS(QStringLiteral("userdesk_ru.ts"), problems, "problem(s)");
}

// Nor may a number be glued to a translated word: "5" + tr(" customers").
void TstTranslations::noCountConcatenated()
{
    const QDir sourceDir(QString::fromUtf8(USERDESK_SOURCE_DIR));
    const QStringList dirs =
        QString::fromUtf8(USERDESK_TRANSLATABLE_DIRS).split(QLatin1Char(','), Qt::SkipEmptyParts);
    QVERIFY(!dirs.isEmpty());
    static const QRegularExpression glued(
        QStringLiteral("(QString::number|toString)\\([^;]*\\)\\s*\\+\\s*tr\\(|"
                       "\\btr\\([^;]*\\)\\s*\\+\\s*(QString::number|[A-Za-z_.>-]*toString)\\("));
    QStringList problems;
    int files = 0;
    for (const QString &dir : dirs) {
        QDirIterator it(sourceDir.filePath(dir), {QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            ++files;
            const QString text = QString::fromUtf8(file.readAll());
            for (auto match = glued.globalMatch(text); match.hasNext();) {
                const QRegularExpressionMatch found = match.next();
                problems.append(QStringLiteral("%1:%2: %3")
                                    .arg(sourceDir.relativeFilePath(path))
                                    .arg(text.left(found.capturedStart()).count(u'\n') + 1)
                                    .arg(found.captured()));
            }
        }
    }
    QVERIFY(files > 0);
    VERIFY_NO_PROBLEMS(QStringLiteral("sources"), problems, "count(s) glued to a word");
}

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
