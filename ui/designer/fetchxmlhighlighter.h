#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace SyncLens {

// Colours FetchXML: element names, attribute names, quoted values, comments.
// Comments may span lines (the block state carries "inside a comment").
class FetchXmlHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FetchXmlHighlighter)

public:
    explicit FetchXmlHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    void highlightComments(const QString &text);

    QTextCharFormat m_element;
    QTextCharFormat m_attribute;
    QTextCharFormat m_value;
    QTextCharFormat m_comment;
    QRegularExpression m_elementPattern;
    QRegularExpression m_attributePattern;
    QRegularExpression m_valuePattern;
};

} // namespace SyncLens
