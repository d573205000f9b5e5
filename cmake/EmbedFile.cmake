# Script mode: writes OUTPUT, a C++ file defining telusur::data::NAME with the bytes of INPUT.
file(READ "${INPUT}" hex HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
file(WRITE "${OUTPUT}"
  "// Generated from ${INPUT}; do not edit.\n#include <string_view>\n"
  "namespace telusur::data {\nstatic const char ${NAME}_bytes[] = {${bytes} 0};\n"
  "extern const std::string_view ${NAME}(${NAME}_bytes, sizeof ${NAME}_bytes - 1);\n}\n")
