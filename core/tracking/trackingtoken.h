#pragma once

#include "model/orgsettings.h"
#include "model/result.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>

namespace SyncLens {

class OrgStore;

// Tracking tokens: "[CRM:000123]" — the prefix, a colon, the sequence number
// zero-padded to exactly `digits` digits (sss-model §1).
class TrackingToken
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::TrackingToken)

public:
    struct Found
    {
        QString text;  // "[CRM:000123]"
        qint64 number; // 123
        qsizetype position;
    };

    explicit TrackingToken(const OrgSettings::Tracking &settings);

    QString format(qint64 number) const;
    // Every well-formed token in `subject`, left to right. Look-alikes with
    // another prefix or another number of digits are not tokens.
    QList<Found> findAll(const QString &subject) const;
    QString strip(const QString &subject) const;

    // The next token of the org: its sequence lives in the store, so it goes
    // on after a restart.
    Result<QString> next(OrgStore &store) const;

private:
    OrgSettings::Tracking m_settings;
    QRegularExpression m_pattern;
};

} // namespace SyncLens
