# harbordesk-sim itself and the eBay / Shopee connectors against it, in-process on loopback
# (no external server, so they always run). Included from CMakeLists.txt.
foreach(name TestEbayConnector TestShopeeConnector TestSimServer)
  harbordesk_add_test(NAME ${name} SOURCES ${name}.cpp TestSimSupport.h LIBS harbordesk_sim_lib
                      LABELS integration TIMEOUT 300)
  target_compile_definitions(${name} PRIVATE HD_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
endforeach()
target_compile_definitions(TestSimServer PRIVATE HD_SIM_BINARY="$<TARGET_FILE:harbordesk-sim>")
add_dependencies(TestSimServer harbordesk-sim)
