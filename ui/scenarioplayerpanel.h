#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QListView;
class QPushButton;

namespace SyncLens {

class ScenarioGalleryModel;
class ScenarioSession;
class ScenarioStepModel;

// The Scenario player dock: open a scenario file or pick one of the bundled
// gallery (its title and story shown), then step (F10, or → in the list),
// play at a pace and pause (F9), rewind to the start (Ctrl+F10, or Home in
// the list), close (Ctrl+Shift+W). Each step is a line in words; the step
// played last is highlighted; each check shows passed or failed, and what it
// expected and found. The window makes the Timeline and Explain follow the
// session.
class ScenarioPlayerPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScenarioPlayerPanel)

public:
    explicit ScenarioPlayerPanel(QWidget *parent = nullptr);
    ~ScenarioPlayerPanel() override;

    ScenarioSession *session() const { return m_session; }
    ScenarioStepModel *stepModel() const { return m_steps; }
    ScenarioGalleryModel *galleryModel() const { return m_gallery; }
    QListView *stepView() const { return m_list; }
    QComboBox *galleryCombo() const { return m_galleryCombo; }
    // Open…, Close, Step, Play/Pause, Rewind: for the window's Scenario menu.
    QList<QAction *> menuActions() const;

    // Opens the scenario at `path`; a file that does not load is refused
    // and its FILE:LINE:COLUMN message shown in the panel (not in a modal
    // box: a trainer in front of a room reads it and opens another).
    bool openScenario(const QString &path);
    // The error of the last file that did not open; empty once one opened.
    QString errorText() const;

private:
    QAction *makeAction(const QString &text, const QString &objectName,
                        const QList<QKeySequence> &keys, const QString &toolTip);
    QWidget *createHeader();
    QWidget *createControls();
    QWidget *createSteps();
    void createActions();
    void chooseFile();
    void onGalleryChosen(int row);
    void onReset();
    void onStepped(int index);
    void onFailed(const QString &message);
    void togglePlay();
    void showDetail();
    void updateState();

    ScenarioSession *m_session;
    ScenarioGalleryModel *m_gallery;
    ScenarioStepModel *m_steps;
    QAction *m_open = nullptr;
    QAction *m_close = nullptr;
    QAction *m_step = nullptr;
    QAction *m_play = nullptr;
    QAction *m_rewind = nullptr;
    QComboBox *m_galleryCombo = nullptr;
    QComboBox *m_pace = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_story = nullptr;
    QLabel *m_position = nullptr;
    QLabel *m_summary = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace SyncLens
