#include "fetchxmleditor.h"

#include "fetchxmlhighlighter.h"
#include "fetchxmlmargin.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>

namespace SyncLens {

namespace {

// What differs between two texts: the common prefix and suffix lengths.
QPair<int, int> commonEnds(const QString &a, const QString &b)
{
    const int shorter = int(std::min(a.size(), b.size()));
    int prefix = 0;
    while (prefix < shorter && a.at(prefix) == b.at(prefix))
        ++prefix;
    int suffix = 0;
    while (suffix < shorter - prefix && a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;
    return {prefix, suffix};
}

} // namespace

FetchXmlEditor::FetchXmlEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new FetchXmlHighlighter(document()))
    , m_margin(new FetchXmlMargin(this))
{
    setObjectName(QStringLiteral("fetchXmlEditor"));
    setAccessibleName(tr("FetchXML"));
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(true); // keyboard users leave the editor with Tab
    connect(this, &QPlainTextEdit::blockCountChanged, this, &FetchXmlEditor::updateMarginWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &FetchXmlEditor::updateMargin);
    updateMarginWidth();
}

void FetchXmlEditor::replaceText(const QString &text)
{
    const QString old = toPlainText();
    if (old == text)
        return;
    const auto [prefix, suffix] = commonEnds(old, text);
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    cursor.setPosition(prefix);
    cursor.setPosition(int(old.size()) - suffix, QTextCursor::KeepAnchor);
    cursor.insertText(text.mid(prefix, text.size() - prefix - suffix));
    cursor.endEditBlock();
}

void FetchXmlEditor::setError(const std::optional<Error> &error)
{
    m_error = error;
    m_errorRange = {-1, -1};
    if (error && error->line > 0) {
        const QTextBlock block = document()->findBlockByNumber(error->line - 1);
        if (block.isValid()) {
            // The parser's column counts the characters read on the line: the
            // error is at the element that ends there.
            const QString line = block.text();
            const int end = std::clamp(error->column, 1, int(std::max<qsizetype>(line.size(), 1)));
            const qsizetype open = line.lastIndexOf(u'<', end - 1);
            const int start = open >= 0 ? int(open) : end - 1;
            m_errorRange = {block.position() + start, block.position() + end};
        }
    }
    // Marked once the document has finished the change that led here: in the
    // middle of it, the editor's previous marks still point past the text.
    QMetaObject::invokeMethod(this, &FetchXmlEditor::updateSelections, Qt::QueuedConnection);
    m_margin->update();
}

void FetchXmlEditor::updateSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    const int size = document()->characterCount();
    if (m_errorRange.first >= 0 && m_errorRange.second < size) {
        QTextEdit::ExtraSelection line;
        line.format.setBackground(QColor(255, 0, 0, 28));
        line.format.setProperty(QTextFormat::FullWidthSelection, true);
        line.cursor = QTextCursor(document());
        line.cursor.setPosition(m_errorRange.first);
        selections.append(line);
        QTextEdit::ExtraSelection mark;
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(QColor(0xd0, 0x10, 0x10));
        mark.cursor = QTextCursor(document());
        mark.cursor.setPosition(m_errorRange.first);
        mark.cursor.setPosition(m_errorRange.second, QTextCursor::KeepAnchor);
        selections.append(mark);
    }
    setExtraSelections(selections);
}

int FetchXmlEditor::marginWidth() const
{
    const int digits = int(QString::number(std::max(1, blockCount())).size());
    return 14 + fontMetrics().horizontalAdvance(u'9') * std::max(2, digits);
}

void FetchXmlEditor::updateMarginWidth()
{
    setViewportMargins(marginWidth(), 0, 0, 0);
}

void FetchXmlEditor::updateMargin(const QRect &rect, int dy)
{
    if (dy != 0)
        m_margin->scroll(0, dy);
    else
        m_margin->update(0, rect.y(), m_margin->width(), rect.height());
}

void FetchXmlEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    m_margin->setGeometry(QRect(r.left(), r.top(), marginWidth(), r.height()));
}

void FetchXmlEditor::paintMargin(QPaintEvent *event)
{
    QPainter painter(m_margin);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int height = fontMetrics().height();
    while (block.isValid() && top <= event->rect().bottom()) {
        const int number = block.blockNumber() + 1;
        if (m_error && number == m_error->line) {
            // A filled mark beside the number, so the line stands out without colour too.
            painter.setBrush(QColor(0xd0, 0x10, 0x10));
            painter.setPen(Qt::NoPen);
            painter.drawEllipse(QRect(3, top + height / 2 - 3, 7, 7));
        }
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(0, top, m_margin->width() - 4, height, Qt::AlignRight,
                         QString::number(number));
        top += qRound(blockBoundingRect(block).height());
        block = block.next();
    }
}

// The error's message as the tooltip of its line.
bool FetchXmlEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_error) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint inViewport = viewport()->mapFrom(this, help->pos());
        const QTextCursor at = cursorForPosition(inViewport);
        if (at.blockNumber() + 1 == m_error->line) {
            QToolTip::showText(help->globalPos(), m_error->message, this);
            return true;
        }
    }
    return QPlainTextEdit::event(event);
}

} // namespace SyncLens
