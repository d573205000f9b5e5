# Installs the library, its public headers and a package configuration, so that a program can do
#   find_package(telusur) and target_link_libraries(app telusur::telusur)
# against an installed copy.
include(CMakePackageConfigHelpers)

set(telusur_libraries telusur_corpus telusur_stemmer telusur_indexer telusur_searcher telusur)
install(TARGETS ${telusur_libraries} EXPORT telusurTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
foreach(layer corpus stemmer indexer searcher)
  install(DIRECTORY "${PROJECT_SOURCE_DIR}/${layer}/include/telusur" DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
endforeach()
install(TARGETS telusur_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

set(config_dir ${CMAKE_INSTALL_LIBDIR}/cmake/telusur)
install(EXPORT telusurTargets NAMESPACE telusur:: DESTINATION ${config_dir})
configure_package_config_file("${PROJECT_SOURCE_DIR}/cmake/telusurConfig.cmake.in"
  "${PROJECT_BINARY_DIR}/telusurConfig.cmake" INSTALL_DESTINATION ${config_dir})
write_basic_package_version_file("${PROJECT_BINARY_DIR}/telusurConfigVersion.cmake"
  COMPATIBILITY SameMinorVersion)
install(FILES "${PROJECT_BINARY_DIR}/telusurConfig.cmake" "${PROJECT_BINARY_DIR}/telusurConfigVersion.cmake"
              "${PROJECT_SOURCE_DIR}/cmake/TelusurDependencies.cmake"
        DESTINATION ${config_dir})
