# -DTELUSUR_SANITIZE=ON builds everything (library, command, tests, benchmarks) with AddressSanitizer and
# UndefinedBehaviorSanitizer. Undefined behaviour aborts instead of printing and going on, so a test that meets it
# fails. .ci/bootstrap test runs the whole suite once more in such a build.
option(TELUSUR_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)

set(TELUSUR_SANITIZER_FLAGS "")
if(TELUSUR_SANITIZE)
  set(TELUSUR_SANITIZER_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_compile_options(${TELUSUR_SANITIZER_FLAGS})
  add_link_options(${TELUSUR_SANITIZER_FLAGS})
endif()

# -DTELUSUR_FUZZ=ON (clang++ only) instruments everything for libFuzzer, with the same sanitizers, and builds the
# fuzz targets of tests/fuzz/.
option(TELUSUR_FUZZ "Build the libFuzzer targets (needs clang++)" OFF)
if(TELUSUR_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "TELUSUR_FUZZ needs clang++ (configure with -DCMAKE_CXX_COMPILER=clang++)")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()
