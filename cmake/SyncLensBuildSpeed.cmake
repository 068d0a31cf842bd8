# Build speed (issue 16): the Qt headers that nearly every file of synclens_core
# includes are parsed once for the library instead of once per file (about a
# quarter of a file's compile time: fetchxmlparser.cpp takes 5.8 s of CPU instead
# of 8.1 s). synclens-cli and synclens_fakecrm reuse them (REUSE_FROM: the same
# flags).
#
# Only Qt and standard headers are in it, never the project's own, so a change to a
# project header rebuilds no precompiled header. A file must still include what it
# uses: `-DSYNCLENS_PCH=OFF` (the asan preset) builds without it and finds a missing
# include. ccache caches files built with it thanks to the sloppiness that the top
# CMakeLists.txt hands it.
#
# synclens_ui has a header of its own (the Widgets headers on top of Qt Core's)
# and is built in batches of eight files (a unity build): its 69 files (99
# compiles with the generated ones) took 195 s on 2 cores from clean (Release,
# 4 December 2026), 129 s with the precompiled header, 56 s with both. The
# linter still sees each file: tests/lint expands each batch of
# compile_commands.json into its files.
#
# Each test program reuses the precompiled header of the library it tests: ui's
# when it links synclens_ui, core's otherwise. Their flags differ from the
# library's only by Qt Test's macros (QT_TESTLIB_LIB, QT_TESTCASE_*), which no
# header of the precompiled ones reads, so GCC accepts it (-Winvalid-pch with
# -Werror would stop the build otherwise). tst_mailboxtablemodel.cpp takes 6.9 s
# instead of 9.7 s. Qt Test itself is not in it: qtestcase.h reads
# QT_TESTCASE_SOURCEDIR, which differs from one tests/ folder to the next.
# (tests/CMakeLists.txt lists the tests in SYNCLENS_TEST_TARGETS.)
#
# synclens_core is a unity build too, in batches of eight (its 164 files: 21
# compiles). In both libraries the names a file keeps to itself (anonymous
# namespaces, static functions, internal constants and aliases) are used by no
# other file of the library, so that concatenating files changes nothing:
# tests/lint/tst_unitynames checks it (two helpers of the same name with
# different parameters would otherwise overload each other silently).
#
# SYNCLENS_PCH=OFF (the asan preset) turns off both: each file is compiled alone,
# with only what it includes itself.
if(NOT SYNCLENS_PCH)
  return()
endif()

# The Qt Core and standard headers both precompiled headers hold.
set(synclens_pch_qtcore
  <QtCore/QObject> <QtCore/QString> <QtCore/QStringList> <QtCore/QList> <QtCore/QHash>
  <QtCore/QSet> <QtCore/QVariant> <QtCore/QDateTime> <QtCore/QJsonArray>
  <QtCore/QJsonObject> <QtCore/QJsonDocument> <QtCore/QCoreApplication>
  <QtCore/QLoggingCategory> <QtCore/QFile> <QtCore/QDir> <QtCore/QFileInfo>
  <QtCore/QLocale> <QtCore/QRegularExpression> <QtCore/QTimer>)
set(synclens_pch_std <algorithm> <functional> <memory> <optional> <vector>)

target_precompile_headers(synclens_core PRIVATE ${synclens_pch_qtcore}
  <QtSql/QSqlDatabase> <QtSql/QSqlQuery> <QtSql/QSqlError> ${synclens_pch_std})
target_precompile_headers(synclens-cli REUSE_FROM synclens_core)
# The fake Dataverse too (its own Qt HTTP Server headers are not in it):
# fakeroutes.cpp 2.0 s of CPU instead of 3.5 s.
target_precompile_headers(synclens_fakecrm REUSE_FROM synclens_core)

target_precompile_headers(synclens_ui PRIVATE ${synclens_pch_qtcore} ${synclens_pch_std}
  <QtCore/QAbstractItemModel> <QtGui/QAction> <QtGui/QFont> <QtGui/QPainter>
  <QtGui/QKeyEvent> <QtWidgets/QWidget> <QtWidgets/QLabel> <QtWidgets/QBoxLayout>
  <QtWidgets/QFormLayout> <QtWidgets/QLineEdit> <QtWidgets/QComboBox>
  <QtWidgets/QPushButton> <QtWidgets/QToolButton> <QtWidgets/QDialog>
  <QtWidgets/QDialogButtonBox> <QtWidgets/QTableView> <QtWidgets/QTreeView>
  <QtWidgets/QHeaderView> <QtWidgets/QMessageBox> <QtWidgets/QApplication>)
set_target_properties(synclens_ui PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 8)
set_target_properties(synclens_core PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 8)

get_property(synclens_tests GLOBAL PROPERTY SYNCLENS_TEST_TARGETS)
foreach(test IN LISTS synclens_tests)
  get_target_property(test_libs ${test} LINK_LIBRARIES)
  if(synclens_ui IN_LIST test_libs)
    target_precompile_headers(${test} REUSE_FROM synclens_ui)
  else()
    target_precompile_headers(${test} REUSE_FROM synclens_core)
  endif()
  # Not the file AUTOMOC makes: it is nearly empty (each test includes its own
  # .moc), and loading the header would take it from 0.1 s to 2 s.
  get_target_property(test_dir ${test} BINARY_DIR)
  set_source_files_properties(${test_dir}/${test}_autogen/mocs_compilation.cpp
    TARGET_DIRECTORY ${test} PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
endforeach()
