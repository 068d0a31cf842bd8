#pragma once

#include "fetchxml/fetchquery.h"
#include "fetchxml/scopepreview.h"
#include "livefiltercheck.h"
#include "livefilteroutcome.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <optional>
#include <vector>

namespace SyncLens {

// The records two versions of one filter disagree on (the conflict view).
struct LiveVersionDifference
{
    QStringList onlyOurs;   // in scope with our version, not with theirs
    QStringList onlyTheirs; // in scope with theirs, not with ours
};

// What the designer says about writes to a live org and the check against
// Dataverse, as sentences: kept here so that they are tested without a
// window (tst_livewritetext).
class LiveWriteText
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::LiveWriteText)

public:
    // "1,284 appointments", "1 task" in the locale's digits.
    static QString counted(const QString &type, qint64 n, const QLocale &locale = {});
    // "12 appointments enter the scope, 3 leave it, 40 stay."
    static QString counts(const ScopePreview &preview, const QLocale &locale = {});
    // sss-model §2: filters restrict only CRM → Exchange.
    static QString oneWayWarning();
    // The confirmation before a write: the counts, the one-way warning, and
    // that the org `host` is changed for real.
    static QString confirmation(const ScopePreview &preview, const QString &host,
                                const QLocale &locale = {});
    // The confirmation of a filter SyncLens cannot evaluate (`why`).
    static QString withoutPreview(const QString &why, const QString &host);

    // The preview that shows a conflict's record difference: `theirs` in
    // place now (current), `ours` instead (proposed), next to the user's
    // other enabled filters of the type. Entering records are then ours
    // alone, leaving ones theirs alone.
    static std::pair<std::vector<FetchQuery>, std::vector<FetchQuery>>
    conflictQueries(const std::optional<SyncFilter> &theirs, const SyncFilter &ours,
                    const QList<SyncFilter> &others);
    static LiveVersionDifference difference(const ScopePreview &preview);

    // "Dataverse agrees: 1,284 of 1,284" or "Dataverse differs on 3 of 1,287 records".
    static QString checkResult(const LiveFilterCheck &check, const QLocale &locale = {});
    // "Written", "Conflict", "Forbidden", …, for the bulk table.
    static QString statusText(LiveFilterOutcome::Status status);
    // "4 written, 1 conflict, 1 forbidden: nothing else was written."
    static QString bulkSummary(const QList<LiveFilterOutcome> &outcomes,
                               const QLocale &locale = {});
};

} // namespace SyncLens
