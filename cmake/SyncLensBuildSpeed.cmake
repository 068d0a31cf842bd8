# Build speed (issue 16): the Qt headers that nearly every file of synclens_core
# includes are parsed once for the library instead of once per file (about a
# quarter of a file's compile time: fetchxmlparser.cpp takes 5.8 s of CPU instead
# of 8.1 s). synclens-cli reuses them (REUSE_FROM: the same flags).
#
# Only Qt and standard headers are in it, never the project's own, so a change to a
# project header rebuilds no precompiled header. A file must still include what it
# uses: `-DSYNCLENS_PCH=OFF` (the asan preset) builds without it and finds a missing
# include. ccache caches files built with it thanks to the sloppiness that the top
# CMakeLists.txt hands it.
#
# Not (yet) precompiled: synclens_ui and the tests (their reuse of core's header
# is valid for GCC: none of its headers reads QT_WIDGETS_LIB, QT_GUI_LIB or
# QT_TESTLIB_LIB), left out only because they were not built and tested in time.
# Unity builds are not safe here: several files of core define the same name in
# their anonymous namespace (class Reader in fetchxmlparser.cpp, jsonsourceparser.cpp,
# struct Reader in trackingdecision.cpp).
if(NOT SYNCLENS_PCH)
  return()
endif()

target_precompile_headers(synclens_core PRIVATE
  <QtCore/QObject> <QtCore/QString> <QtCore/QStringList> <QtCore/QList> <QtCore/QHash>
  <QtCore/QSet> <QtCore/QVariant> <QtCore/QDateTime> <QtCore/QJsonArray>
  <QtCore/QJsonObject> <QtCore/QJsonDocument> <QtCore/QCoreApplication>
  <QtCore/QLoggingCategory> <QtCore/QFile> <QtCore/QDir> <QtCore/QFileInfo>
  <QtCore/QLocale> <QtCore/QRegularExpression> <QtCore/QTimer>
  <QtSql/QSqlDatabase> <QtSql/QSqlQuery> <QtSql/QSqlError>
  <algorithm> <functional> <memory> <optional> <vector>)
target_precompile_headers(synclens-cli REUSE_FROM synclens_core)
