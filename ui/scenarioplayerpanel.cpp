#include "scenarioplayerpanel.h"

#include "scenariogallerymodel.h"
#include "scenariosession.h"
#include "scenariostepmodel.h"
#include "synccontrols.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QSplitter>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace SyncLens {

namespace {

QToolButton *toolButtonFor(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setObjectName(action->objectName() + QStringLiteral("Button"));
    return button;
}

// A key that works only while `widget` has the focus, for `action`.
void addLocalKey(QWidget *widget, QAction *action, const QKeySequence &key)
{
    auto *local = new QAction(widget);
    local->setShortcut(key);
    local->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(local, &QAction::triggered, action, &QAction::trigger);
    widget->addAction(local);
}

} // namespace

ScenarioPlayerPanel::ScenarioPlayerPanel(QWidget *parent)
    : QWidget(parent)
    , m_session(new ScenarioSession(this))
    , m_gallery(new ScenarioGalleryModel(this))
    , m_steps(new ScenarioStepModel(m_session, this))
{
    setObjectName(QStringLiteral("scenarioPlayerPanel"));
    createActions();
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("scenarioSplitter"));
    splitter->setChildrenCollapsible(false);
    auto *top = new QWidget(splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(createHeader());
    topLayout->addWidget(createControls());
    topLayout->addWidget(createSteps(), 1);
    splitter->addWidget(top);
    m_detail = new QLabel(splitter);
    m_detail->setObjectName(QStringLiteral("scenarioStepDetail"));
    m_detail->setAccessibleName(tr("The chosen step and its outcome"));
    m_detail->setWordWrap(true);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    connect(m_session, &ScenarioSession::reset, this, &ScenarioPlayerPanel::onReset);
    connect(m_session, &ScenarioSession::stepped, this, &ScenarioPlayerPanel::onStepped);
    connect(m_session, &ScenarioSession::failed, this, &ScenarioPlayerPanel::onFailed);
    connect(m_session, &ScenarioSession::playingChanged, this, &ScenarioPlayerPanel::updateState);
    onReset();
}

// The views outlive this class's members: they may not call back while they go.
ScenarioPlayerPanel::~ScenarioPlayerPanel()
{
    m_session->disconnect(this);
    m_list->selectionModel()->disconnect(this);
    m_galleryCombo->disconnect(this);
}

QAction *ScenarioPlayerPanel::makeAction(const QString &text, const QString &objectName,
                                         const QList<QKeySequence> &keys, const QString &toolTip)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WindowShortcut);
    action->setToolTip(keys.isEmpty()
                           ? toolTip
                           : QStringLiteral("%1 (%2)").arg(
                                 toolTip, keys.first().toString(QKeySequence::NativeText)));
    addAction(action);
    return action;
}

void ScenarioPlayerPanel::createActions()
{
    m_open =
        makeAction(tr("&Open Scenario…"), QStringLiteral("openScenarioAction"),
                   {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)}, tr("Open a scenario file"));
    m_close = makeAction(tr("&Close Scenario"), QStringLiteral("closeScenarioAction"),
                         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W)},
                         tr("Close the scenario: the views show the org again"));
    m_step = makeAction(tr("&Step"), QStringLiteral("stepScenarioAction"),
                        {QKeySequence(Qt::Key_F10)}, tr("Play the next step"));
    m_play =
        makeAction(tr("&Play"), QStringLiteral("playScenarioAction"), {QKeySequence(Qt::Key_F9)},
                   tr("Play the steps at the chosen pace, or pause"));
    m_rewind = makeAction(tr("&Rewind"), QStringLiteral("rewindScenarioAction"),
                          {QKeySequence(Qt::CTRL | Qt::Key_F10)}, tr("Back to the start"));
    m_step->setIcon(style()->standardIcon(QStyle::SP_MediaSkipForward));
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_rewind->setIcon(style()->standardIcon(QStyle::SP_MediaSkipBackward));
    m_open->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    connect(m_open, &QAction::triggered, this, &ScenarioPlayerPanel::chooseFile);
    connect(m_close, &QAction::triggered, m_session, &ScenarioSession::close);
    connect(m_step, &QAction::triggered, m_session, [this] {
        m_session->pause();
        m_session->step();
    });
    connect(m_play, &QAction::triggered, this, &ScenarioPlayerPanel::togglePlay);
    connect(m_rewind, &QAction::triggered, m_session, &ScenarioSession::rewind);
}

QList<QAction *> ScenarioPlayerPanel::menuActions() const
{
    return {m_open, m_close, m_step, m_play, m_rewind};
}

QWidget *ScenarioPlayerPanel::createHeader()
{
    auto *header = new QWidget(this);
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_galleryCombo = new QComboBox(header);
    m_galleryCombo->setObjectName(QStringLiteral("scenarioGallery"));
    m_galleryCombo->setAccessibleName(tr("Scenario gallery"));
    m_galleryCombo->setModel(m_gallery);
    m_galleryCombo->setPlaceholderText(tr("Choose a scenario from the gallery…"));
    m_galleryCombo->setCurrentIndex(-1);
    m_galleryCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_galleryCombo->setMinimumContentsLength(24);
    connect(m_galleryCombo, &QComboBox::activated, this, &ScenarioPlayerPanel::onGalleryChosen);
    auto *label = new QLabel(tr("&Gallery:"), header);
    label->setBuddy(m_galleryCombo);
    row->addWidget(label);
    row->addWidget(m_galleryCombo, 1);
    row->addWidget(toolButtonFor(m_open, header));
    row->addWidget(toolButtonFor(m_close, header));
    layout->addLayout(row);
    m_error = new QLabel(header);
    m_error->setObjectName(QStringLiteral("scenarioError"));
    m_error->setAccessibleName(tr("Why the scenario did not open"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_error->setFrameShape(QFrame::StyledPanel);
    m_error->hide();
    layout->addWidget(m_error);
    m_title = new QLabel(header);
    m_title->setObjectName(QStringLiteral("scenarioTitle"));
    m_title->setTextFormat(Qt::RichText);
    m_title->setWordWrap(true);
    m_title->setAccessibleName(tr("Scenario title"));
    m_story = new QLabel(header);
    m_story->setObjectName(QStringLiteral("scenarioStory"));
    m_story->setAccessibleName(tr("Scenario story"));
    m_story->setWordWrap(true);
    m_story->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    layout->addWidget(m_story);
    return header;
}

QWidget *ScenarioPlayerPanel::createControls()
{
    auto *controls = new QWidget(this);
    auto *row = new QHBoxLayout(controls);
    row->setContentsMargins(0, 0, 0, 0);
    for (QAction *action : {m_rewind, m_step, m_play})
        row->addWidget(toolButtonFor(action, controls));
    m_pace = new QComboBox(controls);
    m_pace->setObjectName(QStringLiteral("scenarioPace"));
    m_pace->setAccessibleName(tr("Time between steps while playing"));
    for (const SyncControls::Choice &choice : SyncControls::intervalChoices())
        m_pace->addItem(choice.text, choice.value);
    m_pace->setCurrentIndex(m_pace->findData(ScenarioSession::DefaultIntervalMs));
    connect(m_pace, &QComboBox::currentIndexChanged, m_session,
            [this] { m_session->setIntervalMs(m_pace->currentData().toInt()); });
    auto *label = new QLabel(tr("P&ace:"), controls);
    label->setBuddy(m_pace);
    row->addWidget(label);
    row->addWidget(m_pace);
    m_position = new QLabel(controls);
    m_position->setObjectName(QStringLiteral("scenarioPosition"));
    m_position->setAccessibleName(tr("Position in the scenario"));
    row->addWidget(m_position, 1);
    m_summary = new QLabel(controls);
    m_summary->setObjectName(QStringLiteral("scenarioSummary"));
    m_summary->setAccessibleName(tr("Checks passed and failed"));
    row->addWidget(m_summary);
    return controls;
}

QWidget *ScenarioPlayerPanel::createSteps()
{
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("scenarioSteps"));
    m_list->setAccessibleName(tr("The scenario's steps"));
    m_list->setModel(m_steps);
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    addLocalKey(m_list, m_step, QKeySequence(Qt::Key_Right));
    addLocalKey(m_list, m_rewind, QKeySequence(Qt::Key_Home));
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ScenarioPlayerPanel::showDetail);
    return m_list;
}

bool ScenarioPlayerPanel::openScenario(const QString &path)
{
    if (auto opened = m_session->open(path); !opened) {
        //: %1 the loader's message, FILE:LINE:COLUMN: problem
        m_error->setText(tr("This scenario cannot be opened:\n%1").arg(opened.error().message));
        m_error->show();
        // The gallery shows the scenario that is still open, not the refused one.
        m_galleryCombo->setCurrentIndex(m_gallery->rowOf(m_session->path()));
        return false;
    }
    m_error->hide();
    m_error->clear();
    return true;
}

QString ScenarioPlayerPanel::errorText() const
{
    return m_error->text();
}

void ScenarioPlayerPanel::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Scenario"),
                                                      QFileInfo(m_session->path()).absolutePath(),
                                                      tr("Scenarios (*.json);;All files (*)"));
    if (!path.isEmpty())
        openScenario(path);
}

void ScenarioPlayerPanel::onGalleryChosen(int row)
{
    const QString path = m_gallery->index(row).data(ScenarioGalleryModel::PathRole).toString();
    if (!path.isEmpty() && path != m_session->path())
        openScenario(path);
}

void ScenarioPlayerPanel::onReset()
{
    const bool open = m_session->isOpen();
    m_galleryCombo->setCurrentIndex(m_gallery->rowOf(m_session->path()));
    if (open) {
        m_title->setText(QStringLiteral("<b><big>%1</big></b>")
                             .arg(m_session->scenario().title.toHtmlEscaped()));
        m_story->setText(m_session->scenario().story);
    } else {
        m_title->setText(QStringLiteral("<b><big>%1</big></b>").arg(tr("No scenario is open")));
        m_story->setText(tr("Choose one from the gallery or open a file: the Timeline and "
                            "Explain then show the scenario's own small org, step by step."));
    }
    m_story->setVisible(!m_story->text().isEmpty());
    m_list->clearSelection();
    m_detail->clear();
    updateState();
}

void ScenarioPlayerPanel::onStepped(int index)
{
    const QModelIndex current = m_steps->index(index);
    m_list->setCurrentIndex(current);
    m_list->scrollTo(current, QAbstractItemView::PositionAtCenter);
    updateState();
}

void ScenarioPlayerPanel::onFailed(const QString &message)
{
    m_detail->setText(tr("The scenario stopped: %1").arg(message));
    updateState();
}

void ScenarioPlayerPanel::togglePlay()
{
    if (m_session->isPlaying())
        m_session->pause();
    else
        m_session->play();
}

void ScenarioPlayerPanel::showDetail()
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid()) {
        m_detail->clear();
        return;
    }
    const QString result = m_steps->resultText(index.row());
    const QString text = m_steps->index(index.row()).data(Qt::DisplayRole).toString();
    m_detail->setText(result.isEmpty() ? text : text + u'\n' + result);
}

void ScenarioPlayerPanel::updateState()
{
    const bool open = m_session->isOpen();
    const bool playing = m_session->isPlaying();
    m_close->setEnabled(open);
    m_step->setEnabled(open && !m_session->atEnd());
    m_rewind->setEnabled(open && m_session->position() > 0);
    m_play->setEnabled(open && (playing || !m_session->atEnd()));
    m_play->setText(playing ? tr("&Pause") : tr("&Play"));
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    if (!open)
        m_position->clear();
    else if (m_session->position() == 0)
        m_position->setText(
            tr("Ready: %n step(s). Press F10 to play the first.", nullptr, m_session->stepCount()));
    else if (m_session->atEnd())
        m_position->setText(tr("The end: all %n step(s) played.", nullptr, m_session->stepCount()));
    else
        //: %1 the steps played, %2 all steps
        m_position->setText(
            tr("Step %1 of %2").arg(m_session->position()).arg(m_session->stepCount()));
    m_summary->setText(open ? tr("Checks: %1 passed, %2 failed")
                                  .arg(m_session->passedCount())
                                  .arg(m_session->failedCount())
                            : QString());
    showDetail();
}

} // namespace SyncLens
