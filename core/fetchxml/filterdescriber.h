#pragma once

#include "fetchquery.h"
#include "fieldcatalog.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace SyncLens {

class LikePattern;

// Renders a filter as a sentence a non-technical user understands, e.g.
// "Appointments that you own and whose start time is on or after 1 March 2026".
// Every phrase goes through tr() with placeholders, so a translation can
// change the word order. Dates in the given locale; times in UTC.
class FilterDescriber
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::FilterDescriber)

public:
    explicit FilterDescriber(QLocale locale = QLocale(),
                             const FieldCatalog &catalog = FieldCatalog::standard());

    // Names to show for user ids (eq on ownerid, …); unknown ids show as is.
    void setUserNames(QHash<QString, QString> names) { m_userNames = std::move(names); }

    // Whose time zone calendar-based conditions (today, last-week, on, …) are
    // counted in: "whose due date is today in Alice's time zone,
    // Europe/Paris". UTC, the default, is not named.
    void setTimeZone(const QString &userName, const QString &ianaId)
    {
        m_zoneUser = userName;
        m_zoneId = ianaId;
    }

    QString describe(const FetchQuery &query) const;
    // One condition as a phrase ("whose subject contains “renewal”") for
    // `entity`; used for the condition that excludes a record.
    QString describeCondition(const FetchCondition &condition, const QString &entity) const;

private:
    struct Scope; // the entity and the link-entity aliases in reach
    QString describeFilter(const FetchFilter &filter, const Scope &scope, bool nested) const;
    QString describeLink(const FetchLinkEntity &link) const;
    QString conditionPhrase(const FetchCondition &c, const QString &entity,
                            const QString &field) const;
    QString relativePhrase(const FetchCondition &c, const QString &field) const;
    QString patternPhrase(const LikePattern &pattern, bool no, const QString &field) const;
    QString inTimeZone(const FetchCondition &c, const QString &phrase) const;
    QString formatValue(const QString &entity, const QString &attribute,
                        const QString &value) const;
    QString formatDate(const QString &value) const;
    QString joinList(const QStringList &items, bool either) const;

    QLocale m_locale;
    const FieldCatalog &m_catalog;
    QHash<QString, QString> m_userNames;
    QString m_zoneUser;
    QString m_zoneId;
};

} // namespace SyncLens
