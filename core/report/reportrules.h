#pragma once

#include "model/orgsettings.h"
#include "policyreport.h"

#include <QCoreApplication>

namespace SyncLens {

// The org's rules (sss-model §1) as sentences, each with the settings it
// stands for, in the words the explainer uses for the decisions they cause.
class ReportRules
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::ReportRules)

public:
    static QList<PolicyReport::Rule> describe(const OrgSettings &settings);
    // "Appointments", "Tasks", "Contacts"
    static QString typePlural(const QString &type);

private:
    static PolicyReport::Rule tracking(const OrgSettings &s);
    static PolicyReport::Rule correlation(const OrgSettings &s);
    static PolicyReport::Rule smartMatching(const OrgSettings &s);
    static PolicyReport::Rule outlookDelete(const QString &type, ExchangeDeleteAction action);
    static PolicyReport::Rule crmDelete(const QString &type);
    static PolicyReport::Rule outOfScope(const OrgSettings &s);
    static PolicyReport::Rule fields(const OrgSettings &s, const QString &type);
};

} // namespace SyncLens
