#include "conditiontreeeditor.h"

#include "conditiongroupwidget.h"

#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace SyncLens {

namespace {

bool usesLinkedEntity(const FetchFilter &filter)
{
    for (const FetchCondition &c : filter.conditions) {
        if (!c.entityName.isEmpty())
            return true;
    }
    return std::any_of(filter.filters.begin(), filter.filters.end(), usesLinkedEntity);
}

// The root group the editor shows for a query's entity.
FetchFilter rootOf(const FetchQuery &query)
{
    return query.entity.filters.empty() ? FetchFilter{} : query.entity.filters.front();
}

// Positions are not part of a condition's meaning: compare without them.
bool sameConditions(const FetchFilter &a, const FetchFilter &b)
{
    return a == b; // FetchCondition's equality ignores positions
}

} // namespace

ConditionTreeEditor::ConditionTreeEditor(QWidget *parent)
    : QWidget(parent)
    , m_notice(new QLabel(this))
    , m_scroll(new QScrollArea(this))
{
    setObjectName(QStringLiteral("conditionEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_notice->setObjectName(QStringLiteral("conditionNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setMargin(6);
    m_notice->hide();
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setAccessibleName(tr("Conditions"));
    layout->addWidget(m_notice);
    layout->addWidget(m_scroll, 1);
    rebuild(FetchFilter{});
}

void ConditionTreeEditor::setContext(const ConditionContext &context)
{
    m_context = context;
    m_shown.reset();
    rebuild(m_root ? m_root->filter() : FetchFilter{});
}

std::optional<QString> ConditionTreeEditor::unsupportedReason(const FetchQuery &query)
{
    if (!query.entity.links.empty())
        return tr("This filter joins related records (<link-entity>), which the condition "
                  "editor cannot show. Edit it as FetchXML; the sentence and the preview "
                  "follow.");
    if (query.entity.filters.size() > 1)
        return tr("This filter has several top-level <filter> elements, which the condition "
                  "editor cannot show. Edit it as FetchXML; the sentence and the preview "
                  "follow.");
    if (!query.entity.filters.empty() && usesLinkedEntity(query.entity.filters.front()))
        return tr("This filter has conditions on related records (entityname), which the "
                  "condition editor cannot show. Edit it as FetchXML.");
    return std::nullopt;
}

void ConditionTreeEditor::setQuery(const FetchQuery &query)
{
    if (const auto reason = unsupportedReason(query)) {
        m_blocked = true;
        m_shown.reset();
        rebuild(FetchFilter{});
        m_root->setEnabled(false);
        showNotice(*reason);
        return;
    }
    const bool wasBlocked = m_blocked;
    m_blocked = false;
    m_notice->hide();
    m_root->setEnabled(true);
    const FetchFilter root = rootOf(query);
    if (!wasBlocked && m_shown && sameConditions(*m_shown, root))
        return;
    rebuild(root);
}

void ConditionTreeEditor::setBlocked(const QString &reason)
{
    m_blocked = true;
    m_root->setEnabled(false);
    showNotice(reason);
}

void ConditionTreeEditor::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->show();
}

QString ConditionTreeEditor::notice() const
{
    return m_notice->isVisible() ? m_notice->text() : QString();
}

FetchFilter ConditionTreeEditor::filter() const
{
    return m_root->filter();
}

void ConditionTreeEditor::rebuild(const FetchFilter &root)
{
    const int scrolled = m_scroll->verticalScrollBar()->value();
    auto *group = new ConditionGroupWidget(root, &m_context, true);
    connect(group, &ConditionGroupWidget::edited, this, [this] {
        m_shown = m_root->filter();
        Q_EMIT edited(*m_shown);
    });
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(group);
    layout->addStretch(1);
    delete m_scroll->takeWidget();
    m_scroll->setWidget(page);
    m_root = group;
    m_shown = root;
    m_scroll->verticalScrollBar()->setValue(scrolled);
}

} // namespace SyncLens
