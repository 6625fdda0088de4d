# ctest perf_smoke: the generator is deterministic and writes inventories the tool accepts,
# and the benchmark runs end to end on them. Sizes are tiny: this guards against rot; the
# real measurements are in docs/performance.md.
foreach(var GEN BENCH TOOL WORK)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "perf smoke: -D${var}=... is required")
  endif()
endforeach()
file(MAKE_DIRECTORY "${WORK}")

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "perf smoke: `${ARGN}` failed (${status}):\n${out}${err}")
  endif()
  set(last_output "${out}" PARENT_SCOPE)
endfunction()

run("${GEN}" --servers 1000 --seed 7 -o "${WORK}/a.xml")
run("${GEN}" --servers 1000 --seed 7 -o "${WORK}/b.xml")
run("${CMAKE_COMMAND}" -E compare_files "${WORK}/a.xml" "${WORK}/b.xml")
run("${GEN}" --servers 1000 --seed 8 -o "${WORK}/c.xml")
execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${WORK}/a.xml" "${WORK}/c.xml"
                RESULT_VARIABLE differs)
if(differs EQUAL 0)
  message(FATAL_ERROR "perf smoke: seeds 7 and 8 gave the same inventory")
endif()

run("${GEN}" --servers 3000 --sites 300 --seed 7 -o "${WORK}/d.xml")
run("${TOOL}" validate "${WORK}/a.xml")
run("${TOOL}" validate "${WORK}/d.xml")
if(NOT last_output MATCHES "sites +300\n" OR NOT last_output MATCHES "servers +3,000 ")
  message(FATAL_ERROR "perf smoke: unexpected validate summary: ${last_output}")
endif()
# Every kind of rollout finding shows up in a generated inventory, so the benchmark
# exercises every rule that scales with servers.
run("${TOOL}" analyze "${WORK}/d.xml" -o json)
foreach(rule backout-breaks-intersite-replication backout-blocks-user-creation
        backout-misreports-version backout-single-server-site prereq-directory-backup
        upgrade-order-bridgehead-first)
  string(FIND "${last_output}" "\"${rule}\"" found)
  if(found EQUAL -1)
    message(FATAL_ERROR "perf smoke: no ${rule} finding in the generated inventory")
  endif()
endforeach()

run("${BENCH}" --repeat 1 --tool "${TOOL}" "${WORK}/a.xml" "${WORK}/d.xml")
foreach(stage "pugixml parse, bare" "analyze: graph + simulation + rules" "render json"
        "everything after parsing" "xmllint --noout" "upgrade-risk analyze --json"
        "scaling 1000 -> 3000 servers")
  string(FIND "${last_output}" "${stage}" found)
  if(found EQUAL -1)
    message(FATAL_ERROR "perf smoke: the benchmark printed no '${stage}' line:\n${last_output}")
  endif()
endforeach()
