# cmake -DBUILD_DIR=… -DSTAGE=… -P installstage.cmake
# Installs the build into STAGE as a package would (prefix /usr, DESTDIR=STAGE),
# starting from an empty STAGE so that nothing of an earlier run is checked.
file(REMOVE_RECURSE ${STAGE})
execute_process(
  COMMAND ${CMAKE_COMMAND} -E env DESTDIR=${STAGE}
          ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix /usr
  RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "cmake --install failed: ${result}")
endif()
