#include "subjectnormalizer.h"

namespace SyncLens {

namespace {

constexpr qsizetype kUnsure = -2; // a character the ASCII scan cannot judge

bool isAsciiSpace(char16_t u)
{
    return u == u' ' || (u >= u'\t' && u <= u'\r');
}

bool isAsciiWord(char16_t u)
{
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
           u == u'_';
}

// The default filterKeywords pattern, ^[\s]*([\w]+\s?:[\s]*)+ , as a plain
// scan: where its match ends, -1 for no match, kUnsure when it meets a
// character beyond ASCII (which \w or \s might take in Unicode).
qsizetype defaultKeywordsEnd(QStringView text)
{
    const qsizetype n = text.size();
    qsizetype p = 0, end = -1;
    auto at = [&](qsizetype i) { return i < n ? text.at(i).unicode() : char16_t(0); };
    while (p < n && isAsciiSpace(at(p)))
        ++p;
    for (;;) { // one "word, an optional space, a colon, spaces" after another
        qsizetype q = p;
        while (isAsciiWord(at(q)))
            ++q;
        if (at(q) >= 0x80)
            return kUnsure;
        if (q == p)
            break;
        if (isAsciiSpace(at(q)))
            ++q;
        if (at(q) >= 0x80)
            return kUnsure;
        if (at(q) != u':')
            break;
        ++q;
        while (isAsciiSpace(at(q)))
            ++q;
        if (at(q) >= 0x80)
            return kUnsure;
        end = p = q;
    }
    return end;
}

// toLower().simplified() in one pass and one allocation, the tracker's hot
// path. Beyond ASCII, a letter with a case of its own (İ lowers to two
// characters) or a surrogate takes Qt's way, which knows special casing.
QString lowerSimplified(QStringView text)
{
    QString out(text.size(), Qt::Uninitialized);
    QChar *to = out.data();
    bool space = false; // a space is pending between two words
    for (const QChar c : text) {
        char16_t u = c.unicode();
        const bool blank = u < 0x80 ? isAsciiSpace(u) : c.isSpace();
        if (blank) {
            space = to != out.constData();
            continue;
        }
        if (u >= u'A' && u <= u'Z')
            u += 32;
        else if (u >= 0x80 &&
                 (c.isSurrogate() || c.isUpper() || c.isTitleCase() || c.toLower() != c))
            return text.toString().toLower().simplified();
        if (space)
            *to++ = u' ';
        space = false;
        *to++ = QChar(u);
    }
    out.truncate(to - out.constData());
    return out;
}

} // namespace

SubjectNormalizer::SubjectNormalizer(const OrgSettings &settings)
    : m_tokens(settings.tracking)
    , m_keywords(settings.smartMatching.filterKeywords,
                 QRegularExpression::UseUnicodePropertiesOption)
    , m_defaultKeywords(settings.smartMatching.filterKeywords ==
                        OrgSettings::SmartMatching{}.filterKeywords)
{
    m_keywords.optimize(); // every incoming email goes through it
}

QString SubjectNormalizer::normalize(const QString &subject) const
{
    QString text = m_tokens.strip(subject);
    removeKeywords(text);
    return lowerSimplified(text);
}

// What filterKeywords matches goes. The default pattern is scanned by hand
// when the subject lets the scan be sure; a pattern that matches nothing
// costs one match(), not a global replace.
void SubjectNormalizer::removeKeywords(QString &text) const
{
    if (m_defaultKeywords) {
        const qsizetype end = defaultKeywordsEnd(text);
        if (end >= 0)
            text.remove(0, end);
        if (end != kUnsure)
            return;
    }
    if (m_keywords.isValid() && m_keywords.match(text).hasMatch())
        text.remove(m_keywords); // settings validate the pattern when saved
}

QString SubjectNormalizer::foldCase(QStringView text)
{
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
