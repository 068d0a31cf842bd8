// SqliteStatement: text bound from QStrings reaches the file as it was given,
// each parameter its own, however the values before it were sized.
#include "store/sqlitestatement.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace SyncLens;

class TestSqliteStatement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void textParametersKeepTheirOwnValues_data();
    void textParametersKeepTheirOwnValues();
    void aNullStringBindsNull();

private:
    // The rows of t as "a|b|c", NULL as "<null>".
    QStringList rows();

    QString m_name;
    std::unique_ptr<SqliteStatements> m_statements;
};

void TestSqliteStatement::init()
{
    m_name = QString::fromLatin1(QTest::currentTestFunction()) +
             QString::fromLatin1(QTest::currentDataTag());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(QStringLiteral(":memory:"));
    QVERIFY(db.open());
    QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t (a TEXT, b TEXT, c TEXT)")));
    m_statements = std::make_unique<SqliteStatements>(db);
    QVERIFY(m_statements->handle());
}

void TestSqliteStatement::cleanup()
{
    m_statements.reset();
    QSqlDatabase::database(m_name).close();
    QSqlDatabase::removeDatabase(m_name);
}

QStringList TestSqliteStatement::rows()
{
    QStringList rows;
    QSqlQuery q(QSqlDatabase::database(m_name));
    if (!q.exec(QStringLiteral("SELECT a, b, c FROM t ORDER BY rowid")))
        return {q.lastError().text()};
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < 3; ++i)
            row.append(q.value(i).isNull() ? QStringLiteral("<null>") : q.value(i).toString());
        rows.append(row.join(u'|'));
    }
    return rows;
}

void TestSqliteStatement::textParametersKeepTheirOwnValues_data()
{
    QTest::addColumn<QList<QStringList>>("values"); // one row of three per insert

    const QString longText = QString(300, u'x') + QStringLiteral("é");
    QTest::newRow("one row") << QList<QStringList>{
        {QStringLiteral("m-1"), QStringLiteral("item"), QStringLiteral("OUT_CREATE")}};
    QTest::newRow("growing then shrinking")
        << QList<QStringList>{{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
                              {longText, QStringLiteral("Zoë Ångström"), longText},
                              {QStringLiteral("z"), QStringLiteral(""), QStringLiteral("日本")}};
    QTest::newRow("same value in every column")
        << QList<QStringList>{{longText, longText, longText}};
}

void TestSqliteStatement::textParametersKeepTheirOwnValues()
{
    QFETCH(QList<QStringList>, values);
    static constexpr char sql[] = "INSERT INTO t (a, b, c) VALUES (?, ?, ?)";
    QStringList expected;
    for (const QStringList &row : std::as_const(values)) {
        SqliteStatement &s = m_statements->get(sql);
        s.reset();
        for (int i = 0; i < 3; ++i)
            s.bind(i + 1, row[i]);
        s.next();
        QVERIFY2(!s.failed(), qPrintable(s.errorMessage()));
        s.reset();
        expected.append(row.join(u'|'));
    }
    QCOMPARE(rows(), expected);
}

void TestSqliteStatement::aNullStringBindsNull()
{
    static constexpr char sql[] = "INSERT INTO t (a, b, c) VALUES (?, ?, ?)";
    SqliteStatement &s = m_statements->get(sql);
    s.bind(1, QStringLiteral("before"));
    s.bind(2, QString());
    s.bind(3, QStringLiteral(""));
    s.next();
    QVERIFY(!s.failed());
    s.reset();
    QCOMPARE(rows(), QStringList{QStringLiteral("before|<null>|")});
}

QTEST_GUILESS_MAIN(TestSqliteStatement)
#include "tst_sqlitestatement.moc"
