# find_package(vpncert) for an installed libvpncert (ffi-c/install.sh puts this file in
# <prefix>/lib/cmake/vpncert/). Defines:
#   vpncert::vpncert         the shared library (libvpncert.so / .dylib)
#   vpncert::vpncert_static  the static library (libvpncert.a) with the system libraries it needs
#
#   find_package(vpncert 0.1 REQUIRED)
#   target_link_libraries(my_tool PRIVATE vpncert::vpncert)
include(CMakeFindDependencyMacro)

get_filename_component(_vpncert_prefix "${CMAKE_CURRENT_LIST_DIR}/../../.." ABSOLUTE)
set(_vpncert_include "${_vpncert_prefix}/include")
set(_vpncert_shared
    "${_vpncert_prefix}/lib/${CMAKE_SHARED_LIBRARY_PREFIX}vpncert${CMAKE_SHARED_LIBRARY_SUFFIX}")
set(_vpncert_static "${_vpncert_prefix}/lib/libvpncert.a")

if(NOT EXISTS "${_vpncert_include}/vpncert.h")
  set(vpncert_FOUND FALSE)
  set(vpncert_NOT_FOUND_MESSAGE "vpncert.h not found in ${_vpncert_include}")
  return()
endif()

if(NOT TARGET vpncert::vpncert AND EXISTS "${_vpncert_shared}")
  add_library(vpncert::vpncert SHARED IMPORTED)
  set_target_properties(vpncert::vpncert PROPERTIES
    IMPORTED_LOCATION "${_vpncert_shared}"
    IMPORTED_NO_SONAME TRUE
    INTERFACE_INCLUDE_DIRECTORIES "${_vpncert_include}")
endif()

if(NOT TARGET vpncert::vpncert_static AND EXISTS "${_vpncert_static}")
  find_dependency(Threads)
  add_library(vpncert::vpncert_static STATIC IMPORTED)
  if(APPLE)
    set(_vpncert_system_libs "-framework Security" "-framework CoreFoundation" iconv m)
  else()
    set(_vpncert_system_libs Threads::Threads ${CMAKE_DL_LIBS} m rt util)
  endif()
  set_target_properties(vpncert::vpncert_static PROPERTIES
    IMPORTED_LOCATION "${_vpncert_static}"
    INTERFACE_INCLUDE_DIRECTORIES "${_vpncert_include}"
    INTERFACE_LINK_LIBRARIES "${_vpncert_system_libs}")
endif()

set(vpncert_INCLUDE_DIRS "${_vpncert_include}")
set(vpncert_LIBRARIES vpncert::vpncert)
unset(_vpncert_prefix)
unset(_vpncert_include)
unset(_vpncert_shared)
unset(_vpncert_static)
