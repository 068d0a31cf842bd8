# `cmake --install`: the programs, the desktop entry, the AppStream metainfo, the
# icons and the bundled scenarios where a desktop looks for them (GNUInstallDirs:
# bin/, share/applications/, share/metainfo/, share/icons/hicolor/, share/synclens/).
# Translations need no rule: the .qm files are embedded in the programs (core/).
#
# On Windows and macOS, Qt's deployment script copies Qt's libraries and plugins
# beside the program (windeployqt, macdeployqt), so the installed folder or
# bundle runs on a machine without Qt.
include(GNUInstallDirs)

set(synclens_programs synclens synclens-cli)
# The fake Dataverse server, once that target exists (a tool for trainers).
if(TARGET synclens-fakecrm)
  list(APPEND synclens_programs synclens-fakecrm)
endif()

# `cmake --build --preset ci --target programs`: what is installed, without the tests.
add_custom_target(programs)
add_dependencies(programs ${synclens_programs})

if(APPLE)
  # Everything inside SyncLens.app, whose Frameworks/ the deployment fills; the
  # command-line programs beside the GUI in Contents/MacOS.
  list(REMOVE_ITEM synclens_programs synclens)
  install(TARGETS synclens BUNDLE DESTINATION .)
  set_target_properties(${synclens_programs} PROPERTIES
    INSTALL_RPATH "@executable_path/../Frameworks")
  install(TARGETS ${synclens_programs} RUNTIME DESTINATION synclens.app/Contents/MacOS)
else()
  install(TARGETS ${synclens_programs} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

if(WIN32 OR APPLE)
  # Qt 6.4 names the script's variable FILENAME_VARIABLE (OUTPUT_SCRIPT from 6.5).
  if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
    qt_generate_deploy_app_script(TARGET synclens OUTPUT_SCRIPT synclens_deploy_script
                                  NO_UNSUPPORTED_PLATFORM_ERROR)
  else()
    qt_generate_deploy_app_script(TARGET synclens FILENAME_VARIABLE synclens_deploy_script
                                  NO_UNSUPPORTED_PLATFORM_ERROR)
  endif()
  install(SCRIPT ${synclens_deploy_script})
  if(WIN32)
    # windeployqt copies Qt's DLLs only; QtKeychain's goes beside them.
    install(IMPORTED_RUNTIME_ARTIFACTS qt6keychain RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
  endif()
else()
  set(synclens_icons ${PROJECT_SOURCE_DIR}/resources/icons)
  configure_file(${PROJECT_SOURCE_DIR}/packaging/linux/synclens.desktop.in
                 ${PROJECT_BINARY_DIR}/packaging/${SYNCLENS_APP_ID}.desktop @ONLY)
  configure_file(${PROJECT_SOURCE_DIR}/packaging/linux/synclens.metainfo.xml.in
                 ${PROJECT_BINARY_DIR}/packaging/${SYNCLENS_APP_ID}.metainfo.xml @ONLY)
  install(FILES ${PROJECT_BINARY_DIR}/packaging/${SYNCLENS_APP_ID}.desktop
          DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${PROJECT_BINARY_DIR}/packaging/${SYNCLENS_APP_ID}.metainfo.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
  foreach(size IN ITEMS 16 22 24 32 48 64 128 256 512)
    install(FILES ${synclens_icons}/synclens-${size}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
            RENAME ${SYNCLENS_APP_ID}.png)
  endforeach()
  install(FILES ${synclens_icons}/synclens.svg
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
          RENAME ${SYNCLENS_APP_ID}.svg)
endif()

# The bundled scenarios as files too (the GUI's gallery has them embedded), for
# `synclens-cli scenario run <datadir>/synclens/scenarios/*.json`.
file(GLOB synclens_scenario_files ${PROJECT_SOURCE_DIR}/resources/scenarios/*.json)
if(APPLE)
  set(synclens_data_dir synclens.app/Contents/Resources)
else()
  set(synclens_data_dir ${CMAKE_INSTALL_DATADIR}/synclens)
endif()
install(FILES ${synclens_scenario_files} ${PROJECT_SOURCE_DIR}/resources/scenarios/README.md
        DESTINATION ${synclens_data_dir}/scenarios)
