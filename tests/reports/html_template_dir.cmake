# --template-dir: a restyled copy of templates/ is used; a copy missing a file is refused (exit 2).
# Arguments: EXE, TEMPLATES, INVENTORY, OUT_DIR.
file(REMOVE_RECURSE ${OUT_DIR})
file(COPY ${TEMPLATES}/ DESTINATION ${OUT_DIR}/templates)
file(APPEND ${OUT_DIR}/templates/style.css ".restyled-by-template-dir { color: black; }\n")
execute_process(COMMAND ${EXE} analyze ${INVENTORY} --template-dir ${OUT_DIR}/templates
                        --html ${OUT_DIR}/restyled.html
                RESULT_VARIABLE status OUTPUT_QUIET ERROR_QUIET)
file(READ ${OUT_DIR}/restyled.html html)
string(FIND "${html}" ".restyled-by-template-dir" at)
if(NOT status EQUAL 0 OR at EQUAL -1)
  message(FATAL_ERROR "the report was not rendered with the restyled templates (exit ${status})")
endif()
file(REMOVE ${OUT_DIR}/templates/card.mustache)
execute_process(COMMAND ${EXE} analyze ${INVENTORY} --template-dir ${OUT_DIR}/templates
                        --html ${OUT_DIR}/incomplete.html
                RESULT_VARIABLE status OUTPUT_QUIET ERROR_VARIABLE errors)
string(FIND "${errors}" "card.mustache: error: template missing or unreadable" at)
if(NOT status EQUAL 2 OR at EQUAL -1 OR EXISTS ${OUT_DIR}/incomplete.html)
  message(FATAL_ERROR "an incomplete template folder was not refused: exit ${status}, ${errors}")
endif()

# A refused target and a broken template in one run: both are reported, nothing is written.
file(MAKE_DIRECTORY ${OUT_DIR}/a-folder)
execute_process(COMMAND ${EXE} analyze ${INVENTORY} --template-dir ${OUT_DIR}/templates
                        --html ${OUT_DIR}/both.html --json ${OUT_DIR}/a-folder
                RESULT_VARIABLE status OUTPUT_QUIET ERROR_VARIABLE errors)
string(FIND "${errors}" "card.mustache: error: template missing or unreadable" template_at)
string(FIND "${errors}" "it is a folder" folder_at)
if(NOT status EQUAL 2 OR template_at EQUAL -1 OR folder_at EQUAL -1 OR EXISTS ${OUT_DIR}/both.html)
  message(FATAL_ERROR "a refused target hid a broken template: exit ${status}, ${errors}")
endif()
