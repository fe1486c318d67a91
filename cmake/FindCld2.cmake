# Finds CLD2 (Compact Language Detector 2) as packaged by Debian (libcld2-dev).
find_path(CLD2_INCLUDE_DIR NAMES cld2/public/compact_lang_det.h)
find_library(CLD2_LIBRARY NAMES cld2)
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(Cld2 DEFAULT_MSG CLD2_LIBRARY CLD2_INCLUDE_DIR)
if(Cld2_FOUND AND NOT TARGET Cld2::Cld2)
  add_library(Cld2::Cld2 UNKNOWN IMPORTED)
  set_target_properties(Cld2::Cld2 PROPERTIES IMPORTED_LOCATION "${CLD2_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${CLD2_INCLUDE_DIR}")
endif()
