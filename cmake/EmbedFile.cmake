# Script mode: writes OUTPUT, a C++ file defining telusur::data::NAME with the text of INPUT (a UTF-8 text file),
# as a raw string literal.
file(READ "${INPUT}" content)
string(FIND "${content}" ")telusur_data\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${INPUT} contains the raw-string delimiter )telusur_data\"")
endif()
file(WRITE "${OUTPUT}"
  "// Generated from ${INPUT}; do not edit.\n#include <string_view>\n"
  "namespace telusur::data {\nextern const std::string_view ${NAME};\n"
  "const std::string_view ${NAME} = R\"telusur_data(${content})telusur_data\";\n}\n")
