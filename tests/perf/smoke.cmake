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

# Every profile writes an inventory the tool accepts, in the shape it promises.
run("${GEN}" --help)
foreach(profile standard exposed warnings long-names)
  string(FIND "${last_output}" "\n  ${profile} (" found)
  if(found EQUAL -1)
    message(FATAL_ERROR "perf smoke: --help does not list the profile ${profile}:\n${last_output}")
  endif()
endforeach()
execute_process(COMMAND "${GEN}" --profile no-such --servers 10 -o "${WORK}/x.xml"
                RESULT_VARIABLE status OUTPUT_QUIET ERROR_QUIET)
if(status EQUAL 0)
  message(FATAL_ERROR "perf smoke: an unknown profile was accepted")
endif()
function(count_matches text pattern out)
  string(REGEX MATCHALL "${pattern}" matches "${text}")
  list(LENGTH matches count)
  set(${out} ${count} PARENT_SCOPE)
endfunction()
foreach(profile standard exposed warnings long-names)
  run("${GEN}" --profile ${profile} --servers 2000 --seed 7 -o "${WORK}/${profile}.xml")
  execute_process(COMMAND "${TOOL}" validate "${WORK}/${profile}.xml" --max-diagnostics 0
                  RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE diagnostics)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "perf smoke: the ${profile} profile's inventory is invalid:\n${diagnostics}")
  endif()
  set(diagnostics_${profile} "${diagnostics}")
  count_matches("${diagnostics}" "after the inventory was captured" late_backups_${profile})
  count_matches("${diagnostics}" "before the earlier wave" backward_waves_${profile})
  run("${TOOL}" analyze "${WORK}/${profile}.xml" -o json)
  set(json_${profile} "${last_output}")
  count_matches("${last_output}" "\"severity\": *\"critical\"" critical_${profile})
  count_matches("${last_output}" "\"severity\": *\"[a-z]+\"" findings_${profile})
endforeach()
# exposed: over a third of the findings critical (the rest mostly their missing prerequisites);
# warnings: every backup late and every wave (20) backward.
math(EXPR critical_share "100 * ${critical_exposed} / ${findings_exposed}")
if(critical_share LESS 35 OR NOT critical_exposed GREATER ${critical_standard})
  message(FATAL_ERROR "perf smoke: the exposed profile has ${critical_exposed} critical of "
                      "${findings_exposed} findings (standard: ${critical_standard})")
endif()
# The loader names ten late backups and counts the rest in an eleventh warning.
count_matches("${diagnostics_warnings}" "more backups are dated after the inventory was captured"
              late_backups_counted)
if(NOT late_backups_warnings EQUAL 11 OR NOT late_backups_counted EQUAL 1 OR
   NOT backward_waves_warnings EQUAL 19 OR
   NOT late_backups_standard EQUAL 0 OR NOT backward_waves_standard EQUAL 0)
  message(FATAL_ERROR "perf smoke: warnings profile: ${late_backups_warnings} late backups and "
                      "${backward_waves_warnings} backward waves (standard: ${late_backups_standard}, "
                      "${backward_waves_standard})")
endif()
string(REGEX MATCH "\"server\": *\"(SRV[^\"]+)\"" server_field "${json_long-names}")
string(LENGTH "${CMAKE_MATCH_1}" long_name_length)
if(NOT long_name_length EQUAL 60)
  message(FATAL_ERROR "perf smoke: long-names server name '${CMAKE_MATCH_1}' is ${long_name_length} characters, not 60")
endif()

run("${BENCH}" --repeat 1 --tool "${TOOL}" "${WORK}/a.xml" "${WORK}/d.xml")
foreach(stage "pugixml parse, bare" "analyze: graph + simulation + rules" "render json"
        "everything after parsing" "floor: write the reports'" "xmllint --noout"
        "upgrade-risk analyze --json" "upgrade-risk analyze, every report"
        "scaling 1000 -> 3000 servers")
  string(FIND "${last_output}" "${stage}" found)
  if(found EQUAL -1)
    message(FATAL_ERROR "perf smoke: the benchmark printed no '${stage}' line:\n${last_output}")
  endif()
endforeach()
