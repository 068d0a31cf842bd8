#include "languagemenu.h"

#include "appsettings.h"
#include "model/translations.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>

namespace SyncLens {

LanguageMenu::LanguageMenu(QMenu *menu)
    : QObject(menu)
    , m_menu(menu)
    , m_group(new QActionGroup(this))
{
    m_menu->setObjectName(QStringLiteral("languageMenu"));
    m_group->setExclusive(true);
    const QString current = AppSettings().language();
    for (const QString &code : codes()) {
        QAction *action = menu->addAction(QString());
        action->setObjectName(
            QStringLiteral("language_%1").arg(code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { choose(code); });
    }
    retranslate();
}

QStringList LanguageMenu::codes()
{
    return {QString(), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString LanguageMenu::languageAtStart(const QString &commandLine)
{
    return commandLine.isEmpty() ? AppSettings().language() : commandLine;
}

void LanguageMenu::retranslate()
{
    m_menu->setTitle(tr("&Language"));
    const auto actions = m_group->actions();
    for (QAction *action : actions)
        action->setText(nameOf(action->data().toString()));
}

// Each language by its own name, so that anyone finds theirs whatever the
// language the menu is in now.
QString LanguageMenu::nameOf(const QString &code) const
{
    if (code.isEmpty())
        return tr("&System Language");
    if (code == u"de")
        //: the name of German in German: keep it so
        return tr("&Deutsch");
    if (code == u"fr")
        //: the name of French in French: keep it so
        return tr("&Français");
    //: the name of English in English: keep it so
    return tr("&English");
}

void LanguageMenu::choose(const QString &code)
{
    AppSettings().setLanguage(code);
    for (QAction *action : m_group->actions())
        action->setChecked(action->data().toString() == code);
    Translations::install(code); // LanguageChange reaches every widget
    Q_EMIT languageChanged(code);
}

} // namespace SyncLens
