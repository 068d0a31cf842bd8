#include "conversationindex.h"

#include <array>

namespace SyncLens {

namespace {

// 0–15 for a hex digit, -1 for anything else (other scripts' digits too):
// one table lookup per character, for every incoming email's index.
constexpr std::array<qint8, 128> kHexValues = [] {
    std::array<qint8, 128> values{};
    values.fill(-1);
    for (int c = 0; c < 10; ++c)
        values[size_t('0' + c)] = qint8(c);
    for (int c = 0; c < 6; ++c) {
        values[size_t('a' + c)] = qint8(10 + c);
        values[size_t('A' + c)] = qint8(10 + c);
    }
    return values;
}();

int hexNibble(QChar c)
{
    const char16_t u = c.unicode();
    return u < 128 ? kHexValues[u] : -1;
}

} // namespace

// One pass, one allocation: every incoming email's index is parsed. Unlike
// QByteArray::fromHex, anything that is not hex makes the index invalid, so
// a damaged header never passes for a shorter valid one.
ConversationIndex ConversationIndex::fromHex(QStringView hex)
{
    ConversationIndex index;
    const QStringView text = hex.trimmed();
    const qsizetype size = text.size() / 2;
    if (text.size() % 2 != 0 || size < HeaderSize || (size - HeaderSize) % BlockSize != 0)
        return index;
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i) {
        const int high = hexNibble(text.at(2 * i));
        const int low = hexNibble(text.at(2 * i + 1));
        if (high < 0 || low < 0)
            return index;
        bytes[i] = char(high * 16 + low);
    }
    index.m_bytes = std::move(bytes);
    return index;
}

bool ConversationIndex::descendsFrom(const ConversationIndex &parent) const
{
    return isValid() && parent.isValid() && m_bytes.startsWith(parent.m_bytes);
}

} // namespace SyncLens
