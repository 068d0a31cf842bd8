#include "fetchxml/fetchxmllog.h"
#include "live/livelog.h"
#include "store/storelog.h"
#include "sync/synclog.h"
#include "tracking/trackinglog.h"
#include "uilog.h"

#include <QLoggingCategory>
#include <QTest>

namespace {

struct Area
{
    const char *name;
    const QLoggingCategory &(*category)();
};

const Area kAreas[] = {
    {"synclens.store", &lcStore},
    {"synclens.fetchxml", &SyncLens::lcFetchXml},
    {"synclens.tracking", &SyncLens::lcTracking},
    {"synclens.sync", &SyncLens::lcSync},
    {"synclens.live", &SyncLens::lcLive},
    {"synclens.ui", &SyncLens::lcUi},
};

} // namespace

// One logging category per area, quiet below info unless the rules (the same
// as QT_LOGGING_RULES) switch an area's debug output on.
class TestLogging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QLoggingCategory::setFilterRules(QString()); }

    void eachAreaHasItsCategory_data()
    {
        QTest::addColumn<int>("area");
        for (int i = 0; i < int(std::size(kAreas)); ++i)
            QTest::newRow(kAreas[i].name) << i;
    }

    void eachAreaHasItsCategory()
    {
        QFETCH(int, area);
        const Area &a = kAreas[area];
        const QLoggingCategory &category = a.category();
        QCOMPARE(QByteArray(category.categoryName()), QByteArray(a.name));
        QVERIFY(!category.isDebugEnabled());
        QVERIFY(category.isInfoEnabled());
        QVERIFY(category.isWarningEnabled());

        QLoggingCategory::setFilterRules(QString::fromLatin1(a.name) +
                                         QStringLiteral(".debug=true"));
        QVERIFY(category.isDebugEnabled());
        for (const Area &other : kAreas) { // only that area
            if (&other != &a)
                QVERIFY2(!other.category().isDebugEnabled(), other.name);
        }
        QLoggingCategory::setFilterRules(QStringLiteral("synclens.*=false"));
        QVERIFY(!category.isInfoEnabled());
        QVERIFY(!category.isWarningEnabled());
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
