#include "designerbenchmark.h"

#include "benchmark.h"
#include "designer/fetchxmleditor.h"
#include "designer/filterdesignerwindow.h"
#include "designer/filterdraft.h"
#include "designer/previewrunner.h"
#include "heartbeat.h"
#include "store/orgstore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QKeyEvent>
#include <QTextBlock>
#include <QTimer>

#include <algorithm>
#include <vector>

namespace SyncLens::Bench {

namespace {

// My appointments of the last N days: each key press changes N.
const QString kFilter = QStringLiteral(
    "<fetch version=\"1.0\" mapping=\"logical\">\n"
    "  <entity name=\"appointment\">\n"
    "    <filter type=\"and\">\n"
    "      <condition attribute=\"ownerid\" operator=\"eq-userid\"/>\n"
    "      <condition attribute=\"scheduledstart\" operator=\"last-x-days\" value=\"3\"/>\n"
    "    </filter>\n"
    "  </entity>\n"
    "</fetch>");

// The first user with an appointment filter.
QString userWithAppointmentFilter(const QString &org)
{
    auto store = OrgStore::open(org, OrgStore::Access::ReadOnly);
    if (!store)
        return {};
    auto mailboxes = (*store)->mailboxes();
    if (!mailboxes)
        return {};
    for (const Mailbox &m : *mailboxes) {
        auto filters = (*store)->filters(m.userId);
        if (!filters)
            continue;
        for (const SyncFilter &f : *filters) {
            if (f.type == u"appointment" && f.enabled)
                return m.userId;
        }
    }
    return {};
}

void press(QWidget *widget, int key, const QString &text)
{
    QKeyEvent down(QEvent::KeyPress, key, Qt::NoModifier, text);
    QKeyEvent up(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QApplication::sendEvent(widget, &down);
    QApplication::sendEvent(widget, &up);
}

// Runs the event loop until the window shows the preview of the draft as it
// is now (or `ms` passed); false on time-out.
bool waitForCurrentPreview(FilterDesignerWindow &window, int ms)
{
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&loop] { loop.exit(1); });
    QObject::connect(&window, &FilterDesignerWindow::previewShown, &loop, [&] {
        if (window.isPreviewCurrent())
            loop.exit(0);
    });
    timeout.start(ms);
    return loop.exec() == 0;
}

QJsonObject run(const QStringList &arguments)
{
    const qsizetype at = arguments.indexOf(QStringLiteral("--org"));
    const QString org = at >= 0 ? arguments.value(at + 1) : QString();
    if (org.isEmpty())
        return {{QStringLiteral("error"), QStringLiteral("--org FILE is needed")}};
    const int runs = option(arguments, QStringLiteral("--runs"), 20);
    const int delay = option(arguments, QStringLiteral("--delay"), 100);
    const QString user = userWithAppointmentFilter(org);
    if (user.isEmpty())
        return {{QStringLiteral("error"), QStringLiteral("no user with an appointment filter")}};

    FilterDesignerWindow window(org, nullptr, user); // previews, never saves
    window.setPreviewDelay(delay);
    window.resize(1280, 820);
    window.show();
    window.openFirstFilterOfType(QStringLiteral("appointment"));
    FetchXmlEditor *editor = window.fetchXmlEditor();
    editor->setFocus();
    // The UI thread's heartbeat while the preview computes.
    Heartbeat heart;

    editor->replaceText(kFilter);
    heart.start(); // the first preview reads the org on the worker meanwhile
    QElapsedTimer first;
    first.start();
    if (!waitForCurrentPreview(window, 600000))
        return {{QStringLiteral("error"), QStringLiteral("no first preview")}};
    const double firstMs = double(first.nsecsElapsed()) / 1e6; // reads the org too
    heart.stop();
    const double firstMaxGap = heart.max();
    const qsizetype firstTicks = heart.ticks();
    double maxGap = 0;

    // The cursor after the "3" of value="3": keys make it 30, 3, 30, …
    const int line = int(kFilter.left(kFilter.indexOf(QStringLiteral("value=\"3"))).count(u'\n'));
    const QTextBlock block = editor->document()->findBlockByNumber(line);
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + int(block.text().indexOf(QStringLiteral("\"3\""))) + 2);
    editor->setTextCursor(cursor);

    std::vector<double> computeTimes;
    int entering = 0, leaving = 0, staying = 0, outside = 0;
    QObject::connect(window.previewRunner(), &PreviewRunner::finished, &window,
                     [&](const PreviewOutcomePtr &outcome) {
                         computeTimes.push_back(outcome->computeMs);
                         if (!outcome->preview)
                             return;
                         entering = int(outcome->preview->entering.size());
                         leaving = int(outcome->preview->leaving.size());
                         staying = int(outcome->preview->staying.size());
                         outside = outcome->preview->outside;
                     });
    std::vector<double> times;
    std::vector<double> tickCounts;
    for (int i = 0; i < runs; ++i) {
        heart.start();
        QElapsedTimer elapsed;
        elapsed.start();
        if (i % 2 == 0)
            press(editor, Qt::Key_0, QStringLiteral("0"));
        else
            press(editor, Qt::Key_Backspace, QString());
        if (!waitForCurrentPreview(window, 600000))
            return {{QStringLiteral("error"), QStringLiteral("no preview after key %1").arg(i)}};
        times.push_back(double(elapsed.nsecsElapsed()) / 1e6);
        heart.stop();
        tickCounts.push_back(double(heart.ticks()));
        maxGap = std::max(maxGap, heart.max());
    }
    const double med = median(times);
    return {
        {QStringLiteral("benchmark"), QStringLiteral("designer")},
        {QStringLiteral("runs"), runs},
        {QStringLiteral("delay_ms"), delay},
        {QStringLiteral("first_preview_ms"), rounded(firstMs)},
        {QStringLiteral("first_preview_ui_ticks"), firstTicks},
        {QStringLiteral("first_preview_ui_max_gap_ms"), rounded(firstMaxGap)},
        {QStringLiteral("median_ms"), rounded(med)},
        {QStringLiteral("max_ms"), rounded(*std::max_element(times.begin(), times.end()))},
        {QStringLiteral("after_debounce_median_ms"), rounded(med - delay)},
        {QStringLiteral("worker_median_ms"), rounded(median(computeTimes))},
        {QStringLiteral("last_preview"),
         QStringLiteral("%1 entering, %2 leaving, %3 staying, %4 outside")
             .arg(entering)
             .arg(leaving)
             .arg(staying)
             .arg(outside)},
        {QStringLiteral("ui_ticks_median"), median(tickCounts)},
        {QStringLiteral("ui_max_gap_ms"), rounded(maxGap)},
        {QStringLiteral("final_fetchxml_ok"),
         window.draft()->query().has_value() && editor->errorLine() == 0},
    };
}

} // namespace

void registerDesignerBenchmark()
{
    benchmarks()[QStringLiteral("designer")] = run;
    widgetBenchmarks().insert(QStringLiteral("designer"));
}

} // namespace SyncLens::Bench
