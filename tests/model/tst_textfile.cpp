#include "model/textfile.h"
#include "scenario/scenarioloader.h"
#include "totext.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace SyncLens;

// Files people hand to SyncLens are read whole, up to a limit: over it, a
// clear error names the file and the limit instead of filling the memory.
class TestTextFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString fileOf(const char *name, qint64 size)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray(size, 'x')) != size)
            return {};
        return path;
    }

private Q_SLOTS:
    void readsUpToTheLimit_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<bool>("ok");
        QTest::newRow("empty") << qint64(0) << true;
        QTest::newRow("small") << qint64(10) << true;
        QTest::newRow("at the limit") << qint64(1000) << true;
        QTest::newRow("one byte over") << qint64(1001) << false;
        QTest::newRow("far over") << qint64(5000) << false;
    }

    void readsUpToTheLimit()
    {
        QFETCH(qint64, size);
        QFETCH(bool, ok);
        const QString path = fileOf("f.txt", size);
        QVERIFY(!path.isEmpty());
        const auto file = TextFile::read(path, 1000);
        QCOMPARE(file.ok(), ok);
        QBuffer buffer;
        buffer.setData(QByteArray(size, 'x'));
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const auto device = TextFile::read(buffer, QStringLiteral("the buffer"), 1000);
        QCOMPARE(device.ok(), ok);
        if (ok) {
            QCOMPARE(file->size(), size);
            QCOMPARE(*device, QByteArray(size, 'x'));
            return;
        }
        QCOMPARE(file.error().code, Error::Code::InvalidArgument);
        QVERIFY2(file.error().message.contains(path), qPrintable(file.error().message));
        QVERIFY2(device.error().message.contains(QStringLiteral("the buffer")),
                 qPrintable(device.error().message));
    }

    void theDefaultLimitIsNamed()
    {
        const QString path = fileOf("big.txt", TextFile::DefaultLimit + 1);
        const auto read = TextFile::read(path);
        QVERIFY(!read.ok());
        QVERIFY2(read.error().message.contains(QStringLiteral("16 MiB")),
                 qPrintable(read.error().message));
        QVERIFY(TextFile::read(fileOf("fine.txt", 4096)).ok());
    }

    void aMissingFileIsNotFound()
    {
        const auto read = TextFile::read(m_dir.filePath(QStringLiteral("none.json")));
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, Error::Code::NotFound);
        QVERIFY(read.error().message.contains(QStringLiteral("none.json")));
    }

    void aScenarioOverTheLimitIsRefused()
    {
        const QString path = fileOf("huge.json", TextFile::DefaultLimit + 1);
        const auto scenario = ScenarioLoader::load(path);
        QVERIFY(!scenario.ok());
        QVERIFY2(scenario.error().message.contains(path), qPrintable(scenario.error().message));
        QVERIFY2(scenario.error().message.contains(QStringLiteral("16 MiB")),
                 qPrintable(scenario.error().message));
    }
};

QTEST_GUILESS_MAIN(TestTextFile)
#include "tst_textfile.moc"
