#pragma once

#include "jsonsourcedocument.h"
#include "model/result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace SyncLens {

// A strict JSON (RFC 8259) reader for hand-written files that keeps the position
// of every key and value. Refuses what QJsonDocument lets through or reports
// poorly: trailing commas, duplicate keys, invalid UTF-8, unpaired surrogates,
// control characters in strings, numbers out of range, nesting deeper than
// MaxDepth. A leading UTF-8 byte order mark is skipped. Numbers become doubles.
//
// On failure the Error carries the position in line/column and a translated
// message that is only the problem ("trailing comma before '}'"); callers prefix
// it with the file's name and the position.
class JsonSourceParser
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::JsonSourceParser)

public:
    static constexpr int MaxDepth = 64;

    static Result<JsonSourceDocument> parse(const QByteArray &utf8);
};

} // namespace SyncLens
