#pragma once

#include <QByteArrayView>

#include <memory>
#include <vector>

namespace SyncLens {

// Texts appended one after another into large blocks and read back as views:
// one allocation per block, not per text. On Linux a block of 2 MB or more
// asks for transparent huge pages, which Debian gives only to programs that
// ask: filling 150 MB of record text in 4 KB pages took 70,000 page faults of
// a 1M-item first cycle, and the scope's load 3.6 s instead of 3.0 s
// (6 December).
class TextArena
{
public:
    // Where append() put a text. A default Span holds nothing.
    struct Span
    {
        qsizetype offset = 0;
        qint32 block = -1;
        qint32 size = 0;
        bool isValid() const { return block >= 0; }
    };

    TextArena() = default;
    Q_DISABLE_COPY_MOVE(TextArena)

    Span append(QByteArrayView text);
    // The text at `span`, valid as long as the arena; empty for an invalid span.
    QByteArrayView view(const Span &span) const;
    // Bytes of the blocks taken from the system.
    qsizetype capacity() const;

private:
    struct Free
    {
        void operator()(char *block) const;
    };
    struct Block
    {
        std::unique_ptr<char[], Free> data;
        qsizetype size = 0;
        qsizetype used = 0;
    };
    Block &blockFor(qsizetype bytes);

    std::vector<Block> m_blocks;
};

} // namespace SyncLens
