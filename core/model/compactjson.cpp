#include "compactjson.h"

#include <QCborValue>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

namespace SyncLens {

namespace {

char hexDigit(uint value)
{
    return "0123456789abcdef"[value & 0xf];
}

// A character JSON text holds as it is: printable ASCII but '"' and '\\'.
constexpr bool isPlainAscii(char16_t c)
{
    return c >= 0x20 && c < 0x7f && c != u'"' && c != u'\\';
}

// Appends JSON text to one buffer, escaping and formatting as Qt's own
// writer does: the differential test compares the two on every kind of value.
class CompactJsonWriter
{
public:
    explicit CompactJsonWriter(QByteArray &out)
        : m_out(out)
    {}

    void object(const QJsonObject &object)
    {
        m_out.append('{');
        bool first = true;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            member(it.key(), it.value(), first);
        m_out.append('}');
    }

    void value(const QJsonValue &value)
    {
        switch (value.type()) {
        case QJsonValue::Bool:
            m_out.append(value.toBool() ? "true" : "false");
            break;
        case QJsonValue::Double:
            number(value);
            break;
        case QJsonValue::String:
            string(value.toString());
            break;
        case QJsonValue::Array:
            array(value.toArray());
            break;
        case QJsonValue::Object:
            object(value.toObject());
            break;
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            m_out.append("null");
            break;
        }
    }

    // Quoted and escaped into room reserved for the worst case (six bytes per
    // UTF-16 unit), then cut to what was written: no allocation per string.
    void string(QStringView text)
    {
        const qsizetype start = m_out.size();
        const qsizetype room = start + 2 + 6 * text.size();
        if (room > m_out.capacity())
            m_out.reserve(std::max(room, 2 * m_out.capacity()));
        m_out.resize(room);
        char *cursor = m_out.data() + start;
        *cursor++ = '"';
        const char16_t *src = text.utf16();
        const char16_t *const end = src + text.size();
        while (src != end) {
            // Most text is printable ASCII that needs no escape: copied in a
            // tight loop, each other character written by character().
            while (src != end && isPlainAscii(*src))
                *cursor++ = char(*src++);
            if (src != end)
                cursor = character(cursor, src, end);
        }
        *cursor++ = '"';
        m_out.resize(cursor - m_out.constData());
    }

private:
    void member(QStringView key, const QJsonValue &value, bool &first)
    {
        if (!std::exchange(first, false))
            m_out.append(',');
        string(key);
        m_out.append(':');
        this->value(value);
    }

    void array(const QJsonArray &array)
    {
        m_out.append('[');
        bool first = true;
        for (const QJsonValue element : array) {
            if (!std::exchange(first, false))
                m_out.append(',');
            value(element);
        }
        m_out.append(']');
    }

    // A QJsonValue keeps an integer apart from a double that has no fraction
    // (Qt writes 1e+20 for the one, 100000000000000000000 cannot be the other);
    // only its CBOR form says which it holds.
    void number(const QJsonValue &value)
    {
        const QCborValue cbor = QCborValue::fromJsonValue(value);
        if (cbor.isInteger()) {
            char digits[24];
            const auto written =
                std::to_chars(std::begin(digits), std::end(digits), cbor.toInteger());
            m_out.append(digits, written.ptr - digits);
            return;
        }
        const double d = cbor.toDouble();
        if (std::isfinite(d))
            m_out.append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
        else
            m_out.append("null"); // as Qt: JSON has no infinity and no NaN
    }

    // One character from `src` (advanced past it), written at `cursor`.
    static char *character(char *cursor, const char16_t *&src, const char16_t *end)
    {
        const char16_t u = *src++;
        if (u < 0x80)
            return ascii(cursor, u);
        if (u < 0x800) {
            *cursor++ = char(0xc0 | (u >> 6));
            *cursor++ = char(0x80 | (u & 0x3f));
            return cursor;
        }
        if (!QChar::isSurrogate(u)) {
            *cursor++ = char(0xe0 | (u >> 12));
            *cursor++ = char(0x80 | ((u >> 6) & 0x3f));
            *cursor++ = char(0x80 | (u & 0x3f));
            return cursor;
        }
        if (QChar::isHighSurrogate(u) && src != end && QChar::isLowSurrogate(*src)) {
            const char32_t c = QChar::surrogateToUcs4(u, *src++);
            *cursor++ = char(0xf0 | (c >> 18));
            *cursor++ = char(0x80 | ((c >> 12) & 0x3f));
            *cursor++ = char(0x80 | ((c >> 6) & 0x3f));
            *cursor++ = char(0x80 | (c & 0x3f));
            return cursor;
        }
        // A lone surrogate has no UTF-8: Qt writes it as an escape.
        *cursor++ = '\\';
        *cursor++ = 'u';
        for (int shift = 12; shift >= 0; shift -= 4)
            *cursor++ = hexDigit(u >> shift);
        return cursor;
    }

    static char *ascii(char *cursor, char16_t u)
    {
        if (u >= 0x20 && u != '"' && u != '\\') {
            *cursor++ = char(u);
            return cursor;
        }
        *cursor++ = '\\';
        switch (u) {
        case '"':
        case '\\':
            *cursor++ = char(u);
            break;
        case '\b':
            *cursor++ = 'b';
            break;
        case '\f':
            *cursor++ = 'f';
            break;
        case '\n':
            *cursor++ = 'n';
            break;
        case '\r':
            *cursor++ = 'r';
            break;
        case '\t':
            *cursor++ = 't';
            break;
        default:
            *cursor++ = 'u';
            *cursor++ = '0';
            *cursor++ = '0';
            *cursor++ = hexDigit(u >> 4);
            *cursor++ = hexDigit(u);
        }
        return cursor;
    }

    QByteArray &m_out;
};

} // namespace

QByteArray compactJson(const QJsonObject &object)
{
    QByteArray out;
    out.reserve(64 * (object.size() + 1));
    CompactJsonWriter(out).object(object);
    return out;
}

void appendCompactJson(QByteArray &out, const QJsonValue &value)
{
    CompactJsonWriter(out).value(value);
}

void appendJsonString(QByteArray &out, QStringView text)
{
    CompactJsonWriter(out).string(text);
}

namespace {

// A key as a JSON string: as it is when nothing in it needs escaping (the
// engine's keys are plain ASCII words), without making a QString of it.
bool isPlainKey(QLatin1StringView key)
{
    // By table: asked of every key of every journal entry's facts, the four
    // comparisons a byte were 2 % of a first cycle's deciding thread.
    static constexpr auto plain = [] {
        std::array<bool, 256> table{};
        for (size_t c = 0; c < table.size(); ++c)
            table[c] = isPlainAscii(char16_t(c));
        return table;
    }();
    return std::all_of(key.begin(), key.end(), [](char c) { return plain[uchar(c)]; });
}

} // namespace

void appendJsonString(QByteArray &out, QLatin1StringView text)
{
    if (!isPlainKey(text)) {
        appendJsonString(out, QStringView(QString(text)));
        return;
    }
    out.append('"');
    out.append(text.data(), text.size());
    out.append('"');
}

template<typename Write> void CompactJsonObject::member(QLatin1StringView key, Write write)
{
    auto same = std::find_if(m_members.begin(), m_members.end(),
                             [key](const Member &m) { return m.key == key; });
    if (same != m_members.end())
        m_members.erase(same); // its old text stays unused in m_values
    // Room for a journal entry's facts at once (370 bytes on average in a
    // first cycle): grown from nothing, the buffer was allocated and copied
    // three times for most objects.
    if (m_values.capacity() == 0)
        m_values.reserve(InitialCapacity);
    const qsizetype begin = m_values.size();
    write(m_values);
    m_members.append(Member{key, begin, m_values.size()});
}

void CompactJsonObject::insertString(QLatin1StringView key, QStringView text)
{
    member(key, [text](QByteArray &out) { appendJsonString(out, text); });
}

void CompactJsonObject::insert(QLatin1StringView key, const QJsonValue &value)
{
    member(key, [&value](QByteArray &out) { appendCompactJson(out, value); });
}

void CompactJsonObject::insertStrings(QLatin1StringView key, const QStringList &strings)
{
    member(key, [&strings](QByteArray &out) {
        out.append('[');
        for (const QString &s : strings) {
            if (&s != &strings.front())
                out.append(',');
            appendJsonString(out, s);
        }
        out.append(']');
    });
}

void CompactJsonObject::insertJson(QLatin1StringView key, QByteArrayView json)
{
    member(key, [json](QByteArray &out) { out.append(json); });
}

QByteArray CompactJsonObject::text() const
{
    CompactJsonMembers sorted;
    for (const Member &m : m_members)
        sorted.append({m.key, QByteArrayView(m_values.constData() + m.begin, m.end - m.begin)});
    std::sort(sorted.begin(), sorted.end(),
              [](const CompactJsonMember &a, const CompactJsonMember &b) { return a.key < b.key; });
    return compactObjectText(sorted);
}

QByteArray compactObjectText(const CompactJsonMembers &members)
{
    if (!std::all_of(members.cbegin(), members.cend(),
                     [](const CompactJsonMember &m) { return isPlainKey(m.key); })) {
        QByteArray out;
        out.append('{');
        for (const CompactJsonMember &m : members) {
            if (&m != members.cbegin())
                out.append(',');
            appendJsonString(out, m.key);
            out.append(':');
            out.append(m.value);
        }
        out.append('}');
        return out;
    }
    // Keys as they are (the engine's are plain words): the text's size is
    // known, and it is written with plain copies; an append() per piece was
    // two thirds of the work.
    qsizetype size = 2 + std::max<qsizetype>(0, members.size() - 1);
    for (const CompactJsonMember &m : members)
        size += m.key.size() + 3 + m.value.size();
    QByteArray out(size, Qt::Uninitialized);
    char *at = out.data();
    const auto copy = [&at](const char *from, qsizetype count) {
        memcpy(at, from, size_t(count));
        at += count;
    };
    *at++ = '{';
    for (const CompactJsonMember &m : members) {
        if (&m != members.cbegin())
            *at++ = ',';
        *at++ = '"';
        copy(m.key.data(), m.key.size());
        copy("\":", 2);
        copy(m.value.data(), m.value.size());
    }
    *at++ = '}';
    Q_ASSERT(at == out.constData() + size);
    return out;
}

namespace {

// Reads JSON text that compactJson() could have written, and nothing else:
// every check that fails sends the caller back to QJsonDocument, so a check
// too strict costs time, one too lax would copy text Qt writes otherwise.
class CompactJsonReader
{
public:
    explicit CompactJsonReader(QByteArrayView text)
        : m_at(reinterpret_cast<const uchar *>(text.data()))
        , m_end(m_at + text.size())
    {}

    bool atEnd() const { return m_at == m_end; }

    bool object(CompactJsonMembers *members, int depth)
    {
        if (!take('{'))
            return false;
        if (take('}'))
            return true;
        QByteArrayView previous;
        do {
            const uchar *const keyBegin = m_at + 1;
            if (!string(true))
                return false;
            const QByteArrayView key(keyBegin, m_at - 1 - keyBegin);
            // Qt keeps an object's keys sorted (for ASCII, byte order) and once.
            if (!previous.isNull() && !(previous < key))
                return false;
            previous = key;
            if (!take(':'))
                return false;
            const uchar *const valueBegin = m_at;
            if (!value(depth + 1))
                return false;
            if (members) {
                members->append({QLatin1StringView(key.data(), key.size()),
                                 QByteArrayView(valueBegin, m_at - valueBegin)});
            }
        } while (take(','));
        return take('}');
    }

private:
    static constexpr int MaxDepth = 64;

    bool take(char c)
    {
        if (m_at == m_end || *m_at != uchar(c))
            return false;
        ++m_at;
        return true;
    }

    bool value(int depth)
    {
        if (m_at == m_end || depth > MaxDepth)
            return false;
        switch (*m_at) {
        case '{':
            return object(nullptr, depth);
        case '[':
            return array(depth);
        case '"':
            return string(false);
        case 't':
            return word("true");
        case 'f':
            return word("false");
        case 'n':
            return word("null");
        default:
            return number();
        }
    }

    bool array(int depth)
    {
        take('[');
        if (take(']'))
            return true;
        do {
            if (!value(depth + 1))
                return false;
        } while (take(','));
        return take(']');
    }

    bool word(const char *literal)
    {
        const qsizetype size = qsizetype(qstrlen(literal));
        if (m_end - m_at < size || memcmp(m_at, literal, size) != 0)
            return false;
        m_at += size;
        return true;
    }

    // An integer as Qt writes one: no fraction, no exponent, no "-0", and
    // short enough to be one whatever the parser keeps it as.
    bool number()
    {
        take('-');
        const uchar *const digits = m_at;
        while (m_at != m_end && *m_at >= '0' && *m_at <= '9')
            ++m_at;
        const qsizetype count = m_at - digits;
        if (count == 0 || count > 15 || (*digits == '0' && (count > 1 || digits[-1] == '-')))
            return false;
        return m_at == m_end || (*m_at != '.' && *m_at != 'e' && *m_at != 'E');
    }

    bool string(bool key)
    {
        if (!take('"'))
            return false;
        while (m_at != m_end) {
            // Most bytes are printable ASCII with no meaning in a string:
            // skipped eight at a time, then one at a time.
            while (m_end - m_at >= 8 && plainAscii(m_at))
                m_at += 8;
            while (m_at != m_end && *m_at >= 0x20 && *m_at < 0x7f && *m_at != '"' && *m_at != '\\')
                ++m_at;
            if (m_at == m_end)
                break;
            const uchar c = *m_at;
            if (c == '"') {
                ++m_at;
                return true;
            }
            if (c < 0x20 || (key && (c == '\\' || c >= 0x7f)))
                return false;
            if (c == '\\') {
                if (!escape())
                    return false;
            } else if (c < 0x80) {
                ++m_at;
            } else if (!utf8Character()) {
                return false;
            }
        }
        return false;
    }

    // Whether the eight bytes at `p` are all printable ASCII other than '"'
    // and '\\' (0x20 to 0x7e). Each test sets a byte's high bit where the
    // byte fails it: below 0x20, above 0x7e, or equal to one of the two.
    static bool plainAscii(const uchar *p)
    {
        constexpr quint64 ones = 0x0101010101010101, highs = ones * 0x80;
        quint64 v;
        memcpy(&v, p, sizeof v);
        const auto hasZero = [](quint64 x) { return (x - ones) & ~x & highs; };
        const quint64 below = (v - ones * 0x20) & ~v & highs;
        const quint64 above = ((v + ones * (0x7f - 0x7e)) | v) & highs;
        return (below | above | hasZero(v ^ (ones * '"')) | hasZero(v ^ (ones * '\\'))) == 0;
    }

    // The escapes Qt writes as letters; it writes any other character
    // (\/ included) as itself, and \u only for controls and lone surrogates.
    bool escape()
    {
        if (m_end - m_at < 2)
            return false;
        switch (m_at[1]) {
        case '"':
        case '\\':
        case 'b':
        case 'f':
        case 'n':
        case 'r':
        case 't':
            m_at += 2;
            return true;
        default:
            return false;
        }
    }

    // One character of two to four bytes: shortest form, no surrogate, and
    // (to be safe whatever the parser makes of them) no noncharacter.
    bool utf8Character()
    {
        const uchar lead = *m_at;
        int size = 0;
        char32_t c = 0;
        if (lead >= 0xc2 && lead <= 0xdf) {
            size = 2;
            c = lead & 0x1f;
        } else if (lead >= 0xe0 && lead <= 0xef) {
            size = 3;
            c = lead & 0x0f;
        } else if (lead >= 0xf0 && lead <= 0xf4) {
            size = 4;
            c = lead & 0x07;
        } else {
            return false;
        }
        if (m_end - m_at < size)
            return false;
        for (int i = 1; i < size; ++i) {
            if ((m_at[i] & 0xc0) != 0x80)
                return false;
            c = (c << 6) | (m_at[i] & 0x3f);
        }
        static constexpr char32_t smallest[] = {0, 0, 0x80, 0x800, 0x10000};
        const bool valid = c >= smallest[size] && c <= 0x10ffff && (c < 0xd800 || c > 0xdfff) &&
                           (c & 0xfffe) != 0xfffe && (c < 0xfdd0 || c > 0xfdef);
        m_at += size;
        return valid;
    }

    const uchar *m_at;
    const uchar *const m_end;
};

} // namespace

std::optional<CompactJsonMembers> compactJsonMembers(QByteArrayView text)
{
    CompactJsonMembers members;
    CompactJsonReader reader(text);
    if (!reader.object(&members, 0) || !reader.atEnd())
        return std::nullopt;
    return members;
}

namespace {

// A string's text with the escapes compactJsonMembers() lets through (the
// ones Qt writes as letters) undone; `quoted` has its quotes.
QString compactJsonString(QByteArrayView quoted)
{
    const QByteArrayView inner = quoted.sliced(1, quoted.size() - 2);
    if (!inner.contains('\\'))
        return QString::fromUtf8(inner);
    QByteArray plain;
    plain.reserve(inner.size());
    for (qsizetype i = 0; i < inner.size(); ++i) {
        char c = inner[i];
        if (c == '\\' && ++i < inner.size()) {
            switch (c = inner[i]) {
            case 'b':
                c = '\b';
                break;
            case 'f':
                c = '\f';
                break;
            case 'n':
                c = '\n';
                break;
            case 'r':
                c = '\r';
                break;
            case 't':
                c = '\t';
                break;
            default: // '"' or '\\', as it is
                break;
            }
        }
        plain.append(c);
    }
    return QString::fromUtf8(plain);
}

} // namespace

QByteArrayView compactJsonMember(const CompactJsonMembers &members, QLatin1StringView key)
{
    for (const CompactJsonMember &member : members) {
        if (member.key == key)
            return member.value;
    }
    return {};
}

QString compactJsonText(QByteArrayView value)
{
    return !value.isEmpty() && value.front() == '"' ? compactJsonString(value) : QString();
}

QJsonValue compactJsonValue(QByteArrayView value)
{
    if (value.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    switch (value.front()) {
    case '"':
        return compactJsonString(value);
    case 't':
        return true;
    case 'f':
        return false;
    case 'n':
        return QJsonValue(QJsonValue::Null);
    case '{':
    case '[': {
        const QByteArray wrapped = '[' + value.toByteArray() + ']';
        return QJsonDocument::fromJson(wrapped).array().at(0);
    }
    default: // an integer of at most 15 digits, exact as a double
        return QJsonValue(value.toLongLong());
    }
}

std::optional<QStringList> compactJsonStrings(QByteArrayView value)
{
    if (value.size() < 2 || value.front() != '[' || value.back() != ']')
        return std::nullopt;
    QStringList strings;
    // The text is compactJsonMembers()'s: its strings end at the first quote
    // no backslash escapes, and only commas stand between them.
    qsizetype at = 1;
    const qsizetype end = value.size() - 1;
    while (at < end) {
        if (value[at] != '"')
            return std::nullopt; // an element of another kind
        qsizetype close = at + 1;
        while (close < end && value[close] != '"')
            close += value[close] == '\\' ? 2 : 1;
        if (close >= end)
            return std::nullopt;
        strings.append(compactJsonString(value.sliced(at, close + 1 - at)));
        at = close + 1;
        if (at < end && value[at++] != ',')
            return std::nullopt;
    }
    return strings;
}

} // namespace SyncLens
