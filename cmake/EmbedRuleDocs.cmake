# Writes OUTPUT, a C++ file holding every docs/rules/*.md page in DOCS_DIR as a string, so the
# installed binary can print them (`upgrade-risk explain RULE`). Run with cmake -P.
file(GLOB docs "${DOCS_DIR}/*.md")
list(SORT docs)
set(body "")
foreach(doc IN LISTS docs)
  get_filename_component(id "${doc}" NAME_WE)
  file(READ "${doc}" text)
  string(FIND "${text}" ")ur_doc\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "${doc} contains the raw-string delimiter )ur_doc\"")
  endif()
  string(APPEND body "        {\"${id}\", R\"ur_doc(${text})ur_doc\"},\n")
endforeach()
file(WRITE "${OUTPUT}.tmp"
"// Generated from docs/rules/*.md by cmake/EmbedRuleDocs.cmake; do not edit.
#include \"analyzer/rule_docs.h\"

namespace upgrade_risk::analyzer {

const std::vector<RuleDoc>& rule_docs() {
    static const std::vector<RuleDoc> docs = {
${body}    };
    return docs;
}

}  // namespace upgrade_risk::analyzer
")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
