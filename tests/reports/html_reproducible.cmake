# Writes the HTML report of one inventory twice with the same SOURCE_DATE_EPOCH and requires
# byte-identical files that state that generation time.
# Arguments: EXE, INVENTORY, OUT_DIR.
file(MAKE_DIRECTORY ${OUT_DIR})
foreach(run 1 2)
  execute_process(
    COMMAND ${CMAKE_COMMAND} -E env SOURCE_DATE_EPOCH=924652800
            ${EXE} analyze ${INVENTORY} --html ${OUT_DIR}/run${run}.html
    RESULT_VARIABLE status OUTPUT_QUIET ERROR_QUIET)
  if(NOT status EQUAL 0 AND NOT status EQUAL 1)
    message(FATAL_ERROR "upgrade-risk analyze ${INVENTORY} exited with ${status}")
  endif()
endforeach()
file(SHA256 ${OUT_DIR}/run1.html first)
file(SHA256 ${OUT_DIR}/run2.html second)
if(NOT first STREQUAL second)
  message(FATAL_ERROR "two runs of ${INVENTORY} with the same SOURCE_DATE_EPOCH differ")
endif()
file(READ ${OUT_DIR}/run1.html html)
string(FIND "${html}" "<dd>1999-04-21T00:00:00Z</dd>" at)
if(at EQUAL -1)
  message(FATAL_ERROR "the report does not state SOURCE_DATE_EPOCH as its generation time")
endif()
