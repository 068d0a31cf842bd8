#include "fieldcatalog.h"

#include "model/recordtypes.h"

#include <algorithm>

namespace SyncLens {

namespace {

bool isActivity(const QString &entity)
{
    return entity == RecordTypes::Appointment || entity == RecordTypes::Task ||
           entity == RecordTypes::Email;
}

} // namespace

const FieldCatalog &FieldCatalog::standard()
{
    static const FieldCatalog catalog;
    return catalog;
}

void FieldCatalog::add(const QString &entity, FieldInfo info)
{
    m_fields[entity].insert(info.name, std::move(info));
}

FieldCatalog::FieldCatalog()
{
    using T = FieldType;
    const QString appointment = RecordTypes::Appointment;
    const QString task = RecordTypes::Task;
    const QString contact = RecordTypes::Contact;
    const QString account = RecordTypes::Account;
    auto f = [](const char *name, T type, const QString &display,
                QHash<int, QString> options = {}) {
        return FieldInfo{QString::fromLatin1(name), type, display, std::move(options)};
    };
    const QHash<int, QString> activityState{
        {0, tr("Open")}, {1, tr("Completed")}, {2, tr("Canceled")}, {3, tr("Scheduled")}};
    const QHash<int, QString> taskState{{0, tr("Open")}, {1, tr("Completed")}, {2, tr("Canceled")}};
    const QHash<int, QString> priority{{0, tr("Low")}, {1, tr("Normal")}, {2, tr("High")}};
    const QHash<int, QString> recordState{{0, tr("Active")}, {1, tr("Inactive")}};

    for (const QString &activity : {appointment, task}) {
        add(activity, f("subject", T::String, tr("subject")));
        add(activity, f("description", T::String, tr("description")));
        add(activity, f("ownerid", T::UserLookup, tr("owner")));
        add(activity, f("regardingobjectid", T::Lookup, tr("regarding record")));
        add(activity, f("prioritycode", T::OptionSet, tr("priority"), priority));
        add(activity, f("createdon", T::DateTime, tr("creation date")));
        add(activity, f("modifiedon", T::DateTime, tr("last modification")));
        add(activity, f("scheduledstart", T::DateTime, tr("start time")));
        add(activity,
            f("scheduledend", T::DateTime, activity == task ? tr("due date") : tr("end time")));
        add(activity, f("statecode", T::OptionSet, tr("status"),
                        activity == task ? taskState : activityState));
    }
    add(appointment, f("location", T::String, tr("location")));
    add(appointment, f("organizer", T::UserLookup, tr("organizer")));
    add(appointment, f("isalldayevent", T::Boolean, tr("all-day flag")));
    add(task, f("percentcomplete", T::Integer, tr("percent complete")));

    add(contact, f("firstname", T::String, tr("first name")));
    add(contact, f("lastname", T::String, tr("last name")));
    add(contact, f("fullname", T::String, tr("full name")));
    add(contact, f("emailaddress1", T::String, tr("email address")));
    add(contact, f("telephone1", T::String, tr("business phone")));
    add(contact, f("jobtitle", T::String, tr("job title")));
    add(contact, f("companyname", T::String, tr("company name")));
    add(contact, f("parentcustomerid", T::Lookup, tr("company")));
    add(contact, f("address1_city", T::String, tr("city")));
    add(contact, f("ownerid", T::UserLookup, tr("owner")));
    add(contact, f("statecode", T::OptionSet, tr("status"), recordState));
    add(contact, f("createdon", T::DateTime, tr("creation date")));
    add(contact, f("modifiedon", T::DateTime, tr("last modification")));

    add(account, f("name", T::String, tr("account name")));
    add(account, f("emailaddress1", T::String, tr("email address")));
    add(account, f("address1_city", T::String, tr("city")));
    add(account, f("industrycode", T::OptionSet, tr("industry")));
    add(account, f("ownerid", T::UserLookup, tr("owner")));
    add(account, f("statecode", T::OptionSet, tr("status"), recordState));
}

std::optional<FieldInfo> FieldCatalog::field(const QString &entity, const QString &attribute) const
{
    if (isPrimaryKey(entity, attribute))
        return FieldInfo{attribute, FieldType::Lookup, tr("record id"), {}};
    const auto fields = m_fields.constFind(entity);
    if (fields == m_fields.cend())
        return std::nullopt;
    const auto info = fields->constFind(attribute);
    if (info == fields->cend())
        return std::nullopt;
    return *info;
}

QList<FieldInfo> FieldCatalog::fields(const QString &entity) const
{
    QList<FieldInfo> list = m_fields.value(entity).values();
    std::sort(list.begin(), list.end(), [](const FieldInfo &a, const FieldInfo &b) {
        return QString::localeAwareCompare(a.displayName, b.displayName) < 0;
    });
    return list;
}

QString FieldCatalog::displayName(const QString &entity, const QString &attribute) const
{
    const auto info = field(entity, attribute);
    return info ? info->displayName : attribute;
}

QString FieldCatalog::pluralEntityName(const QString &entity) const
{
    if (entity == RecordTypes::Appointment)
        return tr("Appointments");
    if (entity == RecordTypes::Task)
        return tr("Tasks");
    if (entity == RecordTypes::Contact)
        return tr("Contacts");
    if (entity == RecordTypes::Account)
        return tr("Accounts");
    if (entity == RecordTypes::Email)
        return tr("Emails");
    //: %1 is an entity's logical name, e.g. "new_project"
    return tr("Records of type %1").arg(entity);
}

QString FieldCatalog::pluralInSentence(const QString &entity) const
{
    //: inside a sentence ("All appointments"); a language whose nouns keep
    //: their capital (German) translates it capitalised
    if (entity == RecordTypes::Appointment)
        return tr("appointments");
    if (entity == RecordTypes::Task)
        return tr("tasks");
    if (entity == RecordTypes::Contact)
        return tr("contacts");
    if (entity == RecordTypes::Account)
        return tr("accounts");
    if (entity == RecordTypes::Email)
        return tr("emails");
    //: %1 is an entity's logical name, e.g. "new_project"
    return tr("records of type %1").arg(entity);
}

QString FieldCatalog::singularEntityName(const QString &entity) const
{
    if (entity == RecordTypes::Appointment)
        return tr("appointment");
    if (entity == RecordTypes::Task)
        return tr("task");
    if (entity == RecordTypes::Contact)
        return tr("contact");
    if (entity == RecordTypes::Account)
        return tr("account");
    if (entity == RecordTypes::Email)
        return tr("email");
    return entity;
}

bool FieldCatalog::isPrimaryKey(const QString &entity, const QString &attribute)
{
    return attribute == entity + QLatin1String("id") ||
           (isActivity(entity) && attribute == u"activityid");
}

} // namespace SyncLens
