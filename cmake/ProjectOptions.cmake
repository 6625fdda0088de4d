# Opt-in build settings as INTERFACE targets: link `upgrade_risk_warnings` and
# `upgrade_risk_sanitizers` instead of touching global CMAKE_CXX_FLAGS.

option(ENABLE_WERROR "Treat compiler warnings as errors" OFF)
option(ENABLE_ASAN "Build with AddressSanitizer" OFF)
option(ENABLE_UBSAN "Build with UndefinedBehaviorSanitizer" OFF)
option(ENABLE_FUZZING "Build the libFuzzer target tests/fuzz (clang only; implies ASan and UBSan)" OFF)

if(ENABLE_FUZZING)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "ENABLE_FUZZING needs clang: configure with -DCMAKE_CXX_COMPILER=clang++")
  endif()
  set(ENABLE_ASAN ON)
  set(ENABLE_UBSAN ON)
endif()

# mimalloc (Debian's libmimalloc-dev) is the heap of every program linked with the CLI library;
# a sanitizer build keeps the C library's malloc, which the sanitizers replace with their own.
option(USE_MIMALLOC "Link mimalloc as the heap allocator (analyzer/cli/allocator.h)" ON)
if(ENABLE_ASAN)
  set(USE_MIMALLOC OFF)
endif()

add_library(upgrade_risk_warnings INTERFACE)
target_compile_options(upgrade_risk_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion
  $<$<BOOL:${ENABLE_WERROR}>:-Werror>)

add_library(upgrade_risk_sanitizers INTERFACE)
if(ENABLE_ASAN OR ENABLE_UBSAN)
  # Bounds-checked operator[] and friends in libstdc++, which itself is not instrumented.
  target_compile_definitions(upgrade_risk_sanitizers INTERFACE _GLIBCXX_ASSERTIONS)
endif()
if(ENABLE_FUZZING)
  # Coverage feedback for every project library; only the fuzz target links libFuzzer's main.
  target_compile_options(upgrade_risk_sanitizers INTERFACE -fsanitize=fuzzer-no-link)
endif()
if(ENABLE_ASAN)
  target_compile_options(upgrade_risk_sanitizers INTERFACE -fsanitize=address -fno-omit-frame-pointer)
  target_link_options(upgrade_risk_sanitizers INTERFACE -fsanitize=address)
endif()
if(ENABLE_UBSAN)
  target_compile_options(upgrade_risk_sanitizers INTERFACE -fsanitize=undefined -fno-sanitize-recover=undefined)
  target_link_options(upgrade_risk_sanitizers INTERFACE -fsanitize=undefined)
endif()

# Every project target links this one: warnings plus whichever sanitizers are on.
add_library(upgrade_risk_build INTERFACE)
target_link_libraries(upgrade_risk_build INTERFACE upgrade_risk_warnings upgrade_risk_sanitizers)
