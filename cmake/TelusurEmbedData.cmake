# telusur_embed_data(TARGET NAME FILE): compiles the data file FILE into TARGET as
#   extern const std::string_view telusur::data::NAME;
# so curated word lists stay data files, yet the library needs no install path to find them at run time.
function(telusur_embed_data target name file)
  set(out "${CMAKE_CURRENT_BINARY_DIR}/embedded_${name}.cpp")
  add_custom_command(
    OUTPUT "${out}"
    COMMAND "${CMAKE_COMMAND}" -DNAME=${name} -DINPUT=${file} -DOUTPUT=${out}
            -P "${PROJECT_SOURCE_DIR}/cmake/EmbedFile.cmake"
    DEPENDS "${file}" "${PROJECT_SOURCE_DIR}/cmake/EmbedFile.cmake"
    COMMENT "Embedding ${name}")
  target_sources(${target} PRIVATE "${out}")
endfunction()
