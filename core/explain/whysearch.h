#pragma once

#include "explainer.h"
#include "model/result.h"
#include "store/orgstore.h"

#include <QCoreApplication>

#include <atomic>

namespace SyncLens {

class OrgStore;

// "Why did my meeting disappear?": finds items by subject, person or id and
// names the causes of sss-model §5 that apply to each, from its history.
class WhySearch
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::WhySearch)

public:
    enum class Symptom
    {
        MissingFromOutlook,
        MissingFromCrm,
        CrmEditLost,
        CrmEditNotInOutlook,
        StillInOutlook, // deleted in CRM, the copy kept (CRM_DELETE_KEPT)
        StillInCrm,     // deleted in Outlook, the record kept (EXCHANGE_DELETE_UNTRACKED)
    };

    struct Cause
    {
        Symptom symptom;
        ExplainedDecision decision;
    };

    struct Match
    {
        QString id;
        QString type;
        QString title;
        QList<Cause> causes;                     // the §5 causes found in its history
        std::optional<ExplainedDecision> latest; // when no §5 cause applies
        QStringList advice;
    };

    explicit WhySearch(OrgStore &store, QLocale locale = QLocale());

    // Items matching `text` (at most `limit`), each with its causes.
    Result<QList<Match>> search(const QString &text, int limit = 20);
    // Checked between items (from any thread); when set, search() stops
    // with Error::Code::Cancelled.
    void setCancelFlag(const std::atomic_bool *flag) { m_cancel = flag; }

    static std::optional<Symptom> symptomOf(ReasonCode code);
    static QString symptomText(Symptom symptom);

private:
    Result<void> addMailboxCause(const OrgStore::ItemMatch &item, Match &match);

    OrgStore &m_store;
    Explainer m_explainer;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace SyncLens
