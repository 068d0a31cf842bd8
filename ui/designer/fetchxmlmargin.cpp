#include "fetchxmlmargin.h"

#include "fetchxmleditor.h"

namespace SyncLens {

FetchXmlMargin::FetchXmlMargin(FetchXmlEditor *editor)
    : QWidget(editor)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("fetchXmlMargin"));
}

QSize FetchXmlMargin::sizeHint() const
{
    return {m_editor->marginWidth(), 0};
}

void FetchXmlMargin::paintEvent(QPaintEvent *event)
{
    m_editor->paintMargin(event);
}

} // namespace SyncLens
