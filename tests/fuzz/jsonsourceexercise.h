#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace SyncLens::Fuzz {

// Runs one input through the strict JSON reader of scenario files and checks
// what must hold: a refusal has a message and a position; an accepted object
// or array reads exactly as QJsonDocument reads it; it reads back the same
// once written; every value and key has a position inside the text, and each
// object's keys are listed in file order. Returns an empty string when all
// held, or what did not; `parsed` tells whether the input was accepted.
QString exerciseJsonSource(const QByteArray &utf8, bool *parsed = nullptr);

// `value` with every number as a double, as the reader reads numbers
// (QJsonDocument keeps integers exact, which compare unequal past 2^53).
QJsonValue numbersAsDoubles(const QJsonValue &value);

} // namespace SyncLens::Fuzz
