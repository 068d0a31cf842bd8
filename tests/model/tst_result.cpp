#include "model/result.h"

#include <QTest>

using namespace SyncLens;

// Result<T> carries a value or an error; withoutValue() keeps which of the
// two it was, and the error itself.
class TestResult : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withoutValueKeepsSuccess()
    {
        QVERIFY(withoutValue(Result<int>(7)).ok());
        QVERIFY(withoutValue(Result<bool>(false)).ok()); // a false value is still a success
    }

    void withoutValueKeepsTheError()
    {
        const Result<void> r =
            withoutValue(Result<int>(makeError(Error::Code::Io, QStringLiteral("disk full"))));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Io);
        QCOMPARE(r.error().message, QStringLiteral("disk full"));
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
