# dyad_module(NAME): adds every .cc file of the current folder to dyad_core,
# and gathers its *_test.cc files into one test executable dyad_NAME_test.
# Globbing (re-checked at every build) lets a module grow file by file
# without anyone editing a shared list.
function(dyad_module name)
  file(GLOB sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cc)
  file(GLOB tests CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*_test.cc)
  if(tests)
    list(REMOVE_ITEM sources ${tests})
  endif()
  if(sources)
    target_sources(dyad_core PRIVATE ${sources})
  endif()
  if(tests)
    dyad_add_test(dyad_${name}_test ${tests})
  endif()
endfunction()
