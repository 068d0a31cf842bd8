#include "jsonsourcelexer.h"

#include "jsonsourceparser.h"

#include <cmath>

namespace SyncLens {

namespace {

bool isDigit(uchar c)
{
    return c >= '0' && c <= '9';
}

int hexDigitValue(uchar c)
{
    if (isDigit(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

JsonSourceLexer::JsonSourceLexer(const QByteArray &text)
    : m_text(text)
{
    if (m_text.startsWith("\xEF\xBB\xBF"))
        m_pos = 3; // a byte order mark is not a character of line 1
}

void JsonSourceLexer::advance()
{
    const uchar c = peek();
    ++m_pos;
    if (c == '\n') {
        ++m_line;
        m_column = 1;
    } else if ((c & 0xC0) != 0x80) {
        ++m_column; // continuation bytes belong to the character before
    }
}

void JsonSourceLexer::skipSpace()
{
    while (at(' ') || at('\t') || at('\n') || at('\r'))
        advance();
}

QString JsonSourceLexer::describeHere() const
{
    if (atEnd())
        return JsonSourceParser::tr("the end of the input");
    const uchar c = peek();
    if (c > 0x20 && c < 0x7F)
        return QStringLiteral("'%1'").arg(QLatin1Char(char(c)));
    const QList<uint> decoded = QString::fromUtf8(m_text.mid(m_pos, 4)).toUcs4();
    const uint code = c < 0x80 || decoded.isEmpty() ? c : decoded.first();
    return QStringLiteral("U+%1").arg(QString::number(code, 16).toUpper(), 4, QLatin1Char('0'));
}

std::nullopt_t JsonSourceLexer::fail(JsonPosition position, const QString &message)
{
    if (!m_hasError) {
        m_error = makeError(Error::Code::InvalidArgument, message);
        m_error.line = position.line;
        m_error.column = position.column;
        m_hasError = true;
    }
    return std::nullopt;
}

bool JsonSourceLexer::failed(JsonPosition position, const QString &message)
{
    fail(position, message);
    return false;
}

std::optional<QString> JsonSourceLexer::readString()
{
    const JsonPosition open = here();
    advance(); // the opening quote
    QString text;
    for (;;) {
        if (atEnd())
            return fail(open, JsonSourceParser::tr("unterminated string"));
        const uchar c = peek();
        bool ok = true;
        if (c == '"') {
            advance();
            return text;
        } else if (c == '\n') {
            // The usual cause is a missing closing quote, so point at the opening one.
            return fail(open,
                        JsonSourceParser::tr("unterminated string (a line break inside a string is "
                                             "written \\n)"));
        } else if (c < 0x20) {
            return fail(here(),
                        JsonSourceParser::tr("control character %1 in a string; write it as an "
                                             "escape such as \\t or \\u0009")
                            .arg(describeHere()));
        } else if (c == '\\') {
            ok = readEscape(text, open);
        } else if (c < 0x80) {
            text.append(QLatin1Char(char(c)));
            advance();
        } else {
            ok = readUtf8(text);
        }
        if (!ok)
            return std::nullopt;
    }
}

bool JsonSourceLexer::readEscape(QString &text, JsonPosition open)
{
    const JsonPosition escape = here();
    advance(); // the backslash
    if (atEnd())
        return failed(open, JsonSourceParser::tr("unterminated string"));
    const uchar c = peek();
    advance();
    static const QByteArray simple("\"\\/bfnrt");
    static constexpr char16_t replacement[] = u"\"\\/\b\f\n\r\t";
    if (const auto i = simple.indexOf(char(c)); i >= 0) {
        text.append(QChar(replacement[i]));
        return true;
    }
    if (c != 'u') {
        const QString shown = c > 0x20 && c < 0x7F ? QString(QLatin1Char(char(c))) : QString();
        return failed(escape, JsonSourceParser::tr("invalid escape \\%1 in a string").arg(shown));
    }
    return readUnicodeEscape(text, escape);
}

// \uXXXX, and after a high surrogate the \uXXXX of its low surrogate.
bool JsonSourceLexer::readUnicodeEscape(QString &text, JsonPosition escape)
{
    const QString unpaired = JsonSourceParser::tr("unpaired surrogate in a \\u escape");
    const auto unit = readHex4(escape);
    if (!unit)
        return false;
    if (QChar::isLowSurrogate(*unit))
        return failed(escape, unpaired);
    if (!QChar::isHighSurrogate(*unit)) {
        text.append(QChar(*unit));
        return true;
    }
    const JsonPosition lowAt = here();
    if (!at('\\') || m_pos + 1 >= m_text.size() || m_text.at(m_pos + 1) != 'u')
        return failed(escape, unpaired);
    advance();
    advance();
    const auto low = readHex4(lowAt);
    if (!low)
        return false;
    if (!QChar::isLowSurrogate(*low))
        return failed(escape, unpaired);
    text.append(QChar(*unit));
    text.append(QChar(*low));
    return true;
}

std::optional<char16_t> JsonSourceLexer::readHex4(JsonPosition escape)
{
    char16_t value = 0;
    for (int i = 0; i < 4; ++i) {
        const int digit = atEnd() ? -1 : hexDigitValue(peek());
        if (digit < 0)
            return fail(escape, JsonSourceParser::tr("\\u needs four hexadecimal digits"));
        value = char16_t(value * 16 + digit);
        advance();
    }
    return value;
}

// One multi-byte UTF-8 character; overlong forms, surrogates and values past
// U+10FFFF are invalid.
bool JsonSourceLexer::readUtf8(QString &text)
{
    const JsonPosition start = here();
    const uchar lead = peek();
    const int extra = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0;
    static constexpr char32_t minimum[] = {0, 0x80, 0x800, 0x10000};
    char32_t code = lead & (0x3F >> extra);
    advance();
    for (int i = 0; i < extra; ++i) {
        if (atEnd() || (peek() & 0xC0) != 0x80)
            return failed(start, JsonSourceParser::tr("invalid UTF-8"));
        code = (code << 6) | (peek() & 0x3F);
        advance();
    }
    if (extra == 0 || lead > 0xF4 || code < minimum[extra] || code > 0x10FFFF ||
        (code >= 0xD800 && code <= 0xDFFF))
        return failed(start, JsonSourceParser::tr("invalid UTF-8"));
    text.append(QString::fromUcs4(&code, 1));
    return true;
}

std::optional<QJsonValue> JsonSourceLexer::readNumber()
{
    const JsonPosition start = here();
    const qsizetype first = m_pos;
    if (at('-'))
        advance();
    if (at('0')) {
        advance();
        if (!atEnd() && isDigit(peek()))
            return fail(start, JsonSourceParser::tr("a number cannot start with 0 (leading zero)"));
    } else if (!readDigits()) {
        return fail(start, JsonSourceParser::tr("invalid number: a digit must follow '-'"));
    }
    if (at('.')) {
        advance();
        if (!readDigits())
            return fail(here(), JsonSourceParser::tr("invalid number: a digit must follow '.'"));
    }
    if (at('e') || at('E')) {
        advance();
        if (at('+') || at('-'))
            advance();
        if (!readDigits())
            return fail(here(), JsonSourceParser::tr("invalid number: the exponent needs a digit"));
    }
    const QByteArray lexeme = m_text.mid(first, m_pos - first);
    bool ok = false;
    const double value = lexeme.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return fail(
            start,
            JsonSourceParser::tr("number %1 is out of range").arg(QString::fromLatin1(lexeme)));
    return QJsonValue(value);
}

bool JsonSourceLexer::readDigits()
{
    if (atEnd() || !isDigit(peek()))
        return false;
    while (!atEnd() && isDigit(peek()))
        advance();
    return true;
}

std::optional<QJsonValue> JsonSourceLexer::readLiteral()
{
    const JsonPosition start = here();
    for (const char *word : {"true", "false", "null"}) {
        const qsizetype size = qsizetype(qstrlen(word));
        if (m_text.mid(m_pos, size) != word)
            continue;
        for (qsizetype i = 0; i < size; ++i)
            advance();
        return word[0] == 'n' ? QJsonValue(QJsonValue::Null) : QJsonValue(word[0] == 't');
    }
    return fail(start, JsonSourceParser::tr("invalid literal; expected true, false or null"));
}

} // namespace SyncLens
