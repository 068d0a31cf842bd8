#pragma once

#include "model/link.h"
#include "model/orgsettings.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>
#include <vector>

namespace SyncLens {

// Which fields of one record type travel which way (sss-model §1, `fields`),
// and the field-by-field work of copying them: what changed on a side since
// both last agreed, and the old and new values of each field copied.
class FieldSync
{
public:
    FieldSync() = default;
    FieldSync(const OrgSettings &settings, const QString &type);

    // `both` and `toExchange`: what CRM sends to Exchange.
    const QStringList &outbound() const { return m_outbound; }
    // `both` and `toCrm`: what Exchange sends to CRM.
    const QStringList &inbound() const { return m_inbound; }

    // Absent, null and "" are the same value; otherwise JSON equality.
    static bool sameValue(const QJsonValue &a, const QJsonValue &b);
    // The fields of `names` whose value in `side` differs from `agreed`.
    static QStringList changedFields(const QJsonObject &side, const QJsonObject &agreed,
                                     const QStringList &names);
    // The same from both objects' compact JSON text, parsing neither: each
    // value's text is compared, which is comparing the values when both
    // texts are what compactJson() writes (compactJsonMembers()).
    // std::nullopt when either is not: parse them and ask the other.
    // `names` ascend.
    static std::optional<QStringList>
    changedFields(QByteArrayView sideJson, QByteArrayView agreedJson, const QStringList &names);

    // An inbound decision's three questions of a linked record, each value
    // looked up once (a QJsonObject lookup walks its keys: asking them one
    // by one was a tenth of a change cycle's inbound work).
    struct InboundComparison
    {
        QStringList exchangeChanged; // inbound() fields Exchange changed since agreed
        QStringList crmChanged;      // outbound() fields CRM changed since agreed
        // inbound() fields CRM changed since agreed, which Exchange now holds
        // otherwise: CRM values that never reached Exchange.
        QStringList crmValuesLost;
    };
    InboundComparison compareInbound(const QJsonObject &crm, const QJsonObject &exchange,
                                     const QJsonObject &agreed) const;

    // Copies `names` from `source` into `target` and into `agreed`; returns
    // one fact per field whose value in `target` changed,
    // {"field": name, "old": value, "new": value} (an empty value as null),
    // as the compact JSON text of that array: the journal keeps it as text,
    // and building each fact as an object first cost a tenth of a change
    // cycle's updates.
    static QByteArray copyAsText(const QJsonObject &source, QJsonObject &target,
                                 QJsonObject &agreed, const QStringList &names);
    // copyAsText() of the objects three compact JSON texts parse to, read
    // and written as text: the facts, and the target's and the agreed
    // values' texts after the copy (compactJson() of the objects copy()
    // leaves). A change cycle updates copies so, parsing and writing no
    // QJsonObject. std::nullopt when a text is not what compactJson()
    // writes (compactJsonMembers()): parse them and call the other.
    // `names` ascend.
    struct Copied
    {
        QByteArray factsJson;
        QByteArray targetJson;
        QByteArray agreedJson;
    };
    static std::optional<Copied> copy(QByteArrayView sourceJson, QByteArrayView targetJson,
                                      QByteArrayView agreedJson, const QStringList &names);

    // copyAsText() into an empty side, the one being created: the facts (the
    // text copyAsText() would have returned), and the new side's fields as
    // compact JSON text (compactJson() of the object it would have left),
    // written as they are and, being exactly what both sides agree on, kept
    // as the link's agreed values. No QJsonObject is built for either: that
    // was a quarter of a first cycle.
    struct Created
    {
        QByteArray factsJson;
        QByteArray fieldsJson;
    };
    static Created create(const QJsonObject &source, const QStringList &names);
    // The same from the source's fields as stored, when that text is what
    // compactJson() writes (compactJsonMembers()): its values are copied as
    // they are, with no QJsonObject read or built. std::nullopt otherwise:
    // parse the text and call the other.
    static std::optional<Created> create(QByteArrayView sourceJson, const QStringList &names);

    // `agreed` after a copy created the other side: the values of all synced
    // fields as they now stand on each side.
    QJsonObject agreedValues(const QJsonObject &crm, const QJsonObject &exchange) const;

private:
    QStringList m_outbound;
    QStringList m_inbound;
    // Every synced field once, ascending, with the ways it goes;
    // compareInbound() and agreedValues() walk it.
    struct SyncedField
    {
        QString name;
        bool inbound = false;
        bool outbound = false;
        // A field that only goes to Exchange is agreed as CRM has it; every
        // other as Exchange has it (for `both` fields the two are equal).
        bool agreedFromCrm() const { return outbound && !inbound; }
    };
    std::vector<SyncedField> m_synced;
};

} // namespace SyncLens
