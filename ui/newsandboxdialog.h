#pragma once

#include "sandbox/sandboxspec.h"

#include <QDialog>

class QLineEdit;
class QSpinBox;
class QPushButton;

namespace SyncLens {

// Asks for a new sandbox org: how many users and items, which seed, where.
class NewSandboxDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewSandboxDialog)

public:
    explicit NewSandboxDialog(QWidget *parent = nullptr);

    SandboxSpec spec() const;
    QString path() const;
    void setPath(const QString &path);

private:
    void choosePath();
    void updateOkButton();

    QSpinBox *m_users;
    QSpinBox *m_items;
    QSpinBox *m_seed;
    QSpinBox *m_history;
    QLineEdit *m_path;
    QPushButton *m_ok;
};

} // namespace SyncLens
