#include "likepattern.h"

namespace SyncLens {

namespace {

bool hasWildcards(QStringView text)
{
    return text.contains(u'%') || text.contains(u'_') || text.contains(u'[');
}

QString toRegex(const QString &pattern)
{
    QString regex = QStringLiteral("\\A");
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'%') {
            regex += QStringLiteral(".*");
        } else if (c == u'_') {
            regex += u'.';
        } else if (c == u'[') {
            const qsizetype end = pattern.indexOf(u']', i + 1);
            if (end < 0) { // an unclosed [ is a literal
                regex += QRegularExpression::escape(pattern.mid(i, 1));
                continue;
            }
            QString set = pattern.mid(i + 1, end - i - 1);
            const bool negated = set.startsWith(u'^');
            if (negated)
                set.remove(0, 1);
            regex += (negated ? QStringLiteral("[^") : QStringLiteral("[")) +
                     QRegularExpression::escape(set).replace(QStringLiteral("\\-"),
                                                             QStringLiteral("-")) +
                     u']';
            i = end;
        } else {
            regex += QRegularExpression::escape(QString(c));
        }
    }
    return regex + QStringLiteral("\\z");
}

} // namespace

LikePattern::LikePattern(const QString &pattern)
{
    const QString p = pattern.toLower();
    const QStringView inner = QStringView(p).mid(1, std::max<qsizetype>(0, p.size() - 2));
    if (!hasWildcards(p)) {
        m_shape = Shape::Equals;
        m_literal = p;
    } else if (p.size() >= 2 && p.startsWith(u'%') && p.endsWith(u'%') && !hasWildcards(inner)) {
        m_shape = Shape::Contains;
        m_literal = inner.toString();
    } else if (p.endsWith(u'%') && !hasWildcards(QStringView(p).chopped(1))) {
        m_shape = Shape::BeginsWith;
        m_literal = p.chopped(1);
    } else if (p.startsWith(u'%') && !hasWildcards(QStringView(p).mid(1))) {
        m_shape = Shape::EndsWith;
        m_literal = p.mid(1);
    } else {
        m_shape = Shape::Regex;
        m_literal = pattern;
        m_regex = QRegularExpression(toRegex(p), QRegularExpression::DotMatchesEverythingOption);
    }
}

bool LikePattern::matches(const QString &text) const
{
    switch (m_shape) {
    case Shape::Equals:
        return text == m_literal;
    case Shape::BeginsWith:
        return text.startsWith(m_literal);
    case Shape::EndsWith:
        return text.endsWith(m_literal);
    case Shape::Contains:
        return text.contains(m_literal);
    case Shape::Regex:
        return m_regex.match(text).hasMatch();
    }
    return false;
}

} // namespace SyncLens
