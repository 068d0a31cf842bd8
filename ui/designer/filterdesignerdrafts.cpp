// FilterDesignerWindow: unsaved changes survive a crash. The draft being
// edited is written shortly after each change; the next window for the same
// org and user offers what it finds back.
#include "filterdesignerwindow.h"

#include <QLabel>
#include <QStatusBar>

namespace SyncLens {

void FilterDesignerWindow::autosave()
{
    if (!m_draft->isLoaded())
        return;
    const SyncFilter &f = m_draft->filter();
    if (!m_draft->isDirty()) {
        m_drafts.remove(f.id);
        return;
    }
    if (auto r = m_drafts.save(f, m_draft->isNew()); !r)
        statusBar()->showMessage(tr("Unsaved changes cannot be kept: %1").arg(r.error().message));
}

void FilterDesignerWindow::offerKeptDrafts()
{
    m_offered.clear();
    for (const DraftStore::Draft &d : m_drafts.drafts(m_userId)) {
        const auto stored = std::find_if(m_stored.cbegin(), m_stored.cend(),
                                         [&](const SyncFilter &f) { return f.id == d.filter.id; });
        const bool same = stored != m_stored.cend() && stored->fetchXml == d.filter.fetchXml &&
                          stored->name == d.filter.name && stored->enabled == d.filter.enabled;
        if (same)
            m_drafts.remove(d.filter.id); // saved after all
        else
            m_offered.append(d);
    }
    if (m_offered.isEmpty()) {
        m_banner->hide();
        return;
    }
    QStringList names;
    for (const DraftStore::Draft &d : std::as_const(m_offered))
        names.append(QStringLiteral("“%1”").arg(d.filter.name));
    m_bannerText->setText(tr("Unsaved changes to %n filter(s) were kept from an earlier session: "
                             "%1. Bring them back to go on editing?",
                             nullptr, int(m_offered.size()))
                              .arg(names.join(tr(", "))));
    m_banner->show();
}

void FilterDesignerWindow::restoreKeptDrafts()
{
    QString first;
    for (const DraftStore::Draft &d : std::as_const(m_offered)) {
        const bool stored = std::any_of(m_stored.cbegin(), m_stored.cend(),
                                        [&](const SyncFilter &f) { return f.id == d.filter.id; });
        m_edits.insert(d.filter.id, Edit{d.filter, d.isNew || !stored});
        if (first.isEmpty())
            first = d.filter.id;
    }
    m_offered.clear();
    m_banner->hide();
    // The filter on screen is loaded again with its kept changes.
    const QString current = m_draft->filter().id;
    m_draft->load(SyncFilter{}, false);
    refreshList();
    openFilter(m_edits.contains(current) ? current : first);
    statusBar()->showMessage(tr("The kept changes are back; they are not saved yet."), 8000);
}

void FilterDesignerWindow::discardKeptDrafts()
{
    for (const DraftStore::Draft &d : std::as_const(m_offered))
        m_drafts.remove(d.filter.id);
    m_offered.clear();
    m_banner->hide();
}

} // namespace SyncLens
