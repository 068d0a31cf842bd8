#pragma once

#include "model/result.h"

#include <QPlainTextEdit>

#include <optional>

namespace SyncLens {

class FetchXmlHighlighter;
class FetchXmlMargin;

// The FetchXML side of the filter designer: a plain-text editor with syntax
// colours, line numbers, and the parser's error marked where it is (a wavy
// underline from the element's start to the error's column, a mark in the
// margin, the message as the line's tooltip).
class FetchXmlEditor final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FetchXmlEditor)

public:
    explicit FetchXmlEditor(QWidget *parent = nullptr);

    // Replaces the text as one undoable edit that touches only what differs,
    // so the cursor and the view stay where they were.
    void replaceText(const QString &text);
    // Marks the error at its line and column, or clears the mark.
    void setError(const std::optional<Error> &error);
    // The marked range in the document (start, end), or (-1, -1).
    QPair<int, int> errorRange() const { return m_errorRange; }
    int errorLine() const { return m_error ? m_error->line : 0; }

    int marginWidth() const;
    void paintMargin(QPaintEvent *event);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    void updateMarginWidth();
    void updateMargin(const QRect &rect, int dy);
    void updateSelections();

    FetchXmlHighlighter *m_highlighter;
    FetchXmlMargin *m_margin;
    std::optional<Error> m_error;
    QPair<int, int> m_errorRange{-1, -1};
};

} // namespace SyncLens
