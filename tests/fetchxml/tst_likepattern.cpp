#include "fetchxml/compiledfilter.h"
#include "fetchxml/fetchxmlparser.h"
#include "fetchxml/likepattern.h"

#include <QTest>

using namespace SyncLens;

// LikePattern: like's wildcards, also in begins-with and ends-with (issue 21),
// and matching that never gives up on a pattern with many % (issue 13).
class TestLikePattern : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wildcards_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("matches");
        auto row = [](const char *name, const char *pattern, const char *text, bool matches) {
            QTest::newRow(name) << QString::fromUtf8(pattern) << QString::fromUtf8(text) << matches;
        };
        row("two %, in order", "a%b%c", "axxbyyc", true);
        row("two %, out of order", "a%c%b", "axxbyyc", false);
        row("% matches nothing too", "a%%b", "ab", true);
        row("first and last part overlap", "ab%ba", "aba", false);
        row("first and last part meet", "ab%ba", "abba", true);
        row("_ inside segments", "%r_view%b_ard", "the review board", true);
        row("_ needs a character", "%review_", "review", false);
        row("range", "room [1-4]", "room 3", true);
        row("outside the range", "room [1-4]", "room 7", false);
        row("negated range", "room [^1-4]", "room 7", true);
        row("negated set on the first character", "[^r]%", "review", false);
        row("set holds %, taken literally", "50[%]", "50%", true);
        row("set holds _, taken literally", "a[_]b", "axb", false);
        row("a dash at the end of a set is a dash", "a[x-]b", "a-b", true);
        row("empty set matches nothing", "a[]b", "axb", false);
        row("regex characters are themselves", "%(a+)%", "x(a+)y", true);
        row("regex characters are not regex", "%(a+)%", "xaay", false);
        row("unicode, case already folded", "%é_é%", "xéaéx", true);
        row("only %", "%", "", true);
        row("only _", "_", "", false);
    }

    void wildcards()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, text);
        QFETCH(bool, matches);
        QCOMPARE(LikePattern(pattern).matches(text), matches);
    }

    // Before: many % became ".*a.*a…", whose backtracking hit PCRE's limit on a
    // long value and read as "no match". Now the segments are found in one
    // pass, so the answer is right however long the value.
    void manyPercentsOnALongValue()
    {
        // "%ab" twelve times, then "%x": every "ab" is at the start of the
        // value, so a backtracking matcher tries the far right first and
        // gives up (the old regex read this as "no match").
        QString pattern, text;
        for (int i = 0; i < 12; ++i) {
            pattern += QStringLiteral("%ab");
            text += QStringLiteral("ab");
        }
        pattern += QStringLiteral("%x");
        text += QString(30000, u'a') + u'x';
        const LikePattern like(pattern);
        QCOMPARE(like.shape(), LikePattern::Shape::Pattern);
        QVERIFY(like.matches(text));
        QVERIFY(!like.matches(text.chopped(1) + u'y'));
        QVERIFY(!LikePattern(pattern + QStringLiteral("%ab")).matches(text)); // a 13th "ab"
        // _ and sets in the segments: the same.
        QVERIFY(LikePattern(QStringLiteral("%a_%[ab]_%a_%[ab]_%a_%a[^b]%x")).matches(text));
    }

    void operatorsTakeLikeWildcards_data()
    {
        QTest::addColumn<QString>("op");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QStringList>("expected");
        const QString r1 = QStringLiteral("r1"), r2 = QStringLiteral("r2"),
                      r3 = QStringLiteral("r3"), r4 = QStringLiteral("r4");
        // r1 "Review 50% off", r2 "Rev_iew board", r3 "preview", r4 "[draft] plan"
        QTest::newRow("begins-with %") << "begins-with"
                                       << "re%iew" << QStringList{r1, r2};
        QTest::newRow("begins-with _") << "begins-with"
                                       << "re_iew" << QStringList{r1};
        QTest::newRow("begins-with set") << "begins-with"
                                         << "[pr]" << QStringList{r1, r2, r3};
        QTest::newRow("begins-with escaped [") << "begins-with"
                                               << "[[]draft]" << QStringList{r4};
        QTest::newRow("not-begin-with %") << "not-begin-with"
                                          << "re%iew" << QStringList{r3, r4};
        QTest::newRow("ends-with _") << "ends-with"
                                     << "_oard" << QStringList{r2};
        QTest::newRow("ends-with escaped %") << "ends-with"
                                             << "50[%] off" << QStringList{r1};
        QTest::newRow("ends-with negated set") << "ends-with"
                                               << "[^fd]" << QStringList{r3, r4};
        QTest::newRow("not-end-with %") << "not-end-with"
                                        << "%o%" << QStringList{r3, r4};
        QTest::newRow("begins-with without wildcards") << "begins-with"
                                                       << "REV" << QStringList{r1, r2};
    }

    void operatorsTakeLikeWildcards()
    {
        QFETCH(QString, op);
        QFETCH(QString, value);
        QFETCH(QStringList, expected);
        auto query = FetchXmlParser().parse(
            QStringLiteral("<fetch><entity name=\"appointment\"><filter><condition "
                           "attribute=\"subject\" operator=\"%1\" value=\"%2\"/></filter>"
                           "</entity></fetch>")
                .arg(op, value));
        QVERIFY(query);
        auto snapshot = std::make_shared<RecordSnapshot>(QStringLiteral("appointment"),
                                                         QStringList{QStringLiteral("subject")});
        const char *subjects[][2] = {{"r1", "Review 50% off"},
                                     {"r2", "Rev_iew board"},
                                     {"r3", "preview"},
                                     {"r4", "[draft] plan"},
                                     {"r5", nullptr}}; // no subject: never matches
        for (const auto &s : subjects) {
            QJsonObject fields;
            if (s[1])
                fields.insert(QStringLiteral("subject"), QString::fromUtf8(s[1]));
            snapshot->append(
                CrmRecord{QString::fromLatin1(s[0]), QStringLiteral("appointment"), fields});
        }
        SnapshotSet snapshots;
        snapshots.add(snapshot);
        auto compiled = CompiledFilter::compile(*query, snapshots,
                                                EvaluationContext{QStringLiteral("u"), {}, {}, {}});
        QVERIFY(compiled);
        QStringList ids;
        for (int row : compiled->selectRows())
            ids.append(snapshot->id(row));
        QCOMPARE(ids, expected);
    }
};

QTEST_GUILESS_MAIN(TestLikePattern)
#include "tst_likepattern.moc"
