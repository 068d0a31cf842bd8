#include "tracking/conversationindex.h"

#include <QTest>

using namespace SyncLens;

namespace {

// n bytes of hex, each byte `value`.
QString hex(int bytes, int value)
{
    return QString::fromLatin1(QByteArray(bytes, char(value)).toHex());
}

} // namespace

// The Exchange conversation index: a 22-byte header, then 5 bytes per reply.
class TestConversationIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromHex_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("depth");
        QTest::newRow("header") << hex(22, 1) << true << 0;
        QTest::newRow("header and a block") << hex(22, 1) + hex(5, 2) << true << 1;
        QTest::newRow("header and three blocks") << hex(22, 1) + hex(15, 2) << true << 3;
        QTest::newRow("upper case") << hex(22, 0xab).toUpper() << true << 0;
        QTest::newRow("surrounding space") << u' ' + hex(22, 1) + u'\n' << true << 0;
        QTest::newRow("empty") << QString() << false << -1;
        QTest::newRow("short header") << hex(21, 1) << false << -1;
        QTest::newRow("half a block") << hex(22, 1) + hex(3, 2) << false << -1;
        QTest::newRow("odd digit count") << hex(22, 1) + u'0' << false << -1;
        QTest::newRow("not hex") << hex(21, 1) + QStringLiteral("zz") << false << -1;
        QTest::newRow("space inside") << hex(11, 1) + u' ' + hex(11, 1) + u'0' << false << -1;
        QTest::newRow("other scripts' digits") << hex(21, 1) + QStringLiteral("١٢") << false << -1;
    }

    void fromHex()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(int, depth);
        const ConversationIndex index = ConversationIndex::fromHex(text);
        QCOMPARE(index.isValid(), valid);
        QCOMPARE(index.depth(), depth);
        if (valid) {
            QCOMPARE(index.bytes().size(), 22 + 5 * depth);
            QCOMPARE(index.header(), QByteArray(22, char(index.bytes().at(0))));
            QCOMPARE(index.toHex(), text.trimmed().toUpper());
        }
    }

    void descendsFrom_data()
    {
        QTest::addColumn<QString>("child");
        QTest::addColumn<QString>("parent");
        QTest::addColumn<bool>("descends");
        const QString root = hex(22, 1);
        const QString reply = root + hex(5, 2);
        QTest::newRow("reply of a new thread") << reply << root << true;
        QTest::newRow("reply of a reply") << reply + hex(5, 3) << reply << true;
        QTest::newRow("deep reply of the root") << reply + hex(5, 3) << root << true;
        QTest::newRow("itself") << reply << reply << true;
        QTest::newRow("parent of its reply") << root << reply << false;
        QTest::newRow("sibling") << root + hex(5, 4) << reply << false;
        QTest::newRow("other thread") << hex(22, 9) + hex(5, 2) << root << false;
        QTest::newRow("invalid child") << hex(23, 1) << root << false;
        QTest::newRow("invalid parent") << reply << QString() << false;
    }

    void descendsFrom()
    {
        QFETCH(QString, child);
        QFETCH(QString, parent);
        QFETCH(bool, descends);
        QCOMPARE(ConversationIndex::fromHex(child).descendsFrom(ConversationIndex::fromHex(parent)),
                 descends);
    }
};

QTEST_GUILESS_MAIN(TestConversationIndex)
#include "tst_conversationindex.moc"
