#pragma once

#include "fetchxml/fetchquery.h"
#include "fetchxml/scopepreview.h"

#include <QDateTime>
#include <QMetaType>

#include <memory>
#include <optional>
#include <vector>

namespace SyncLens {

// One preview to compute: a user's enabled filters of a type as stored, and
// as they would be (ScopePreviewer::preview). The edited filter comes first
// in `proposed`, so that leaving records name the condition of that filter.
struct PreviewRequest
{
    QString userId;
    QString type;
    std::vector<FetchQuery> current;
    std::vector<FetchQuery> proposed;
};

// What came back: the preview or the error, and how long it took.
struct PreviewOutcome
{
    quint64 id = 0;
    bool supersedable = true;
    QString userId;
    QString type;
    std::optional<ScopePreview> preview;
    QString error;
    QDateTime now;        // the org's clock the relative dates counted from
    double computeMs = 0; // compiling and evaluating the filters
    double loadMs = 0;    // reading the records first, when this request did
};

using PreviewOutcomePtr = std::shared_ptr<const PreviewOutcome>;

} // namespace SyncLens

Q_DECLARE_METATYPE(SyncLens::PreviewRequest)
Q_DECLARE_METATYPE(SyncLens::PreviewOutcomePtr)
