#include "previewpanel.h"

#include "fetchxml/fieldcatalog.h"
#include "model/timetext.h"

#include <QApplication>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace SyncLens {

namespace {

using Group = ScopePreview::Group;

QString groupName(Group group)
{
    switch (group) {
    case Group::Entering:
        return PreviewPanel::tr("Entering");
    case Group::Leaving:
        return PreviewPanel::tr("Leaving");
    case Group::Staying:
        break;
    }
    return PreviewPanel::tr("Staying");
}

// The same within a sentence ("12 leaving"), where only the translation
// knows whether it takes a capital.
QString groupInSentence(Group group)
{
    switch (group) {
    case Group::Entering:
        return PreviewPanel::tr("entering");
    case Group::Leaving:
        return PreviewPanel::tr("leaving");
    case Group::Staying:
        break;
    }
    return PreviewPanel::tr("staying");
}

QString objectPrefix(Group group)
{
    return group == Group::Entering  ? QStringLiteral("entering")
           : group == Group::Leaving ? QStringLiteral("leaving")
                                     : QStringLiteral("staying");
}

} // namespace

PreviewPanel::PreviewPanel(QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("previewPanel"));
    m_status->setObjectName(QStringLiteral("previewStatus"));
    m_status->setWordWrap(true);
    m_warning->setObjectName(QStringLiteral("oneWayWarning"));
    m_warning->setWordWrap(true);
    m_warning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Amber with dark text: read as a warning in light and dark themes alike.
    m_warning->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4ce; color: #3b2f00; border: 1px solid #e0b000;"
                       " border-radius: 3px; padding: 6px; }"));
    m_warning->hide();
    m_tabs->setObjectName(QStringLiteral("previewTabs"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(buildCounts());
    layout->addWidget(m_warning);
    for (Group g : {Group::Leaving, Group::Entering, Group::Staying}) {
        GroupWidgets &w = m_groups[int(g)];
        w.model = new PreviewRecordModel(this);
        w.view = buildView(w.model, objectPrefix(g) + QStringLiteral("Records"));
        m_tabs->addTab(w.view, groupName(g));
    }
    layout->addWidget(m_tabs, 1);
    showStatus(tr("No preview yet."));
}

QWidget *PreviewPanel::buildCounts()
{
    auto *box = new QWidget(this);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    int column = 0;
    for (Group g : {Group::Entering, Group::Leaving, Group::Staying}) {
        GroupWidgets &w = m_groups[int(g)];
        w.count = new QLabel(box);
        w.count->setObjectName(objectPrefix(g) + QStringLiteral("Count"));
        w.count->setFont(big);
        w.sentence = new QLabel(box);
        w.sentence->setObjectName(objectPrefix(g) + QStringLiteral("Sentence"));
        w.sentence->setWordWrap(true);
        w.sentence->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        w.sentence->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(w.count, 0, column);
        grid->addWidget(w.sentence, 1, column);
        grid->setColumnStretch(column, 1);
        ++column;
    }
    return box;
}

QTableView *PreviewPanel::buildView(PreviewRecordModel *model, const QString &name)
{
    auto *view = new QTableView(this);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->setColumnWidth(PreviewRecordModel::Title, 260);
    view->setColumnWidth(PreviewRecordModel::Detail, 150);
    view->setColumnWidth(PreviewRecordModel::Reason, 320);
    view->setWordWrap(false);
    return view;
}

void PreviewPanel::setKeyFieldReader(const PreviewRecordModel::KeyFieldReader &reader)
{
    for (GroupWidgets &w : m_groups)
        w.model->setKeyFieldReader(reader);
}

void PreviewPanel::setDescriber(const FilterDescriber *describer)
{
    for (GroupWidgets &w : m_groups)
        w.model->setDescriber(describer);
}

PreviewRecordModel *PreviewPanel::model(Group group) const
{
    return m_groups[int(group)].model;
}

QTableView *PreviewPanel::view(Group group) const
{
    return m_groups[int(group)].view;
}

void PreviewPanel::showStatus(const QString &text)
{
    m_status->setText(text);
}

void PreviewPanel::showGroup(Group group, const ScopePreview::Consequence &consequence)
{
    GroupWidgets &w = m_groups[int(group)];
    const QString plural = FieldCatalog::standard().pluralInSentence(m_outcome->type);
    //: a count in the preview: %1 a number, %2 "entering", "leaving" or "staying"
    w.count->setText(
        tr("%1 %2").arg(QLocale().toString(consequence.count), groupInSentence(group)));
    w.count->setAccessibleName(
        tr("%1 %2 %3").arg(consequence.count).arg(plural, groupInSentence(group)));
    w.sentence->setText(consequence.sentence);
    w.model->setRecords(m_outcome, group);
    const int tab = m_tabs->indexOf(w.view);
    //: a tab of the preview: "Leaving (12)"
    m_tabs->setTabText(tab,
                       tr("%1 (%2)").arg(groupName(group), QLocale().toString(consequence.count)));
}

void PreviewPanel::showOutcome(const PreviewOutcomePtr &outcome, const QString &userName)
{
    m_outcome = outcome;
    if (!outcome->preview) {
        showStatus(tr("The preview failed: %1").arg(outcome->error));
        return;
    }
    const ScopePreview &preview = *outcome->preview;
    const auto consequences = preview.consequences();
    for (const ScopePreview::Consequence &c : consequences)
        showGroup(c.group, c);
    const ScopePreview::Consequence &leaving = consequences.at(1);
    // Leaving records stay in Outlook and still overwrite CRM: said where it cannot be missed.
    m_warning->setVisible(leaving.count > 0);
    m_warning->setText(leaving.sentence);
    m_groups[int(Group::Leaving)].sentence->setText(leaving.count > 0 ? tr("See the warning below.")
                                                                      : leaving.sentence);
    //: %1 a user, %2 "appointments", %3 the org's date and time (UTC)
    showStatus(tr("For %1's %2, as of %3 UTC (the org's clock); %4 outside the filters.")
                   .arg(userName, FieldCatalog::standard().pluralInSentence(outcome->type),
                        TimeText::format(outcome->now), QLocale().toString(preview.outside)));
}

QString PreviewPanel::summary(const ScopePreview &preview)
{
    QStringList lines;
    for (const ScopePreview::Consequence &c : preview.consequences()) {
        if (c.count > 0 || c.group != Group::Staying)
            lines.append(QStringLiteral("• ") + c.sentence);
    }
    return lines.join(u'\n');
}

} // namespace SyncLens
