#pragma once

#include <QRegularExpression>
#include <QString>

namespace SyncLens {

// A `like` pattern (% any run, _ one character, [abc] one of) matched against
// lower-cased text. The common shapes (x, x%, %x, %x%) skip the regex.
class LikePattern
{
public:
    explicit LikePattern(const QString &pattern);
    bool matches(const QString &lowerCaseText) const;

    enum class Shape
    {
        Equals,
        BeginsWith,
        EndsWith,
        Contains,
        Regex
    };
    Shape shape() const { return m_shape; }
    // The pattern without its outer % for the simple shapes (for sentences).
    QString literal() const { return m_literal; }

private:
    Shape m_shape = Shape::Equals;
    QString m_literal;
    QRegularExpression m_regex;
};

} // namespace SyncLens
