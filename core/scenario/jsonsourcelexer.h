#pragma once

#include "jsonsourcedocument.h"
#include "model/result.h"

#include <QByteArray>
#include <QJsonValue>

#include <optional>

namespace SyncLens {

// The byte cursor under JsonSourceParser: tracks line and column, reads the
// scalar tokens (strings, numbers, literals) strictly, and keeps the first error.
// Columns count characters: UTF-8 continuation bytes do not advance them.
class JsonSourceLexer
{
public:
    explicit JsonSourceLexer(const QByteArray &text);

    bool atEnd() const { return m_pos >= m_text.size(); }
    // The byte under the cursor; test atEnd() first, a NUL byte is data.
    uchar peek() const { return atEnd() ? 0 : uchar(m_text.at(m_pos)); }
    bool at(char c) const { return !atEnd() && peek() == uchar(c); }
    JsonPosition here() const { return {m_line, m_column}; }
    void advance();
    void skipSpace();

    // "'x'", "U+00E9" or "the end of the input", for messages.
    QString describeHere() const;

    // Each reads the token under the cursor; nullopt after an error.
    std::optional<QString> readString();
    std::optional<QJsonValue> readNumber();
    std::optional<QJsonValue> readLiteral();

    // Records the first error (later ones are consequences) and returns nullopt.
    std::nullopt_t fail(JsonPosition position, const QString &message);
    const Error &error() const { return m_error; }

private:
    bool failed(JsonPosition position, const QString &message);
    bool readEscape(QString &text, JsonPosition open);
    bool readUnicodeEscape(QString &text, JsonPosition escape);
    std::optional<char16_t> readHex4(JsonPosition escape);
    bool readUtf8(QString &text);
    bool readDigits();

    const QByteArray &m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_column = 1;
    Error m_error;
    bool m_hasError = false;
};

} // namespace SyncLens
