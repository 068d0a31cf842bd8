// FilterDesignerWindow: the live preview, debounced and computed by the
// PreviewRunner off the UI thread, and the previews that confirmations show.
#include "conditiontreeeditor.h"
#include "fetchxml/fetchxmlparser.h"
#include "filterdesignerwindow.h"
#include "live/livewritetext.h"
#include "liveconflictdialog.h"
#include "previewpanel.h"
#include "previewrunner.h"

namespace SyncLens {

void FilterDesignerWindow::setPreviewDelay(int ms)
{
    m_previewTimer.setInterval(ms);
}

bool FilterDesignerWindow::isPreviewCurrent() const
{
    return m_previewShown && m_shownRevision == m_draft->revision();
}

// The user's enabled filters of `type` as stored, and as they would be with
// `proposed` in place of the filter `filterId` (nothing: without it). The
// changed filter comes first, so leaving records name its failing condition.
PreviewRequest FilterDesignerWindow::requestFor(const QString &filterId,
                                                const std::optional<SyncFilter> &proposed,
                                                const QString &type) const
{
    PreviewRequest request{m_userId, type, {}, {}};
    const FetchXmlParser parser;
    if (proposed && proposed->enabled) {
        if (auto query = parser.parse(proposed->fetchXml))
            request.proposed.push_back(*query);
    }
    for (const SyncFilter &f : m_stored) {
        if (f.type != type || !f.enabled)
            continue;
        auto query = parser.parse(f.fetchXml);
        if (!query)
            continue; // the engine ignores a stored filter that does not parse, too
        request.current.push_back(*query);
        if (f.id != filterId)
            request.proposed.push_back(*query);
    }
    return request;
}

void FilterDesignerWindow::requestLivePreview()
{
    if (!m_draft->query() || saveBlocker())
        return;
    const SyncFilter &f = m_draft->filter();
    m_requestedRevision = m_draft->revision();
    m_previewId = m_runner->request(requestFor(f.id, f, f.type), true);
}

void FilterDesignerWindow::onPreviewFinished(const PreviewOutcomePtr &outcome)
{
    if (m_conflictPreviewId != 0 && outcome->id == m_conflictPreviewId) {
        m_conflictPreviewId = 0;
        if (!m_conflictDialog)
            return;
        if (!outcome->preview)
            return m_conflictDialog->showDifferenceError(outcome->error);
        m_conflictDialog->showDifference(LiveWriteText::difference(*outcome->preview),
                                         outcome->type,
                                         [this](const QString &id) { return recordName(id); });
        return;
    }
    if (m_confirming && outcome->id == m_confirming->previewId) {
        const Confirmation confirmation = *m_confirming;
        m_confirming.reset();
        if (!outcome->preview) {
            m_preview->showStatus(tr("The preview failed: %1").arg(outcome->error));
            return;
        }
        showConfirmation(confirmation, *outcome->preview);
        return;
    }
    if (outcome->id != m_previewId)
        return; // a bulk preview, or an older one
    m_preview->showOutcome(outcome, userName(m_userId));
    m_shownRevision = m_requestedRevision;
    m_previewShown = outcome->preview.has_value();
    Q_EMIT previewShown(m_shownRevision);
    if (isLiveOrg() && m_saveWhenPreviewed && !outcome->preview &&
        m_shownRevision == m_draft->revision()) {
        m_saveWhenPreviewed = false; // SyncLens cannot evaluate it: its own confirmation
        confirmWithoutPreview(m_draft->filter(), outcome->error);
        return;
    }
    if (m_saveWhenPreviewed && isPreviewCurrent()) {
        m_saveWhenPreviewed = false;
        showConfirmation(Confirmation{Change::Save, 0, m_draft->filter(), 0}, *outcome->preview);
    }
}

} // namespace SyncLens
