#include "sync/textarena.h"

#include <QByteArray>
#include <QList>
#include <QTest>

using namespace SyncLens;

// Texts come back as they went in, whatever the blocks they land in.
class TestTextArena : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textsComeBackAsAppended_data()
    {
        QTest::addColumn<QList<int>>("sizes"); // of the texts appended, in order
        QTest::newRow("one short") << QList<int>{12};
        QTest::newRow("empty among others") << QList<int>{5, 0, 7};
        QTest::newRow("past the first block") << QList<int>(3000, 300);
        QTest::newRow("larger than a block") << QList<int>{100, 5 * 1024 * 1024, 100};
        QTest::newRow("into huge-page blocks") << QList<int>(40, 1024 * 1024);
    }

    void textsComeBackAsAppended()
    {
        QFETCH(QList<int>, sizes);
        TextArena arena;
        QList<QByteArray> texts;
        QList<TextArena::Span> spans;
        for (int i = 0; i < sizes.size(); ++i) {
            texts.append(QByteArray(sizes[i], char('a' + i % 26)));
            spans.append(arena.append(texts.last()));
        }
        qsizetype total = 0;
        for (int i = 0; i < texts.size(); ++i) {
            QVERIFY(spans[i].isValid());
            QCOMPARE(arena.view(spans[i]).toByteArray(), texts[i]);
            total += texts[i].size();
        }
        QVERIFY(arena.capacity() >= total);
        // Blocks double: what is taken stays within twice what is held, and
        // a 64 KB start.
        QVERIFY(arena.capacity() <= 2 * total + 2 * 1024 * 1024 + 64 * 1024);
    }

    void aDefaultSpanHoldsNothing()
    {
        TextArena arena;
        arena.append("text");
        const TextArena::Span none;
        QVERIFY(!none.isValid());
        QVERIFY(arena.view(none).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTextArena)
#include "tst_textarena.moc"
