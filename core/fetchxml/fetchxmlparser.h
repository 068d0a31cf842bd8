#pragma once

#include "fetchquery.h"
#include "fieldcatalog.h"
#include "model/result.h"

#include <QCoreApplication>

class QXmlStreamReader;

namespace SyncLens {

// Reads the FetchXML of sync filters. Errors carry line and column (in
// Error::line/column and in the message) and say what was expected.
class FetchXmlParser
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::FetchXmlParser)

public:
    // Filters and link-entities nested deeper than this are refused.
    static constexpr int MaxDepth = 32;

    explicit FetchXmlParser(const FieldCatalog &catalog = FieldCatalog::standard());
    Result<FetchQuery> parse(const QString &text) const;

private:
    const FieldCatalog &m_catalog;
};

} // namespace SyncLens
