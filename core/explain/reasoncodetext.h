#pragma once

#include "model/reasoncode.h"

#include <QCoreApplication>

namespace SyncLens {

// A reason code in a few plain words, for lists where the full sentence of
// the explainer would be too long ("Not in any sync filter" for NOT_IN_SCOPE).
class ReasonCodeText
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::ReasonCodeText)

public:
    static QString plainName(ReasonCode code);
};

} // namespace SyncLens
