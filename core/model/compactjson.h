#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace SyncLens {

// The compact JSON text of `object`, byte for byte what
// QJsonDocument(object).toJson(QJsonDocument::Compact) gives, written
// straight into one buffer. Qt's writer builds a QByteArray for every string
// it escapes and every number it formats; the sync cycle writes several JSON
// columns per decision, and those allocations were an eighth of its time.
QByteArray compactJson(const QJsonObject &object);

} // namespace SyncLens
