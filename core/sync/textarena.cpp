#include "textarena.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <new>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace SyncLens {

namespace {

constexpr qsizetype kFirstBlock = 64 * 1024;
constexpr qsizetype kLargestBlock = 32 * 1024 * 1024;
constexpr qsizetype kHugePage = 2 * 1024 * 1024;

char *allocateBlock(qsizetype &size)
{
#ifdef Q_OS_LINUX
    if (size >= kHugePage) {
        size = (size + kHugePage - 1) / kHugePage * kHugePage;
        auto *block = static_cast<char *>(std::aligned_alloc(kHugePage, size_t(size)));
        if (block)
            ::madvise(block, size_t(size), MADV_HUGEPAGE); // a hint: fine if refused
        return block;
    }
#endif
    return static_cast<char *>(std::malloc(size_t(size)));
}

} // namespace

void TextArena::Free::operator()(char *block) const
{
    std::free(block);
}

TextArena::Block &TextArena::blockFor(qsizetype bytes)
{
    if (!m_blocks.empty() && m_blocks.back().size - m_blocks.back().used >= bytes)
        return m_blocks.back();
    // Each block twice the last, so small arenas stay small and large ones
    // take few blocks.
    qsizetype size =
        m_blocks.empty() ? kFirstBlock : std::min(m_blocks.back().size * 2, kLargestBlock);
    size = std::max(size, bytes);
    char *data = allocateBlock(size);
    if (!data)
        throw std::bad_alloc();
    m_blocks.push_back(Block{std::unique_ptr<char[], Free>(data), size, 0});
    return m_blocks.back();
}

TextArena::Span TextArena::append(QByteArrayView text)
{
    Q_ASSERT(text.size() <= std::numeric_limits<qint32>::max());
    Block &block = blockFor(std::max<qsizetype>(text.size(), 1));
    const Span span{block.used, qint32(m_blocks.size() - 1), qint32(text.size())};
    if (!text.isEmpty())
        std::memcpy(block.data.get() + block.used, text.data(), size_t(text.size()));
    block.used += text.size();
    return span;
}

QByteArrayView TextArena::view(const Span &span) const
{
    if (!span.isValid() || size_t(span.block) >= m_blocks.size())
        return {};
    return QByteArrayView(m_blocks[size_t(span.block)].data.get() + span.offset, span.size);
}

qsizetype TextArena::capacity() const
{
    qsizetype bytes = 0;
    for (const Block &b : m_blocks)
        bytes += b.size;
    return bytes;
}

} // namespace SyncLens
