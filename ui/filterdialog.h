#pragma once

#include "model/syncfilter.h"

#include <QDialog>

namespace SyncLens {

// A sync filter, read-only: its name, owner and type, what it selects as a
// sentence, and its FetchXML. The filter designer (a later issue) edits it.
class FilterDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterDialog)

public:
    FilterDialog(const SyncFilter &filter, const QString &ownerName, const QString &sentence,
                 QWidget *parent = nullptr);
};

} // namespace SyncLens
