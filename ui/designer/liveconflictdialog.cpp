#include "liveconflictdialog.h"

#include "fetchxml/fetchxmlparser.h"
#include "fetchxml/fetchxmlwriter.h"
#include "fetchxml/filterdescriber.h"
#include "fetchxml/scopepreview.h"
#include "fetchxmlhighlighter.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace SyncLens {

LiveConflictDialog::LiveConflictDialog(const LiveFilterConflict &conflict,
                                       const FilterDescriber &describer, QWidget *parent)
    : QDialog(parent)
    , m_conflict(conflict)
{
    setObjectName(QStringLiteral("liveConflictDialog"));
    //: %1 a filter's name
    setWindowTitle(tr("“%1” Was Changed in the Org").arg(conflict.ours.name));
    auto *intro = new QLabel(
        conflict.theirs
            ? tr("Someone changed this filter in the org after you opened it. Nothing was "
                 "written: compare both versions and pick one.")
            : tr("Someone removed this filter from the org after you opened it. Nothing was "
                 "written."),
        this);
    intro->setWordWrap(true);
    auto *sides = new QHBoxLayout;
    sides->addWidget(
        side(tr("Theirs: in the org now"), conflict.theirs, describer, "theirs", m_onlyTheirs));
    sides->addWidget(
        side(tr("Ours: as you edited it"), conflict.ours, describer, "ours", m_onlyOurs));
    m_difference = new QLabel(tr("Comparing the records each version puts in scope…"), this);
    m_difference->setObjectName(QStringLiteral("conflictDifference"));
    m_difference->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *keep =
        buttons->addButton(conflict.theirs ? tr("&Keep Theirs") : tr("&Keep It Removed"),
                           QDialogButtonBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keepTheirsButton"));
    QPushButton *ours = buttons->addButton(conflict.theirs ? tr("&Write Ours over Theirs")
                                                           : tr("&Create Ours Again"),
                                           QDialogButtonBox::DestructiveRole);
    ours->setObjectName(QStringLiteral("writeOursButton"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true); // nothing blindly
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(sides, 1);
    layout->addWidget(m_difference);
    layout->addWidget(buttons);
    connect(keep, &QPushButton::clicked, this, [this] {
        Q_EMIT keepTheirsChosen();
        accept();
    });
    connect(ours, &QPushButton::clicked, this, [this] {
        Q_EMIT writeOursChosen();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(1100, 640);
}

QWidget *LiveConflictDialog::side(const QString &title, const std::optional<SyncFilter> &filter,
                                  const FilterDescriber &describer, const char *name,
                                  QListWidget *&only)
{
    auto *box = new QGroupBox(title, this);
    box->setObjectName(QLatin1String(name) + QStringLiteral("Side"));
    auto *layout = new QVBoxLayout(box);
    auto *sentence = new QLabel(box);
    sentence->setObjectName(QLatin1String(name) + QStringLiteral("Sentence"));
    sentence->setWordWrap(true);
    sentence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *xml = new QPlainTextEdit(box);
    xml->setObjectName(QLatin1String(name) + QStringLiteral("FetchXml"));
    xml->setReadOnly(true);
    xml->setLineWrapMode(QPlainTextEdit::NoWrap);
    new FetchXmlHighlighter(xml->document());
    if (!filter) {
        sentence->setText(tr("(removed from the org)"));
    } else {
        const auto query = FetchXmlParser().parse(filter->fetchXml);
        // Indented, as the designer shows it: the org's text is often one line.
        xml->setPlainText(query ? FetchXmlWriter::write(*query) : filter->fetchXml);
        sentence->setText(
            query ? describer.describe(*query)
                  : tr("(SyncLens cannot read this FetchXML: %1)").arg(query.error().message));
        if (!filter->enabled)
            sentence->setText(tr("(disabled) %1").arg(sentence->text()));
    }
    only = new QListWidget(box);
    only->setObjectName(QLatin1String(name) + QStringLiteral("OnlyRecords"));
    layout->addWidget(sentence);
    layout->addWidget(xml, 2);
    layout->addWidget(new QLabel(tr("Only this version puts in scope:"), box));
    layout->addWidget(only, 1);
    return box;
}

void LiveConflictDialog::showDifference(const LiveVersionDifference &difference,
                                        const QString &type, const RecordName &name)
{
    const auto fill = [&name](QListWidget *list, const QStringList &ids) {
        list->clear();
        for (const QString &id : ids) {
            auto *item = new QListWidgetItem(name(id), list);
            item->setData(Qt::UserRole, id);
        }
    };
    fill(m_onlyTheirs, difference.onlyTheirs);
    fill(m_onlyOurs, difference.onlyOurs);
    if (difference.onlyOurs.isEmpty() && difference.onlyTheirs.isEmpty()) {
        m_difference->setText(tr("Both versions put the same records in the user's scope."));
        return;
    }
    //: %1 and %2 e.g. "3 appointments"
    m_difference->setText(tr("Only theirs puts %1 in the user's scope; only ours puts %2.")
                              .arg(LiveWriteText::counted(type, difference.onlyTheirs.size()),
                                   LiveWriteText::counted(type, difference.onlyOurs.size())));
}

void LiveConflictDialog::showDifferenceError(const QString &message)
{
    m_difference->setText(tr("The records could not be compared: %1").arg(message));
}

} // namespace SyncLens
