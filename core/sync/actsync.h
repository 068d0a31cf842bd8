#pragma once

#include "cyclecontext.h"
#include "fieldsync.h"
#include "model/compactjson.h"
#include "model/exchangeitem.h"
#include "model/mailbox.h"
#include "model/result.h"
#include "model/user.h"
#include "syncrules.h"
#include "syncstate.h"

#include <QHash>

namespace SyncLens {

// One mailbox's appointments, tasks and contacts in one cycle (sss-model §3):
// inbound first (Exchange → CRM, filters never apply), then outbound (CRM →
// Exchange, within the user's scope). Each decision is journaled with its
// facts and applied to both sides, the links and the caches.
class ActSync
{
public:
    ActSync(CycleContext &context, Mailbox &mailbox, const User &user);

    // `changed`: the mailbox's items written since its last cycle (or all of
    // them when `everything` — the first cycle, or the channel newly on).
    Result<void> run(const QList<ExchangeItem> &changed, bool everything);

private:
    // Whether an item left apart has not changed since: not looked at again.
    bool leftApartUnchanged(const ExchangeItem &item);
    // `stored`: the CRM record of the item's id as the store holds it, if any.
    Result<void> inbound(const ExchangeItem &item, std::optional<CrmRecord> stored);
    Result<void> applyInbound(ReasonCode code, ExchangeItem item, Link *link,
                              const SyncRules::InboundFacts &facts,
                              std::optional<CrmRecord> stored);
    Result<void> outbound(const QString &type, bool everything);
    std::vector<int> linkedRows(const QString &type) const;
    Result<void> decideOutbound(const QString &type, const UserScope &scope, int row,
                                bool scopeRulesChanged);
    Result<void> applyOutbound(ReasonCode code, const QString &type, const UserScope &scope,
                               int row, const CrmRecord &crm, Link *link);
    // Whether applyOutbound() reads the record for `code`.
    static bool needsRecord(ReasonCode code);
    // applyOutbound() with the record's `fields` as stored, for the decisions
    // that read no more of it: a new copy, or the copy updated, neither
    // parsing nor building a QJsonObject. false when this decision needs the
    // record read whole (or the text parsed): nothing was done.
    Result<bool> applyFromText(ReasonCode code, const QString &type, const UserScope &scope,
                               int row, const QString &id, QByteArrayView fields, const Link *link);
    // The linked copy and its link, as they stand before an update.
    struct CopyAndLink
    {
        ExchangeItem copy;
        Link link;
    };
    // Writes a copy updated by `copied` (its link's agreed values already
    // set), the link, and the journal entry.
    Result<void> updateCopy(ReasonCode code, const QString &type, const UserScope &scope, int row,
                            CopyAndLink updated, const FieldSync::Copied &copied);
    Result<void> createCopy(const QString &type, const UserScope &scope, int row,
                            const CrmRecord &crm);
    Result<void> createCopy(const QString &type, const UserScope &scope, int row, const QString &id,
                            const FieldSync::Created &created);
    Result<void> recordOutOfScope(ReasonCode code, const QString &type, const UserScope &scope,
                                  int row, const QString &id);
    void insertDeleteFacts(CompactJsonObject &facts, const QString &type,
                           const SyncRules::RecordFacts &record) const;
    // Reads record `id` whole into `crm`: false when it is gone from the store.
    Result<bool> readRecord(const QString &id, CrmRecord &crm);
    Result<void> writeCrm(CrmRecord record);
    Result<void> saveLink(const Link &link);
    Result<void> dropLink(const QString &itemId);
    Result<bool> scopeRulesChanged(const QString &type);
    Result<const UserScope *> scope(const QString &type);
    bool inScope(const QString &type, const QString &id);
    // `b`'s keys added to (or replacing those of) `a`.
    static QJsonObject merged(QJsonObject a, const QJsonObject &b);
    Link *linkOf(const QString &itemId);
    // The values `link` last agreed on (Link::synced()), parsed once for all
    // the questions one decision asks of them.
    const QJsonObject &agreedOf(const Link &link);
    // FieldSync::copyAsText() with the agreed values `link` keeps.
    QByteArray copyAgreeing(const QJsonObject &source, QJsonObject &target, Link &link,
                            const QStringList &names);

    CycleContext &m_ctx;
    Mailbox &m_mailbox;
    const User &m_user;
    QHash<QString, Link> *m_links = nullptr;
    QHash<QString, FieldSync> m_fields;
    QByteArray m_agreedText; // agreedOf()'s last link's text, and what it parses to
    QJsonObject m_agreed;
};

} // namespace SyncLens
