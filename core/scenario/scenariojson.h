#pragma once

#include "scenariostep.h"

#include <QDateTime>
#include <QJsonObject>

namespace SyncLens::ScenarioJson {

// Model values from objects of a scenario file that the loader has validated,
// with the defaults of scenario-format.md. One place for both the file's setup
// lists and the steps that repeat them (crm.create, filter.set, user.set, …).

User user(const QJsonObject &object);
// Applies the keys present (user.set); `id` is not changed.
void apply(User &user, const QJsonObject &object);

Mailbox mailbox(const QJsonObject &object);
void apply(Mailbox &mailbox, const QJsonObject &object);

SyncFilter filter(const QJsonObject &object, const QDateTime &modifiedOn);
CrmRecord record(const QJsonObject &object, const QDateTime &createdOn);
ScenarioEmail email(const QJsonObject &object);
QStringList strings(const QJsonValue &list);

} // namespace SyncLens::ScenarioJson
