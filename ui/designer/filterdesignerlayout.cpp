// FilterDesignerWindow: the widgets, menus and tool bar of the window, and
// how they are wired to the draft, the engine and the preview.
#include "conditiontreeeditor.h"
#include "fetchxmleditor.h"
#include "filterdesignerwindow.h"
#include "filterhistorypanel.h"
#include "filterlistpanel.h"
#include "previewpanel.h"
#include "previewrunner.h"
#include "sync/syncengine.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace SyncLens {

QWidget *FilterDesignerWindow::buildDraftBanner()
{
    m_banner = new QWidget(this);
    m_banner->setObjectName(QStringLiteral("draftBanner"));
    m_banner->setAutoFillBackground(true);
    m_banner->setStyleSheet(QStringLiteral(
        "#draftBanner { background: #e6f0ff; border: 1px solid #8fb0e0; border-radius: 3px; }"
        " #draftBanner QLabel { color: #102040; }"));
    auto *layout = new QHBoxLayout(m_banner);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setWordWrap(true);
    auto *restore = new QPushButton(tr("Bring &back"), m_banner);
    restore->setObjectName(QStringLiteral("restoreDrafts"));
    auto *discard = new QPushButton(tr("D&iscard them"), m_banner);
    discard->setObjectName(QStringLiteral("discardDrafts"));
    layout->addWidget(m_bannerText, 1);
    layout->addWidget(restore);
    layout->addWidget(discard);
    connect(restore, &QPushButton::clicked, this, &FilterDesignerWindow::restoreKeptDrafts);
    connect(discard, &QPushButton::clicked, this, &FilterDesignerWindow::discardKeptDrafts);
    m_banner->hide();
    return m_banner;
}

QWidget *FilterDesignerWindow::buildEditorArea()
{
    auto *area = new QWidget(this);
    auto *layout = new QVBoxLayout(area);
    layout->setContentsMargins(4, 0, 0, 0);
    auto *header = new QHBoxLayout;
    m_name = new QLineEdit(area);
    m_name->setObjectName(QStringLiteral("filterName"));
    m_name->setAccessibleName(tr("Filter name"));
    auto *nameLabel = new QLabel(tr("&Name:"), area);
    nameLabel->setBuddy(m_name);
    m_enabled = new QCheckBox(tr("&Enabled"), area);
    m_enabled->setObjectName(QStringLiteral("filterEnabled"));
    m_typeLabel = new QLabel(area);
    m_typeLabel->setObjectName(QStringLiteral("filterType"));
    header->addWidget(nameLabel);
    header->addWidget(m_name, 1);
    header->addWidget(m_enabled);
    header->addWidget(m_typeLabel);
    layout->addLayout(header);
    layout->addWidget(buildDraftBanner());

    m_sentence = new QLabel(area);
    m_sentence->setObjectName(QStringLiteral("filterSentence"));
    m_sentence->setWordWrap(true);
    m_sentence->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_sentence->setFrameShape(QFrame::StyledPanel);
    m_sentence->setMargin(8);
    QFont larger = m_sentence->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.15);
    m_sentence->setFont(larger);
    m_sentence->setAccessibleName(tr("The filter in plain language"));
    layout->addWidget(m_sentence);

    m_tree = new ConditionTreeEditor(area);
    m_xml = new FetchXmlEditor(area);
    m_xmlError = new QLabel(area);
    m_xmlError->setObjectName(QStringLiteral("fetchXmlError"));
    m_xmlError->setWordWrap(true);
    m_xmlError->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_xmlError->hide();
    auto *xmlSide = new QWidget(area);
    auto *xmlLayout = new QVBoxLayout(xmlSide);
    xmlLayout->setContentsMargins(0, 0, 0, 0);
    xmlLayout->addWidget(m_xml, 1);
    xmlLayout->addWidget(m_xmlError);
    auto *editors = new QSplitter(Qt::Horizontal, area);
    editors->setObjectName(QStringLiteral("editorsSplitter"));
    editors->addWidget(m_tree);
    editors->addWidget(xmlSide);
    editors->setSizes({600, 660}); // FetchXML lines are long

    m_preview = new PreviewPanel(area);
    m_history = new FilterHistoryPanel(area);
    m_bottomTabs = new QTabWidget(area);
    m_bottomTabs->setObjectName(QStringLiteral("bottomTabs"));
    m_bottomTabs->addTab(m_preview, tr("&Preview"));
    m_bottomTabs->addTab(m_history, tr("&History"));
    auto *vertical = new QSplitter(Qt::Vertical, area);
    vertical->addWidget(editors);
    vertical->addWidget(m_bottomTabs);
    vertical->setSizes({430, 470});
    layout->addWidget(vertical, 1);
    m_preview->setDescriber(&m_describer);
    m_preview->setKeyFieldReader([this](const QString &id) { return keyFields(id); });
    return area;
}

void FilterDesignerWindow::buildActions()
{
    QMenu *filterMenu = menuBar()->addMenu(tr("&Filter"));
    QToolBar *bar = addToolBar(tr("Filter"));
    bar->setObjectName(QStringLiteral("designerToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto add = [&](QAction *&action, const QString &text, const char *name, QKeySequence shortcut) {
        action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(shortcut);
        filterMenu->addAction(action);
        bar->addAction(action);
    };
    add(m_saveAction, tr("&Save…"), "saveFilter", QKeySequence::Save);
    add(m_discardAction, tr("&Discard Changes"), "discardChanges", QKeySequence());
    add(m_undoChangeAction, tr("&Undo Last Change…"), "undoChange",
        QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Z));
    filterMenu->addSeparator();
    bar->addSeparator();
    add(m_bulkAction, tr("&Apply to Other Users…"), "applyToUsers", QKeySequence());
    filterMenu->addSeparator();
    QAction *close = filterMenu->addAction(tr("&Close"), QKeySequence::Close);
    connect(close, &QAction::triggered, this, &QWidget::close);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    m_undoEditAction = editMenu->addAction(tr("&Undo Edit"), QKeySequence::Undo);
    m_undoEditAction->setObjectName(QStringLiteral("undoEdit"));
    m_redoEditAction = editMenu->addAction(tr("&Redo Edit"), QKeySequence::Redo);
    m_redoEditAction->setObjectName(QStringLiteral("redoEdit"));
    m_undoEditAction->setEnabled(false);
    m_redoEditAction->setEnabled(false);

    // Alt+1…4 move between the parts: keyboard users need no mouse to get around.
    QMenu *goMenu = menuBar()->addMenu(tr("&Go"));
    const QList<QPair<QString, QWidget *>> parts{{tr("Filter &List"), m_listPanel->view()},
                                                 {tr("&Conditions"), m_tree},
                                                 {tr("Fetch&XML"), m_xml},
                                                 {tr("&Preview"), m_bottomTabs}};
    for (int i = 0; i < parts.size(); ++i) {
        QWidget *target = parts[i].second;
        goMenu->addAction(parts[i].first, QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)), target,
                          [target] { target->setFocus(Qt::ShortcutFocusReason); });
    }
}

void FilterDesignerWindow::connectParts()
{
    connect(m_listPanel, &FilterListPanel::currentFilterChanged, this,
            &FilterDesignerWindow::onCurrentFilterChanged);
    connect(m_listPanel, &FilterListPanel::createRequested, this,
            &FilterDesignerWindow::createFilter);
    connect(m_listPanel, &FilterListPanel::duplicateRequested, this,
            &FilterDesignerWindow::duplicateFilter);
    connect(m_listPanel, &FilterListPanel::deleteRequested, this,
            &FilterDesignerWindow::deleteFilter);
    connect(m_listModel, &FilterListModel::enabledToggled, this,
            [this](const QString &id, bool enabled) {
                openFilter(id);
                m_draft->setEnabled(enabled);
            });
    connect(m_listModel, &FilterListModel::renamed, this,
            [this](const QString &id, const QString &name) {
                openFilter(id);
                m_draft->setName(name);
            });
    connect(m_name, &QLineEdit::textEdited, m_draft, &FilterDraft::setName);
    connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_loading)
            m_draft->setEnabled(on);
    });
    connect(m_draft, &FilterDraft::changed, this, &FilterDesignerWindow::onDraftChanged);
    connect(m_draft, &FilterDraft::textRewritten, m_xml, &FetchXmlEditor::replaceText);
    connect(m_xml, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            m_draft->setText(m_xml->toPlainText());
    });
    connect(m_tree, &ConditionTreeEditor::edited, m_draft, &FilterDraft::setConditions);
    connect(m_xml, &QPlainTextEdit::undoAvailable, m_undoEditAction, &QAction::setEnabled);
    connect(m_xml, &QPlainTextEdit::redoAvailable, m_redoEditAction, &QAction::setEnabled);
    connect(m_undoEditAction, &QAction::triggered, m_xml, &QPlainTextEdit::undo);
    connect(m_redoEditAction, &QAction::triggered, m_xml, &QPlainTextEdit::redo);
    connect(m_saveAction, &QAction::triggered, this, &FilterDesignerWindow::save);
    connect(m_discardAction, &QAction::triggered, this, &FilterDesignerWindow::discardChanges);
    connect(m_undoChangeAction, &QAction::triggered, this, &FilterDesignerWindow::undoLastChange);
    connect(m_bulkAction, &QAction::triggered, this, &FilterDesignerWindow::applyToOtherUsers);
    connect(m_history, &FilterHistoryPanel::restoreRequested, this,
            &FilterDesignerWindow::restoreVersion);
    connect(&m_previewTimer, &QTimer::timeout, this, &FilterDesignerWindow::requestLivePreview);
    connect(&m_autosaveTimer, &QTimer::timeout, this, &FilterDesignerWindow::autosave);
    connect(m_runner, &PreviewRunner::finished, this, &FilterDesignerWindow::onPreviewFinished);
    connect(m_runner, &PreviewRunner::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_preview->showStatus(tr("Reading the org's records for the preview…"));
    });
    if (!m_engine)
        return;
    connect(m_engine, &SyncEngine::filtersChanged, this, &FilterDesignerWindow::onFiltersChanged);
    connect(m_engine, &SyncEngine::filterChangeFailed, this, &FilterDesignerWindow::onChangeFailed);
    // A cycle changes records and the clock: the preview reads them again.
    connect(m_engine, &SyncEngine::cycleFinished, this, [this] {
        m_runner->reload();
        m_keyCache.clear();
        if (m_draft->query())
            m_previewTimer.start();
    });
}

} // namespace SyncLens
