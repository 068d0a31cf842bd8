#pragma once

#include <QWidget>

namespace SyncLens {

class FetchXmlEditor;

// The FetchXML editor's left margin: line numbers, and a mark on the line of
// the parser's error. The editor paints it (it knows the blocks' geometry).
class FetchXmlMargin final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FetchXmlMargin)

public:
    explicit FetchXmlMargin(FetchXmlEditor *editor);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    FetchXmlEditor *m_editor;
};

} // namespace SyncLens
