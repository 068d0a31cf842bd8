#include "newsandboxdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>

namespace SyncLens {

NewSandboxDialog::NewSandboxDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("New Sandbox Org"));
    auto spin = [this](const QString &name, int min, int max, int value,
                       const QString &accessible) {
        auto *box = new QSpinBox(this);
        box->setObjectName(name);
        box->setRange(min, max);
        box->setValue(value);
        box->setGroupSeparatorShown(true);
        box->setAccessibleName(accessible);
        return box;
    };
    m_users = spin(QStringLiteral("usersSpin"), 1, 10000, 25, tr("Number of users"));
    m_items = spin(QStringLiteral("itemsSpin"), 0, 50000000, 20000, tr("Number of items"));
    m_items->setSingleStep(1000);
    m_seed = spin(QStringLiteral("seedSpin"), 0, 2147483647, 1, tr("Seed"));
    m_seed->setToolTip(tr("The same seed always gives the same org."));
    m_history = spin(QStringLiteral("historySpin"), 0, SandboxSpec::MaxHistoryDays,
                     SandboxSpec::DemoHistoryDays, tr("Days of history"));
    m_history->setSuffix(tr(" days"));
    m_history->setToolTip(tr("The org lives these days before you get it: email arrives, "
                             "meetings move, filters change, and the engine runs its cycles "
                             "across them, so the timeline tells what happened when."));

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("pathEdit"));
    m_path->setAccessibleName(tr("Org file"));
    m_path->setText(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                        .filePath(QStringLiteral("sandbox.db")));
    auto *browse = new QPushButton(tr("Choose…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path);
    pathRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Users:"), m_users);
    form->addRow(tr("&Items:"), m_items);
    form->addRow(tr("&Seed:"), m_seed);
    form->addRow(tr("&History:"), m_history);
    form->addRow(tr("&File:"), pathRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Create"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &NewSandboxDialog::choosePath);
    connect(m_path, &QLineEdit::textChanged, this, &NewSandboxDialog::updateOkButton);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOkButton();
}

SandboxSpec NewSandboxDialog::spec() const
{
    SandboxSpec spec;
    spec.users = m_users->value();
    spec.items = m_items->value();
    spec.seed = quint64(m_seed->value());
    spec.historyDays = m_history->value();
    return spec;
}

QString NewSandboxDialog::path() const
{
    return m_path->text().trimmed();
}

void NewSandboxDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

void NewSandboxDialog::choosePath()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("New Sandbox Org"), path(),
                                                        tr("SyncLens orgs (*.db);;All files (*)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void NewSandboxDialog::updateOkButton()
{
    m_ok->setEnabled(!path().isEmpty());
}

} // namespace SyncLens
