#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace SyncLens::Translations {

namespace {

// The translators install() put in, so that a later call (the GUI's
// language menu) replaces them instead of stacking a second language.
QList<QTranslator *> &installed()
{
    static QList<QTranslator *> translators;
    return translators;
}

bool load(const QString &file, const QString &directory = QStringLiteral(":/i18n"))
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(file, directory) && QCoreApplication::installTranslator(translator)) {
        installed().append(translator);
        return true;
    }
    delete translator;
    return false;
}

} // namespace

QString install(const QString &language)
{
    for (QTranslator *translator : std::as_const(installed())) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installed().clear();
    const QString wanted = language.isEmpty() ? QLocale::system().name().left(2) : language;
    load(QStringLiteral("synclens_en"));
    if (wanted == u"en" || !load(QStringLiteral("synclens_") + wanted)) {
        QLocale::setDefault(localeFor(QStringLiteral("en")));
        return QStringLiteral("en");
    }
    load(QStringLiteral("qtbase_") + wanted, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    QLocale::setDefault(localeFor(wanted));
    return wanted;
}

QLocale localeFor(const QString &language)
{
    const QLocale system = QLocale::system();
    const QLocale wanted(language);
    if (wanted.language() == QLocale::C || wanted.language() == QLocale::AnyLanguage)
        return QLocale(QLocale::English);
    return system.language() == wanted.language() ? system : QLocale(wanted.language());
}

} // namespace SyncLens::Translations
