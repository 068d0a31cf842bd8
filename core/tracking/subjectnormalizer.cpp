#include "subjectnormalizer.h"

namespace SyncLens {

SubjectNormalizer::SubjectNormalizer(const OrgSettings &settings)
    : m_tokens(settings.tracking)
    , m_keywords(settings.smartMatching.filterKeywords,
                 QRegularExpression::UseUnicodePropertiesOption)
{
    m_keywords.optimize(); // every incoming email goes through it
}

QString SubjectNormalizer::normalize(const QString &subject) const
{
    QString text = m_tokens.strip(subject);
    if (m_keywords.isValid()) // settings validate the pattern when saved
        text.remove(m_keywords);
    return std::move(text).toLower().simplified();
}

QStringList SubjectNormalizer::words(const QString &normalized)
{
    return normalized.split(u' ', Qt::SkipEmptyParts);
}

int SubjectNormalizer::wordsDiffering(const QStringList &a, const QStringList &b)
{
    const qsizetype common = std::min(a.size(), b.size());
    int differing = int(std::abs(a.size() - b.size()));
    for (qsizetype i = 0; i < common; ++i)
        differing += a.at(i) != b.at(i);
    return differing;
}

} // namespace SyncLens
