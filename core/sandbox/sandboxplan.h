#pragma once

#include <QtGlobal>

namespace SyncLens {

// How a sandbox's items are shared out among record types: fixed proportions
// of the total, the rounding remainder going to contacts, so that the total
// is exactly what was asked for.
struct SandboxPlan
{
    qint64 accounts = 0;
    qint64 contacts = 0;
    qint64 appointments = 0;
    qint64 tasks = 0;
    qint64 crmEmails = 0;           // tracked emails already in CRM
    qint64 exchangeEmails = 0;      // emails in mailboxes, not yet decided
    qint64 outlookAppointments = 0; // made in Outlook, in mailboxes only

    static SandboxPlan forItems(qint64 items)
    {
        SandboxPlan p;
        p.accounts = items * 2 / 100;
        p.appointments = items * 25 / 100;
        p.tasks = items * 10 / 100;
        p.crmEmails = items * 15 / 100;
        p.exchangeEmails = items * 25 / 100;
        p.outlookAppointments = items * 3 / 100;
        p.contacts = items - (p.accounts + p.appointments + p.tasks + p.crmEmails +
                              p.exchangeEmails + p.outlookAppointments);
        return p;
    }

    qint64 total() const
    {
        return accounts + contacts + appointments + tasks + crmEmails + exchangeEmails +
               outlookAppointments;
    }
};

} // namespace SyncLens
