#include "jsonsourceexercise.h"

#include "scenario/jsonsourceparser.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace SyncLens;

namespace {

const char *const kSeeds[] = {
    "{\"format\": \"synclens-scenario/1\", \"title\": \"T\", \"start\": \"2026-03-02T08:00:00Z\",\n"
    " \"users\": [{\"id\": \"alice\", \"email\": \"alice@contoso.com\"}],\n"
    " \"steps\": [{\"do\": \"sync\"}, {\"do\": \"expect\", \"last\": \"a1\", \"reason\": null}]}",
    "[1, -0.5e2, 1E3, true, false, null, \"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\", "
    "\"\\u00e9\\ud83d\\ude00\","
    " {\"a~b/c\": {}, \"\xc3\xa9\": [[], [{}]]}]",
    "\xef\xbb\xbf{\"n\": 123456789012, \"d\": 0.000001, \"s\": \"\xe2\x80\x9cquoted\xe2\x80\x9d\"}",
};

// Random JSON text: any value, nesting, escapes, numbers of every shape.
QByteArray randomValue(QRandomGenerator &random, int depth = 0)
{
    static const char *const scalars[] = {"0",
                                          "-0",
                                          "1.5",
                                          "-12e-3",
                                          "1E+2",
                                          "true",
                                          "false",
                                          "null",
                                          "\"\"",
                                          "\"a\"",
                                          "\"\\u0041\\n\"",
                                          "\"\\ud83d\\ude00\"",
                                          "\"\xc3\xa9\xe2\x82\xac\"",
                                          "9007199254740993",
                                          "1e308",
                                          "\"\\\\/\\\"\"",
                                          "\"~0/1\""};
    const int kind = depth >= 6 ? 2 : int(random.bounded(3));
    if (kind == 2)
        return scalars[random.bounded(int(std::size(scalars)))];
    const int n = int(random.bounded(5));
    QByteArray text = kind == 0 ? "{" : "[";
    for (int i = 0; i < n; ++i) {
        if (i > 0)
            text += random.bounded(4) == 0 ? " ,\n " : ",";
        if (kind == 0)
            text += "\"k" + QByteArray::number(i) + (random.bounded(3) ? "\"" : "/~\"") + ":";
        text += randomValue(random, depth + 1);
    }
    return text + (kind == 0 ? "}" : "]");
}

QByteArray mutate(QRandomGenerator &random, QByteArray text)
{
    static const QByteArray alphabet(
        "{}[]:,\"\\ -+.eE0123456789tfnulr/\n\t\x01\xc3\xa9\xed\xa0\x80\xff");
    const int edits = 1 + int(random.bounded(4));
    for (int e = 0; e < edits && !text.isEmpty(); ++e) {
        const int at = int(random.bounded(text.size()));
        switch (random.bounded(4)) {
        case 0:
            text.remove(at, 1 + int(random.bounded(8)));
            break;
        case 1:
            text.insert(at, alphabet.at(random.bounded(alphabet.size())));
            break;
        case 2:
            text[at] = alphabet.at(random.bounded(alphabet.size()));
            break;
        default: // duplicate a chunk: repeated keys, deeper nesting
            text.insert(at, text.mid(int(random.bounded(text.size())), int(random.bounded(40))));
        }
    }
    return text;
}

// The seeds above and the bundled scenarios: real files, mutated.
QList<QByteArray> seeds()
{
    QList<QByteArray> all;
    for (const char *seed : kSeeds)
        all.append(QByteArray(seed));
    const QDir dir(qEnvironmentVariable("SYNCLENS_SOURCE_DIR") +
                   QStringLiteral("/resources/scenarios"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            all.append(file.readAll());
    }
    return all;
}

} // namespace

// Random and mutated JSON never crashes or hangs the scenario reader, and
// whatever it accepts reads as QJsonDocument reads it, with every position.
class TestJsonSourceFuzz : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedsHold()
    {
        const QList<QByteArray> all = seeds();
        QVERIFY(all.size() > 20); // the bundled scenarios were found
        for (const QByteArray &seed : all) {
            bool parsed = false;
            const QString problem = Fuzz::exerciseJsonSource(seed, &parsed);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QVERIFY(parsed);
        }
    }

    void mutatedInputs()
    {
        const QList<QByteArray> all = seeds();
        QRandomGenerator random(1313);
        int valid = 0;
        for (int i = 0; i < 3000; ++i) {
            const QByteArray text = mutate(random, all.at(i % all.size()));
            bool parsed = false;
            const QString problem = Fuzz::exerciseJsonSource(text, &parsed);
            QVERIFY2(problem.isEmpty(),
                     qPrintable(problem + QStringLiteral("\ninput: ") + QString::fromUtf8(text)));
            valid += parsed;
        }
        // Both sides are exercised: refusals and the full path.
        QVERIFY2(valid > 100 && valid < 2900, qPrintable(QString::number(valid)));
    }

    void generatedValues()
    {
        QRandomGenerator random(2024);
        int valid = 0;
        for (int i = 0; i < 3000; ++i) {
            const QByteArray text = randomValue(random);
            bool parsed = false;
            const QString problem = Fuzz::exerciseJsonSource(text, &parsed);
            QVERIFY2(problem.isEmpty(),
                     qPrintable(problem + QStringLiteral("\ninput: ") + QString::fromUtf8(text)));
            valid += parsed;
        }
        QCOMPARE(valid, 3000); // generated text is always valid JSON
    }

    void hugeAndDeepInputsAreRefusedQuickly()
    {
        QElapsedTimer timer;
        timer.start();
        const QByteArray deep = QByteArray("[").repeated(200000) + QByteArray("]").repeated(200000);
        bool parsed = true;
        QVERIFY(Fuzz::exerciseJsonSource(deep, &parsed).isEmpty());
        QVERIFY(!parsed);
        const QByteArray wide = "[" + QByteArray("{\"a\": [1, \"x\"]},").repeated(100000) + "0]";
        QVERIFY(Fuzz::exerciseJsonSource(wide, &parsed).isEmpty());
        QVERIFY(parsed);
        // Not a timing assertion: a guard against a runaway loop.
        QVERIFY(timer.elapsed() < 60000);
    }
};

QTEST_GUILESS_MAIN(TestJsonSourceFuzz)
#include "tst_jsonsourcefuzz.moc"
