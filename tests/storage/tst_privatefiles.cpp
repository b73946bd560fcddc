#include "journal.h"
#include "privatefiles.h"
#include "sqlitefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

// The mode bits as `ls -l` shows them, e.g. 0600.
int modeOf(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 0777);
}

} // namespace

class TestPrivateFiles : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        // The usual desktop umask: without the restriction files come out 0644
        // and folders 0755, readable by every account on the computer.
        m_oldUmask = ::umask(022);
    }
    void cleanup() { ::umask(m_oldUmask); }

    void journalFilesAreOwnerOnly_data()
    {
        QTest::addColumn<QString>("subPath");
        QTest::newRow("one new folder") << QStringLiteral("Userdesk/journal.sqlite");
        QTest::newRow("two new folders") << QStringLiteral("share/Userdesk/journal.sqlite");
    }
    void journalFilesAreOwnerOnly()
    {
        QFETCH(QString, subPath);
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const QString path = root.filePath(subPath);

        SqliteFile file(QStringLiteral("test-"));
        QVERIFY2(file.open(path, {QStringLiteral("CREATE TABLE rows (value TEXT)")}),
                 qPrintable(file.errorString()));
        QVERIFY(file.exec(QStringLiteral("INSERT INTO rows VALUES ('Ann Perez')")));
        QVERIFY(QFile::exists(path + QStringLiteral("-wal")));

        for (QString folder = QFileInfo(path).absolutePath(); folder != root.path();
             folder = QFileInfo(folder).absolutePath())
            QCOMPARE(modeOf(folder), 0700);
        QCOMPARE(modeOf(path), 0600);
        QCOMPARE(modeOf(path + QStringLiteral("-wal")), 0600);
        QCOMPARE(modeOf(path + QStringLiteral("-shm")), 0600);
    }

    void existingOpenFilesAreTightened()
    {
        QTemporaryDir root;
        const QString path = root.filePath(QStringLiteral("journal.sqlite"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
        }
        QVERIFY(QFile::setPermissions(path,
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                          | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QCOMPARE(modeOf(path), 0644);

        QVERIFY(QFile::setPermissions(root.path(),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                          | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                                          | QFileDevice::ExeGroup));
        SqliteFile file(QStringLiteral("test-"));
        QVERIFY2(file.open(path, {}), qPrintable(file.errorString()));
        QCOMPARE(modeOf(path), 0600);
        // A folder that existed before and is not Userdesk's own is left alone.
        QCOMPARE(modeOf(root.path()), 0750);
    }

    void ownDataFolderIsTightened()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString own = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QVERIFY(QDir().mkpath(own));
        QVERIFY(QFile::setPermissions(own,
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                          | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                                          | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                          | QFileDevice::ExeOther));
        QCOMPARE(modeOf(own), 0755);

        {
            Journal journal;
            QVERIFY2(journal.open(), qPrintable(journal.errorString()));
            QCOMPARE(modeOf(own), 0700);
            QCOMPARE(modeOf(Journal::defaultPath()), 0600);
        }
        QFile::remove(Journal::defaultPath());
        QFile::remove(Journal::defaultPath() + QStringLiteral("-wal"));
        QFile::remove(Journal::defaultPath() + QStringLiteral("-shm"));
    }

private:
    mode_t m_oldUmask = 022;
};

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_privatefiles.moc"
