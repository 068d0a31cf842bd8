#pragma once

#include <QHashFunctions>
#include <QString>

namespace SyncLens {

// An id that knows what it names (issue 13, point 7). Where a call takes two
// ids side by side — a mailbox and an item, an item and a mailbox — passing
// them the wrong way round, or passing a bare QString, does not compile.
// The text is the id as the store and Dataverse spell it.
template<typename Tag> class Id
{
public:
    Id() = default;
    explicit Id(QString text)
        : m_text(std::move(text))
    {}

    const QString &text() const { return m_text; }
    bool isEmpty() const { return m_text.isEmpty(); }

    friend bool operator==(const Id &a, const Id &b) { return a.m_text == b.m_text; }
    friend bool operator!=(const Id &a, const Id &b) { return a.m_text != b.m_text; }
    friend bool operator<(const Id &a, const Id &b) { return a.m_text < b.m_text; }
    friend size_t qHash(const Id &id, size_t seed = 0) { return qHash(id.m_text, seed); }

private:
    QString m_text;
};

using MailboxId = Id<struct MailboxIdTag>;
using ItemId = Id<struct ItemIdTag>;
using UserId = Id<struct UserIdTag>;

} // namespace SyncLens
