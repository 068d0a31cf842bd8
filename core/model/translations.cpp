#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace SyncLens::Translations {

namespace {

bool load(const QString &file, const QString &directory = QStringLiteral(":/i18n"))
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(file, directory) && QCoreApplication::installTranslator(translator))
        return true;
    delete translator;
    return false;
}

} // namespace

QString install(const QString &language)
{
    const QString wanted = language.isEmpty() ? QLocale::system().name().left(2) : language;
    load(QStringLiteral("synclens_en"));
    if (wanted == u"en" || !load(QStringLiteral("synclens_") + wanted))
        return QStringLiteral("en");
    load(QStringLiteral("qtbase_") + wanted, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return wanted;
}

} // namespace SyncLens::Translations
