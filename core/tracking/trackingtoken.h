#pragma once

#include "model/orgsettings.h"
#include "model/result.h"

#include <QCoreApplication>
#include <QList>

namespace SyncLens {

class SequenceSource;

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

    const OrgSettings::Tracking &settings() const { return m_settings; }
    QString format(qint64 number) const;
    // Every well-formed token in `subject`, left to right. Look-alikes with
    // another prefix or another number of digits are not tokens.
    QList<Found> findAll(QStringView subject) const;
    // The number of the first well-formed token at or after `from` and where
    // it ends, without allocating (the tracker's hot path); number 0 when none.
    struct Span
    {
        qint64 number = 0;
        qsizetype start = -1;
        qsizetype end = -1;
    };
    Span findFirst(QStringView subject, qsizetype from = 0) const;
    QString strip(const QString &subject) const;
    // "SUBJECT [CRM:000123]": any token already there is replaced, so a reply
    // sent from CRM carries its own token only.
    QString appendTo(const QString &subject, qint64 number) const;

    // The next token of the org: its sequence lives in the store, so it goes
    // on after a restart.
    Result<QString> next(SequenceSource &store) const;
    Result<qint64> nextNumber(SequenceSource &store) const;

private:
    OrgSettings::Tracking m_settings;
    QString m_opening; // "[CRM:"
};

} // namespace SyncLens
