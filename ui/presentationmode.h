#pragma once

#include <QByteArray>
#include <QFont>
#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QMainWindow;
class QWidget;

namespace SyncLens {

// View ▸ Presentation Mode (F11 or Ctrl+Shift+P), for trainers who project the player: the
// Scenario player, the Timeline and Explain fill the screen side by side in
// large type; the other docks and the toolbars are hidden. Esc, F11 or
// Ctrl+Shift+P leaves, and the window's layout comes back as it was.
//
// Fonts grow by one factor everywhere inside the shown docks, also in
// widgets that set a font of their own (bold titles), and go back exactly.
class PresentationMode final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresentationMode)

public:
    static constexpr double FontScale = 1.6;

    struct Docks
    {
        QDockWidget *player;
        QDockWidget *timeline;
        QDockWidget *explain;
    };

    PresentationMode(QMainWindow *window, Docks docks);

    // Checkable; F11 or Ctrl+Shift+P.
    QAction *toggleAction() const { return m_toggle; }
    bool isActive() const { return m_active; }
    void setActive(bool active);

Q_SIGNALS:
    void activeChanged(bool active);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct SavedFont
    {
        QPointer<QWidget> widget;
        QFont font;
        bool explicitFont;
    };
    void enter();
    void leave();
    void arrangeDocks();
    void enlargeFonts(QWidget *root);
    void restoreFonts();

    QMainWindow *m_window;
    Docks m_docks;
    QAction *m_toggle;
    bool m_active = false;
    QByteArray m_savedState;
    Qt::WindowStates m_savedWindowState;
    QList<SavedFont> m_savedFonts;
};

} // namespace SyncLens
