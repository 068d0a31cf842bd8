#pragma once

#include "evaluationcontext.h"
#include "fetchquery.h"
#include "model/orgsettings.h"
#include "model/result.h"
#include "snapshotset.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace SyncLens {

// What a change of one user's filters of one record type does to scope
// (sss-model §3): which records enter, leave or stay, and what that means on
// each side. Filters restrict only CRM → Exchange; the consequences say so.
struct ScopePreview
{
    enum class Group
    {
        Entering,
        Leaving,
        Staying
    };

    struct Record
    {
        QString id;
        int row = -1; // in the snapshot of the type
        // Leaving records: the proposed filter and the first of its conditions
        // that the record now fails.
        int failingFilter = -1;
        std::optional<FetchCondition> failingCondition;
    };

    // The consequence of one group, as data and as a sentence.
    struct Consequence
    {
        Group group = Group::Staying;
        int count = 0;
        bool createdInOutlook = false;   // entering: created at the next cycle
        bool removedFromOutlook = false; // leaving with sync.outOfScope = delete
        bool staysInOutlook = false;
        bool receivesCrmChanges = false;
        bool outlookEditsChangeCrm = false; // the one-way trap
        QString sentence;                   // translated
    };

    QString type;
    std::vector<Record> entering;
    std::vector<Record> leaving;
    std::vector<Record> staying;
    int outside = 0; // out of scope before and after

    std::vector<Consequence> consequences() const;

    OutOfScopeAction outOfScope = OutOfScopeAction::Keep;
};

class ScopePreviewer
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::ScopePreviewer)

public:
    // `current` and `proposed` are a user's enabled filters of `type` (a record
    // is in scope when any one matches; none: nothing is in scope). The
    // snapshots must hold the columns of both sets (SnapshotSet::collectColumns).
    static Result<ScopePreview> preview(const QString &type, const std::vector<FetchQuery> &current,
                                        const std::vector<FetchQuery> &proposed,
                                        const SnapshotSet &snapshots,
                                        const EvaluationContext &context,
                                        OutOfScopeAction outOfScope);

    // "%n appointment(s)", "%n contact(s)", …
    static QString countedRecords(const QString &type, int n);
};

} // namespace SyncLens
