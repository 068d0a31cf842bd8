// synclens --version and synclens-cli --version: the program's version and Qt's,
// printed without a window, so also where there is no display at all.
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

class TestVersion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsVersionWithoutDisplay_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("name");
        QTest::newRow("gui") << QStringLiteral(SYNCLENS_GUI_PATH) << QStringLiteral("synclens");
        QTest::newRow("cli") << QStringLiteral(SYNCLENS_CLI_PATH) << QStringLiteral("synclens-cli");
    }

    void printsVersionWithoutDisplay()
    {
        QFETCH(QString, program);
        QFETCH(QString, name);
        // No display, and the X11 platform asked for: a program that made its
        // application object (or a window) first would abort here.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(program, {QStringLiteral("--version")});
        QVERIFY2(process.waitForFinished(30000), qPrintable(process.errorString()));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(process.exitCode() == 0, qPrintable(err));
        QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()),
                 QStringLiteral("%1 %2 (Qt %3)\n")
                     .arg(name, QStringLiteral(SYNCLENS_VERSION), QString::fromLatin1(qVersion())));
        QCOMPARE(err, QString());
    }
};

QTEST_GUILESS_MAIN(TestVersion)
#include "tst_version.moc"
