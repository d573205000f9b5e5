# Script mode, run by ctest: installs the telusur build in BUILD_DIR into a scratch prefix, builds the consumer
# project in CONSUMER_DIR against it with find_package(telusur), runs it on the sample corpus, and checks the result.
set(prefix "${WORK_DIR}/prefix")
# A sanitizer build's libraries need the consumer built by the same compiler (CONSUMER_COMPILER) with the same
# flags (CONSUMER_FLAGS, a list).
string(REPLACE ";" " " consumer_flags "${CONSUMER_FLAGS}")
file(REMOVE_RECURSE "${WORK_DIR}")

function(run_step description)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "${description} failed (${status}):\n${out}\n${err}")
  endif()
  set(step_output "${out}" PARENT_SCOPE)
endfunction()

run_step("install" "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${prefix}")
run_step("configure consumer" "${CMAKE_COMMAND}" -S "${CONSUMER_DIR}" -B "${WORK_DIR}/consumer"
         -DCMAKE_PREFIX_PATH=${prefix} -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER=${CONSUMER_COMPILER}
         "-DCMAKE_CXX_FLAGS=${consumer_flags}" "-DCMAKE_EXE_LINKER_FLAGS=${consumer_flags}")
run_step("build consumer" "${CMAKE_COMMAND}" --build "${WORK_DIR}/consumer")
run_step("run consumer" "${WORK_DIR}/consumer/consumer" "${WORK_DIR}/db" "${SAMPLE_DIR}" "karang taruna blora")
string(STRIP "${step_output}" top)
if(NOT top STREQUAL "000_804e0742f2996cee")
  message(FATAL_ERROR "consumer's top hit was '${top}', expected the seed article")
endif()
message(STATUS "installed package works: top hit ${top}")
