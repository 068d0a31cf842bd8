#include "conversationindex.h"

namespace SyncLens {

namespace {

// 0–15 for a hex digit, -1 for anything else (other scripts' digits too).
int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
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
        const int high = hexValue(text.at(2 * i));
        const int low = hexValue(text.at(2 * i + 1));
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
