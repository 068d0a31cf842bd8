#include "fakeodatafilter.h"

#include <QRegularExpression>
#include <QStringList>

namespace SyncLens::Fake {

namespace {

class Parser
{
public:
    explicit Parser(const QString &text)
    {
        static const QRegularExpression token(
            QStringLiteral(R"(\s*(\(|\)|'(?:[^']|'')*'|[^\s()]+))"));
        int at = 0;
        while (at < text.size()) {
            const auto match = token.match(text, at, QRegularExpression::NormalMatch,
                                           QRegularExpression::AnchorAtOffsetMatchOption);
            if (!match.hasMatch()) {
                if (text.mid(at).trimmed().isEmpty())
                    break;
                m_bad = true;
                break;
            }
            m_tokens.append(match.captured(1));
            at = int(match.capturedEnd(0));
        }
    }

    std::optional<ODataFilter::Predicate> parse()
    {
        if (m_bad)
            return std::nullopt;
        auto p = orExpr();
        if (!p || m_at != m_tokens.size())
            return std::nullopt;
        return p;
    }

private:
    QString peek() const { return m_at < m_tokens.size() ? m_tokens.at(m_at) : QString(); }
    QString take() { return m_at < m_tokens.size() ? m_tokens.at(m_at++) : QString(); }

    std::optional<ODataFilter::Predicate> orExpr()
    {
        auto left = andExpr();
        while (left && peek() == u"or") {
            take();
            auto right = andExpr();
            if (!right)
                return std::nullopt;
            left = [l = *left, r = *right](const QJsonObject &row) { return l(row) || r(row); };
        }
        return left;
    }

    std::optional<ODataFilter::Predicate> andExpr()
    {
        auto left = primary();
        while (left && peek() == u"and") {
            take();
            auto right = primary();
            if (!right)
                return std::nullopt;
            left = [l = *left, r = *right](const QJsonObject &row) { return l(row) && r(row); };
        }
        return left;
    }

    std::optional<ODataFilter::Predicate> primary()
    {
        if (peek() == u"(") {
            take();
            auto inner = orExpr();
            if (!inner || take() != u")")
                return std::nullopt;
            return inner;
        }
        const QString column = take();
        const QString op = take();
        const QString literal = take();
        static const QStringList ops{QStringLiteral("eq"), QStringLiteral("ne"),
                                     QStringLiteral("gt"), QStringLiteral("ge"),
                                     QStringLiteral("lt"), QStringLiteral("le")};
        if (column.isEmpty() || literal.isEmpty() || !ops.contains(op))
            return std::nullopt;
        QJsonValue value;
        bool isNumber = false;
        const double number = literal.toDouble(&isNumber);
        if (literal.startsWith(u'\''))
            value = literal.mid(1, literal.size() - 2)
                        .replace(QStringLiteral("''"), QStringLiteral("'"));
        else if (literal == u"true" || literal == u"false")
            value = literal == u"true";
        else if (literal == u"null")
            value = QJsonValue::Null;
        else if (isNumber)
            value = number;
        else
            value = literal; // a GUID or a date-time
        return [column, op, value](const QJsonObject &row) {
            const QJsonValue have = row.value(column);
            int cmp = 0;
            if (have.isDouble() && value.isDouble())
                cmp =
                    have.toDouble() < value.toDouble() ? -1 : (have.toDouble() > value.toDouble());
            else if (have.isBool() && value.isBool())
                cmp = int(have.toBool()) - int(value.toBool());
            else if (value.isNull())
                cmp = (have.isNull() || have.isUndefined()) ? 0 : 1;
            else if (have.isString() && value.isString())
                cmp = QString::compare(have.toString(), value.toString(), Qt::CaseInsensitive);
            else
                return op == u"ne";
            if (op == u"eq")
                return cmp == 0;
            if (op == u"ne")
                return cmp != 0;
            if (op == u"gt")
                return cmp > 0;
            if (op == u"ge")
                return cmp >= 0;
            if (op == u"lt")
                return cmp < 0;
            return cmp <= 0;
        };
    }

    QStringList m_tokens;
    int m_at = 0;
    bool m_bad = false;
};

} // namespace

std::optional<ODataFilter::Predicate> ODataFilter::parse(const QString &text)
{
    return Parser(text).parse();
}

} // namespace SyncLens::Fake
