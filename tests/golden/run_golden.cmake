# Runs one golden case: the real executable on CASE_DIR/inventory.xml, from CASE_DIR (so the
# inventory path in the output is stable), with SOURCE_DATE_EPOCH fixed; then compares the
# JSON and terminal summary with expected.json / expected.txt and the exit status with
# `exit-code` (default 0). Extra arguments come from `args`, one per line.
# Usage: cmake -DEXE=... -DCASE_DIR=... -DOUT_DIR=... -P run_golden.cmake
# Set UPGRADE_RISK_UPDATE_GOLDEN=1 to copy the actual output over the expected files (then
# read every changed line before committing).
file(MAKE_DIRECTORY "${OUT_DIR}")
set(args "")
if(EXISTS "${CASE_DIR}/args")
  file(STRINGS "${CASE_DIR}/args" args)
endif()
set(expected_exit 0)
if(EXISTS "${CASE_DIR}/exit-code")
  file(STRINGS "${CASE_DIR}/exit-code" expected_exit LIMIT_COUNT 1)
endif()
execute_process(
  COMMAND ${CMAKE_COMMAND} -E env SOURCE_DATE_EPOCH=946684800
          "${EXE}" analyze inventory.xml -o "json=${OUT_DIR}/actual.json"
          -o "text=${OUT_DIR}/actual.txt" ${args}
  WORKING_DIRECTORY "${CASE_DIR}"
  RESULT_VARIABLE status
  ERROR_VARIABLE stderr)
set(failed FALSE)
if(NOT status STREQUAL expected_exit)
  message(SEND_ERROR "exit status ${status}, expected ${expected_exit}\n${stderr}")
  set(failed TRUE)
endif()
foreach(pair "expected.json;actual.json" "expected.txt;actual.txt")
  list(GET pair 0 expected)
  list(GET pair 1 actual)
  if("$ENV{UPGRADE_RISK_UPDATE_GOLDEN}" STREQUAL "1")
    file(COPY_FILE "${OUT_DIR}/${actual}" "${CASE_DIR}/${expected}")
  endif()
  execute_process(COMMAND diff -u "${CASE_DIR}/${expected}" "${OUT_DIR}/${actual}"
                  RESULT_VARIABLE different OUTPUT_VARIABLE diff)
  if(different)
    message(SEND_ERROR "${expected} differs from the output:\n${diff}")
    set(failed TRUE)
  endif()
endforeach()
if(failed)
  message(FATAL_ERROR "golden case ${CASE_DIR} failed")
endif()
