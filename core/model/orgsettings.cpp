#include "orgsettings.h"

#include "enumnames.h"
#include "recordtypes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <array>

namespace SyncLens {

namespace {

using D = EnumName<FieldDirection>;
constexpr std::array kDirectionNames{
    D{FieldDirection::Both, QLatin1String("both")},
    D{FieldDirection::ToExchange, QLatin1String("toExchange")},
    D{FieldDirection::ToCrm, QLatin1String("toCrm")},
    D{FieldDirection::None, QLatin1String("none")},
};

using OutOfScopeName = EnumName<OutOfScopeAction>;
constexpr std::array kOutOfScopeNames{
    OutOfScopeName{OutOfScopeAction::Keep, QLatin1String("keep")},
    OutOfScopeName{OutOfScopeAction::Delete, QLatin1String("delete")},
};

using X = EnumName<ExchangeDeleteAction>;
constexpr std::array kExchangeDeleteNames{
    X{ExchangeDeleteAction::Untrack, QLatin1String("untrack")},
    X{ExchangeDeleteAction::Delete, QLatin1String("delete")},
    X{ExchangeDeleteAction::OrganizerFuture, QLatin1String("organizerFuture")},
    X{ExchangeDeleteAction::Open, QLatin1String("open")},
};
// What each form of `sync.exchangeDelete` accepts.
constexpr std::array kEveryTypeDeleteNames{kExchangeDeleteNames[0], kExchangeDeleteNames[1]};
constexpr std::array kAppointmentDeleteNames{kExchangeDeleteNames[2], kExchangeDeleteNames[0],
                                             kExchangeDeleteNames[1]};
constexpr std::array kTaskDeleteNames{kExchangeDeleteNames[3], kExchangeDeleteNames[0],
                                      kExchangeDeleteNames[1]};

// Applies a JSON object of overrides onto settings, key by key, reporting the
// first bad key by its dotted path.
class OverrideReader
{
public:
    explicit OverrideReader(OrgSettings &settings)
        : m_settings(settings)
    {}

    std::optional<Error> apply(const QJsonObject &root)
    {
        for (auto it = root.begin(); it != root.end(); ++it) {
            const QString key = it.key();
            if (!it.value().isObject())
                return fail(key, OrgSettings::tr("expected an object"));
            const QJsonObject section = it.value().toObject();
            std::optional<Error> error;
            if (key == u"tracking")
                error = applyTracking(section);
            else if (key == u"correlation")
                error = applyCorrelation(section);
            else if (key == u"smartMatching")
                error = applySmartMatching(section);
            else if (key == u"sync")
                error = applySync(section);
            else if (key == u"fields")
                error = applyFields(section);
            else
                return fail(key, OrgSettings::tr("unknown setting"));
            if (error)
                return error;
        }
        return std::nullopt;
    }

private:
    static Error fail(const QString &path, const QString &problem)
    {
        return makeError(Error::Code::InvalidArgument,
                         OrgSettings::tr("org setting %1: %2").arg(path, problem));
    }

    std::optional<Error> readBool(const QJsonValue &v, const QString &path, bool &out)
    {
        if (!v.isBool())
            return fail(path, OrgSettings::tr("expected true or false"));
        out = v.toBool();
        return std::nullopt;
    }

    std::optional<Error> readInt(const QJsonValue &v, const QString &path, int min, int max,
                                 int &out)
    {
        const double d = v.toDouble(-1.0);
        if (!v.isDouble() || d != static_cast<int>(d) || d < min || d > max)
            return fail(path,
                        OrgSettings::tr("expected a whole number from %1 to %2").arg(min).arg(max));
        out = static_cast<int>(d);
        return std::nullopt;
    }

    template<typename E, size_t N>
    std::optional<Error> readEnum(const QJsonValue &v, const QString &path,
                                  const std::array<EnumName<E>, N> &names, E &out)
    {
        const auto value = valueOf<E>(names, v.toString());
        if (!v.isString() || !value) {
            return fail(path, OrgSettings::tr("expected one of: %1")
                                  .arg(namesOf<E>(names).join(QLatin1String(", "))));
        }
        out = *value;
        return std::nullopt;
    }

    std::optional<Error> applyTracking(const QJsonObject &o)
    {
        auto &t = m_settings.tracking;
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString path = QLatin1String("tracking.") + it.key();
            std::optional<Error> e;
            if (it.key() == u"enabled")
                e = readBool(it.value(), path, t.enabled);
            else if (it.key() == u"digits")
                e = readInt(it.value(), path, 1, 18, t.digits);
            else if (it.key() == u"prefix") {
                static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9]{1,20}$"));
                if (!it.value().isString() || !valid.match(it.value().toString()).hasMatch())
                    e = fail(path, OrgSettings::tr("expected 1 to 20 letters or digits"));
                else
                    t.prefix = it.value().toString();
            } else
                e = fail(path, OrgSettings::tr("unknown setting"));
            if (e)
                return e;
        }
        return std::nullopt;
    }

    std::optional<Error> applyCorrelation(const QJsonObject &o)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString path = QLatin1String("correlation.") + it.key();
            if (it.key() != u"enabled")
                return fail(path, OrgSettings::tr("unknown setting"));
            if (auto e = readBool(it.value(), path, m_settings.correlation.enabled))
                return e;
        }
        return std::nullopt;
    }

    std::optional<Error> applySmartMatching(const QJsonObject &o)
    {
        auto &s = m_settings.smartMatching;
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString path = QLatin1String("smartMatching.") + it.key();
            std::optional<Error> e;
            if (it.key() == u"enabled")
                e = readBool(it.value(), path, s.enabled);
            else if (it.key() == u"minAddressCount")
                e = readInt(it.value(), path, 0, 1000, s.minAddressCount);
            else if (it.key() == u"maxRecipientCount")
                e = readInt(it.value(), path, 0, 100000, s.maxRecipientCount);
            else if (it.key() == u"deltaSubjectCount")
                e = readInt(it.value(), path, 0, 1000, s.deltaSubjectCount);
            else if (it.key() == u"filterKeywords")
                e = readPattern(it.value(), path, s.filterKeywords);
            else
                e = fail(path, OrgSettings::tr("unknown setting"));
            if (e)
                return e;
        }
        return std::nullopt;
    }

    std::optional<Error> readPattern(const QJsonValue &v, const QString &path, QString &out)
    {
        if (!v.isString())
            return fail(path, OrgSettings::tr("expected a regular expression as a string"));
        const QRegularExpression re(v.toString());
        if (!re.isValid()) {
            return fail(path, OrgSettings::tr("invalid regular expression at offset %1: %2")
                                  .arg(re.patternErrorOffset())
                                  .arg(re.errorString()));
        }
        out = v.toString();
        return std::nullopt;
    }

    std::optional<Error> applySync(const QJsonObject &o)
    {
        auto &s = m_settings.sync;
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString path = QLatin1String("sync.") + it.key();
            std::optional<Error> e;
            if (it.key() == u"outOfScope")
                e = readEnum(it.value(), path, kOutOfScopeNames, s.outOfScope);
            else if (it.key() == u"exchangeDelete")
                e = readExchangeDelete(it.value(), path, s.exchangeDelete);
            else
                e = fail(path, OrgSettings::tr("unknown setting"));
            if (e)
                return e;
        }
        return std::nullopt;
    }

    // A plain string sets every type; an object sets the types it names.
    std::optional<Error> readExchangeDelete(const QJsonValue &v, const QString &path,
                                            OrgSettings::ExchangeDelete &out)
    {
        if (!v.isObject()) {
            ExchangeDeleteAction every = ExchangeDeleteAction::Untrack;
            if (v.isString() &&
                valueOf<ExchangeDeleteAction>(kEveryTypeDeleteNames, v.toString())) {
                every = *valueOf<ExchangeDeleteAction>(kEveryTypeDeleteNames, v.toString());
                out = {every, every, every};
                return std::nullopt;
            }
            return fail(path, OrgSettings::tr("expected one of: %1, or an object per type "
                                              "(appointment, task, contact)")
                                  .arg(namesOf<ExchangeDeleteAction>(kEveryTypeDeleteNames)
                                           .join(QLatin1String(", "))));
        }
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString typePath = path + u'.' + it.key();
            std::optional<Error> e;
            if (it.key() == RecordTypes::Appointment)
                e = readEnum(it.value(), typePath, kAppointmentDeleteNames, out.appointment);
            else if (it.key() == RecordTypes::Task)
                e = readEnum(it.value(), typePath, kTaskDeleteNames, out.task);
            else if (it.key() == RecordTypes::Contact)
                e = readEnum(it.value(), typePath, kEveryTypeDeleteNames, out.contact);
            else
                e = fail(typePath, OrgSettings::tr("unknown record type; expected appointment, "
                                                   "task or contact"));
            if (e)
                return e;
        }
        return std::nullopt;
    }

    std::optional<Error> applyFields(const QJsonObject &o)
    {
        for (auto type = o.begin(); type != o.end(); ++type) {
            const QString typePath = QLatin1String("fields.") + type.key();
            if (!type.value().isObject())
                return fail(typePath, OrgSettings::tr("expected an object of field directions"));
            const QJsonObject fields = type.value().toObject();
            auto &directions = m_settings.fields[type.key()];
            for (auto f = fields.begin(); f != fields.end(); ++f) {
                FieldDirection d = FieldDirection::None;
                if (auto e = readEnum(f.value(), typePath + u'.' + f.key(), kDirectionNames, d))
                    return e;
                directions.insert(f.key(), d);
            }
        }
        return std::nullopt;
    }

    OrgSettings &m_settings;
};

} // namespace

QString fieldDirectionName(FieldDirection value)
{
    return nameOf<FieldDirection>(kDirectionNames, value);
}

std::optional<FieldDirection> fieldDirectionFromName(QStringView name)
{
    return valueOf<FieldDirection>(kDirectionNames, name);
}

QString outOfScopeActionName(OutOfScopeAction value)
{
    return nameOf<OutOfScopeAction>(kOutOfScopeNames, value);
}

std::optional<OutOfScopeAction> outOfScopeActionFromName(QStringView name)
{
    return valueOf<OutOfScopeAction>(kOutOfScopeNames, name);
}

QString exchangeDeleteActionName(ExchangeDeleteAction value)
{
    return nameOf<ExchangeDeleteAction>(kExchangeDeleteNames, value);
}

std::optional<ExchangeDeleteAction> exchangeDeleteActionFromName(QStringView name)
{
    return valueOf<ExchangeDeleteAction>(kExchangeDeleteNames, name);
}

ExchangeDeleteAction OrgSettings::ExchangeDelete::forType(const QString &type) const
{
    if (type == RecordTypes::Appointment)
        return appointment;
    if (type == RecordTypes::Task)
        return task;
    if (type == RecordTypes::Contact)
        return contact;
    return ExchangeDeleteAction::Untrack;
}

FieldDirection OrgSettings::direction(const QString &type, const QString &field) const
{
    return fields.value(type).value(field, FieldDirection::None);
}

QHash<QString, QHash<QString, FieldDirection>> OrgSettings::defaultFieldDirections()
{
    auto both = [](std::initializer_list<const char *> names) {
        QHash<QString, FieldDirection> directions;
        for (const char *name : names)
            directions.insert(QLatin1String(name), FieldDirection::Both);
        return directions;
    };
    return {
        {QString(RecordTypes::Appointment),
         both({"subject", "scheduledstart", "scheduledend", "location", "description"})},
        {QString(RecordTypes::Task), both({"subject", "scheduledend", "description", "statecode"})},
        {QString(RecordTypes::Contact), both({"firstname", "lastname", "fullname", "emailaddress1",
                                              "telephone1", "jobtitle", "companyname"})},
    };
}

QJsonObject OrgSettings::toJson() const
{
    QJsonObject fieldsJson;
    for (auto type = fields.begin(); type != fields.end(); ++type) {
        QJsonObject directions;
        for (auto f = type.value().begin(); f != type.value().end(); ++f)
            directions.insert(f.key(), fieldDirectionName(f.value()));
        fieldsJson.insert(type.key(), directions);
    }
    return QJsonObject{
        {QStringLiteral("tracking"), QJsonObject{{QStringLiteral("enabled"), tracking.enabled},
                                                 {QStringLiteral("prefix"), tracking.prefix},
                                                 {QStringLiteral("digits"), tracking.digits}}},
        {QStringLiteral("correlation"),
         QJsonObject{{QStringLiteral("enabled"), correlation.enabled}}},
        {QStringLiteral("smartMatching"),
         QJsonObject{{QStringLiteral("enabled"), smartMatching.enabled},
                     {QStringLiteral("minAddressCount"), smartMatching.minAddressCount},
                     {QStringLiteral("maxRecipientCount"), smartMatching.maxRecipientCount},
                     {QStringLiteral("deltaSubjectCount"), smartMatching.deltaSubjectCount},
                     {QStringLiteral("filterKeywords"), smartMatching.filterKeywords}}},
        {QStringLiteral("sync"),
         QJsonObject{{QStringLiteral("outOfScope"), outOfScopeActionName(sync.outOfScope)},
                     {QStringLiteral("exchangeDelete"),
                      QJsonObject{{QString(RecordTypes::Appointment),
                                   exchangeDeleteActionName(sync.exchangeDelete.appointment)},
                                  {QString(RecordTypes::Task),
                                   exchangeDeleteActionName(sync.exchangeDelete.task)},
                                  {QString(RecordTypes::Contact),
                                   exchangeDeleteActionName(sync.exchangeDelete.contact)}}}}},
        {QStringLiteral("fields"), fieldsJson},
    };
}

Result<OrgSettings> OrgSettings::withOverrides(const QJsonObject &overrides) const
{
    OrgSettings result = *this;
    if (auto error = OverrideReader(result).apply(overrides))
        return *error;
    return result;
}

} // namespace SyncLens
