#pragma once

#include "fetchquery.h"

namespace SyncLens {

// Writes a query as canonical, indented FetchXML: attributes in a fixed order
// (then the kept extra ones), conditions before nested filters, values of
// multi-value operators as <value> children. parse(write(q)) == q.
class FetchXmlWriter
{
public:
    static QString write(const FetchQuery &query);
};

} // namespace SyncLens
