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

# Reindexing analyses articles on several threads (indexer/build_pipeline.cpp).
set(THREADS_PREFER_PTHREAD_FLAG ON)
find_dependency(Threads)
