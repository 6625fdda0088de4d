# Writes every report format of one real analysis for the consumer checks in tests/tools:
# tests/reports/fixtures/awkward-names.xml analysed alone (plain.*) and against the JSON report
# of awkward-names-before.xml (baseline.*), and awkward-moves.xml, whose rollout moves
# bridgehead roles (moves.*); and the baseline run again with the SARIF report capped at 5 of
# its 9 results (capped.json, capped.sarif); run from the fixtures folder so paths stay relative.
# Usage: cmake -DEXE=... -DFIXTURES=... -DOUT_DIR=... -P write_formats.cmake
file(MAKE_DIRECTORY "${OUT_DIR}")
function(run)
  execute_process(COMMAND ${CMAKE_COMMAND} -E env SOURCE_DATE_EPOCH=924598800 "${EXE}" analyze ${ARGN}
                  WORKING_DIRECTORY "${FIXTURES}" RESULT_VARIABLE status ERROR_VARIABLE stderr)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "upgrade-risk analyze ${ARGN}: exit ${status}\n${stderr}")
  endif()
endfunction()
run(awkward-names-before.xml -o "json=${OUT_DIR}/before.json")
foreach(kind plain baseline moves)
  set(inventory awkward-names.xml)
  set(extra "")
  if(kind STREQUAL "baseline")
    set(extra --baseline "${OUT_DIR}/before.json")
  elseif(kind STREQUAL "moves")
    set(inventory awkward-moves.xml)
  endif()
  run(${inventory} ${extra} -o "json=${OUT_DIR}/${kind}.json" -o "sarif=${OUT_DIR}/${kind}.sarif"
      -o "csv=${OUT_DIR}/${kind}.csv" -o "markdown=${OUT_DIR}/${kind}.md")
endforeach()
run(awkward-names.xml --baseline "${OUT_DIR}/before.json" --sarif-max-results 5
    -o "json=${OUT_DIR}/capped.json" -o "sarif=${OUT_DIR}/capped.sarif")
