# Runs clang-tidy over core/, ui/ and reportpdf/ with a copy of the build's
# compile_commands.json. The copy drops GCC's precompiled-header flags: clang
# cannot read a GCC .gch and would report every file as an error.
foreach(var RUN_CLANG_TIDY BUILD_DIR SOURCE_DIR)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "run-clang-tidy.cmake: ${var} is not set")
  endif()
endforeach()

set(commands "${BUILD_DIR}/compile_commands.json")
if(NOT EXISTS "${commands}")
  message(FATAL_ERROR "run-clang-tidy.cmake: ${commands} is missing; configure with CMAKE_EXPORT_COMPILE_COMMANDS=ON")
endif()
file(READ "${commands}" text)
string(REGEX REPLACE "-Winvalid-pch -include [^ \"]*cmake_pch\\.hxx" "" text "${text}")
# A unity build (synclens_core, synclens_ui) lists its batches, not its files:
# each file of a batch gets the batch's command, so that clang-tidy still checks
# every file.
string(JSON count LENGTH "${text}")
math(EXPR last "${count} - 1")
set(expanded "")
foreach(i RANGE ${last})
  string(JSON batch GET "${text}" ${i} file)
  if(NOT batch MATCHES "/Unity/unity_[0-9]+_cxx\\.cxx$")
    continue()
  endif()
  string(JSON entry GET "${text}" ${i})
  file(STRINGS "${batch}" includes REGEX "^#include \"")
  foreach(line IN LISTS includes)
    string(REGEX REPLACE "^#include \"(.*)\"$" "\\1" source "${line}")
    string(REPLACE "${batch}" "${source}" one "${entry}")
    string(APPEND expanded ",\n${one}")
  endforeach()
endforeach()
string(FIND "${text}" "]" end REVERSE)
string(SUBSTRING "${text}" 0 ${end} text)
string(APPEND text "${expanded}\n]\n")
set(lint_dir "${BUILD_DIR}/lint")
file(MAKE_DIRECTORY "${lint_dir}")
file(WRITE "${lint_dir}/compile_commands.json" "${text}")

cmake_host_system_information(RESULT cores QUERY NUMBER_OF_LOGICAL_CORES)
execute_process(
  COMMAND "${RUN_CLANG_TIDY}" -quiet -j ${cores} -p "${lint_dir}"
          "${SOURCE_DIR}/(core|ui|reportpdf)/.*\\.cpp$"
  WORKING_DIRECTORY "${SOURCE_DIR}"
  RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "clang-tidy found problems (see above)")
endif()
