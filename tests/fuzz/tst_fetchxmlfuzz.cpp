#include "fetchxmlexercise.h"

#include "fetchxml/fetchoperator.h"
#include "fetchxml/fetchxmlparser.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace SyncLens;

namespace {

const char *const kSeeds[] = {
    "<fetch version=\"1.0\"><entity name=\"appointment\"><filter type=\"and\">"
    "<condition attribute=\"ownerid\" operator=\"eq-userid\"/>"
    "<condition attribute=\"scheduledstart\" operator=\"on-or-after\" value=\"2026-03-01\"/>"
    "</filter></entity></fetch>",
    "<fetch><entity name=\"contact\"><link-entity name=\"account\" from=\"accountid\" "
    "to=\"parentcustomerid\" alias=\"a\" link-type=\"outer\"><filter><condition attribute=\"name\" "
    "operator=\"like\" value=\"%con%\"/></filter></link-entity><filter type=\"or\"><condition "
    "entityname=\"a\" attribute=\"accountid\" operator=\"null\"/><condition attribute=\"lastname\" "
    "operator=\"in\"><value>a</value><value>b</value></condition></filter></entity></fetch>",
    "<fetch><entity name=\"task\"><all-attributes/><order attribute=\"subject\" "
    "descending=\"true\"/>"
    "<filter><filter type=\"or\"><condition attribute=\"statecode\" operator=\"between\"><value>0"
    "</value><value>2</value></condition><condition attribute=\"scheduledend\" "
    "operator=\"last-x-days\" "
    "value=\"7\"/></filter></filter></entity></fetch>",
};

// Random well-formed queries: any operator, any number of values, any nesting.
QString randomQuery(QRandomGenerator &random, int depth = 0)
{
    static const QStringList attributes{QStringLiteral("subject"), QStringLiteral("scheduledstart"),
                                        QStringLiteral("ownerid"), QStringLiteral("statecode"),
                                        QStringLiteral("new_x")};
    static const QStringList values{
        QStringLiteral("2026-03-01"), QStringLiteral("7"), QStringLiteral("abc"),
        QStringLiteral("%a%"),        QString(),           QStringLiteral("-1"),
        QStringLiteral("1e308")};
    const QList<FetchOperator> ops = allOperators();
    QString body = QStringLiteral("<filter type=\"%1\">")
                       .arg(random.bounded(2) ? QStringLiteral("or") : QStringLiteral("and"));
    const int conditions = int(random.bounded(4));
    for (int i = 0; i < conditions; ++i) {
        body += QStringLiteral("<condition attribute=\"%1\" operator=\"%2\">")
                    .arg(attributes.at(random.bounded(attributes.size())),
                         operatorName(ops.at(random.bounded(ops.size()))));
        const int n = int(random.bounded(3));
        for (int v = 0; v < n; ++v)
            body +=
                QStringLiteral("<value>%1</value>").arg(values.at(random.bounded(values.size())));
        body += QStringLiteral("</condition>");
    }
    if (depth < 4 && random.bounded(3) == 0)
        body += randomQuery(random, depth + 1);
    body += QStringLiteral("</filter>");
    if (depth > 0)
        return body;
    return QStringLiteral("<fetch><entity name=\"appointment\">%1</entity></fetch>").arg(body);
}

QString mutate(QRandomGenerator &random, QString text)
{
    const int edits = 1 + int(random.bounded(4));
    static const QString alphabet =
        QStringLiteral("<>/=\"' &;%_[]abcdefilnorstuvxyz0123456789-\n\xe9");
    for (int e = 0; e < edits && !text.isEmpty(); ++e) {
        const int at = int(random.bounded(text.size()));
        switch (random.bounded(4)) {
        case 0:
            text.remove(at, 1 + int(random.bounded(8)));
            break;
        case 1:
            text.insert(at, alphabet.at(random.bounded(alphabet.size())));
            break;
        case 2:
            text[at] = alphabet.at(random.bounded(alphabet.size()));
            break;
        default: // duplicate a chunk: makes nesting and repeated elements
            text.insert(at, text.mid(int(random.bounded(text.size())), int(random.bounded(40))));
        }
    }
    return text;
}

} // namespace

// Random and mutated FetchXML never crashes or hangs the engine, and whatever
// parses also writes, reads back, describes and evaluates consistently.
class TestFetchXmlFuzz : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mutatedInputs()
    {
        QRandomGenerator random(4242);
        int valid = 0;
        for (int i = 0; i < 4000; ++i) {
            const QString text = mutate(random, QString::fromLatin1(kSeeds[i % 3]));
            bool parsed = false;
            const QString problem = Fuzz::exerciseFetchXml(text, &parsed);
            QVERIFY2(problem.isEmpty(), qPrintable(problem + QStringLiteral("\ninput: ") + text));
            valid += parsed;
        }
        // Both sides are exercised: refusals and the full path.
        QVERIFY2(valid > 200 && valid < 3800, qPrintable(QString::number(valid)));
    }

    void generatedQueries()
    {
        QRandomGenerator random(7);
        int valid = 0;
        for (int i = 0; i < 3000; ++i) {
            const QString text = randomQuery(random);
            bool parsed = false;
            const QString problem = Fuzz::exerciseFetchXml(text, &parsed);
            QVERIFY2(problem.isEmpty(), qPrintable(problem + QStringLiteral("\ninput: ") + text));
            valid += parsed;
        }
        qInfo("%d of 3000 generated queries were valid", valid);
        QVERIFY2(valid > 300, qPrintable(QString::number(valid)));
    }

    void hugeAndDeepInputsAreRefusedQuickly()
    {
        QElapsedTimer timer;
        timer.start();
        const QString deep = QStringLiteral("<fetch><entity name=\"task\">") +
                             QStringLiteral("<filter>").repeated(200000) +
                             QStringLiteral("</filter>").repeated(200000) +
                             QStringLiteral("</entity></fetch>");
        QVERIFY(Fuzz::exerciseFetchXml(deep).isEmpty());
        const QString links =
            QStringLiteral("<fetch><entity name=\"task\">") +
            QStringLiteral("<link-entity name=\"task\" from=\"a\" to=\"b\">").repeated(5000) +
            QStringLiteral("</link-entity>").repeated(5000) + QStringLiteral("</entity></fetch>");
        QVERIFY(Fuzz::exerciseFetchXml(links).isEmpty());
        QVERIFY(!FetchXmlParser().parse(links).ok());
        // Not a timing assertion: a guard against a runaway loop.
        QVERIFY(timer.elapsed() < 60000);
    }
};

QTEST_GUILESS_MAIN(TestFetchXmlFuzz)
#include "tst_fetchxmlfuzz.moc"
