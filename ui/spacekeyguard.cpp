#include "spacekeyguard.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace SyncLens {

bool SpaceKeyGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() != Qt::Key_Space || key->modifiers() != Qt::NoModifier)
        return false;
    if (qobject_cast<QAbstractButton *>(watched) || qobject_cast<QComboBox *>(watched) ||
        qobject_cast<QAbstractSpinBox *>(watched) || qobject_cast<QLineEdit *>(watched) ||
        qobject_cast<QTextEdit *>(watched) || qobject_cast<QPlainTextEdit *>(watched)) {
        event->accept(); // the widget's own key press comes next
        return true;
    }
    return false;
}

} // namespace SyncLens
