#include "fakefaults.h"

#include <QRegularExpression>

namespace SyncLens::Fake {

bool FakeFaults::add(const QString &spec)
{
    if (spec.trimmed() == u"check-differ") {
        checkDiffer = true;
        return true;
    }
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(401|429|503|slow|truncate|drop)@(\d+)(?:x(\d+))?$)"));
    const auto match = pattern.match(spec.trimmed());
    if (!match.hasMatch())
        return false;
    const QString kind = match.captured(1);
    const Kind k = kind == u"401"        ? Kind::ExpiredToken
                   : kind == u"429"      ? Kind::Throttle
                   : kind == u"503"      ? Kind::Unavailable
                   : kind == u"slow"     ? Kind::Slow
                   : kind == u"truncate" ? Kind::Truncate
                                         : Kind::Drop;
    const int at = match.captured(2).toInt();
    const int count = match.captured(3).isEmpty() ? 1 : match.captured(3).toInt();
    if (at < 1 || count < 1)
        return false;
    add(k, at, count);
    return true;
}

std::optional<FakeFaults::Kind> FakeFaults::at(int request) const
{
    for (const Fault &f : m_faults) {
        if (request >= f.at && request < f.at + f.count)
            return f.kind;
    }
    return std::nullopt;
}

QString FakeFaults::syntax()
{
    return QStringLiteral("KIND@N or KIND@NxCOUNT, KIND one of 401 429 503 slow truncate drop; "
                          "or check-differ");
}

} // namespace SyncLens::Fake
