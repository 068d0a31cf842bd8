#include "columnsizer.h"
#include "mailboxespanel.h"
#include "mainwindow.h"
#include "model/translations.h"
#include "store/orgstore.h"
#include "sync/syncengine.h"
#include "uitest.h"

#include <QHeaderView>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>

using namespace SyncLens;
using namespace SyncLens::UiTest;

// The monitor on a 1366×768 laptop screen (issue 20): the window fits, and
// the Mailboxes dock's tables show their columns sized to their content:
// each title whole or with a tooltip, the mailbox table's last column in
// view, a long reason-code meaning wrapped rather than cut.
class TestTableFit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_org;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_org = m_dir.filePath(QStringLiteral("org.db"));
        SL_VERIFY_OK(createSyncedOrg(m_org, spec(25, 800), 1));
    }

    void init() { QSettings().clear(); }
    void cleanup() { Translations::install(QStringLiteral("en")); }

    void fitsALaptop_data()
    {
        QTest::addColumn<QString>("language");
        // German and French words are longer: their tables scroll sideways.
        QTest::addColumn<bool>("allInView");
        QTest::newRow("English") << QStringLiteral("en") << true;
        QTest::newRow("German") << QStringLiteral("de") << false;
        QTest::newRow("French") << QStringLiteral("fr") << false;
    }

    void fitsALaptop()
    {
        QFETCH(QString, language);
        QFETCH(bool, allInView);
        QCOMPARE(Translations::install(language), language);
        SyncEngineThread engine;
        MainWindow window(engine.engine());
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(openAndWait(window, copyOrg(m_org, m_dir, language + QStringLiteral(".db"))));
        window.resetLayout();

        const QSize minimum = window.minimumSizeHint();
        QVERIFY2(minimum.width() <= 1366 && minimum.height() <= 700,
                 qPrintable(QStringLiteral("%1×%2").arg(minimum.width()).arg(minimum.height())));

        // A mailbox awaiting approval: an alert and a long meaning.
        auto entries = window.store()->journal({}, {}, ReasonCode::MailboxNotApproved, 1);
        SL_VERIFY_OK(entries);
        QVERIFY(!entries->isEmpty());
        QVERIFY(window.mailboxesPanel()->selectMailbox(entries->first().mailboxId));
        QCoreApplication::processEvents();

        for (const char *name : {"mailboxTable", "alertTable", "reasonCountTable"}) {
            auto *table = window.findChild<QTableView *>(QLatin1String(name));
            QVERIFY(table);
            QHeaderView *header = table->horizontalHeader();
            for (int c = 0; c < header->count(); ++c) {
                const QString title =
                    table->model()->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
                const QString tip =
                    table->model()->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString();
                // The mailbox table's titles wrap: whole there, whatever the language.
                const bool whole = ColumnSizer::titleFits(header, c);
                QVERIFY2(whole || (tip == title && qstrcmp(name, "mailboxTable") != 0),
                         qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(name), title)));
            }
        }
        // A meaning ("Postfach nicht genehmigt") wraps in its row, whole.
        auto *counts = window.findChild<QTableView *>(QStringLiteral("reasonCountTable"));
        QVERIFY(counts->model()->rowCount() > 0);
        const QModelIndex meaning = counts->model()->index(0, 1);
        const QRect cell = counts->visualRect(meaning).adjusted(4, 0, -4, 0);
        const QRect needed = counts->fontMetrics().boundingRect(
            QRect(0, 0, cell.width(), 10000), Qt::TextWordWrap, meaning.data().toString());
        QVERIFY2(needed.height() <= cell.height() && needed.width() <= cell.width(),
                 qPrintable(meaning.data().toString()));

        if (!allInView)
            return;
        // Every column in view, the state of each mailbox included.
        QTableView *mailboxes = window.mailboxTable();
        QHeaderView *header = mailboxes->horizontalHeader();
        const int last = header->logicalIndex(header->count() - 1);
        QVERIFY2(header->sectionViewportPosition(last) + header->sectionSizeHint(last) <=
                     mailboxes->viewport()->width(),
                 qPrintable(
                     QStringLiteral("%1 > %2")
                         .arg(header->sectionViewportPosition(last) + header->sectionSizeHint(last))
                         .arg(mailboxes->viewport()->width())));
    }
};

QTEST_MAIN(TestTableFit)
#include "tst_tablefit.moc"
