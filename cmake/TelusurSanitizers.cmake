# -DTELUSUR_SANITIZE=ON builds everything (library, command, tests, benchmarks) with AddressSanitizer and
# UndefinedBehaviorSanitizer. Undefined behaviour aborts instead of printing and going on, so a test that meets it
# fails.
#
# -DTELUSUR_FUZZ=ON (clang++ only) also instruments everything for libFuzzer and builds the fuzz targets of
# tests/fuzz/; it implies TELUSUR_SANITIZE, so one such build runs both the test suite under the sanitizers and the
# fuzzers, which is how .ci/bootstrap test uses it.
option(TELUSUR_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(TELUSUR_FUZZ "Also build the libFuzzer targets (needs clang++; implies TELUSUR_SANITIZE)" OFF)

set(TELUSUR_SANITIZER_FLAGS "")
if(TELUSUR_SANITIZE OR TELUSUR_FUZZ)
  set(TELUSUR_SANITIZER_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
endif()
if(TELUSUR_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "TELUSUR_FUZZ needs clang++ (configure with -DCMAKE_CXX_COMPILER=clang++)")
  endif()
  list(APPEND TELUSUR_SANITIZER_FLAGS -fsanitize=fuzzer-no-link)  # coverage for libFuzzer; its main only in targets
endif()
add_compile_options(${TELUSUR_SANITIZER_FLAGS})
add_link_options(${TELUSUR_SANITIZER_FLAGS})
