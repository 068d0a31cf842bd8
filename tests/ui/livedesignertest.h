#pragma once

// The filter designer on a live org (tst_livedesigner, tst_livedesignerbulk):
// a main window connected to a sandbox served by the fake Dataverse, and the
// designer it opens for a user with sync filters.
#include "designer/bulkapplydialog.h"
#include "designer/fetchxmleditor.h"
#include "designer/filterdesignerwindow.h"
#include "designer/livecheckpanel.h"
#include "designer/liveconflictdialog.h"
#include "live/livefiltersession.h"
#include "livewindowtest.h"

#include <QCheckBox>
#include <QJsonObject>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>

namespace SyncLens::LiveTest {

// Appointments that start on or after a day: fewer or more records than the
// sandbox's filters, so that a preview and a conflict have records to show.
inline QString appointmentsAfter(const QString &day)
{
    return QStringLiteral("<fetch version=\"1.0\" mapping=\"logical\"><entity name=\"appointment\">"
                          "<filter type=\"and\"><condition attribute=\"ownerid\" "
                          "operator=\"eq-userid\"/><condition attribute=\"scheduledstart\" "
                          "operator=\"on-or-after\" value=\"%1\"/></filter></entity></fetch>")
        .arg(day);
}

class LiveDesignerTest : public LiveWindowTest
{
protected:
    std::unique_ptr<FakeOrg> m_org;
    QPointer<FilterDesignerWindow> m_designer;
    QString m_userId;
    QString m_filterId; // the user's first appointment filter

    // The window connected to the fake (read-only or not), and the designer
    // of a user with an appointment filter open on that filter.
    bool openDesigner(bool readOnly = false)
    {
        m_org = std::make_unique<FakeOrg>();
        if (!m_org->start())
            return false;
        LiveConnection connection = m_org->connection();
        connection.readOnly = readOnly;
        return connectTo(*m_org, connection) && openDesignerOnOrg();
    }

    // The designer of the open org's first user with an appointment filter.
    bool openDesignerOnOrg()
    {
        auto store = OrgStore::open(m_window->orgPath(), OrgStore::Access::ReadOnly);
        if (!store)
            return false;
        for (const User &u : *(*store)->users()) {
            for (const SyncFilter &f : *(*store)->filters(u.id)) {
                if (f.type == u"appointment" && m_filterId.isEmpty()) {
                    m_userId = u.id;
                    m_filterId = f.id;
                }
            }
        }
        if (m_filterId.isEmpty())
            return false;
        m_designer = m_window->openFilterDesigner(m_userId);
        if (!m_designer)
            return false;
        m_designer->setPreviewDelay(10);
        m_designer->openFilter(m_filterId);
        return QTest::qWaitForWindowExposed(m_designer);
    }

    // Replaces the FetchXML being edited.
    void edit(const QString &fetchXml) { m_designer->fetchXmlEditor()->setPlainText(fetchXml); }

    QAction *designerAction(const char *name) const
    {
        return m_designer->findChild<QAction *>(QLatin1String(name));
    }

    template<typename T> T *waitFor(QObject *parent, const QString &name, int ms = 20000)
    {
        T *found = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                found = parent->findChild<T *>(name);
                auto *widget = qobject_cast<QWidget *>(found);
                return found && (!widget || widget->isVisible());
            },
            ms);
        return shown ? found : nullptr;
    }

    QMessageBox *confirmation()
    {
        return waitFor<QMessageBox>(m_designer, QStringLiteral("confirmChange"));
    }

    // Save… and the confirmation it opens (after the preview).
    QMessageBox *saveAndConfirmation()
    {
        QAction *save = designerAction("saveFilter");
        if (!QTest::qWaitFor([&] { return save->isEnabled(); }, 10000))
            return nullptr;
        save->trigger();
        return confirmation();
    }

    // Clicks the confirmation's button and waits for the write's outcome.
    std::optional<LiveFilterOutcome> confirmAndWait(QMessageBox *box, const char *button)
    {
        QSignalSpy finished(m_designer.data(), &FilterDesignerWindow::liveWriteFinished);
        auto *ok = box->findChild<QPushButton *>(QLatin1String(button));
        if (!ok)
            return std::nullopt;
        ok->click();
        if (!finished.wait(30000))
            return std::nullopt;
        return finished.constFirst().constFirst().value<LiveFilterOutcome>();
    }

    QStringList writesLogged() const
    {
        QStringList writes;
        for (const QString &line : m_org->fake->requestLog()) {
            if (line.startsWith(u"PATCH") || line.startsWith(u"POST") ||
                line.startsWith(u"DELETE") || line.startsWith(u"PUT"))
                writes.append(line);
        }
        return writes;
    }

    QString orgFetchXml(const QString &filterId) const
    {
        const auto *set = m_org->fake->data().entitySet(QStringLiteral("userqueries"));
        if (!set)
            return {};
        for (const QJsonObject &row : set->rows) {
            if (row.value(QStringLiteral("userqueryid")).toString() == filterId)
                return row.value(QStringLiteral("fetchxml")).toString();
        }
        return {};
    }

    // SYNCLENS_SCREENSHOT_DIR=DIR: `widget` as DIR/NAME, to look at.
    static void keepPicture(QWidget *widget, const QString &name)
    {
        if (const QString dir = qEnvironmentVariable("SYNCLENS_SCREENSHOT_DIR"); !dir.isEmpty())
            widget->grab().save(dir + u'/' + name);
    }

    void closeDesigner()
    {
        if (m_designer)
            delete m_designer.data();
        m_filterId.clear();
        m_userId.clear();
    }
};

} // namespace SyncLens::LiveTest
