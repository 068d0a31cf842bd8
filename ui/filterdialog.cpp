#include "filterdialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace SyncLens {

namespace {

QLabel *selectable(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

FilterDialog::FilterDialog(const SyncFilter &filter, const QString &ownerName,
                           const QString &sentence, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("filterDialog"));
    //: %1 the filter's name
    setWindowTitle(tr("Sync Filter “%1”").arg(filter.name));
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), selectable(filter.name, QStringLiteral("filterName"), this));
    form->addRow(tr("Owner:"), selectable(ownerName, QStringLiteral("filterOwner"), this));
    form->addRow(tr("Status:"), selectable(filter.enabled ? tr("Enabled") : tr("Switched off"),
                                           QStringLiteral("filterStatus"), this));
    QLabel *selects = selectable(sentence, QStringLiteral("filterSentence"), this);
    selects->setAccessibleName(tr("What the filter selects"));
    form->addRow(tr("Selects:"), selects);

    auto *xml = new QPlainTextEdit(filter.fetchXml, this);
    xml->setObjectName(QStringLiteral("filterFetchXml"));
    xml->setAccessibleName(tr("FetchXML"));
    xml->setReadOnly(true);
    xml->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    xml->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *xmlLabel = new QLabel(tr("&FetchXML:"), this);
    xmlLabel->setBuddy(xml);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(xmlLabel);
    layout->addWidget(xml, 1);
    layout->addWidget(buttons);
    resize(640, 420);
}

} // namespace SyncLens
