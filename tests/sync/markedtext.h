#pragma once

#include <QByteArray>
#include <QString>

namespace SyncLens::Test {

// A test text with a backtick where an error must be reported: the text
// without it, and the 1-based line and column of the character after it.
struct MarkedText
{
    QByteArray utf8;
    int line = 0;
    int column = 0;
};

inline MarkedText marked(const QString &text)
{
    const qsizetype at = text.indexOf(u'`');
    const QString before = text.left(at);
    MarkedText result;
    result.line = int(before.count(u'\n')) + 1;
    result.column = int(before.size() - (before.lastIndexOf(u'\n') + 1)) + 1;
    result.utf8 = QString(text).remove(at, 1).toUtf8();
    return result;
}

} // namespace SyncLens::Test
