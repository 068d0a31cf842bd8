#include "orgstore.h"

#include <QJsonDocument>
#include <QSqlQuery>

// The org's key-value facts: meta values, its settings, and named sequences.
namespace SyncLens {

namespace {
const QString kMetaSettings = QStringLiteral("org.settings");
} // namespace

Result<QString> OrgStore::metaValue(const QString &key)
{
    auto query = exec(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
    if (!query)
        return query.error();
    QString value = (*query)->next() ? (*query)->value(0).toString() : QString();
    (*query)->finish();
    return value;
}

Result<void> OrgStore::setMetaValue(const QString &key, const QString &value)
{
    return write(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"
                                " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                 {key, value});
}

Result<OrgSettings> OrgStore::orgSettings()
{
    const auto text = metaValue(kMetaSettings);
    if (!text)
        return text.error();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text->toUtf8(), &parseError);
    if (!doc.isObject()) {
        return makeError(
            Error::Code::Corrupt,
            tr("%1: the org settings are damaged (%2)").arg(m_path, parseError.errorString()));
    }
    return OrgSettings{}.withOverrides(doc.object());
}

Result<void> OrgStore::setOrgSettings(const OrgSettings &settings)
{
    // What is saved must read back: the same checks as a scenario's overrides
    // (a filterKeywords pattern that does not compile, …); the old settings stay.
    if (auto valid = OrgSettings{}.withOverrides(settings.toJson()); !valid)
        return valid.error();
    const QByteArray json = QJsonDocument(settings.toJson()).toJson(QJsonDocument::Compact);
    return transaction([&]() -> Result<void> {
        if (auto r = stampChange(settingsMark()); !r)
            return r;
        return setMetaValue(kMetaSettings, QString::fromUtf8(json));
    });
}

Result<qint64> OrgStore::nextSequenceValue(const QString &name)
{
    qint64 value = 0;
    auto r = transaction([&]() -> Result<void> {
        if (auto w = write(QStringLiteral("INSERT INTO sequences (name, value) VALUES (?, 1)"
                                          " ON CONFLICT (name) DO UPDATE SET value = value + 1"),
                           {name});
            !w)
            return w;
        auto query = exec(QStringLiteral("SELECT value FROM sequences WHERE name = ?"), {name});
        if (!query)
            return query.error();
        value = (*query)->next() ? (*query)->value(0).toLongLong() : 0;
        (*query)->finish();
        return {};
    });
    if (!r)
        return r.error();
    return value;
}

Result<void> OrgStore::setSequenceValue(const QString &name, qint64 value)
{
    return write(QStringLiteral("INSERT INTO sequences (name, value) VALUES (?, ?)"
                                " ON CONFLICT (name) DO UPDATE SET value = excluded.value"),
                 {name, value});
}

} // namespace SyncLens
