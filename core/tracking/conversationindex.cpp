#include "conversationindex.h"

namespace SyncLens {

ConversationIndex ConversationIndex::fromHex(const QString &hex)
{
    ConversationIndex index;
    const QString text = hex.trimmed();
    if (text.size() % 2 != 0)
        return index;
    for (const QChar c : text) {
        if (!c.isDigit() && !QStringView(u"abcdefABCDEF").contains(c))
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
