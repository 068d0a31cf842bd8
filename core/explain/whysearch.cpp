#include "whysearch.h"

#include "store/orgstore.h"

#include <algorithm>

namespace SyncLens {

WhySearch::WhySearch(OrgStore &store, QLocale locale)
    : m_store(store)
    , m_explainer(store, locale)
{}

std::optional<WhySearch::Symptom> WhySearch::symptomOf(ReasonCode code)
{
    switch (code) {
    case ReasonCode::NotInScope:
    case ReasonCode::LeftScopeDeleted:
    case ReasonCode::CrmDelete:
    case ReasonCode::MailboxNotApproved:
    case ReasonCode::MailboxDisabledAuth:
    case ReasonCode::MailboxDisabledTransient:
        return Symptom::MissingFromOutlook;
    case ReasonCode::InNotTracked:
    case ReasonCode::ExchangeDeletePropagated:
    case ReasonCode::NotTrackedNoSignal:
    case ReasonCode::NotTrackedNoRecord:
    case ReasonCode::NotTrackedFilteringNone:
    case ReasonCode::NotTrackedFolder:
    case ReasonCode::NotTrackedNoRecipient:
        return Symptom::MissingFromCrm;
    case ReasonCode::InOverwriteOutOfScope:
    case ReasonCode::ConflictExchangeWon:
        return Symptom::CrmEditLost;
    case ReasonCode::OutSkippedOutOfScope:
    case ReasonCode::LeftScope:
        return Symptom::CrmEditNotInOutlook;
    case ReasonCode::CrmDeleteKept:
        return Symptom::StillInOutlook;
    case ReasonCode::ExchangeDeleteUntracked:
        return Symptom::StillInCrm;
    default:
        return std::nullopt;
    }
}

QString WhySearch::symptomText(Symptom symptom)
{
    switch (symptom) {
    case Symptom::MissingFromOutlook:
        return tr("Missing from Outlook");
    case Symptom::MissingFromCrm:
        return tr("Missing from CRM");
    case Symptom::CrmEditLost:
        return tr("A CRM edit did not stick");
    case Symptom::CrmEditNotInOutlook:
        return tr("CRM edits do not reach Outlook");
    case Symptom::StillInOutlook:
        return tr("Still in Outlook though deleted in CRM");
    case Symptom::StillInCrm:
        return tr("Still in CRM though deleted in Outlook");
    }
    return {};
}

// A record whose owner's mailbox is not approved or is disabled does not
// reach that owner's Outlook, whatever the filters say.
Result<void> WhySearch::addMailboxCause(const OrgStore::ItemMatch &item, Match &match)
{
    auto record = m_store.crmRecord(item.id);
    if (!record || !*record)
        return record ? Result<void>() : Result<void>(record.error());
    const QString owner = (*record)->field(QStringLiteral("ownerid"));
    auto mailboxes = m_store.mailboxes();
    if (!mailboxes)
        return mailboxes.error();
    for (const Mailbox &m : *mailboxes) {
        if (m.userId != owner || (m.approved && m.enabled))
            continue;
        auto health = m_store.journal({}, MailboxId(m.id), std::nullopt, 50);
        if (!health)
            return health.error();
        for (const JournalEntry &e : *health) {
            if (e.itemId.isEmpty() && symptomOf(e.code) == Symptom::MissingFromOutlook) {
                match.causes.append(
                    Cause{Symptom::MissingFromOutlook, m_explainer.explainEntry(e)});
                match.advice += m_explainer.advice(e);
                break;
            }
        }
    }
    return {};
}

Result<QList<WhySearch::Match>> WhySearch::search(const QString &text, int limit)
{
    auto found = m_store.searchItems(text, limit);
    if (!found)
        return found.error();
    QList<Match> matches;
    for (const OrgStore::ItemMatch &item : *found) {
        if (m_cancel && m_cancel->load())
            return makeError(Error::Code::Cancelled, tr("the search was cancelled"));
        Match match{item.id, item.type, item.title, {}, std::nullopt, {}};
        auto history = m_store.journalForItem(item.id);
        if (!history)
            return history.error();
        for (const JournalEntry &e : *history) {
            if (const auto symptom = symptomOf(e.code))
                match.causes.append(Cause{*symptom, m_explainer.explainEntry(e)});
        }
        if (auto r = addMailboxCause(item, match); !r)
            return r.error();
        if (!history->isEmpty()) {
            match.advice = m_explainer.advice(history->last());
            if (match.causes.isEmpty())
                match.latest = m_explainer.explainEntry(history->last());
        }
        matches.append(std::move(match));
    }
    // What went wrong first: an item with a cause of §5 leads the answer.
    std::stable_sort(matches.begin(), matches.end(), [](const Match &a, const Match &b) {
        return !a.causes.isEmpty() && b.causes.isEmpty();
    });
    return matches;
}

} // namespace SyncLens
