#include "conversationindex.h"

namespace SyncLens {

namespace {

bool isHexDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

} // namespace

ConversationIndex ConversationIndex::fromHex(QStringView hex)
{
    ConversationIndex index;
    const QStringView text = hex.trimmed();
    if (text.size() % 2 != 0)
        return index;
    // QByteArray::fromHex skips what is not hex; a damaged header must not
    // pass for a shorter valid one.
    for (const QChar c : text) {
        if (!isHexDigit(c))
            return index;
    }
    const QByteArray bytes = QByteArray::fromHex(text.toLatin1());
    if (bytes.size() < HeaderSize || (bytes.size() - HeaderSize) % BlockSize != 0)
        return index;
    index.m_bytes = bytes;
    return index;
}

bool ConversationIndex::descendsFrom(const ConversationIndex &parent) const
{
    return isValid() && parent.isValid() && m_bytes.startsWith(parent.m_bytes);
}

} // namespace SyncLens
