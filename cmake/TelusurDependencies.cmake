# Finds the libraries the telusur library needs and gives each an imported target. Used by our own build and by the
# installed package configuration, so a program that links telusur::telusur gets the same dependencies.
include(CMakeFindDependencyMacro)

# Debian's libxapian-dev ships a config file that sets variables but no target; wrap it in one.
find_dependency(xapian CONFIG)
if(NOT TARGET Xapian::Xapian)
  add_library(Xapian::Xapian INTERFACE IMPORTED)
  set_target_properties(Xapian::Xapian PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES "${XAPIAN_INCLUDE_DIR}"
    INTERFACE_LINK_LIBRARIES "${XAPIAN_LIBRARIES}")
endif()

find_dependency(ICU COMPONENTS uc i18n)

# Stored bodies are LZ4 blocks (indexer/stored_body.hpp): written and read several times faster than the zlib Xapian
# applies to document data. Debian's liblz4-dev has no CMake package, so it is found by its header and library.
if(NOT TARGET LZ4::LZ4)
  find_path(LZ4_INCLUDE_DIR lz4.h)
  find_library(LZ4_LIBRARY lz4)
  if(NOT LZ4_INCLUDE_DIR OR NOT LZ4_LIBRARY)
    message(FATAL_ERROR "telusur needs liblz4 (Debian package liblz4-dev)")
  endif()
  add_library(LZ4::LZ4 UNKNOWN IMPORTED)
  set_target_properties(LZ4::LZ4 PROPERTIES
    IMPORTED_LOCATION "${LZ4_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${LZ4_INCLUDE_DIR}")
endif()

# Reindexing analyses articles on several threads (indexer/build_pipeline.cpp).
set(THREADS_PREFER_PTHREAD_FLAG ON)
find_dependency(Threads)
