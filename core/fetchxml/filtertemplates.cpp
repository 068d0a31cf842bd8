#include "filtertemplates.h"

#include "fetchxmlparser.h"
#include "fetchxmlwriter.h"
#include "model/recordtypes.h"

namespace SyncLens {

namespace {

const QString kMine = QStringLiteral(R"(<condition attribute="ownerid" operator="eq-userid"/>)");
const QString kActive =
    QStringLiteral(R"(<condition attribute="statecode" operator="eq" value="0"/>)");

// The canonical text of a filter of `type` with `conditions` joined by and.
QString fetch(const QString &type, const QString &conditions)
{
    const QString text =
        QStringLiteral(
            R"(<fetch version="1.0" mapping="logical"><entity name="%1">%2</entity></fetch>)")
            .arg(type, conditions.isEmpty()
                           ? QString()
                           : QStringLiteral(R"(<filter type="and">%1</filter>)").arg(conditions));
    auto query = FetchXmlParser().parse(text);
    Q_ASSERT(query.ok()); // the templates are written here and tested
    return query ? FetchXmlWriter::write(*query) : text;
}

QString either(const QString &a, const QString &b)
{
    return QStringLiteral(R"(<filter type="or">%1%2</filter>)").arg(a, b);
}

QString relative(const char *attribute, const char *op, int count)
{
    return QStringLiteral(R"(<condition attribute="%1" operator="%2" value="%3"/>)")
        .arg(QLatin1String(attribute), QLatin1String(op))
        .arg(count);
}

} // namespace

QString FilterTemplates::blank(const QString &type)
{
    return fetch(type, {});
}

QList<FilterTemplate> FilterTemplates::all()
{
    const QString contact = RecordTypes::Contact;
    const QString appointment = RecordTypes::Appointment;
    const QString task = RecordTypes::Task;
    return {
        {contact, tr("My contacts"), fetch(contact, kMine)},
        {contact, tr("My active contacts"), fetch(contact, kMine + kActive)},
        {contact, tr("Active contacts I changed in the last 90 days"),
         fetch(contact, kMine + kActive + relative("modifiedon", "last-x-days", 90))},
        {appointment, tr("My appointments"), fetch(appointment, kMine)},
        {appointment, tr("My appointments in the last 30 days and the future"),
         fetch(appointment, kMine + either(relative("scheduledstart", "last-x-days", 30),
                                           relative("scheduledstart", "next-x-years", 10)))},
        {appointment, tr("My appointments in the next 3 months"),
         fetch(appointment, kMine + relative("scheduledstart", "next-x-months", 3))},
        {task, tr("My tasks"), fetch(task, kMine)},
        {task, tr("My open tasks"), fetch(task, kMine + kActive)},
        {task, tr("My open tasks due in the next 30 days"),
         fetch(task, kMine + kActive + relative("scheduledend", "next-x-days", 30))},
    };
}

QList<FilterTemplate> FilterTemplates::forType(const QString &type)
{
    QList<FilterTemplate> list;
    for (const FilterTemplate &t : all()) {
        if (t.type == type)
            list.append(t);
    }
    return list;
}

} // namespace SyncLens
