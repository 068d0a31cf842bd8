#pragma once

#include <QObject>

class QActionGroup;
class QMenu;

namespace SyncLens {

// View ▸ Language: System, English, Deutsch, Français. A choice installs
// that language's compiled translation (embedded under :/i18n) at once, so
// that the windows retranslate themselves live (LanguageChange), and is
// kept in AppSettings for the next start. "System" follows the system's
// locale, which is also what a first start speaks.
class LanguageMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageMenu)

public:
    explicit LanguageMenu(QMenu *menu);

    // "" (the system's), "en", "de", "fr": what the menu offers.
    static QStringList codes();
    // The language to install at start: `commandLine` (--lang) when given,
    // else the stored choice (empty: the system's).
    static QString languageAtStart(const QString &commandLine = {});

    QActionGroup *actions() const { return m_group; }
    // Switches to `code` as the menu does: installs it and keeps it.
    void choose(const QString &code);
    // Sets the menu's words again in the language now installed.
    void retranslate();

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    QString nameOf(const QString &code) const;

    QMenu *m_menu;
    QActionGroup *m_group;
};

} // namespace SyncLens
