#include "fetchxmlhighlighter.h"

#include <QGuiApplication>
#include <QPalette>

namespace SyncLens {

namespace {
enum BlockState
{
    Normal = 0,
    InComment = 1
};
} // namespace

FetchXmlHighlighter::FetchXmlHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_elementPattern(QStringLiteral("</?[A-Za-z][\\w:-]*|/?>"))
    , m_attributePattern(QStringLiteral("\\b[A-Za-z_][\\w:-]*(?=\\s*=)"))
    , m_valuePattern(QStringLiteral("\"[^\"]*\"|'[^']*'"))
{
    // Dark enough on a light background, light enough on a dark one.
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    m_element.setForeground(dark ? QColor(0x7f, 0xb4, 0xff) : QColor(0x1a, 0x4f, 0xa0));
    m_element.setFontWeight(QFont::DemiBold);
    m_attribute.setForeground(dark ? QColor(0xe0, 0xa8, 0x60) : QColor(0x8a, 0x4b, 0x08));
    m_value.setForeground(dark ? QColor(0x9c, 0xd6, 0x8a) : QColor(0x1e, 0x7a, 0x1e));
    m_comment.setForeground(QColor(0x80, 0x80, 0x80));
    m_comment.setFontItalic(true);
}

void FetchXmlHighlighter::highlightBlock(const QString &text)
{
    for (const auto &[pattern, format] :
         {std::pair{&m_elementPattern, &m_element}, std::pair{&m_attributePattern, &m_attribute},
          std::pair{&m_valuePattern, &m_value}}) {
        auto matches = pattern->globalMatch(text);
        while (matches.hasNext()) {
            const auto m = matches.next();
            setFormat(int(m.capturedStart()), int(m.capturedLength()), *format);
        }
    }
    highlightComments(text);
}

void FetchXmlHighlighter::highlightComments(const QString &text)
{
    setCurrentBlockState(Normal);
    qsizetype start = previousBlockState() == InComment ? 0 : text.indexOf(QLatin1String("<!--"));
    while (start >= 0) {
        const qsizetype end = text.indexOf(QLatin1String("-->"), start);
        if (end < 0) {
            setCurrentBlockState(InComment);
            setFormat(int(start), int(text.size() - start), m_comment);
            return;
        }
        setFormat(int(start), int(end + 3 - start), m_comment);
        start = text.indexOf(QLatin1String("<!--"), end + 3);
    }
}

} // namespace SyncLens
