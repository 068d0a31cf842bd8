#include "synccommands.h"

#include "explain/explainer.h"
#include "explain/whysearch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace SyncLens::Cli {

namespace {

const QCommandLineOption kOrg{QStringLiteral("org"), Command::tr("The org file."),
                              Command::tr("FILE")};
const QCommandLineOption kJson{QStringLiteral("json"), Command::tr("Print one JSON document.")};

QJsonObject toJson(const ExplainedDecision &d)
{
    return QJsonObject{{QStringLiteral("time"), d.entry.time.toString(Qt::ISODate)},
                       {QStringLiteral("cycle"), d.entry.cycle},
                       {QStringLiteral("mailbox"), d.entry.mailboxId},
                       {QStringLiteral("item"), d.entry.itemId},
                       {QStringLiteral("code"), reasonCodeName(d.entry.code)},
                       {QStringLiteral("sentence"), d.sentence},
                       {QStringLiteral("details"), QJsonArray::fromStringList(d.details)},
                       {QStringLiteral("facts"), d.entry.facts}};
}

QString toText(const ExplainedDecision &d, bool withDetails)
{
    QString text =
        QStringLiteral("%1  %2\n  %3\n")
            .arg(d.entry.time.toString(Qt::ISODate), reasonCodeName(d.entry.code), d.sentence);
    if (withDetails) {
        for (const QString &line : d.details)
            text += QStringLiteral("    %1\n").arg(line);
    }
    return text;
}

void printJson(const QJsonObject &o)
{
    printOut(QString::fromUtf8(QJsonDocument(o).toJson()));
}

} // namespace

QStringList ExplainCommand::words() const
{
    return {QStringLiteral("explain")};
}

QString ExplainCommand::summary() const
{
    return Command::tr("Explain an item's history in plain language, and what would change it.");
}

void ExplainCommand::describe(QCommandLineParser &parser) const
{
    parser.addOption(kOrg);
    parser.addOption({QStringLiteral("item"),
                      Command::tr("The item's id (a record id or an "
                                  "email's message id)."),
                      Command::tr("ID")});
    parser.addOption(kJson);
}

int ExplainCommand::run(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("item"))) {
        printError(Command::tr("explain needs --item ID"));
        return BadInput;
    }
    auto store = openOrgOption(parser, OrgStore::Access::ReadOnly);
    if (!store)
        return BadInput;
    Explainer explainer(*store);
    const QString id = parser.value(QStringLiteral("item"));
    auto x = explainer.explain(id);
    if (!x) {
        printError(x.error().message);
        return BadInput;
    }
    if (x->decisions.isEmpty()) {
        printError(Command::tr("%1: no decision about item %2 (is it synchronised yet?)")
                       .arg(parser.value(QStringLiteral("org")), id));
        return BadInput;
    }
    if (parser.isSet(kJson)) {
        QJsonArray decisions;
        for (const ExplainedDecision &d : x->decisions)
            decisions.append(toJson(d));
        printJson({{QStringLiteral("item"), x->itemId},
                   {QStringLiteral("title"), x->title},
                   {QStringLiteral("type"), x->type},
                   {QStringLiteral("decisions"), decisions},
                   {QStringLiteral("advice"), QJsonArray::fromStringList(x->advice)}});
        return Ok;
    }
    QString text = Command::tr("%1 (%2 %3)\n\n").arg(x->title, x->type, x->itemId);
    for (const ExplainedDecision &d : x->decisions)
        text += toText(d, true) + u'\n';
    if (!x->advice.isEmpty()) {
        text += Command::tr("What would change it:\n");
        for (const QString &a : x->advice)
            text += QStringLiteral("  - %1\n").arg(a);
    }
    printOut(text);
    return Ok;
}

QStringList WhyCommand::words() const
{
    return {QStringLiteral("why")};
}

QString WhyCommand::summary() const
{
    return Command::tr("Find items by subject, person or id and say why they moved or did not.");
}

void WhyCommand::describe(QCommandLineParser &parser) const
{
    parser.addOption(kOrg);
    parser.addOption(kJson);
    parser.addPositionalArgument(QStringLiteral("text"),
                                 Command::tr("What you remember: a subject, a name or an id."),
                                 Command::tr("TEXT"));
}

int WhyCommand::run(const QCommandLineParser &parser)
{
    const QString text = parser.positionalArguments().join(u' ').trimmed();
    if (text.isEmpty()) {
        printError(Command::tr("why needs the text to search for"));
        return BadInput;
    }
    auto store = openOrgOption(parser, OrgStore::Access::ReadOnly);
    if (!store)
        return BadInput;
    WhySearch search(*store);
    auto matches = search.search(text);
    if (!matches) {
        printError(matches.error().message);
        return BadInput;
    }
    if (parser.isSet(kJson)) {
        QJsonArray list;
        for (const WhySearch::Match &m : *matches) {
            QJsonArray causes;
            for (const WhySearch::Cause &c : m.causes)
                causes.append(
                    QJsonObject{{QStringLiteral("symptom"), WhySearch::symptomText(c.symptom)},
                                {QStringLiteral("decision"), toJson(c.decision)}});
            QJsonObject o{{QStringLiteral("id"), m.id},
                          {QStringLiteral("type"), m.type},
                          {QStringLiteral("title"), m.title},
                          {QStringLiteral("causes"), causes},
                          {QStringLiteral("advice"), QJsonArray::fromStringList(m.advice)}};
            if (m.latest)
                o.insert(QStringLiteral("latest"), toJson(*m.latest));
            list.append(o);
        }
        printJson({{QStringLiteral("query"), text}, {QStringLiteral("matches"), list}});
        return Ok;
    }
    if (matches->isEmpty()) {
        printOut(Command::tr("Nothing found for “%1”.\n").arg(text));
        return Ok;
    }
    QString out;
    for (const WhySearch::Match &m : *matches) {
        out += Command::tr("%1 (%2 %3)\n").arg(m.title, m.type, m.id);
        for (const WhySearch::Cause &c : m.causes)
            out += QStringLiteral("  %1: %2\n")
                       .arg(WhySearch::symptomText(c.symptom), c.decision.sentence);
        if (m.latest)
            out += Command::tr("  Latest: %1\n").arg(m.latest->sentence);
        for (const QString &a : m.advice)
            out += QStringLiteral("  - %1\n").arg(a);
        out += u'\n';
    }
    printOut(out);
    return Ok;
}

QStringList JournalCommand::words() const
{
    return {QStringLiteral("journal")};
}

QString JournalCommand::summary() const
{
    return Command::tr("List the engine's decisions, newest first, by item, mailbox or code.");
}

void JournalCommand::describe(QCommandLineParser &parser) const
{
    parser.addOption(kOrg);
    parser.addOptions({
        {QStringLiteral("item"), Command::tr("Only this item."), Command::tr("ID")},
        {QStringLiteral("mailbox"), Command::tr("Only this mailbox."), Command::tr("M")},
        {QStringLiteral("code"), Command::tr("Only this reason code (e.g. LEFT_SCOPE)."),
         Command::tr("C")},
        {QStringLiteral("limit"), Command::tr("At most this many (default 100)."), Command::tr("N"),
         QStringLiteral("100")},
    });
    parser.addOption(kJson);
}

int JournalCommand::run(const QCommandLineParser &parser)
{
    std::optional<ReasonCode> code;
    if (parser.isSet(QStringLiteral("code"))) {
        code = reasonCodeFromName(parser.value(QStringLiteral("code")));
        if (!code) {
            printError(Command::tr("--code: unknown reason code \"%1\"")
                           .arg(parser.value(QStringLiteral("code"))));
            return BadInput;
        }
    }
    const auto limit = integerOption(parser, QStringLiteral("limit"), 100);
    if (!limit)
        return BadInput;
    auto store = openOrgOption(parser, OrgStore::Access::ReadOnly);
    if (!store)
        return BadInput;
    auto entries = store->journal(ItemId(parser.value(QStringLiteral("item"))),
                                  MailboxId(parser.value(QStringLiteral("mailbox"))), code,
                                  int(std::clamp<qint64>(*limit, 1, 1000000)));
    if (!entries) {
        printError(entries.error().message);
        return BadInput;
    }
    Explainer explainer(*store);
    if (parser.isSet(kJson)) {
        QJsonArray list;
        for (const JournalEntry &e : *entries)
            list.append(toJson(explainer.explainEntry(e)));
        printJson({{QStringLiteral("entries"), list}});
        return Ok;
    }
    QString out;
    for (const JournalEntry &e : *entries)
        out +=
            QStringLiteral("%1  %2  %3  %4\n")
                .arg(e.time.toString(Qt::ISODate), e.mailboxId, e.itemId, reasonCodeName(e.code));
    printOut(out);
    return Ok;
}

} // namespace SyncLens::Cli
