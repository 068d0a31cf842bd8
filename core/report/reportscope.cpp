#include "reportscope.h"

#include "fetchxml/compiledfilter.h"
#include "fetchxml/evaluationcontext.h"
#include "fetchxml/fetchxmlparser.h"
#include "fetchxml/fetchxmlwriter.h"
#include "fetchxml/filterdescriber.h"
#include "fetchxml/filtertemplates.h"
#include "model/recordtypes.h"
#include "store/orgstore.h"

#include <algorithm>

namespace SyncLens {

namespace {

bool keepsOnlyFromSomeDate(const FetchCondition &c)
{
    if (c.attribute != u"scheduledstart" && c.attribute != u"scheduledend")
        return false;
    switch (c.op) {
    case FetchOperator::Ge:
    case FetchOperator::Gt:
    case FetchOperator::OnOrAfter:
    case FetchOperator::On:
    case FetchOperator::Between:
        return true;
    case FetchOperator::OnOrBefore:
    case FetchOperator::Le:
    case FetchOperator::Lt:
        return false;
    default:
        // last-x-days, this-month, next-week, …: a window that moves with
        // the clock; older-than-x keeps the past.
        return operatorInfo(c.op).relativeDate &&
               !operatorName(c.op).startsWith(QLatin1String("olderthan"));
    }
}

int typeRank(const QString &type)
{
    return type == RecordTypes::Contact ? 0 : type == RecordTypes::Appointment ? 1 : 2;
}

} // namespace

bool ReportScope::cutsOffPastMeetings(const FetchQuery &query)
{
    if (query.entity.name != RecordTypes::Appointment)
        return false;
    return std::any_of(query.entity.filters.begin(), query.entity.filters.end(),
                       [](const FetchFilter &f) { return anyCondition(f, keepsOnlyFromSomeDate); });
}

Result<void> ReportScope::load(OrgStore &store, const QDateTime &now)
{
    m_now = now;
    auto filters = store.filters();
    auto teams = store.teams();
    auto users = store.users();
    if (!filters)
        return filters.error();
    if (!teams)
        return teams.error();
    if (!users)
        return users.error();
    m_filters = *filters;
    m_teams = *teams;
    for (const User &u : *users)
        m_userNames.insert(u.id, u.name);
    SnapshotSet::Columns columns;
    for (const SyncFilter &f : std::as_const(m_filters)) {
        auto query = FetchXmlParser().parse(f.fetchXml);
        if (!query)
            continue; // shown as unreadable
        SnapshotSet::collectColumns(*query, columns);
        m_parsed.insert(f.id, *query);
    }
    return m_cache.load(store, ScopeCache::columnsFor(columns));
}

Result<QList<PolicyReport::FilterScope>> ReportScope::filtersOf(const User &user) const
{
    QList<SyncFilter> own;
    for (const SyncFilter &f : m_filters) {
        if (f.userId == user.id)
            own.append(f);
    }
    std::sort(own.begin(), own.end(), [](const SyncFilter &a, const SyncFilter &b) {
        return std::pair(typeRank(a.type), a.name) < std::pair(typeRank(b.type), b.name);
    });
    QList<PolicyReport::FilterScope> out;
    for (const SyncFilter &f : own)
        out.append(describe(f, user));
    return out;
}

PolicyReport::FilterScope ReportScope::describe(const SyncFilter &filter, const User &user) const
{
    PolicyReport::FilterScope out{filter.id, filter.name, filter.type, filter.enabled};
    const auto query = m_parsed.constFind(filter.id);
    if (query == m_parsed.cend()) {
        out.readable = false;
        out.sentence = tr("(its FetchXML cannot be read, so it selects nothing)");
        return out;
    }
    FilterDescriber describer;
    describer.setUserNames(m_userNames);
    describer.setTimeZone(user.name, user.timeZone);
    out.sentence = describer.describe(*query);
    out.leavesOutPastMeetings = cutsOffPastMeetings(*query);
    const QString canonical = FetchXmlWriter::write(*query);
    const auto templates = FilterTemplates::forType(filter.type);
    out.fromTemplate =
        std::any_of(templates.begin(), templates.end(),
                    [&](const FilterTemplate &t) { return t.fetchXml == canonical; });
    if (filter.enabled)
        count(out, *query, user);
    return out;
}

void ReportScope::count(PolicyReport::FilterScope &out, const FetchQuery &query,
                        const User &user) const
{
    const auto context = EvaluationContext::forUser(user, m_teams, m_now);
    const auto compiled = CompiledFilter::compile(query, m_cache.snapshots(), context);
    if (!compiled) {
        out.readable = false;
        out.sentence += u' ' + tr("(it cannot be evaluated: %1)").arg(compiled.error().message);
        return;
    }
    const std::vector<quint8> matches = compiled->evaluate();
    for (size_t row = 0; row < matches.size(); ++row) {
        if (matches[row] && m_cache.isLive(out.type, int(row)))
            ++out.inScope;
    }
    for (int row : m_cache.rowsOwnedBy(out.type, UserId(user.id))) {
        if (m_cache.isLive(out.type, row) && !matches[size_t(row)])
            ++out.ownLeftOut;
    }
}

} // namespace SyncLens
