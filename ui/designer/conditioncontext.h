#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace SyncLens {

// What the rows of the condition editor need to know besides their condition:
// the record type (which fields there are), the filter's user, and the org's
// users for the user picker.
struct ConditionContext
{
    QString entity;
    QString userId;
    QList<QPair<QString, QString>> users; // (id, name), by name
};

} // namespace SyncLens
