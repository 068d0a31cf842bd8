#include "jsonsourceparser.h"

#include "jsonsourcelexer.h"

#include <QJsonArray>
#include <QJsonObject>

namespace SyncLens {

namespace {

// The structure (objects, arrays) over the lexer's tokens, filling the position
// tables as it goes. Recursion is bounded by MaxDepth.
class JsonSourceReader
{
public:
    explicit JsonSourceReader(const QByteArray &text)
        : m_lex(text)
    {}

    std::optional<QJsonValue> run()
    {
        m_lex.skipSpace();
        if (m_lex.atEnd())
            return m_lex.fail(m_lex.here(),
                              JsonSourceParser::tr("no JSON value: the file is empty"));
        auto root = readValue(QString(), 0);
        if (!root)
            return std::nullopt;
        m_lex.skipSpace();
        if (!m_lex.atEnd()) {
            return m_lex.fail(m_lex.here(),
                              JsonSourceParser::tr("unexpected %1 after the end of the JSON value")
                                  .arg(m_lex.describeHere()));
        }
        return root;
    }

    const Error &error() const { return m_lex.error(); }

    QHash<QString, JsonPosition> values;
    QHash<QString, JsonPosition> keys;
    QHash<QString, QStringList> keyOrder;

private:
    std::optional<QJsonValue> readValue(const QString &pointer, int depth)
    {
        values.insert(pointer, m_lex.here());
        if (m_lex.atEnd())
            return m_lex.fail(m_lex.here(),
                              JsonSourceParser::tr("unexpected end of input; expected a value"));
        const uchar c = m_lex.peek();
        if (c == '{' || c == '[') {
            if (depth >= JsonSourceParser::MaxDepth) {
                return m_lex.fail(m_lex.here(), JsonSourceParser::tr("nested deeper than %1 levels")
                                                    .arg(JsonSourceParser::MaxDepth));
            }
            return c == '{' ? readObject(pointer, depth + 1) : readArray(pointer, depth + 1);
        }
        if (c == '"') {
            auto text = m_lex.readString();
            return text ? std::optional<QJsonValue>(*text) : std::nullopt;
        }
        if (c == '-' || (c >= '0' && c <= '9'))
            return m_lex.readNumber();
        if (c == 't' || c == 'f' || c == 'n')
            return m_lex.readLiteral();
        return m_lex.fail(
            m_lex.here(),
            JsonSourceParser::tr("unexpected %1; expected a value").arg(m_lex.describeHere()));
    }

    std::optional<QJsonValue> readObject(const QString &pointer, int depth)
    {
        const JsonPosition open = m_lex.here();
        m_lex.advance();
        m_lex.skipSpace();
        QJsonObject object;
        QStringList order;
        QHash<QString, JsonPosition> seen;
        bool more = !m_lex.at('}');
        while (more) {
            const auto key = readKey(pointer, open, seen);
            if (!key)
                return std::nullopt;
            order.append(*key);
            const auto value = readValue(JsonSourceDocument::childPointer(pointer, *key), depth);
            if (!value)
                return std::nullopt;
            object.insert(*key, *value);
            const auto next = readSeparator('}', open);
            if (!next)
                return std::nullopt;
            more = *next;
        }
        m_lex.advance(); // the '}'
        keyOrder.insert(pointer, order);
        return object;
    }

    // A member's key and its ':'; a key given twice is an error.
    std::optional<QString> readKey(const QString &pointer, JsonPosition open,
                                   QHash<QString, JsonPosition> &seen)
    {
        if (m_lex.atEnd())
            return unclosed('{', open);
        if (!m_lex.at('"')) {
            return m_lex.fail(m_lex.here(),
                              JsonSourceParser::tr("expected a key in double quotes, found %1")
                                  .arg(m_lex.describeHere()));
        }
        const JsonPosition at = m_lex.here();
        const auto key = m_lex.readString();
        if (!key)
            return std::nullopt;
        if (const auto first = seen.constFind(*key); first != seen.cend()) {
            return m_lex.fail(
                at, JsonSourceParser::tr("duplicate key \"%1\" (first at line %2, column %3)")
                        .arg(*key)
                        .arg(first->line)
                        .arg(first->column));
        }
        seen.insert(*key, at);
        keys.insert(JsonSourceDocument::childPointer(pointer, *key), at);
        m_lex.skipSpace();
        if (!m_lex.at(':')) {
            return m_lex.fail(m_lex.here(),
                              JsonSourceParser::tr("expected ':' after the key \"%1\", found %2")
                                  .arg(*key, m_lex.describeHere()));
        }
        m_lex.advance();
        m_lex.skipSpace();
        return key;
    }

    std::optional<QJsonValue> readArray(const QString &pointer, int depth)
    {
        const JsonPosition open = m_lex.here();
        m_lex.advance();
        m_lex.skipSpace();
        QJsonArray array;
        bool more = !m_lex.at(']');
        while (more) {
            if (m_lex.atEnd())
                return unclosed('[', open);
            const auto value =
                readValue(JsonSourceDocument::childPointer(pointer, array.size()), depth);
            if (!value)
                return std::nullopt;
            array.append(*value);
            const auto next = readSeparator(']', open);
            if (!next)
                return std::nullopt;
            more = *next;
        }
        m_lex.advance(); // the ']'
        return array;
    }

    // After a member or an element: true after a ',', false before the closing
    // bracket (left under the cursor); a trailing comma is an error.
    std::optional<bool> readSeparator(char close, JsonPosition open)
    {
        m_lex.skipSpace();
        if (m_lex.atEnd())
            return unclosed(close == '}' ? '{' : '[', open);
        if (m_lex.at(close))
            return false;
        if (!m_lex.at(',')) {
            return m_lex.fail(m_lex.here(), JsonSourceParser::tr("expected ',' or '%1', found %2")
                                                .arg(QLatin1Char(close))
                                                .arg(m_lex.describeHere()));
        }
        const JsonPosition comma = m_lex.here();
        m_lex.advance();
        m_lex.skipSpace();
        if (m_lex.at(close))
            return m_lex.fail(
                comma, JsonSourceParser::tr("trailing comma before '%1'").arg(QLatin1Char(close)));
        return true;
    }

    std::nullopt_t unclosed(char bracket, JsonPosition open)
    {
        return m_lex.fail(m_lex.here(),
                          SyncLens::JsonSourceParser::tr(
                              "unexpected end of input: the '%1' at line %2, column %3 is "
                              "not closed")
                              .arg(QLatin1Char(bracket))
                              .arg(open.line)
                              .arg(open.column));
    }

    JsonSourceLexer m_lex;
};

} // namespace

Result<JsonSourceDocument> JsonSourceParser::parse(const QByteArray &utf8)
{
    JsonSourceReader reader(utf8);
    auto root = reader.run();
    if (!root)
        return reader.error();
    JsonSourceDocument document;
    document.m_root = std::move(*root);
    document.m_values = std::move(reader.values);
    document.m_keys = std::move(reader.keys);
    document.m_keyOrder = std::move(reader.keyOrder);
    return document;
}

} // namespace SyncLens
