// synclens-fakecrm --org SANDBOX.db [--port N] [--fault SPEC]…: serves a
// sandbox org as a fake Dataverse on 127.0.0.1, for trainers and scripts.
#include "fakedataverse.h"
#include "model/translations.h"
#include "store/orgstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace SyncLens;

namespace {

void say(const QString &text)
{
    std::fprintf(stderr, "synclens-fakecrm: %s\n", qPrintable(text));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("synclens-fakecrm"));
    Translations::install();
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "SyncLens::FakeCrm", "Serves a sandbox org as a fake Dynamics 365 (Dataverse Web API and "
                             "sign-in) on 127.0.0.1."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("org"),
                      QCoreApplication::translate("SyncLens::FakeCrm", "The sandbox org file."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("port"),
         QCoreApplication::translate("SyncLens::FakeCrm", "The port (0: any free one)."),
         QStringLiteral("N"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("fault"),
                      QCoreApplication::translate(
                          "SyncLens::FakeCrm", "A fault at the Nth request: KIND@N or "
                                               "KIND@NxCOUNT (401 429 503 slow truncate drop), or "
                                               "check-differ."),
                      QStringLiteral("SPEC")});
    parser.addOption({QStringLiteral("page-size"),
                      QCoreApplication::translate("SyncLens::FakeCrm", "Rows per page at most."),
                      QStringLiteral("N"), QStringLiteral("5000")});
    parser.addOption({QStringLiteral("no-change-tracking"),
                      QCoreApplication::translate("SyncLens::FakeCrm",
                                                  "An entity set (contacts…) whose table is not "
                                                  "enabled for change tracking."),
                      QStringLiteral("SET")});
    parser.process(app);
    if (!parser.isSet(QStringLiteral("org"))) {
        say(QCoreApplication::translate("SyncLens::FakeCrm", "--org FILE is required"));
        return 2;
    }
    auto store = OrgStore::open(parser.value(QStringLiteral("org")), OrgStore::Access::ReadOnly);
    if (!store) {
        say(store.error().message);
        return 2;
    }
    auto data = Fake::FakeOrgData::load(**store);
    if (!data) {
        say(data.error().message);
        return 2;
    }
    store->reset();
    Fake::FakeDataverse fake(std::move(data).value());
    for (const QString &spec : parser.values(QStringLiteral("fault"))) {
        if (!fake.faults().add(spec)) {
            say(QCoreApplication::translate("SyncLens::FakeCrm",
                                            "cannot read the fault \"%1\" (%2)")
                    .arg(spec, Fake::FakeFaults::syntax()));
            return 2;
        }
    }
    for (const QString &set : parser.values(QStringLiteral("no-change-tracking")))
        fake.changeTracking().untracked.insert(set);
    fake.maxPageSize = parser.value(QStringLiteral("page-size")).toInt();
    const quint16 port = fake.listen(quint16(parser.value(QStringLiteral("port")).toUInt()));
    if (port == 0) {
        say(QCoreApplication::translate("SyncLens::FakeCrm", "cannot listen on 127.0.0.1:%1")
                .arg(parser.value(QStringLiteral("port"))));
        return 3;
    }
    // The first line on stdout is the URL (scripts and the benchmark read it).
    std::printf("%s\n", qPrintable(fake.url().toString()));
    std::fflush(stdout);
    say(QCoreApplication::translate("SyncLens::FakeCrm",
                                    "serving %1 at %2 (tenant %3, client id %4, secret %5)")
            .arg(parser.value(QStringLiteral("org")), fake.url().toString(), fake.tenant,
                 fake.clientId, fake.clientSecret));
    return app.exec();
}
