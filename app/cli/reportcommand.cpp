#include "reportcommand.h"

#include "model/translations.h"
#include "progressprinter.h"
#include "report/reportfile.h"
#include "report/reportgatherer.h"
#include "report/reporthtml.h"
#include "reportpdf.h"

#include <QFileInfo>
#include <QGuiApplication>

namespace SyncLens::Cli {

namespace {

std::optional<QPageSize> pageSizeOption(const QCommandLineParser &parser)
{
    const QString value = parser.value(QStringLiteral("page-size")).toLower();
    if (value.isEmpty())
        return ReportPdf::pageSizeFor(QLocale());
    if (value == u"a4")
        return QPageSize(QPageSize::A4);
    if (value == u"letter")
        return QPageSize(QPageSize::Letter);
    printError(Command::tr("--page-size must be a4 or letter, not \"%1\"").arg(value));
    return std::nullopt;
}

Result<QByteArray> produce(const PolicyReport &report, ReportFile::Format format,
                           const QPageSize &pageSize)
{
    if (format == ReportFile::Format::Html)
        return ReportHtml::write(report).toUtf8();
    ProgressPrinter printer(Command::tr("Writing the PDF"));
    auto pdf = ReportPdf::render(report, pageSize,
                                 [&](int page, int pages) { return printer.update(page, pages); });
    printer.finish();
    return pdf;
}

} // namespace

QStringList ReportCommand::words() const
{
    return {QStringLiteral("report")};
}

QString ReportCommand::summary() const
{
    return Command::tr("Write the org's sync policy report as HTML or PDF.");
}

void ReportCommand::describe(QCommandLineParser &parser) const
{
    parser.addOptions({
        {QStringLiteral("org"), Command::tr("The org file."), Command::tr("FILE")},
        {QStringLiteral("out"), Command::tr("The report to write: FILE.html or FILE.pdf."),
         Command::tr("FILE")},
        {QStringLiteral("lang"), Command::tr("The report's language: en, de or fr."),
         Command::tr("L")},
        {QStringLiteral("user"),
         Command::tr("Only this user (id, address or name); may be repeated."), Command::tr("U")},
        {QStringLiteral("page-size"),
         Command::tr("PDF pages: a4 or letter (default: by the language's country)."),
         Command::tr("SIZE")},
    });
}

bool ReportCommand::needsGui(int argc, char **argv)
{
    if (argc < 2 || QByteArray(argv[1]) != "report")
        return false;
    for (int i = 2; i < argc; ++i) {
        if (QByteArray(argv[i]).toLower().endsWith(".pdf"))
            return true;
    }
    return false;
}

int ReportCommand::run(const QCommandLineParser &parser)
{
    for (const char *name : {"org", "out"}) {
        if (!parser.isSet(QLatin1String(name))) {
            printError(Command::tr("report needs --%1").arg(QLatin1String(name)));
            return BadInput;
        }
    }
    const QString out = parser.value(QStringLiteral("out"));
    const QString lang = parser.value(QStringLiteral("lang"));
    if (!lang.isEmpty() && lang != u"en" && lang != u"de" && lang != u"fr") {
        printError(Command::tr("--lang must be en, de or fr, not \"%1\"").arg(lang));
        return BadInput;
    }
    const QString language = Translations::install(lang);
    const auto format = ReportFile::formatOf(out);
    const auto writable = ReportFile::checkWritable(out);
    const auto pageSize = pageSizeOption(parser);
    if (!format || !writable || !pageSize) {
        if (!format || !writable)
            printError(!format ? format.error().message : writable.error().message);
        return BadInput;
    }
    if (*format == ReportFile::Format::Pdf && !qobject_cast<QGuiApplication *>(qApp)) {
        printError(Command::tr("a PDF needs the program's graphics library"));
        return BadInput;
    }
    auto store = openOrgOption(parser, OrgStore::Access::ReadOnly);
    if (!store)
        return BadInput;
    ProgressPrinter progress(Command::tr("Gathering the report"));
    const ReportGatherer::Options options{parser.values(QStringLiteral("user")), language};
    const auto report = ReportGatherer::gather(
        *store, options, [&](int done, int total) { return progress.update(done, total); });
    progress.finish();
    if (!report) {
        printError(report.error().message);
        return BadInput;
    }
    const auto data = produce(*report, *format, *pageSize);
    if (!data) {
        printError(data.error().message);
        return BadInput;
    }
    if (auto r = ReportFile::write(out, *data); !r) {
        printError(r.error().message);
        return BadInput;
    }
    printOut(Command::tr("Wrote %1 (%2 users, %3 findings)\n")
                 .arg(QFileInfo(out).absoluteFilePath())
                 .arg(report->users.size())
                 .arg(report->findings.size()));
    return Ok;
}

} // namespace SyncLens::Cli
