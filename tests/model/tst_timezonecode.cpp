#include "model/timezonecode.h"

#include <QTest>
#include <QTimeZone>

using namespace SyncLens;

// usersettings.timezonecode → IANA name: the zones the sandbox gives users,
// an unknown code, and the whole table against this system's zones.
class TestTimeZoneCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sandboxZones_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("iana");
        QTest::newRow("92 UTC") << 92 << "UTC";
        QTest::newRow("105 Romance") << 105 << "Europe/Paris";
        QTest::newRow("35 Eastern") << 35 << "America/New_York";
        QTest::newRow("4 Pacific") << 4 << "America/Los_Angeles";
        QTest::newRow("235 Tokyo") << 235 << "Asia/Tokyo";
    }

    void sandboxZones()
    {
        QFETCH(int, code);
        QFETCH(QString, iana);
        const TimeZoneCode::Match match = TimeZoneCode::fromIndex(code);
        QVERIFY(match.known);
        QCOMPARE(match.ianaId, iana);
        QVERIFY(match.note.isEmpty());
        QVERIFY(!match.windowsName.isEmpty());
        QCOMPARE(TimeZoneCode::indexOf(iana), std::optional<int>(code));
    }

    void unknownCodeIsUtcAndSaysSo()
    {
        const TimeZoneCode::Match match = TimeZoneCode::fromIndex(9999);
        QVERIFY(!match.known);
        QCOMPARE(match.ianaId, QStringLiteral("UTC"));
        QVERIFY(match.windowsName.isEmpty());
        QVERIFY2(match.note.contains(QStringLiteral("9999")) &&
                     match.note.contains(QStringLiteral("UTC")),
                 qPrintable(match.note));
        QVERIFY(!TimeZoneCode::fromIndex(-1).known);
        QVERIFY(!TimeZoneCode::indexOf(QStringLiteral("Mars/Olympus")));
    }

    void everyNameInTheTableIsAZone()
    {
        int known = 0;
        for (int code = 0; code <= 400; ++code) {
            const TimeZoneCode::Match match = TimeZoneCode::fromIndex(code);
            if (!match.known)
                continue;
            ++known;
            QVERIFY2(QTimeZone(match.ianaId.toLatin1()).isValid(),
                     qPrintable(QString::number(code) + u' ' + match.ianaId));
        }
        QVERIFY(known >= 70);
    }
};

QTEST_GUILESS_MAIN(TestTimeZoneCode)
#include "tst_timezonecode.moc"
