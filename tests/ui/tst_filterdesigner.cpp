#include "designer/conditionvalueeditor.h"
#include "designer/filterdraft.h"
#include "designer/filterhistorypanel.h"
#include "designer/filterlistmodel.h"
#include "designerfixture.h"
#include "mailboxdetailspane.h"
#include "mailboxespanel.h"
#include "mainwindow.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableView>
#include <QTreeView>

using namespace SyncLens;
using namespace SyncLens::Test;

// The filter designer's editors, driven by keyboard and mouse: the condition
// editor and the FetchXML kept in step, the sentence, errors, the list of
// filters and the drafts that survive a crash.
class TestFilterDesigner : public QObject
{
    Q_OBJECT

    DesignerFixture m_fixture;
    QString m_user;

    // Starts a blank appointment filter from the New menu.
    void newBlankAppointmentFilter(FilterDesignerWindow &window)
    {
        QAction *blank = window.findChild<QAction *>(QStringLiteral("blank:appointment"));
        QVERIFY(blank);
        blank->trigger();
        QVERIFY(window.draft()->isNew());
        QCOMPARE(window.draft()->filter().type, QStringLiteral("appointment"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_fixture.setUp());
        m_user = m_fixture.userWithAppointments();
        QVERIFY(!m_user.isEmpty());
    }

    void cleanupTestCase() { m_fixture.tearDown(); }

    void init() { QDir(DraftStore(m_fixture.orgPath()).folder()).removeRecursively(); }

    void conditionEditorWritesFetchXmlAndTheSentence()
    {
        auto window = m_fixture.open(m_user);
        newBlankAppointmentFilter(*window);
        ConditionGroupWidget *root = window->conditionEditor()->rootGroup();
        QCOMPARE(root->rows().size(), 0);
        QCOMPARE(window->sentenceLabel()->text(), QStringLiteral("All appointments"));

        // owner is the filter's user
        QTest::mouseClick(root->addConditionButton(), Qt::LeftButton);
        QCOMPARE(root->rows().size(), 1);
        ConditionRowWidget *owner = root->rows().at(0);
        QVERIFY(chooseByKeyboard(owner->fieldBox(), QStringLiteral("owner")));
        QVERIFY(chooseByKeyboard(owner->operatorBox(), QStringLiteral("is the filter's user")));
        // and start time in the last 14 days
        QTest::mouseClick(root->addConditionButton(), Qt::LeftButton);
        ConditionRowWidget *start = root->rows().at(1);
        QVERIFY(chooseByKeyboard(start->fieldBox(), QStringLiteral("start time")));
        QVERIFY(chooseByKeyboard(start->operatorBox(), QStringLiteral("is in the last … days")));
        auto *days = start->valueEditor()->findChild<QSpinBox *>();
        QVERIFY(days);
        days->setFocus();
        QTest::keyClick(days, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(days, QStringLiteral("14"));
        // and either subject like %review% (a nested "any of" group)
        QTest::mouseClick(root->addGroupButton(), Qt::LeftButton);
        ConditionRowWidget *subject = root->groups().at(0)->rows().at(0);
        QVERIFY(chooseByKeyboard(subject->operatorBox(), QStringLiteral("matches (% = any text)")));
        auto *pattern = subject->valueEditor()->findChild<QLineEdit *>();
        QVERIFY(pattern);
        QTest::keyClicks(pattern, QStringLiteral("%review%"));

        const FetchQuery expected = parsed(QStringLiteral(
            R"(<fetch version="1.0" mapping="logical"><entity name="appointment">)"
            R"(<filter type="and"><condition attribute="ownerid" operator="eq-userid"/>)"
            R"(<condition attribute="scheduledstart" operator="last-x-days" value="14"/>)"
            R"(<filter type="or"><condition attribute="subject" operator="like" value="%review%"/>)"
            R"(</filter></filter></entity></fetch>)"));
        QCOMPARE(window->fetchXmlEditor()->toPlainText(), FetchXmlWriter::write(expected));
        QCOMPARE(window->sentenceLabel()->text(),
                 QStringLiteral("Appointments that you own, whose start time is in the last "
                                "14 day(s) and whose subject contains \"review\""));
        // One undoable step per edit, in the text's own history.
        QVERIFY(action(*window, "undoEdit")->isEnabled());
        action(*window, "undoEdit")->trigger();
        QVERIFY(window->fetchXmlEditor()->toPlainText().contains(QStringLiteral("%review")));
        QVERIFY(!window->fetchXmlEditor()->toPlainText().contains(QStringLiteral("%review%")));
        QCOMPARE(window->conditionEditor()->rootGroup()->groups().size(), 1);
    }

    void editingTheTextUpdatesTheConditions()
    {
        auto window = m_fixture.open(m_user);
        window->openFirstFilterOfType(QStringLiteral("appointment"));
        typeText(
            window->fetchXmlEditor(),
            {QStringLiteral(R"(<fetch><entity name="appointment"><filter type="or">)"),
             QStringLiteral(R"(<condition attribute="location" operator="like" value="%Paris%"/>)"),
             QStringLiteral(R"(<condition attribute="prioritycode" operator="eq" value="2"/>)"),
             QStringLiteral("</filter></entity></fetch>")});
        ConditionTreeEditor *tree = window->conditionEditor();
        QVERIFY(!tree->isBlocked());
        ConditionGroupWidget *root = tree->rootGroup();
        QCOMPARE(root->typeBox()->currentText(), QStringLiteral("Any of these (or)"));
        QCOMPARE(root->rows().size(), 2);
        QCOMPARE(root->rows()[0]->fieldBox()->currentText(), QStringLiteral("location"));
        QCOMPARE(root->rows()[1]->fieldBox()->currentText(), QStringLiteral("priority"));
        // The option set's value shows as its label.
        auto *priority = root->rows()[1]->valueEditor()->findChild<QComboBox *>();
        QVERIFY(priority);
        QCOMPARE(priority->currentText(), QStringLiteral("High"));
        QCOMPARE(window->sentenceLabel()->text(),
                 QStringLiteral("Appointments either whose location contains \"paris\" or whose "
                                "priority is \"High\""));
        QVERIFY(window->draft()->isDirty());

        // What the condition editor cannot show stays text, and it says so.
        typeText(
            window->fetchXmlEditor(),
            {QStringLiteral(R"(<fetch><entity name="appointment">)"),
             QStringLiteral(
                 R"(<link-entity name="account" from="accountid" to="regardingobjectid">)"),
             QStringLiteral(
                 R"(<filter><condition attribute="address1_city" operator="eq" value="Paris"/></filter>)"),
             QStringLiteral("</link-entity></entity></fetch>")});
        QVERIFY(tree->isBlocked());
        QVERIFY(tree->notice().contains(QStringLiteral("link-entity")));
        QVERIFY(!tree->rootGroup()->isEnabled());
        QVERIFY(window->sentenceLabel()->text().contains(QStringLiteral("related account")));
        QVERIFY(action(*window, "saveFilter")->isEnabled());
    }

    void aSyntaxErrorIsMarkedWhereItIsAndBlocksSaving()
    {
        auto window = m_fixture.open(m_user);
        window->openFirstFilterOfType(QStringLiteral("appointment"));
        const QStringList lines{
            QStringLiteral(R"(<fetch><entity name="appointment">)"),
            QStringLiteral(R"(  <filter type="and">)"),
            QStringLiteral(
                R"(    <condition attribute="subject" operator="sounds-like" value="x"/>)"),
            QStringLiteral("  </filter>"), QStringLiteral("</entity></fetch>")};
        typeText(window->fetchXmlEditor(), lines);
        FetchXmlEditor *editor = window->fetchXmlEditor();
        QCOMPARE(editor->errorLine(), 3);
        QTRY_COMPARE(editor->extraSelections().size(), 2); // the line and the wavy mark
        const auto [start, end] = editor->errorRange();
        const QString marked = editor->toPlainText().mid(start, end - start);
        QVERIFY2(marked.startsWith(QStringLiteral("<condition attribute=\"subject\"")),
                 qPrintable(marked));
        QVERIFY(marked.endsWith(QStringLiteral("/>")));
        auto *message = window->findChild<QLabel *>(QStringLiteral("fetchXmlError"));
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("line 3")), qPrintable(message->text()));
        QVERIFY(message->text().contains(QStringLiteral("sounds-like")));
        QVERIFY(!action(*window, "saveFilter")->isEnabled());
        QTest::keyClick(window.get(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!window->findChild<QMessageBox *>(QStringLiteral("confirmChange")));
        QVERIFY(window->conditionEditor()->isBlocked());

        // Malformed XML is marked too, at the parser's line.
        typeText(editor, {QStringLiteral("<fetch>"), QStringLiteral("<entity name=\"task\">"),
                          QStringLiteral("</fetch>")});
        QCOMPARE(editor->errorLine(), 3);

        // Corrected, the mark goes and Save comes back.
        QStringList fixed = lines;
        fixed[2] =
            QStringLiteral(R"(    <condition attribute="subject" operator="like" value="x"/>)");
        typeText(editor, fixed);
        QCOMPARE(editor->errorLine(), 0);
        QCOMPARE(editor->errorRange().first, -1);
        QTRY_VERIFY(editor->extraSelections().isEmpty());
        QVERIFY(!message->isVisible());
        QVERIFY(!window->conditionEditor()->isBlocked());
        QVERIFY(action(*window, "saveFilter")->isEnabled());
    }

    void theFilterListCreatesDuplicatesRenamesAndToggles()
    {
        auto window = m_fixture.open(m_user);
        FilterListModel *model = window->filterListModel();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int tasksBefore = model->rowCount(model->index(2, 0));
        auto *fromTemplate = window->findChild<QAction *>(QStringLiteral("template:My open tasks"));
        QVERIFY(fromTemplate);
        fromTemplate->trigger();
        QCOMPARE(model->rowCount(model->index(2, 0)), tasksBefore + 1);
        const QString created = window->currentFilterId();
        QVERIFY(window->draft()->isNew());
        QVERIFY(window->draft()->filter().name.startsWith(QStringLiteral("My open tasks")));

        QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("duplicateFilter")),
                          Qt::LeftButton);
        QCOMPARE(model->rowCount(model->index(2, 0)), tasksBefore + 2);
        QVERIFY(window->draft()->filter().name.endsWith(QStringLiteral("(copy)")));
        QVERIFY(window->currentFilterId() != created);

        // Rename in the list (F2), then toggle with the button.
        auto *view = window->findChild<QTreeView *>(QStringLiteral("filterList"));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_F2);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Urgent tasks"));
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits on Return by a queued call.
        QTRY_COMPARE(window->draft()->filter().name, QStringLiteral("Urgent tasks"));
        QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("toggleFilter")),
                          Qt::LeftButton);
        QVERIFY(!window->draft()->filter().enabled);
        QVERIFY(window->sentenceLabel()->text().startsWith(QStringLiteral("Tasks")));

        // A filter never saved is deleted without asking the engine.
        QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("deleteFilter")),
                          Qt::LeftButton);
        QCOMPARE(model->rowCount(model->index(2, 0)), tasksBefore + 1);
    }

    void aDraftSurvivesACrash()
    {
        QString filterId;
        QString edited;
        {
            auto window = m_fixture.open(m_user);
            window->openFirstFilterOfType(QStringLiteral("appointment"));
            filterId = window->currentFilterId();
            auto *name = window->findChild<QLineEdit *>(QStringLiteral("filterName"));
            name->setFocus();
            QTest::keyClicks(name, QStringLiteral(" (draft)"));
            ConditionGroupWidget *root = window->conditionEditor()->rootGroup();
            QTest::mouseClick(root->addConditionButton(), Qt::LeftButton);
            edited = window->fetchXmlEditor()->toPlainText();
            const QString file = window->draftStore().fileFor(filterId);
            QTRY_VERIFY(QFile::exists(file)); // written shortly after the edit
            // The window goes away without a close event: as in a crash.
        }
        auto window = m_fixture.open(m_user);
        auto *banner = window->findChild<QWidget *>(QStringLiteral("draftBanner"));
        QVERIFY(banner->isVisible());
        QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("restoreDrafts")),
                          Qt::LeftButton);
        QVERIFY(!banner->isVisible());
        window->openFilter(filterId);
        QCOMPARE(window->currentFilterId(), filterId);
        QVERIFY(window->draft()->isDirty());
        QVERIFY(window->draft()->filter().name.endsWith(QStringLiteral(" (draft)")));
        QCOMPARE(window->fetchXmlEditor()->toPlainText(), edited);
        // Discarded, it is gone for good.
        action(*window, "discardChanges")->trigger();
        QVERIFY(!window->draft()->isDirty());
        QTRY_VERIFY(!QFile::exists(window->draftStore().fileFor(filterId)));
        auto again = m_fixture.open(m_user);
        QVERIFY(!again->findChild<QWidget *>(QStringLiteral("draftBanner"))->isVisible());
    }

    void theMainWindowOpensItForTheSelectedMailboxsUser()
    {
        MainWindow main(m_fixture.engine());
        QSignalSpy opened(&main, &MainWindow::orgOpened);
        QVERIFY(main.openOrg(m_fixture.orgPath()));
        QVERIFY(opened.wait(20000));
        QString mailboxId;
        for (const Mailbox &m : m_fixture.reader().mailboxes().value()) {
            if (m.userId == m_user)
                mailboxId = m.id;
        }
        QVERIFY(!mailboxId.isEmpty());
        auto *edit = main.findChild<QAction *>(QStringLiteral("editFiltersAction"));
        QVERIFY(edit);
        QCOMPARE(edit->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
        QVERIFY(main.mailboxTable()->actions().contains(edit)); // its context menu
        main.show();
        QVERIFY(QTest::qWaitForWindowActive(&main));
        main.showMailbox(mailboxId);
        QTRY_VERIFY(edit->isEnabled());
        QTest::keyClick(&main, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        const QString name = QStringLiteral("filterDesigner:") + m_user;
        auto *designer = main.findChild<FilterDesignerWindow *>(name);
        QVERIFY(designer);
        QVERIFY(designer->isWindow());
        QTRY_VERIFY(designer->isVisible());
        QVERIFY(!designer->currentFilterId().isEmpty());
        // The details' button brings the same window forward, not a second.
        auto *button = main.mailboxesPanel()->details()->findChild<QPushButton *>(
            QStringLiteral("editFiltersButton"));
        QVERIFY(button && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(main.findChildren<FilterDesignerWindow *>().size(), 1);
        designer->close();
    }

    void keyboardMovesBetweenTheParts()
    {
        auto window = m_fixture.open(m_user);
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window.get(), Qt::Key_3, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), window->fetchXmlEditor());
        QTest::keyClick(window.get(), Qt::Key_1, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("filterList"));
        for (QWidget *w : window->findChildren<QWidget *>(QStringLiteral("conditionField")))
            QVERIFY(!w->accessibleName().isEmpty());
        QVERIFY(!window->fetchXmlEditor()->accessibleName().isEmpty());
    }
};

QTEST_MAIN(TestFilterDesigner)
#include "tst_filterdesigner.moc"
