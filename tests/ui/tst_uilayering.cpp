// The widgets talk to account objects only: no file under ui/ includes a
// header of services/ (HTTP, JSON envelopes, clients, jobs, ApiError), and
// no public header of the accounts or deletion libraries does either, so
// that those libraries can keep services/ a private dependency.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

namespace {

const QString sourceDir = QStringLiteral(USERDESK_SOURCE_DIR);

QSet<QString> headersOf(const QString &folder)
{
    QSet<QString> names;
    const QStringList files =
        QDir(sourceDir + u'/' + folder).entryList({QStringLiteral("*.h")}, QDir::Files);
    for (const QString &file : files)
        names.insert(file);
    return names;
}

// "file:line: #include \"x.h\"" for every include of one of headers.
QStringList includesOf(const QString &folder, const QStringList &patterns,
                       const QSet<QString> &headers)
{
    static const QRegularExpression include(
        QStringLiteral("^\\s*#\\s*include\\s*[<\"]([^>\"]+)[>\"]"));
    QStringList found;
    QDirIterator it(sourceDir + u'/' + folder, patterns, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            found.append(path + QStringLiteral(": unreadable"));
            continue;
        }
        int line = 0;
        while (!file.atEnd()) {
            ++line;
            const QString text = QString::fromUtf8(file.readLine());
            const QRegularExpressionMatch match = include.match(text);
            if (match.hasMatch() && headers.contains(QFileInfo(match.captured(1)).fileName()))
                found.append(QStringLiteral("%1:%2: %3")
                                 .arg(QDir(sourceDir).relativeFilePath(path))
                                 .arg(line)
                                 .arg(text.trimmed()));
        }
    }
    return found;
}

} // namespace

class TestUiLayering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void uiIncludesNoServicesHeader();
    void accountAndDeletionHeadersIncludeNoServicesHeader();

private:
    QSet<QString> m_services;
};

void TestUiLayering::initTestCase()
{
    m_services = headersOf(QStringLiteral("services"));
    // The scan means nothing if it cannot see the services.
    QVERIFY(m_services.contains(QStringLiteral("wazzupclient.h")));
    QVERIFY(m_services.contains(QStringLiteral("apierror.h")));
    QVERIFY(m_services.contains(QStringLiteral("apijob.h")));
}

void TestUiLayering::uiIncludesNoServicesHeader()
{
    const QStringList found = includesOf(
        QStringLiteral("ui"), {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, m_services);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

void TestUiLayering::accountAndDeletionHeadersIncludeNoServicesHeader()
{
    for (const QString &folder :
         {QStringLiteral("models/accounts"), QStringLiteral("models/deletion")}) {
        const QStringList found = includesOf(folder, {QStringLiteral("*.h")}, m_services);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }
}

QTEST_GUILESS_MAIN(TestUiLayering)
#include "tst_uilayering.moc"
