# Writes the Markdown and JSON reports of generated organizations of 1,500 and 20,000 servers
# for check-markdown-size.mjs: each analysed alone, the 1,500 one also against the JSON report of
# another seed (many resolved findings) and planned by `upgrade-risk plan` (its decisions and
# moves); run from OUT_DIR so the paths in the reports stay relative.
# Usage: cmake -DGEN=... -DEXE=... -DOUT_DIR=... -P write_large_markdown.cmake
file(MAKE_DIRECTORY "${OUT_DIR}")
function(run)
  execute_process(COMMAND ${ARGN} WORKING_DIRECTORY "${OUT_DIR}" RESULT_VARIABLE status ERROR_VARIABLE stderr)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "${ARGN}: exit ${status}\n${stderr}")
  endif()
endfunction()
run("${GEN}" --servers 1500 --seed 7 -o org1500.xml)
run("${GEN}" --servers 1500 --seed 8 -o org1500-before.xml)
run("${GEN}" --servers 20000 --seed 7 -o org20000.xml)
run("${EXE}" analyze org1500-before.xml -o json=before.json)
foreach(size 1500 20000)
  run("${EXE}" analyze org${size}.xml -o json=org${size}.json -o markdown=org${size}.md)
endforeach()
run("${EXE}" analyze org1500.xml --baseline before.json -o json=baseline.json -o markdown=baseline.md)
run("${EXE}" plan org1500.xml -o org1500-planned.xml -o json=plan.json -o markdown=plan.md)
