#pragma once

#include "fetchoperator.h"

#include <QString>

#include <vector>

namespace SyncLens {

// A `like` pattern (% any run, _ one character, [abc] / [a-c] one of,
// [^abc] none of) matched against lower-cased text. The common shapes (x, x%,
// %x, %x%) are plain string tests; any other pattern is split at its % into
// segments that are found left to right, each at its first place: % matches
// anything, so the first place is always the best one and nothing is ever
// tried again. A match takes at most (text length × pattern length) steps,
// whatever the number of %, and never gives up.
class LikePattern
{
public:
    explicit LikePattern(const QString &pattern);
    bool matches(const QString &lowerCaseText) const;

    // The like pattern of a string operator's value: begins-with "x" is
    // like "x%", ends-with "x" is like "%x" (their negations the same);
    // Microsoft documents the same wildcards for all of them.
    static QString forOperator(FetchOperator op, const QString &value);

    enum class Shape
    {
        Equals,
        BeginsWith,
        EndsWith,
        Contains,
        Pattern
    };
    Shape shape() const { return m_shape; }
    // The pattern without its outer % for the simple shapes (for sentences);
    // the whole pattern otherwise.
    QString literal() const { return m_literal; }

private:
    struct Token
    {
        enum class Kind
        {
            Char,
            AnyOne,
            Set
        };
        Kind kind = Kind::Char;
        QChar c;
        QString set; // Set: the characters and ranges between the brackets
        bool negated = false;

        bool matches(QChar x) const;
    };
    struct Segment // the tokens between two %
    {
        std::vector<Token> tokens;
        QString literal; // the same text, when the segment has no wildcard
        bool plain = true;

        qsizetype size() const { return qsizetype(tokens.size()); }
        bool matchesAt(QStringView text, qsizetype at) const;
        qsizetype find(QStringView text, qsizetype from) const; // -1: nowhere
    };
    static Segment parseSegment(QStringView pattern, qsizetype &i);
    bool matchesSegments(QStringView text) const;

    Shape m_shape = Shape::Equals;
    QString m_literal;
    std::vector<Segment> m_segments; // Pattern: the parts between the %
};

} // namespace SyncLens
