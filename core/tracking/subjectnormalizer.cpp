#include "subjectnormalizer.h"

namespace SyncLens {

namespace {

// toLower().simplified() in one pass and one allocation for ASCII subjects,
// the common case on the tracker's hot path; others take Qt's way, which
// knows every script's case and white space.
QString lowerSimplified(QStringView text)
{
    QString out(text.size(), Qt::Uninitialized);
    QChar *to = out.data();
    bool space = false; // a space is pending between two words
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x80)
            return text.toString().toLower().simplified();
        if (u == u' ' || (u >= u'\t' && u <= u'\r')) {
            space = to != out.constData();
            continue;
        }
        if (space)
            *to++ = u' ';
        space = false;
        *to++ = QChar(u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u);
    }
    out.truncate(to - out.constData());
    return out;
}

} // namespace

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
    return lowerSimplified(text);
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
