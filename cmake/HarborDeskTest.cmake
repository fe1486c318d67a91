# harbordesk_add_test(NAME <name> SOURCES <files...> [LIBS <targets...>] [LABELS <labels...>] [TIMEOUT <s>])
# One Qt Test executable per class, registered with ctest, labelled (core, ui, integration, pg, slow).
function(harbordesk_add_test)
  cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS;ENV" ${ARGN})
  add_executable(${T_NAME} ${T_SOURCES})
  target_link_libraries(${T_NAME} PRIVATE harbordesk_core Qt6::Test ${T_LIBS})
  add_test(NAME ${T_NAME} COMMAND ${T_NAME})
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 300)
  endif()
  set_tests_properties(${T_NAME} PROPERTIES LABELS "${T_LABELS}" TIMEOUT ${T_TIMEOUT}
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;HARBORDESK_SOURCE_DIR=${PROJECT_SOURCE_DIR};HARBORDESK_SHARED_DIR=${PROJECT_SOURCE_DIR}/../shared;${T_ENV}")
  # Tests on the shared PostgreSQL test database reset its schema: never two at once.
  if("pg" IN_LIST T_LABELS)
    set_tests_properties(${T_NAME} PROPERTIES RESOURCE_LOCK harbordesk_pg)
  endif()
endfunction()
