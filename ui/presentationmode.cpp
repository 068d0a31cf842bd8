#include "presentationmode.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QKeyEvent>
#include <QMainWindow>
#include <QTimer>
#include <QToolBar>

namespace SyncLens {

namespace {

QFont scaled(QFont font, double factor)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(int(font.pixelSize() * factor));
    return font;
}

bool isEscape(QEvent *event)
{
    const auto *key = static_cast<QKeyEvent *>(event);
    return key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier;
}

} // namespace

PresentationMode::PresentationMode(QMainWindow *window, Docks docks)
    : QObject(window)
    , m_window(window)
    , m_docks(docks)
    , m_toggle(new QAction(tr("Presentation &Mode"), this))
{
    m_toggle->setObjectName(QStringLiteral("presentationModeAction"));
    m_toggle->setCheckable(true);
    m_toggle->setShortcuts(
        {QKeySequence(Qt::Key_F11), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)});
    m_toggle->setShortcutContext(Qt::WindowShortcut);
    m_toggle->setToolTip(tr("Large type for a projector: the player, the timeline and the "
                            "explanation fill the screen (F11 or Ctrl+Shift+P; Esc leaves)"));
    connect(m_toggle, &QAction::toggled, this, &PresentationMode::setActive);
    window->addAction(m_toggle);
}

void PresentationMode::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    m_toggle->setChecked(active);
    if (active)
        enter();
    else
        leave();
    Q_EMIT activeChanged(active);
}

void PresentationMode::enter()
{
    m_savedState = m_window->saveState();
    m_savedWindowState = m_window->windowState();
    const auto docks = m_window->findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly);
    for (QDockWidget *dock : docks)
        dock->hide();
    const auto toolBars = m_window->findChildren<QToolBar *>(Qt::FindDirectChildrenOnly);
    for (QToolBar *toolBar : toolBars)
        toolBar->hide();
    arrangeDocks();
    for (QDockWidget *dock : {m_docks.player, m_docks.timeline, m_docks.explain})
        enlargeFonts(dock);
    m_window->setWindowState(m_savedWindowState | Qt::WindowFullScreen);
    // Esc leaves, before the Sync menu's Cancel can claim it (see eventFilter).
    qApp->installEventFilter(this);
}

void PresentationMode::leave()
{
    qApp->removeEventFilter(this);
    restoreFonts();
    m_window->setWindowState(m_savedWindowState);
    m_window->restoreState(m_savedState);
}

// The player and the explanation side by side, the timeline below them,
// whatever the user's own layout.
void PresentationMode::arrangeDocks()
{
    for (QDockWidget *dock : {m_docks.player, m_docks.timeline, m_docks.explain}) {
        dock->setFloating(false);
        dock->show();
    }
    m_window->addDockWidget(Qt::TopDockWidgetArea, m_docks.player);
    m_window->splitDockWidget(m_docks.player, m_docks.explain, Qt::Horizontal);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, m_docks.timeline);
    auto size = [this] {
        if (!m_active)
            return;
        const QSize s = m_window->size();
        m_window->resizeDocks({m_docks.player, m_docks.explain}, {s.width() / 2, s.width() / 2},
                              Qt::Horizontal);
        m_window->resizeDocks({m_docks.player, m_docks.timeline},
                              {s.height() * 55 / 100, s.height() * 45 / 100}, Qt::Vertical);
    };
    size();
    QTimer::singleShot(0, this, size); // again once the window is full screen
}

// A widget that sets its own size (a bold title) does not follow its
// parent's: it grows by itself. One that sets only, say, boldness inherits
// the size and must not grow twice.
void PresentationMode::enlargeFonts(QWidget *root)
{
    QList<QWidget *> sized;
    const auto children = root->findChildren<QWidget *>();
    for (QWidget *child : children) {
        if (child->testAttribute(Qt::WA_SetFont) &&
            (child->font().resolveMask() & QFont::SizeResolved))
            sized.append(child);
    }
    m_savedFonts.append({root, root->font(), root->testAttribute(Qt::WA_SetFont)});
    root->setFont(scaled(root->font(), FontScale));
    for (QWidget *child : std::as_const(sized)) {
        m_savedFonts.append({child, child->font(), true});
        child->setFont(scaled(child->font(), FontScale));
    }
}

void PresentationMode::restoreFonts()
{
    // Children first, then their docks: the reverse of enlarging.
    for (auto it = m_savedFonts.crbegin(); it != m_savedFonts.crend(); ++it) {
        if (it->widget)
            it->widget->setFont(it->explicitFont ? it->font : QFont());
    }
    m_savedFonts.clear();
}

bool PresentationMode::eventFilter(QObject *watched, QEvent *event)
{
    const bool key = event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress;
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!m_active || !key || !widget || widget->window() != m_window || !isEscape(event))
        return false;
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept(); // not a shortcut: the key press comes next, here
        return true;
    }
    setActive(false);
    return true;
}

} // namespace SyncLens
