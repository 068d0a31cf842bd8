#pragma once

#include "scenario/scenario.h"

#include <QCoreApplication>
#include <QHash>

namespace SyncLens {

// A scenario's steps in words, as a trainer reads them out: "09:20 Alice
// edits a1 in Outlook: subject “Quarterly review (agenda attached)”". People
// are named by their first names, mailboxes by their users; times are the
// simulated clock's, in UTC, with the date when the story has moved on a day.
class ScenarioStepText
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::ScenarioStepText)

public:
    explicit ScenarioStepText(const Scenario &scenario);

    // The time and the action: "09:20 Alice edits a1 in Outlook: …".
    QString describe(const ScenarioStep &step) const;
    QString time(const ScenarioStep &step) const;
    QString action(const ScenarioStep &step) const;
    // An expect step's check in words: "a1's latest decision is LEFT_SCOPE".
    QString check(const ScenarioCheck &check) const;

private:
    QString crmAction(const ScenarioStep &step) const;
    QString exchangeAction(const ScenarioStep &step) const;
    QString settingAction(const ScenarioStep &step) const;
    QString recordCheck(const ScenarioCheck &check) const;
    QString person(const QString &userId) const;
    QString mailboxOwner(const QString &mailboxId) const;
    QString fields(const QJsonObject &fields) const;
    QString value(const QJsonValue &value) const;
    static QString typeName(const QString &type);
    static QString quoted(const QString &text);

    QDate m_startDate;
    QHash<QString, QString> m_people;    // user id → first name
    QHash<QString, QString> m_mailboxes; // mailbox id → user id
};

} // namespace SyncLens
