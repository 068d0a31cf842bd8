# `cpack` (or `cpack --preset release`): the packages made of what
# SyncLensInstall.cmake installs.
#   Linux:   a .deb for Debian 12 on Debian's own Qt and QtKeychain, and a .tar.gz
#   Windows: an NSIS installer (Qt deployed beside the program) and a .zip
#   macOS:   a DMG with SyncLens.app (Qt deployed into the bundle)
set(CPACK_PACKAGE_NAME synclens)
set(CPACK_PACKAGE_VENDOR "The SyncLens developers")
set(CPACK_PACKAGE_CONTACT "The SyncLens developers <synclens@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL ${SYNCLENS_HOMEPAGE})
set(CPACK_PACKAGE_INSTALL_DIRECTORY SyncLens)
set(CPACK_PACKAGE_EXECUTABLES synclens SyncLens)
set(CPACK_STRIP_FILES ON)

if(WIN32)
  set(CPACK_GENERATOR NSIS ZIP)
  set(CPACK_NSIS_DISPLAY_NAME SyncLens)
  set(CPACK_NSIS_PACKAGE_NAME SyncLens)
  set(CPACK_NSIS_URL_INFO_ABOUT ${SYNCLENS_HOMEPAGE})
  set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\\\synclens.exe)
  set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
elseif(APPLE)
  set(CPACK_GENERATOR DragNDrop)
  set(CPACK_DMG_VOLUME_NAME SyncLens)
else()
  set(CPACK_GENERATOR DEB TGZ)
  set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
  set(CPACK_DEBIAN_PACKAGE_SECTION utils)
  set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
      "${PROJECT_DESCRIPTION}\n"
      "SyncLens makes Dynamics 365 Server-Side Synchronization with Exchange visible\n"
      "and predictable: per mailbox, what synced and why; any single item explained in\n"
      "plain language; a sync-filter change previewed before it is saved. With the\n"
      "command-line program synclens-cli and an offline sandbox org for training.")

  # Debian 12's packages of the Qt modules and QtKeychain the programs link
  # (`dpkg -S` on each library and plugin); the SQLite driver is a plugin that
  # no linker sees.
  set(synclens_debian_packages_of_Qt6::Core libqt6core6)
  set(synclens_debian_packages_of_Qt6::Gui libqt6gui6)
  set(synclens_debian_packages_of_Qt6::Widgets libqt6widgets6 libqt6gui6)
  set(synclens_debian_packages_of_Qt6::Network libqt6network6)
  set(synclens_debian_packages_of_Qt6::Sql libqt6sql6 libqt6sql6-sqlite)
  set(synclens_debian_packages_of_Qt6::Concurrent libqt6concurrent6)
  set(synclens_debian_packages_of_Qt6::DBus libqt6dbus6)
  set(synclens_debian_packages_of_Qt6::Svg libqt6svg6)
  set(synclens_debian_packages_of_Qt6::Xml libqt6xml6)
  set(synclens_debian_packages_of_Qt6::NetworkAuth libqt6networkauth6)
  set(synclens_debian_packages_of_Qt6::HttpServer libqt6httpserver6)
  set(synclens_debian_packages_of_Qt6::WebSockets libqt6websockets6)
  set(synclens_debian_packages_of_Qt6::PrintSupport libqt6printsupport6)
  set(synclens_debian_packages_of_qt6keychain libqt6keychain1)

  # The libraries linked by the installed programs and the project's libraries.
  set(synclens_linked)
  foreach(target IN LISTS synclens_programs ITEMS synclens synclens_core synclens_ui
                 synclens_reportpdf)
    foreach(property IN ITEMS LINK_LIBRARIES INTERFACE_LINK_LIBRARIES)
      get_target_property(libraries ${target} ${property})
      if(libraries)
        list(APPEND synclens_linked ${libraries})
      endif()
    endforeach()
  endforeach()
  list(REMOVE_DUPLICATES synclens_linked)
  set(synclens_debian_depends "libc6 (>= 2.34)" "libstdc++6 (>= 12)")
  set(synclens_qt_minimum ${Qt6_VERSION_MAJOR}.${Qt6_VERSION_MINOR})
  foreach(library IN LISTS synclens_linked)
    foreach(package IN LISTS synclens_debian_packages_of_${library})
      if(package MATCHES "^libqt6keychain")
        list(APPEND synclens_debian_depends ${package})
      else()
        list(APPEND synclens_debian_depends "${package} (>= ${synclens_qt_minimum})")
      endif()
    endforeach()
  endforeach()
  list(REMOVE_DUPLICATES synclens_debian_depends)
  list(JOIN synclens_debian_depends ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
  # Icons of the system's theme are SVG; a font for a bare system; Wayland.
  set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6svg6, fonts-dejavu-core, qt6-wayland")
endif()

include(CPack)
