#include "jsonsourcedocument.h"

namespace SyncLens {

JsonPosition JsonSourceDocument::valuePosition(const QString &pointer) const
{
    return m_values.value(pointer);
}

JsonPosition JsonSourceDocument::keyPosition(const QString &pointer) const
{
    const auto key = m_keys.constFind(pointer);
    return key != m_keys.cend() ? *key : valuePosition(pointer);
}

QStringList JsonSourceDocument::keys(const QString &pointer) const
{
    return m_keyOrder.value(pointer);
}

QString JsonSourceDocument::childPointer(const QString &parent, const QString &key)
{
    QString escaped = key;
    // RFC 6901: '~' first, so that the '~' of "~1" is not escaped again.
    escaped.replace(u'~', QLatin1String("~0")).replace(u'/', QLatin1String("~1"));
    return parent + u'/' + escaped;
}

QString JsonSourceDocument::childPointer(const QString &parent, qsizetype index)
{
    return parent + u'/' + QString::number(index);
}

QStringList JsonSourceDocument::segments(const QString &pointer)
{
    QStringList parts = pointer.split(u'/');
    parts.removeFirst(); // the empty text before the leading '/' (or the root itself)
    for (QString &part : parts)
        part.replace(QLatin1String("~1"), QLatin1String("/"))
            .replace(QLatin1String("~0"), QLatin1String("~"));
    return parts;
}

} // namespace SyncLens
