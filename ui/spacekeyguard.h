#pragma once

#include <QObject>

namespace SyncLens {

// Space plays and pauses the clock anywhere in the window, except where
// Space already means something: a focused button is pressed, a check box
// toggled, a combo box opened, text typed. This filter claims Space for
// those widgets (by accepting the ShortcutOverride), so keyboard users keep
// them. Install it on the application.
class SpaceKeyGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpaceKeyGuard)

public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace SyncLens
