#pragma once

// Shared by the filter designer's widget tests: a sandbox org opened by a real
// engine on its own thread, and helpers that drive the widgets by keyboard
// and mouse like a person would.
#include "designer/conditiongroupwidget.h"
#include "designer/conditionrowwidget.h"
#include "designer/conditiontreeeditor.h"
#include "designer/fetchxmleditor.h"
#include "designer/filterdesignerwindow.h"
#include "fetchxml/fetchxmlparser.h"
#include "fetchxml/fetchxmlwriter.h"
#include "sandbox/sandboxgenerator.h"
#include "store/orgstore.h"
#include "sync/syncengine.h"
#include "totext.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace SyncLens::Test {

class DesignerFixture
{
public:
    // A sandbox org and an engine that has it open.
    bool setUp(int users = 4, int items = 2400)
    {
        QStandardPaths::setTestModeEnabled(true);
        m_org = m_dir.filePath(QStringLiteral("org.db"));
        SandboxSpec spec;
        spec.users = users;
        spec.items = items;
        spec.seed = 5;
        if (!SandboxGenerator::createFile(m_org, spec, true))
            return false;
        m_host = std::make_unique<SyncEngineThread>();
        QSignalSpy opened(m_host->engine(), &SyncEngine::orgOpened);
        QMetaObject::invokeMethod(m_host->engine(), "openOrg", Q_ARG(QString, m_org));
        if (!QTest::qWaitFor([&] { return !opened.isEmpty(); }, 20000))
            return false;
        auto reader = OrgStore::open(m_org, OrgStore::Access::ReadOnly);
        if (!reader)
            return false;
        m_reader = std::move(reader).value();
        return true;
    }

    void tearDown()
    {
        m_reader.reset();
        m_host.reset();
    }

    // The first user with an appointment filter and mailbox synchronisation on.
    QString userWithAppointments() const
    {
        for (const Mailbox &m : m_reader->mailboxes().value()) {
            if (m.act != ChannelMode::Sss || !m.enabled)
                continue;
            for (const SyncFilter &f : m_reader->filters(m.userId).value()) {
                if (f.type == u"appointment")
                    return m.userId;
            }
        }
        return {};
    }

    std::unique_ptr<FilterDesignerWindow> open(const QString &userId)
    {
        auto window = std::make_unique<FilterDesignerWindow>(m_org, engine(), userId);
        window->setPreviewDelay(10);
        window->show();
        // Keys go to the focus widget only in the active window.
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get()))
            qWarning("the designer did not become active");
        return window;
    }

    SyncEngine *engine() const { return m_host->engine(); }
    OrgStore &reader() const { return *m_reader; }
    QString orgPath() const { return m_org; }

private:
    QTemporaryDir m_dir;
    QString m_org;
    std::unique_ptr<SyncEngineThread> m_host;
    std::unique_ptr<OrgStore> m_reader;
};

// Picks `text` in a combo box with the keyboard: Home, then Down until there.
inline bool chooseByKeyboard(QComboBox *combo, const QString &text)
{
    const int target = combo->findText(text);
    if (target < 0)
        return false;
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < target; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    return combo->currentIndex() == target;
}

// Replaces the editor's text by typing it, line by line, as a person would.
inline void typeText(FetchXmlEditor *editor, const QStringList &lines)
{
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(editor, Qt::Key_Delete);
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, lines[i]);
    }
}

inline QMessageBox *confirmation(QWidget &window)
{
    QMessageBox *box = nullptr;
    if (!QTest::qWaitFor(
            [&] {
                box = window.findChild<QMessageBox *>(QStringLiteral("confirmChange"));
                return box && box->isVisible();
            },
            10000))
        return nullptr;
    return box;
}

inline QAction *action(QWidget &window, const char *name)
{
    return window.findChild<QAction *>(QLatin1String(name));
}

inline FetchQuery parsed(const QString &text)
{
    return FetchXmlParser().parse(text).value();
}

} // namespace SyncLens::Test
