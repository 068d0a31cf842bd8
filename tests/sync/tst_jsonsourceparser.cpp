#include "jsonsourceexercise.h"
#include "markedtext.h"
#include "scenario/jsonsourceparser.h"
#include "totext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace SyncLens;
using SyncLens::Test::marked;

class TestJsonSourceParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Whatever both accept reads the same as with QJsonDocument.
    void readsValuesLikeQJsonDocument_data()
    {
        QTest::addColumn<QByteArray>("text");
        // Not raw strings: moc misreads \" inside one.
        QTest::newRow("escapes") << QByteArray(
            "{\"s\": \"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\", \"u\": \"\\u00e9\\ud83d\\ude00\", "
            "\"e\": \"\xc3\xa9\", \"z\": \"\\u0000\"}");
        QTest::newRow("numbers") << QByteArray("[0, -0, 1, -0.5e2, 1E3, 2.5e-3, 123456789012, "
                                               "9007199254740993, 1.7976931348623157e308,"
                                               " 4.9e-324, 0.1]");
        QTest::newRow("literals") << QByteArray("{\"t\": true, \"f\": false, \"z\": null}");
        QTest::newRow("nesting") << QByteArray(
            "{\"l\": [1, [], {}, [[{\"a\": [null]}]]], \"o\": {\"p\": {\"q\": {}}}}");
        QTest::newRow("white space") << QByteArray(" \t\r\n[ 1 ,\n\t{ \"a\" : 2 } ]\n");
        QTest::newRow("byte order mark") << QByteArray("\xef\xbb\xbf{\"a\": 1}");
        QTest::newRow("empty object") << QByteArray("{}");
    }

    void readsValuesLikeQJsonDocument()
    {
        QFETCH(QByteArray, text);
        const auto doc = JsonSourceParser::parse(text);
        SL_VERIFY_OK(doc);
        QJsonParseError error;
        // QJsonDocument does not skip a byte order mark; the reader does.
        const QByteArray plain = text.startsWith("\xef\xbb\xbf") ? text.mid(3) : text;
        const QJsonDocument reference = QJsonDocument::fromJson(plain, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonValue expected = Fuzz::numbersAsDoubles(
            reference.isArray() ? QJsonValue(reference.array()) : QJsonValue(reference.object()));
        auto shown = [](const QJsonValue &v) {
            return QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
        };
        QVERIFY2(doc->root() == expected,
                 (shown(doc->root()) + "\n is not\n" + shown(expected)).constData());
    }

    void readsEscapesAndLiterals()
    {
        const auto doc = JsonSourceParser::parse(
            "{\"s\": \"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\", \"n\": -0.5e2, \"t\": true, "
            "\"f\": false, \"z\": null,\n \"l\": [1, [], {}], "
            "\"u\": \"\\u00e9\\ud83d\\ude00\", \"e\": \"\xc3\xa9\"}");
        SL_VERIFY_OK(doc);
        const QJsonObject o = doc->root().toObject();
        QCOMPARE(o.value(u"s").toString(), QStringLiteral("a\"b\\c/d\b\f\n\r\t"));
        QCOMPARE(o.value(u"n").toDouble(), -50.0);
        QCOMPARE(o.value(u"t"), QJsonValue(true));
        QCOMPARE(o.value(u"f"), QJsonValue(false));
        QVERIFY(o.value(u"z").isNull());
        QCOMPARE(o.value(u"l").toArray().size(), 3);
        QCOMPARE(o.value(u"u").toString(), QString::fromUtf8("\xc3\xa9\xF0\x9F\x98\x80"));
        QCOMPARE(o.value(u"e").toString(), QString::fromUtf8("\xc3\xa9"));
    }

    void positionsOfKeysAndValues_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<int>("keyLine");
        QTest::addColumn<int>("keyColumn");
        QTest::addColumn<int>("valueLine");
        QTest::addColumn<int>("valueColumn");
        QTest::newRow("root") << QString() << 1 << 1 << 1 << 1;
        QTest::newRow("member") << QStringLiteral("/steps") << 2 << 3 << 2 << 12;
        QTest::newRow("element") << QStringLiteral("/steps/1") << 4 << 5 << 4 << 5;
        QTest::newRow("nested member") << QStringLiteral("/steps/1/email/to") << 4 << 16 << 4 << 22;
        QTest::newRow("list element")
            << QStringLiteral("/steps/1/email/to/1") << 4 << 28 << 4 << 28;
        QTest::newRow("after a multi-byte character")
            << QStringLiteral("/steps/0/x") << 3 << 14 << 3 << 19;
        QTest::newRow("escaped key") << QStringLiteral("/a~1b~0c") << 5 << 3 << 5 << 12;
    }

    void positionsOfKeysAndValues()
    {
        QFETCH(QString, pointer);
        QFETCH(int, keyLine);
        QFETCH(int, keyColumn);
        QFETCH(int, valueLine);
        QFETCH(int, valueColumn);
        // Lines end in CRLF: a CR is white space, not a line of its own.
        const auto doc = JsonSourceParser::parse(QByteArray("{\r\n"
                                                            "  \"steps\": [\r\n"
                                                            "    {\"é\": 1, \"x\": 2},\r\n"
                                                            "    {\"email\": {\"to\": [\"a\", "
                                                            "\"b\"]}}],\r\n"
                                                            "  \"a/b~c\": 0\r\n"
                                                            "}\r\n"));
        SL_VERIFY_OK(doc);
        QCOMPARE(doc->keyPosition(pointer), (JsonPosition{keyLine, keyColumn}));
        QCOMPARE(doc->valuePosition(pointer), (JsonPosition{valueLine, valueColumn}));
    }

    void keysKeepTheirFileOrder()
    {
        const auto doc = JsonSourceParser::parse(R"({"z": 1, "a": {"y": 1, "b": 2}})");
        SL_VERIFY_OK(doc);
        QCOMPARE(doc->keys(QString()), (QStringList{QStringLiteral("z"), QStringLiteral("a")}));
        QCOMPARE(doc->keys(QStringLiteral("/a")),
                 (QStringList{QStringLiteral("y"), QStringLiteral("b")}));
    }

    void pointersEscapeAndSplit()
    {
        const QString pointer = JsonSourceDocument::childPointer(
            JsonSourceDocument::childPointer(QString(), QStringLiteral("a/b~c")), 3);
        QCOMPARE(pointer, QStringLiteral("/a~1b~0c/3"));
        QCOMPARE(JsonSourceDocument::segments(pointer),
                 (QStringList{QStringLiteral("a/b~c"), QStringLiteral("3")}));
        QVERIFY(JsonSourceDocument::segments(QString()).isEmpty());
    }

    void skipsAByteOrderMark()
    {
        const auto doc = JsonSourceParser::parse("\xEF\xBB\xBF{\"a\": 1}");
        SL_VERIFY_OK(doc);
        QCOMPARE(doc->valuePosition(QStringLiteral("/a")), (JsonPosition{1, 7}));
    }

    void nestingUpToTheLimit()
    {
        const int depth = JsonSourceParser::MaxDepth;
        const QByteArray deepest = QByteArray(depth, '[') + QByteArray(depth, ']');
        SL_VERIFY_OK(JsonSourceParser::parse(deepest));
        const QByteArray deeper = '[' + deepest + ']';
        const auto refused = JsonSourceParser::parse(deeper);
        QVERIFY(!refused);
        QCOMPARE(refused.error().line, 1);
        QCOMPARE(refused.error().column, depth + 1);
        QVERIFY(refused.error().message.contains(QString::number(depth)));
    }

    void syntaxErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        auto row = [](const char *name, const char *text, const char *message) {
            QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(message);
        };
        row("empty", "  `", "the file is empty");
        row("trailing comma in object", "{\"a\": 1`,\n}", "trailing comma before '}'");
        row("trailing comma in list", "[1, 2`, ]", "trailing comma before ']'");
        row("duplicate key", "{\"a\": 1,\n \"b\": 2,\n `\"a\": 3}",
            "duplicate key \"a\" (first at line 1, column 2)");
        row("unterminated string", "{\"a\": `\"abc", "unterminated string");
        row("line break in a string", "{\"a\": `\"abc\n\"}", "unterminated string");
        row("control character", "[\"a`\tb\"]", "control character U+0009");
        row("invalid escape", "[\"a`\\x\"]", "invalid escape \\x");
        row("short \\u", "[\"`\\u12\"]", "four hexadecimal digits");
        row("lone low surrogate", "[\"`\\udc00\"]", "unpaired surrogate");
        row("high surrogate alone", "[\"`\\ud83d\"]", "unpaired surrogate");
        row("high surrogate and a letter", "[\"`\\ud83d\\u0041\"]", "unpaired surrogate");
        row("leading zero", "[`01]", "leading zero");
        row("minus alone", "[`-]", "a digit must follow '-'");
        row("dot without digits", "[1.`]", "a digit must follow '.'");
        row("exponent without digits", "[1e`]", "the exponent needs a digit");
        row("number out of range", "[`1e999]", "number 1e999 is out of range");
        row("missing colon", "{\"a\" `1}", "expected ':' after the key \"a\"");
        row("missing comma", "{\"a\": 1\n `\"b\": 2}", "expected ',' or '}'");
        row("single quotes", "{\"a\": `'x'}", "unexpected '''");
        row("bare key", "{`a: 1}", "expected a key in double quotes");
        row("comment", "{\"a\": 1 `// no\n}", "expected ',' or '}'");
        row("bad literal", "[`tru]", "expected true, false or null");
        row("capital literal", "[`True]", "unexpected 'T'");
        row("content after the value", "{}\n`{}", "after the end of the JSON value");
        row("unclosed object", "{\"a\": 1\n`", "the '{' at line 1, column 1 is not closed");
        row("unclosed list", "[1, [2]`", "the '[' at line 1, column 1 is not closed");
        row("nothing after a colon", "{\"a\":`", "unexpected end of input");
    }

    void syntaxErrors()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const auto input = marked(text);
        const auto doc = JsonSourceParser::parse(input.utf8);
        QVERIFY(!doc);
        QCOMPARE(doc.error().code, Error::Code::InvalidArgument);
        QVERIFY2(doc.error().message.contains(message), qPrintable(doc.error().message));
        QCOMPARE(doc.error().line, input.line);
        QCOMPARE(doc.error().column, input.column);
    }

    // Bytes, not text: through QString they would become U+FFFD.
    void invalidUtf8_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("column");
        QTest::newRow("a byte that never starts a character") << QByteArray("[\"ab\xFF\"]") << 5;
        QTest::newRow("overlong") << QByteArray("[\"\xC0\x80\"]") << 3;
        QTest::newRow("cut short") << QByteArray("[\"\xE2\x82\"]") << 3;
        QTest::newRow("a surrogate") << QByteArray("[\"\xED\xA0\x80\"]") << 3;
        QTest::newRow("past U+10FFFF") << QByteArray("[\"\xF4\x90\x80\x80\"]") << 3;
        QTest::newRow("outside a string") << QByteArray("[\xC3\xA9]") << 2;
    }

    void invalidUtf8()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, column);
        const auto doc = JsonSourceParser::parse(text);
        QVERIFY(!doc);
        QCOMPARE(doc.error().line, 1);
        QCOMPARE(doc.error().column, column);
    }

    void columnsCountCharactersNotBytes()
    {
        const auto doc = JsonSourceParser::parse("{\"\xC3\xA9\xF0\x9F\x98\x80\": x}");
        QVERIFY(!doc);
        QCOMPARE(doc.error().column, 8); // é and 😀 are one column each
    }

    void aNulByteIsAnError()
    {
        const auto doc = JsonSourceParser::parse(QByteArray("[1, \0]", 6));
        QVERIFY(!doc);
        QCOMPARE(doc.error().column, 5);
        QVERIFY(doc.error().message.contains(QStringLiteral("U+0000")));
    }
};

QTEST_GUILESS_MAIN(TestJsonSourceParser)
#include "tst_jsonsourceparser.moc"
