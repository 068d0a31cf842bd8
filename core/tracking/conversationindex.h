#pragma once

#include <QByteArray>
#include <QString>

namespace SyncLens {

// The Exchange conversation index: a 22-byte header for a new thread, then a
// 5-byte block per reply, so a reply's index starts with its parent's.
class ConversationIndex
{
public:
    static constexpr int HeaderSize = 22;
    static constexpr int BlockSize = 5;

    // Malformed hex, or a length that is not 22 + 5k bytes: an invalid index.
    static ConversationIndex fromHex(QStringView hex);

    bool isValid() const { return !m_bytes.isEmpty(); }
    const QByteArray &bytes() const { return m_bytes; }
    QByteArray header() const { return m_bytes.left(HeaderSize); }
    QString toHex() const { return QString::fromLatin1(m_bytes.toHex().toUpper()); }
    int depth() const { return isValid() ? int((m_bytes.size() - HeaderSize) / BlockSize) : -1; }
    // Whether this message is in the thread below `parent` (or is it).
    bool descendsFrom(const ConversationIndex &parent) const;

private:
    QByteArray m_bytes;
};

} // namespace SyncLens
