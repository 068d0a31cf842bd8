#include "liveexplainnote.h"

#include "explain/reasoncodetext.h"
#include "model/correlationmethod.h"
#include "model/recordtypes.h"
#include "store/orgstore.h"

namespace SyncLens {

QString LiveExplainNote::forItem(OrgStore &store, const QString &itemId)
{
    const auto source = store.source();
    if (!source || *source != u"live")
        return {};
    const auto record = store.crmRecord(itemId);
    if (!record || !*record || (*record)->type != RecordTypes::Email)
        return {};
    const QJsonValue method = (*record)->fields.value(QStringLiteral("correlationmethod"));
    if (!method.isDouble())
        return tr("Read from Dynamics 365: the email records no correlation method.");
    const int value = method.toInt();
    if (const auto code = reasonCodeOfCorrelationMethod(value)) {
        //: %1 the rule in words, %2 its reason code (TOKEN, …), %3 Dataverse's name of the value
        return tr("Read from Dynamics 365: %1 (%2; correlationmethod %3).")
            .arg(ReasonCodeText::plainName(*code), reasonCodeName(*code),
                 correlationMethodName(value));
    }
    //: %1 Dataverse's name of the value (None, Skipped, …)
    return tr("Read from Dynamics 365: correlationmethod %1 names no correlation rule (another "
              "rule, or none, decided).")
        .arg(correlationMethodName(value));
}

} // namespace SyncLens
