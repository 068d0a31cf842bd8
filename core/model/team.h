#pragma once

#include <QString>
#include <QStringList>

namespace SyncLens {

// A team (sss-model §1): it can own records, and its members see them through
// eq-userteams and eq-useroruserteams.
struct Team
{
    QString id;
    QString name;
    QStringList members; // user ids

    friend bool operator==(const Team &, const Team &) = default;
};

} // namespace SyncLens
