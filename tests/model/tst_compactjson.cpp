#include "model/compactjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace SyncLens;
using namespace Qt::StringLiterals;

// Every JSON column of the store is written by compactJson(): an org written
// before it must read the same and hash the same, so its text must be
// QJsonDocument's own, byte for byte, for every kind of value.
class TestCompactJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameTextAsQt_data()
    {
        QTest::addColumn<QJsonObject>("object");
        const auto one = [](const QJsonValue &value) { return QJsonObject{{u"v"_s, value}}; };
        QTest::newRow("empty") << QJsonObject();
        QTest::newRow("null") << one(QJsonValue::Null);
        QTest::newRow("true, false") << QJsonObject{{u"a"_s, true}, {u"b"_s, false}};
        QTest::newRow("ascii") << one(u"Product demo with Alpine Ski House"_s);
        QTest::newRow("quote and backslash") << one(u"say \"hi\" C:\\dir\\"_s);
        QTest::newRow("named escapes") << one(QStringLiteral("\b\f\n\r\t"));
        QTest::newRow("other controls") << one(QString(QChar(1)) + QChar(0x1f) + QChar(0));
        QTest::newRow("delete is raw") << one(QString(QChar(0x7f)));
        QTest::newRow("slash is raw") << one(u"a/b"_s);
        QTest::newRow("latin-1 and greek") << one(QStringLiteral("Zoë Ωmega"));
        QTest::newRow("three-byte") << one(QStringLiteral("– € ☃ 東京"));
        QTest::newRow("surrogate pair") << one(QString::fromUcs4(U"😀 𝄞"));
        QTest::newRow("lone high surrogate") << one(QString(QChar(0xd83d)) + QStringLiteral("x"));
        QTest::newRow("lone high surrogate at end") << one(QString(QChar(0xd83d)));
        QTest::newRow("lone low surrogate") << one(QString(QChar(0xde00)) + QStringLiteral("y"));
        QTest::newRow("two high surrogates")
            << one(QString(QChar(0xd83d)) + QChar(0xd83d) + QChar(0xde00));
        QTest::newRow("escaped key") << QJsonObject{{QStringLiteral("k\"e\ny€"), 1}};
        QTest::newRow("integers") << QJsonObject{
            {u"zero"_s, 0}, {u"neg"_s, -42}, {u"big"_s, qint64(1) << 53}};
        QTest::newRow("qint64 limits")
            << QJsonObject{{u"max"_s, std::numeric_limits<qint64>::max()},
                           {u"min"_s, std::numeric_limits<qint64>::min()}};
        QTest::newRow("doubles") << QJsonObject{
            {u"a"_s, 0.1}, {u"b"_s, -2.5}, {u"c"_s, 1e-7}, {u"d"_s, 123456.789}, {u"e"_s, 1.0 / 3}};
        QTest::newRow("integral doubles") << QJsonObject{
            {u"a"_s, 3.0}, {u"b"_s, 1e20}, {u"c"_s, 9007199254740993.0}, {u"d"_s, -0.0}};
        QTest::newRow("not finite") << QJsonObject{
            {u"inf"_s, std::numeric_limits<double>::infinity()}, {u"nan"_s, std::nan("")}};
        QTest::newRow("arrays") << QJsonObject{
            {u"empty"_s, QJsonArray()},
            {u"mixed"_s, QJsonArray{1, u"two"_s, 3.5, true, QJsonValue()}}};
        QTest::newRow("nested") << QJsonObject{
            {u"fields"_s, QJsonArray{QJsonObject{{u"field"_s, u"subject"_s},
                                                 {u"new"_s, u"Demo"_s},
                                                 {u"old"_s, QJsonValue()}},
                                     QJsonObject{}}},
            {u"filter"_s, QJsonObject{{u"conditions"_s, QJsonArray{QJsonArray{}}}}}};
        QTest::newRow("long string") << one(QString(5000, QChar(u'é')) + QString(5000, u'"'));
        QTest::newRow("parsed")
            << QJsonDocument::fromJson(R"({"n":1.50,"i":12,"e":2E3,"s":"\u00e9"})").object();
    }

    void sameTextAsQt()
    {
        QFETCH(QJsonObject, object);
        QCOMPARE(compactJson(object), QJsonDocument(object).toJson(QJsonDocument::Compact));
    }

    // The writer copies plain ASCII in a tight loop: a character that needs
    // writing otherwise is seen at whatever offset it stands.
    void stringCharactersWrittenAtEveryOffset_data()
    {
        QTest::addColumn<QString>("special");
        QTest::newRow("quote") << u"\""_s;
        QTest::newRow("backslash") << u"\\"_s;
        QTest::newRow("newline") << u"\n"_s;
        QTest::newRow("unit separator") << QString(QChar(0x1f));
        QTest::newRow("NUL") << QString(QChar(0));
        QTest::newRow("DEL") << QString(QChar(0x7f));
        QTest::newRow("space") << u" "_s;
        QTest::newRow("tilde") << u"~"_s;
        QTest::newRow("0x80") << QString(QChar(0x80));
        QTest::newRow("e acute") << QStringLiteral("é");
        QTest::newRow("0x0120") << QString(QChar(0x120));
        QTest::newRow("0x2222") << QString(QChar(0x2222));
        QTest::newRow("euro") << QStringLiteral("€");
        QTest::newRow("surrogate pair") << QString::fromUcs4(U"😀");
        QTest::newRow("lone high surrogate") << QString(QChar(0xd83d));
        QTest::newRow("two quotes") << u"\"\""_s;
    }

    void stringCharactersWrittenAtEveryOffset()
    {
        QFETCH(QString, special);
        for (int length = 0; length <= 13; ++length) {
            for (int at = 0; at <= length; ++at) {
                const QString plain(length, u'x');
                const QJsonObject object{{u"v"_s, plain.left(at) + special + plain.mid(at)}};
                QCOMPARE(compactJson(object), QJsonDocument(object).toJson(QJsonDocument::Compact));
            }
        }
    }

    // Random objects of random strings (any UTF-16 unit, surrogates alone
    // included) and numbers: what the rows above did not think of.
    void sameTextAsQtOnRandomObjects()
    {
        QRandomGenerator random(20261205);
        for (int round = 0; round < 2000; ++round) {
            const QJsonObject object = randomObject(random, 3);
            const QByteArray expected = QJsonDocument(object).toJson(QJsonDocument::Compact);
            if (compactJson(object) != expected)
                QFAIL(qPrintable(
                    QStringLiteral("round %1: %2").arg(round).arg(QString::fromUtf8(expected))));
        }
    }

    // An object written member by member: the text of the QJsonObject the
    // same insertions make, whatever their order, a key inserted twice
    // keeping its last value.
    void objectWrittenAsTextIsTheQJsonObjects_data()
    {
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<QJsonArray>("values");
        QTest::newRow("empty") << QStringList() << QJsonArray();
        QTest::newRow("in order") << QStringList{u"a"_s, u"b"_s, u"c"_s}
                                  << QJsonArray{u"x"_s, 1, true};
        QTest::newRow("out of order")
            << QStringList{u"type"_s, u"fields"_s, u"filterName"_s, u"filter"_s}
            << QJsonArray{u"task"_s, QJsonArray{QJsonObject{{u"field"_s, u"subject"_s}}},
                          u"Mine \"é\" 😀"_s, u"f-1"_s};
        QTest::newRow("again replaces")
            << QStringList{u"b"_s, u"a"_s, u"b"_s} << QJsonArray{1, 2, u"last"_s};
        QTest::newRow("every kind")
            << QStringList{u"n"_s, u"d"_s, u"o"_s, u"z"_s, u"f"_s}
            << QJsonArray{QJsonValue(), 2.5, QJsonObject{{u"k"_s, 1}}, qint64(1) << 60, false};
        QTest::newRow("key to escape")
            << QStringList{QStringLiteral("q\"k"), QStringLiteral("tab\tk")} << QJsonArray{1, 2};
        QTest::newRow("one plain key") << QStringList{u"only"_s} << QJsonArray{u""_s};
        QTest::newRow("plain and escaped keys")
            << QStringList{u"b"_s, QStringLiteral("a\\k"), u"c"_s} << QJsonArray{1, 2, 3};
        QTest::newRow("keys beyond printable ASCII")
            << QStringList{QStringLiteral("caf\u00e9"), QString(QChar(0x7f)) + u"k"_s,
                           u"k"_s + QChar(0x1f), u" ~"_s}
            << QJsonArray{1, 2, 3, 4};
    }

    void objectWrittenAsTextIsTheQJsonObjects()
    {
        QFETCH(QStringList, keys);
        QFETCH(QJsonArray, values);
        QList<QByteArray> latin1; // the keys' storage while the object is written
        for (const QString &key : keys)
            latin1.append(key.toLatin1());
        QJsonObject object;
        CompactJsonObject text;
        CompactJsonObject asJson; // the same, each value given as its text
        for (qsizetype i = 0; i < keys.size(); ++i) {
            const QLatin1StringView key(latin1[i]);
            object.insert(keys[i], values[i]);
            if (values[i].isString())
                text.insertString(key, values[i].toString());
            else
                text.insert(key, values[i]);
            QByteArray valueText;
            appendCompactJson(valueText, values[i]);
            asJson.insertJson(key, valueText);
        }
        QCOMPARE(text.text(), compactJson(object));
        QCOMPARE(asJson.text(), compactJson(object));
    }

    void stringListsAreArraysOfStrings()
    {
        const QStringList strings{u"a@x.com"_s, u"Zoë \"q\""_s, QString()};
        CompactJsonObject text;
        text.insertStrings(QLatin1StringView("to"), strings);
        text.insertStrings(QLatin1StringView("none"), {});
        const QJsonObject object{{u"to"_s, QJsonArray::fromStringList(strings)},
                                 {u"none"_s, QJsonArray()}};
        QCOMPARE(text.text(), compactJson(object));
    }

    void textReadsBackAsTheObject()
    {
        const QJsonObject object{
            {u"s"_s, QStringLiteral("Zoë \"q\" \n 😀")}, {u"n"_s, 2.5}, {u"i"_s, 7}};
        QCOMPARE(QJsonDocument::fromJson(compactJson(object)).object(), object);
    }

    // What compactJson() writes reads back member by member; any other text,
    // valid JSON or not, is refused (and then parsed by the caller).
    void membersOfCompactText_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("compact");
        const auto row = [](const char *name, const QByteArray &text, bool compact) {
            QTest::newRow(name) << text << compact;
        };
        row("empty object", "{}", true);
        row("string and integer", "{\"a\":1,\"b\":\"x\"}", true);
        row("capitals sort first", "{\"B\":1,\"a\":2}", true);
        row("empty key", "{\"\":1,\"a\":2}", true);
        row("literals", "{\"a\":true,\"b\":false,\"c\":null}", true);
        row("named escapes", "{\"a\":\"q\\\"b\\\\c\\n\\t\\b\\f\\r\"}", true);
        row("nested, sorted", "{\"a\":[1,{\"a\":1,\"b\":[]}],\"b\":{}}", true);
        row("fifteen digits", "{\"a\":123456789012345,\"b\":-12,\"c\":0}", true);
        row("two-byte UTF-8", "{\"a\":\"Zo\xc3\xab\"}", true);
        row("three-byte UTF-8", "{\"a\":\"\xe2\x82\xac\"}", true);
        row("four-byte UTF-8", "{\"a\":\"\xf0\x9f\x98\x80\"}", true);
        row("twenty levels",
            QByteArray("{\"a\":") + QByteArray(20, '[') + QByteArray(20, ']') + '}', true);

        row("keys descending", "{\"b\":1,\"a\":2}", false);
        row("key twice", "{\"a\":1,\"a\":2}", false);
        row("space after colon", "{\"a\": 1}", false);
        row("space before key", "{ \"a\":1}", false);
        row("fraction", "{\"a\":1.5}", false);
        row("exponent", "{\"a\":1e3}", false);
        row("minus zero", "{\"a\":-0}", false);
        row("leading zero", "{\"a\":01}", false);
        row("sixteen digits", "{\"a\":1234567890123456}", false);
        row("minus alone", "{\"a\":-}", false);
        row("escaped slash", "{\"a\":\"\\/\"}", false);
        row("unicode escape", "{\"a\":\"\\u00e9\"}", false);
        row("unknown escape", "{\"a\":\"\\q\"}", false);
        row("raw control", "{\"a\":\"x\x01\"}", false);
        row("truncated UTF-8", "{\"a\":\"\xc3\"}", false);
        row("overlong UTF-8", "{\"a\":\"\xc0\xaf\"}", false);
        row("encoded surrogate", "{\"a\":\"\xed\xa0\x80\"}", false);
        row("noncharacter", "{\"a\":\"\xef\xbf\xbf\"}", false);
        row("past U+10FFFF", "{\"a\":\"\xf4\x90\x80\x80\"}", false);
        row("continuation alone", "{\"a\":\"\x80\"}", false);
        row("nested keys descending", "{\"a\":[1,{\"b\":2,\"a\":1}]}", false);
        row("trailing comma", "{\"a\":[1,]}", false);
        row("array", "[1]", false);
        row("text after", "{\"a\":1}x", false);
        row("unclosed object", "{\"a\":1", false);
        row("unclosed string", "{\"a\":\"x", false);
        row("bad literal", "{\"a\":tru}", false);
        row("escaped key", "{\"a\\\"b\":1}", false);
        row("non-ASCII key", "{\"\xc3\xa9\":1}", false);
        row("bare key", "{a:1}", false);
        row("empty text", "", false);
        row("hundred levels",
            QByteArray("{\"a\":") + QByteArray(100, '[') + QByteArray(100, ']') + '}', false);
    }

    void membersOfCompactText()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, compact);
        const auto members = compactJsonMembers(text);
        QCOMPARE(members.has_value(), compact);
        if (members)
            verifyMembers(text, *members);
    }

    // The reader skips plain ASCII several bytes at a time: a byte that
    // means something in a string is seen at whatever offset it stands,
    // in a value or in a key.
    void stringBytesSeenAtEveryOffset_data()
    {
        QTest::addColumn<QByteArray>("special");
        QTest::addColumn<bool>("inValue"); // taken in a value
        QTest::addColumn<bool>("inKey");   // taken in a key
        QTest::newRow("quote escaped") << QByteArray("\\\"") << true << false;
        QTest::newRow("backslash escaped") << QByteArray("\\\\") << true << false;
        QTest::newRow("newline escaped") << QByteArray("\\n") << true << false;
        QTest::newRow("raw control") << QByteArray("\x1f") << false << false;
        QTest::newRow("raw DEL") << QByteArray("\x7f") << true << false;
        QTest::newRow("space") << QByteArray(" ") << true << true;
        QTest::newRow("tilde") << QByteArray("~") << true << true;
        QTest::newRow("two-byte UTF-8") << QByteArray("\xc3\xab") << true << false;
        QTest::newRow("truncated UTF-8") << QByteArray("\xc3") << false << false;
        QTest::newRow("bad escape") << QByteArray("\\q") << false << false;
        QTest::newRow("bare quote") << QByteArray("\"") << false << false;
    }

    void stringBytesSeenAtEveryOffset()
    {
        QFETCH(QByteArray, special);
        QFETCH(bool, inValue);
        QFETCH(bool, inKey);
        for (int at = 0; at <= 20; ++at) {
            const QByteArray plain(20, 'x');
            const QByteArray string = plain.left(at) + special + plain.mid(at);
            const QByteArray value = "{\"a\":\"" + string + "\"}";
            const QByteArray key = "{\"" + string + "\":1}";
            QVERIFY2(compactJsonMembers(value).has_value() == inValue, value.constData());
            QVERIFY2(compactJsonMembers(key).has_value() == inKey, key.constData());
        }
    }

    // A member's value without parsing the object: every kind, every escape.
    void valueOfAMember_data()
    {
        QTest::addColumn<QByteArray>("object");
        QTest::newRow("plain string") << QByteArray("{\"a\":\"Quarterly review\"}");
        QTest::newRow("empty string") << QByteArray("{\"a\":\"\"}");
        QTest::newRow("escapes") << QByteArray(
            "{\"a\":\"say \\\"hi\\\"\\\\ \\b\\f\\n\\r\\t end\"}");
        QTest::newRow("escape last") << QByteArray("{\"a\":\"C:\\\\\"}");
        QTest::newRow("not ASCII")
            << QByteArray("{\"a\":\"Zo\xc3\xab \xe6\x9d\xb1 \xf0\x9f\x98\x80\"}");
        QTest::newRow("integer") << QByteArray("{\"a\":42}");
        QTest::newRow("negative") << QByteArray("{\"a\":-7}");
        QTest::newRow("zero") << QByteArray("{\"a\":0}");
        QTest::newRow("fifteen digits") << QByteArray("{\"a\":-999999999999999}");
        QTest::newRow("true") << QByteArray("{\"a\":true}");
        QTest::newRow("false") << QByteArray("{\"a\":false}");
        QTest::newRow("null") << QByteArray("{\"a\":null}");
        QTest::newRow("array") << QByteArray("{\"a\":[\"x\",\"y\\n\",1,[true]]}");
        QTest::newRow("empty array") << QByteArray("{\"a\":[]}");
        QTest::newRow("object") << QByteArray("{\"a\":{\"b\":[1,{\"c\":null}],\"d\":\"e\"}}");
    }

    void valueOfAMember()
    {
        QFETCH(QByteArray, object);
        const auto members = compactJsonMembers(object);
        QVERIFY(members);
        QCOMPARE(members->size(), 1);
        // Found by its key; a key it does not have has no text.
        QCOMPARE(compactJsonMember(*members, QLatin1StringView("a")), members->front().value);
        QVERIFY(compactJsonMember(*members, QLatin1StringView("b")).isEmpty());
        const QJsonValue parsed = QJsonDocument::fromJson(object).object().value(u"a"_s);
        verifyValue(members->front().value, parsed);
        // As a string: the string itself, a null string for any other value.
        const QString text = compactJsonText(members->front().value);
        QCOMPARE(text, parsed.toString());
        QCOMPARE(text.isNull(), !parsed.isString());
    }

    // An array of strings read without a parser; any other value is not one.
    void stringsOfAnArray_data()
    {
        QTest::addColumn<QByteArray>("object");
        QTest::addColumn<bool>("strings");
        QTest::newRow("two") << QByteArray("{\"a\":[\"x@contoso.com\",\"y@contoso.com\"]}") << true;
        QTest::newRow("empty array") << QByteArray("{\"a\":[]}") << true;
        QTest::newRow("empty strings") << QByteArray("{\"a\":[\"\",\"\"]}") << true;
        QTest::newRow("escapes, commas and brackets inside")
            << QByteArray("{\"a\":[\"a\\\",b\",\"]\\\\\",\"x\\n[y]\"]}") << true;
        QTest::newRow("not ASCII")
            << QByteArray("{\"a\":[\"Zo\xc3\xab\",\"\xe6\x9d\xb1\"]}") << true;
        QTest::newRow("a number among them") << QByteArray("{\"a\":[\"x\",1]}") << false;
        QTest::newRow("null among them") << QByteArray("{\"a\":[null,\"x\"]}") << false;
        QTest::newRow("nested") << QByteArray("{\"a\":[[\"x\"]]}") << false;
        QTest::newRow("a string") << QByteArray("{\"a\":\"x\"}") << false;
        QTest::newRow("an object") << QByteArray("{\"a\":{\"b\":\"x\"}}") << false;
    }

    void stringsOfAnArray()
    {
        QFETCH(QByteArray, object);
        QFETCH(bool, strings);
        const auto members = compactJsonMembers(object);
        QVERIFY(members);
        QCOMPARE(bool(compactJsonStrings(members->front().value)), strings);
        verifyStrings(members->front().value,
                      QJsonDocument::fromJson(object).object().value(u"a"_s));
    }

    // Whatever the reader takes, Qt writes so and reads the same: over random
    // objects, record-like ones and any (most of which it refuses).
    void membersAgreeWithQt()
    {
        QRandomGenerator random(20261206);
        QList<QJsonObject> objects;
        for (int round = 0; round < 3000; ++round)
            objects.append(round % 2 ? randomObject(random, 3) : plainObject(random));
        int taken = 0;
        for (const QJsonObject &object : std::as_const(objects)) {
            const QByteArray text = compactJson(object);
            if (const auto members = compactJsonMembers(text)) {
                ++taken;
                verifyMembers(text, *members);
                if (QTest::currentTestFailed())
                    return;
            }
        }
        QVERIFY2(taken > 1000, qPrintable(QString::number(taken))); // the plain ones at least
    }

private:
    // `text` is Qt's own and its members are the object's, each value's text
    // being appendCompactJson() of its value.
    static void verifyMembers(const QByteArray &text, const CompactJsonMembers &members)
    {
        const QJsonObject object = QJsonDocument::fromJson(text).object();
        QCOMPARE(QJsonDocument(object).toJson(QJsonDocument::Compact), text);
        const QStringList keys = object.keys();
        QCOMPARE(members.size(), keys.size());
        for (qsizetype i = 0; i < members.size(); ++i) {
            QCOMPARE(QString(members[i].key), keys[i]);
            QByteArray value;
            appendCompactJson(value, object.value(keys[i]));
            QCOMPARE(members[i].value.toByteArray(), value);
            verifyValue(members[i].value, object.value(keys[i]));
            verifyStrings(members[i].value, object.value(keys[i]));
        }
    }

    // compactJsonStrings() reads exactly the arrays whose elements are all
    // strings, as Qt does.
    static void verifyStrings(QByteArrayView text, const QJsonValue &expected)
    {
        const QJsonArray array = expected.toArray();
        const bool allStrings =
            expected.isArray() && std::all_of(array.begin(), array.end(),
                                              [](const QJsonValue &v) { return v.isString(); });
        const auto strings = compactJsonStrings(text);
        QCOMPARE(bool(strings), allStrings);
        if (!strings)
            return;
        QStringList values;
        for (const QJsonValue v : array)
            values.append(v.toString());
        QCOMPARE(*strings, values);
    }

    // compactJsonValue() of a member's text is the value Qt parses, of the
    // same kind (an integer stays one).
    static void verifyValue(QByteArrayView text, const QJsonValue &expected)
    {
        const QJsonValue value = compactJsonValue(text);
        QCOMPARE(value.type(), expected.type());
        QCOMPARE(value, expected);
        QCOMPARE(value.toVariant().metaType(), expected.toVariant().metaType());
    }

    // The kind of object a CRM record holds: ASCII keys, strings (some
    // empty, some not ASCII), integers, literals, arrays of strings.
    static QJsonObject plainObject(QRandomGenerator &random)
    {
        static const QStringList words{u"subject"_s, u"Zoë"_s,  u""_s,  u"a\"b"_s,
                                       u"x\ny"_s,    u"東京"_s, u"😀"_s, u"C:\\dir"_s};
        QJsonObject object;
        for (int i = random.bounded(8); i > 0; --i) {
            const QString key =
                QString(QChar(u'A' + random.bounded(58))) + QString::number(random.bounded(100));
            switch (random.bounded(5)) {
            case 0:
                object.insert(key, words[random.bounded(words.size())]);
                break;
            case 1:
                object.insert(key, qint64(random.bounded(-1000000, 1000000)));
                break;
            case 2:
                object.insert(key, random.bounded(3) == 0 ? QJsonValue() : QJsonValue(true));
                break;
            case 3:
                object.insert(key, QJsonArray{words[random.bounded(words.size())], 7});
                break;
            default:
                object.insert(key, QJsonObject{{u"n"_s, words[random.bounded(words.size())]}});
            }
        }
        return object;
    }

private:
    static QString randomString(QRandomGenerator &random)
    {
        QString text;
        const int length = random.bounded(12);
        for (int i = 0; i < length; ++i) {
            switch (random.bounded(4)) {
            case 0:
                text += QChar(char16_t(random.bounded(0x80)));
                break;
            case 1:
                text += QChar(char16_t(0xd800 + random.bounded(0x800))); // surrogates
                break;
            default:
                text += QChar(char16_t(random.bounded(0x10000)));
            }
        }
        return text;
    }

    static QJsonValue randomValue(QRandomGenerator &random, int depth)
    {
        switch (random.bounded(depth > 0 ? 8 : 6)) {
        case 0:
            return QJsonValue();
        case 1:
            return random.bounded(2) == 1;
        case 2:
            return qint64(random.generate64());
        case 3:
            return std::ldexp(random.generateDouble() - 0.5, random.bounded(-80, 80));
        case 4:
            return double(random.bounded(-1000, 1000));
        case 5:
            return randomString(random);
        case 6: {
            QJsonArray array;
            for (int i = random.bounded(4); i > 0; --i)
                array.append(randomValue(random, depth - 1));
            return array;
        }
        default:
            return randomObject(random, depth - 1);
        }
    }

    static QJsonObject randomObject(QRandomGenerator &random, int depth)
    {
        QJsonObject object;
        for (int i = random.bounded(6); i > 0; --i)
            object.insert(randomString(random), randomValue(random, depth));
        return object;
    }
};

QTEST_GUILESS_MAIN(TestCompactJson)
#include "tst_compactjson.moc"
