#pragma once

#include "model/orgsettings.h"
#include "trackingtoken.h"

#include <QRegularExpression>
#include <QStringList>

namespace SyncLens {

// Subjects as smart matching compares them (sss-model §2): tokens removed,
// what filterKeywords matches ("RE:", "FW:", "AW: Re:") removed, lower case,
// white space collapsed. The pattern is compiled once, not per email.
class SubjectNormalizer
{
public:
    explicit SubjectNormalizer(const OrgSettings &settings);

    QString normalize(const QString &subject) const;
    const TrackingToken &tokens() const { return m_tokens; }
    // What the last step does: lower case, white space collapsed (exactly
    // QString::toLower().simplified(), faster).
    static QString foldCase(QStringView text);

    // A normalised subject's words (it is already split by single spaces).
    static QStringList words(const QString &normalized);
    // Words that differ, position by position, plus the difference in word
    // count: "renewal terms 2026" vs "renewal term" → 1 + 1 = 2.
    static int wordsDiffering(const QStringList &a, const QStringList &b);

private:
    void removeKeywords(QString &text) const;

    TrackingToken m_tokens;
    QRegularExpression m_keywords;
    bool m_defaultKeywords; // the model's pattern: scanned without the regex engine
};

} // namespace SyncLens
