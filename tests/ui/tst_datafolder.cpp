#include "appsettings.h"
#include "datafolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace SyncLens;

namespace {

bool write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// One data folder (issue 20): the demo org is …/SyncLens/demo.db, no longer
// …/SyncLens/SyncLens/demo.db (organisation and application are both
// "SyncLens"), and a demo org an earlier version left in the doubled folder
// is found: moved with its WAL files and drafts, the remembered org with it.
// Runs in a temporary XDG data and config home.
class TestDataFolder : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_home;

    QString data() const { return m_home->filePath(QStringLiteral("data")); }
    QString folder() const { return data() + QStringLiteral("/SyncLens"); }
    QString doubled() const { return folder() + QStringLiteral("/SyncLens"); }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("SyncLens"));
        QCoreApplication::setApplicationName(QStringLiteral("SyncLens"));
    }

    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        qputenv("XDG_DATA_HOME", data().toUtf8());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_home->filePath(QStringLiteral("config")));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_home->filePath(QStringLiteral("config")));
        QSettings().clear();
    }

    void oneFolder()
    {
        QCOMPARE(DataFolder::legacyPath(), doubled());
        QCOMPARE(DataFolder::path(), folder());
        QCOMPARE(DataFolder::demoOrgPath(), folder() + QStringLiteral("/demo.db"));
        QCOMPARE(DataFolder::migrate(), folder() + QStringLiteral("/demo.db"));
        QVERIFY(!QFileInfo::exists(doubled()));
    }

    void anEarlierDemoOrgMoves()
    {
        const QString old = doubled() + QStringLiteral("/demo.db");
        QVERIFY(write(old, "database"));
        QVERIFY(write(old + QStringLiteral("-wal"), "wal"));
        QVERIFY(write(doubled() + QStringLiteral("/drafts/0123/f.json"), "draft"));
        AppSettings().setLastOrgPath(old);

        const QString demo = folder() + QStringLiteral("/demo.db");
        QCOMPARE(DataFolder::migrate(), demo);
        QCOMPARE(read(demo), QByteArray("database"));
        QCOMPARE(read(demo + QStringLiteral("-wal")), QByteArray("wal"));
        QCOMPARE(read(folder() + QStringLiteral("/drafts/0123/f.json")), QByteArray("draft"));
        QCOMPARE(AppSettings().lastOrgPath(), demo);
        QVERIFY(!QFileInfo::exists(doubled())); // emptied, then removed
        QCOMPARE(DataFolder::migrate(), demo);  // once only: nothing left to move
    }

    void anotherRememberedOrgStays()
    {
        QVERIFY(write(doubled() + QStringLiteral("/demo.db"), "database"));
        const QString mine = m_home->filePath(QStringLiteral("mine.db"));
        AppSettings().setLastOrgPath(mine);
        QCOMPARE(DataFolder::migrate(), DataFolder::demoOrgPath());
        QCOMPARE(AppSettings().lastOrgPath(), mine);
    }

    void aNewerDemoOrgWins()
    {
        QVERIFY(write(doubled() + QStringLiteral("/demo.db"), "old"));
        QVERIFY(write(folder() + QStringLiteral("/demo.db"), "new"));
        QCOMPARE(DataFolder::migrate(), DataFolder::demoOrgPath());
        QCOMPARE(read(DataFolder::demoOrgPath()), QByteArray("new"));
        QCOMPARE(read(doubled() + QStringLiteral("/demo.db")), QByteArray("old")); // untouched
    }

    void aDemoOrgThatCannotMoveIsFoundWhereItIs()
    {
        const QString old = doubled() + QStringLiteral("/demo.db");
        QVERIFY(write(old, "database"));
        // Something that is not a file holds the new name: the move fails.
        QVERIFY(QDir().mkpath(folder() + QStringLiteral("/demo.db/x")));
        QCOMPARE(DataFolder::migrate(), old);
        QCOMPARE(read(old), QByteArray("database"));
    }
};

QTEST_GUILESS_MAIN(TestDataFolder)
#include "tst_datafolder.moc"
