#include "scenarioloader.h"

#include "jsonsourceparser.h"
#include "model/textfile.h"
#include "scenariocheckreader.h"
#include "scenarioentityreader.h"
#include "scenarioids.h"
#include "scenarionode.h"
#include "scenariostepreader.h"

namespace SyncLens {

namespace {

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

// One pass over a parsed file: the header, the setup lists, then the steps in
// order, so that ids are known exactly from where they are introduced.
class FileReader
{
public:
    FileReader(const JsonSourceDocument &document, const QString &file)
        : m_file(file)
        , m_root(document, m_file)
        , m_entities(m_ids)
        , m_steps(m_ids, m_entities)
        , m_checks(m_ids, m_entities.fieldChecker())
    {
        m_scenario.file = file;
    }

    Result<Scenario> read()
    {
        using Stage = Result<void> (FileReader::*)();
        for (Stage stage : {&FileReader::header, &FileReader::setup, &FileReader::people,
                            &FileReader::filters, &FileReader::records, &FileReader::steps}) {
            if (auto done = (this->*stage)(); !done)
                return done.error();
        }
        return std::move(m_scenario);
    }

private:
    Result<void> header()
    {
        if (!m_root.json().isObject()) {
            return m_root.error(ScenarioLoader::tr("a scenario file holds one JSON object, not %1")
                                    .arg(ScenarioNode::typeName(m_root.json())));
        }
        // The format first: a file of another format fails on it, not on its keys.
        const ScenarioNode format = m_root.child(scenarioKey("format"));
        if (!format.exists()) {
            return m_root.error(
                ScenarioLoader::tr("\"format\" is missing; a scenario file starts with "
                                   "\"format\": \"%1\"")
                    .arg(ScenarioLoader::Format));
        }
        if (format.json().toString() != ScenarioLoader::Format) {
            const QString found = format.json().isString() ? u'"' + format.json().toString() + u'"'
                                                           : ScenarioNode::typeName(format.json());
            return format.error(ScenarioLoader::tr("\"format\" must be \"%1\", not %2")
                                    .arg(ScenarioLoader::Format, found));
        }
        m_scenario.format = ScenarioLoader::Format;
        const QStringList required{scenarioKey("format"), scenarioKey("title"),
                                   scenarioKey("start"), scenarioKey("steps")};
        const QStringList optional{scenarioKey("story"),     scenarioKey("org"),
                                   scenarioKey("users"),     scenarioKey("teams"),
                                   scenarioKey("mailboxes"), scenarioKey("filters"),
                                   scenarioKey("records")};
        if (auto object = m_root.object(required + optional, required); !object)
            return object.error();
        return titleAndStart();
    }

    Result<void> titleAndStart()
    {
        const auto title = m_root.child(scenarioKey("title")).id();
        if (!title)
            return title.error();
        m_scenario.title = *title;
        if (const ScenarioNode story = m_root.child(scenarioKey("story")); story.exists()) {
            const auto text = story.string();
            if (!text)
                return text.error();
            m_scenario.story = *text;
        }
        const auto start = m_root.child(scenarioKey("start")).instant();
        if (!start)
            return start.error();
        m_scenario.start = *start;
        return {};
    }

    // A setup list: absent is empty.
    Result<QList<ScenarioNode>> list(const char *name) const
    {
        const ScenarioNode node = m_root.child(scenarioKey(name));
        if (!node.exists())
            return QList<ScenarioNode>();
        if (auto array = node.array(); !array)
            return array.error();
        return node.elements();
    }

    Result<void> setup()
    {
        const ScenarioNode org = m_root.child(scenarioKey("org"));
        if (!org.exists())
            return {};
        const auto overrides = m_entities.orgOverrides(org);
        if (!overrides)
            return overrides.error();
        m_scenario.orgOverrides = *overrides;
        return {};
    }

    Result<void> people()
    {
        const auto users = list("users");
        if (!users)
            return users.error();
        for (const ScenarioNode &node : *users) {
            const auto user = m_entities.user(node);
            if (!user)
                return user.error();
            m_scenario.users.append(*user);
        }
        const auto teams = list("teams");
        if (!teams)
            return teams.error();
        for (const ScenarioNode &node : *teams) {
            const auto team = m_entities.team(node);
            if (!team)
                return team.error();
            m_scenario.teams.append(*team);
        }
        const auto mailboxes = list("mailboxes");
        if (!mailboxes)
            return mailboxes.error();
        for (const ScenarioNode &node : *mailboxes) {
            const auto mailbox = m_entities.mailbox(node);
            if (!mailbox)
                return mailbox.error();
            m_scenario.mailboxes.append(*mailbox);
        }
        return {};
    }

    Result<void> filters()
    {
        const auto filters = list("filters");
        if (!filters)
            return filters.error();
        for (const ScenarioNode &node : *filters) {
            const auto filter = m_entities.filter(node, m_scenario.start, false);
            if (!filter)
                return filter.error();
            m_scenario.filters.append(*filter);
        }
        return {};
    }

    // All record ids first: records present at start may refer to each other.
    Result<void> records()
    {
        const auto records = list("records");
        if (!records)
            return records.error();
        for (const ScenarioNode &node : *records) {
            if (auto id = m_entities.recordId(node); !id)
                return id.error();
        }
        for (const ScenarioNode &node : *records) {
            const auto record = m_entities.record(node, m_scenario.start);
            if (!record)
                return record.error();
            m_scenario.records.append(*record);
        }
        return {};
    }

    Result<void> steps()
    {
        const ScenarioNode steps = m_root.child(scenarioKey("steps"));
        if (auto array = steps.array(); !array)
            return array.error();
        for (const ScenarioNode &node : steps.elements()) {
            auto step = readStep(node, int(m_scenario.steps.size()) + 1);
            if (!step)
                return step.error();
            m_scenario.steps.push_back(std::move(*step));
        }
        return {};
    }

    Result<ScenarioStep> readStep(const ScenarioNode &node, int number)
    {
        ScenarioStep step;
        step.number = number;
        if (auto object = node.object(node.keys()); !object)
            return object.error();
        const ScenarioNode kind = node.child(scenarioKey("do"));
        if (!kind.exists())
            return node.error(ScenarioLoader::tr("\"do\" is missing in %1").arg(node.where()));
        const auto kindValue = kind.choice(&ScenarioStep::kindFromName, ScenarioStep::kindNames());
        if (!kindValue)
            return kindValue.error();
        step.kind = *kindValue;
        const auto at = stepTime(node, number);
        if (!at)
            return at.error();
        step.at = *at;
        m_previous = *at;
        if (step.kind == ScenarioStep::Kind::Expect) {
            const auto check = m_checks.read(node);
            if (!check)
                return check.error();
            step.check = *check;
        } else if (auto valid = m_steps.read(node, step.kind, step.at); !valid) {
            return valid.error();
        }
        step.body = node.json().toObject();
        step.line = node.position().line;
        step.column = node.position().column;
        return step;
    }

    Result<QDateTime> stepTime(const ScenarioNode &step, int number) const
    {
        const ScenarioNode at = step.child(scenarioKey("at"));
        if (!at.exists())
            return m_previous.isValid() ? m_previous.addSecs(60) : m_scenario.start;
        const auto time = at.instant();
        if (!time)
            return time;
        if (!m_previous.isValid() && *time < m_scenario.start) {
            return at.error(
                ScenarioLoader::tr("\"at\" %1 is before the scenario's start, %2; time never "
                                   "goes back")
                    .arg(iso(*time), iso(m_scenario.start)));
        }
        if (m_previous.isValid() && *time < m_previous) {
            return at.error(
                ScenarioLoader::tr("\"at\" %1 is before step %2, at %3; time never goes back")
                    .arg(iso(*time))
                    .arg(number - 1)
                    .arg(iso(m_previous)));
        }
        return time;
    }

    const QString m_file;
    const ScenarioNode m_root;
    ScenarioIds m_ids;
    ScenarioEntityReader m_entities;
    ScenarioStepReader m_steps;
    ScenarioCheckReader m_checks;
    Scenario m_scenario;
    QDateTime m_previous; // the time of the step before; invalid before the first
};

} // namespace

Result<Scenario> ScenarioLoader::load(const QString &path)
{
    const auto data = TextFile::read(path);
    if (!data)
        return data.error();
    return loadFromData(*data, path);
}

Result<Scenario> ScenarioLoader::loadFromData(const QByteArray &data, const QString &fileName)
{
    const auto document = JsonSourceParser::parse(data);
    if (!document) {
        Error error = document.error();
        error.message = QStringLiteral("%1:%2:%3: %4")
                            .arg(fileName)
                            .arg(error.line)
                            .arg(error.column)
                            .arg(error.message);
        return error;
    }
    return FileReader(*document, fileName).read();
}

} // namespace SyncLens
