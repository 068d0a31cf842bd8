#include "likepattern.h"

namespace SyncLens {

namespace {

bool hasWildcards(QStringView text)
{
    return text.contains(u'%') || text.contains(u'_') || text.contains(u'[');
}

} // namespace

QString LikePattern::forOperator(FetchOperator op, const QString &value)
{
    switch (op) {
    case FetchOperator::BeginsWith:
    case FetchOperator::NotBeginWith:
        return value + u'%';
    case FetchOperator::EndsWith:
    case FetchOperator::NotEndWith:
        return u'%' + value;
    default:
        return value;
    }
}

bool LikePattern::Token::matches(QChar x) const
{
    switch (kind) {
    case Kind::Char:
        return x == c;
    case Kind::AnyOne:
        return true;
    case Kind::Set:
        break;
    }
    bool inSet = false;
    for (qsizetype i = 0; i < set.size() && !inSet; ++i) {
        if (i + 2 < set.size() && set.at(i + 1) == u'-') { // a range: a-c
            inSet = x >= set.at(i) && x <= set.at(i + 2);
            i += 2;
        } else {
            inSet = x == set.at(i);
        }
    }
    return inSet != negated;
}

bool LikePattern::Segment::matchesAt(QStringView text, qsizetype at) const
{
    if (at < 0 || at + size() > text.size())
        return false;
    if (plain)
        return text.mid(at, size()) == literal;
    for (qsizetype i = 0; i < size(); ++i) {
        if (!tokens[size_t(i)].matches(text.at(at + i)))
            return false;
    }
    return true;
}

qsizetype LikePattern::Segment::find(QStringView text, qsizetype from) const
{
    if (plain)
        return text.indexOf(literal, from);
    for (qsizetype at = from; at + size() <= text.size(); ++at) {
        if (matchesAt(text, at))
            return at;
    }
    return -1;
}

// Reads tokens from `i` up to the next % (or the end), leaving `i` there.
LikePattern::Segment LikePattern::parseSegment(QStringView p, qsizetype &i)
{
    Segment segment;
    for (; i < p.size() && p.at(i) != u'%'; ++i) {
        Token token;
        const QChar c = p.at(i);
        const qsizetype close = c == u'[' ? p.indexOf(u']', i + 1) : -1;
        if (c == u'_') {
            token.kind = Token::Kind::AnyOne;
        } else if (close > i) {
            token.kind = Token::Kind::Set;
            token.set = p.mid(i + 1, close - i - 1).toString();
            token.negated = token.set.startsWith(u'^');
            if (token.negated)
                token.set.remove(0, 1);
            i = close;
        } else { // a character, or an unclosed [ taken literally
            token.c = c;
        }
        segment.plain = segment.plain && token.kind == Token::Kind::Char;
        segment.literal += token.kind == Token::Kind::Char ? token.c : QChar(u'?');
        segment.tokens.push_back(std::move(token));
    }
    return segment;
}

LikePattern::LikePattern(const QString &pattern)
{
    QString p = pattern.toLower();
    while (p.contains(QStringLiteral("%%"))) // "%%" is "%"
        p.replace(QStringLiteral("%%"), QStringLiteral("%"));
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
        m_shape = Shape::Pattern;
        m_literal = pattern;
        qsizetype i = 0;
        while (true) {
            m_segments.push_back(parseSegment(p, i));
            if (i >= p.size())
                break;
            ++i; // past the %
        }
    }
}

// Segments: the first is anchored at the start, the last at the end (each
// alone when there is no %), and the ones between are found in order.
bool LikePattern::matchesSegments(QStringView text) const
{
    const Segment &first = m_segments.front();
    if (m_segments.size() == 1)
        return first.size() == text.size() && first.matchesAt(text, 0);
    const Segment &last = m_segments.back();
    const qsizetype end = text.size() - last.size();
    if (end < first.size() || !first.matchesAt(text, 0) || !last.matchesAt(text, end))
        return false;
    const QStringView middle = text.first(end);
    qsizetype at = first.size();
    for (size_t s = 1; s + 1 < m_segments.size(); ++s) {
        const qsizetype found = m_segments[s].find(middle, at);
        if (found < 0)
            return false;
        at = found + m_segments[s].size();
    }
    return true;
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
    case Shape::Pattern:
        return matchesSegments(text);
    }
    return false;
}

} // namespace SyncLens
