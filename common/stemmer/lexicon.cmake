# Generates the stemmer's lexicon from Debian's hunspell-id at build time and
# compiles it into telusur_common. Included from common/CMakeLists.txt after
# add_library(telusur_common ...):  include(stemmer/lexicon.cmake)
#
# Source: /usr/share/hunspell/id_ID.dic + id_ID.aff (package hunspell-id,
# scripts/install-deps.sh). See docs/stemmer.md for licence notes.
find_package(Python3 REQUIRED COMPONENTS Interpreter)
set(TELUSUR_HUNSPELL_DIC /usr/share/hunspell/id_ID.dic CACHE FILEPATH "hunspell-id dictionary")
set(TELUSUR_HUNSPELL_AFF /usr/share/hunspell/id_ID.aff CACHE FILEPATH "hunspell-id affix file")
if(NOT EXISTS ${TELUSUR_HUNSPELL_DIC} OR NOT EXISTS ${TELUSUR_HUNSPELL_AFF})
  message(FATAL_ERROR "Telusur's stemmer needs ${TELUSUR_HUNSPELL_DIC} and .aff: "
                      "apt-get install hunspell-id (scripts/install-deps.sh)")
endif()
# Optional second source: the analyser of Debian's apertium-ind-zlm, run with
# lttoolbox's lt-proc, marks function words and ordinals to keep whole.
set(TELUSUR_APERTIUM_AUTOMORF /usr/share/apertium/apertium-ind-zlm/ind-zlm.automorf.bin
    CACHE FILEPATH "apertium-ind-zlm Indonesian analyser (optional)")
find_program(TELUSUR_LT_PROC lt-proc)
set(TELUSUR_LEXICON_APERTIUM_ARGS)
set(TELUSUR_LEXICON_APERTIUM_DEPENDS)
if(EXISTS ${TELUSUR_APERTIUM_AUTOMORF} AND TELUSUR_LT_PROC)
  set(TELUSUR_LEXICON_APERTIUM_ARGS --apertium ${TELUSUR_APERTIUM_AUTOMORF} --lt-proc ${TELUSUR_LT_PROC})
  set(TELUSUR_LEXICON_APERTIUM_DEPENDS ${TELUSUR_APERTIUM_AUTOMORF})
else()
  message(WARNING "apertium-ind-zlm (${TELUSUR_APERTIUM_AUTOMORF}) or lt-proc not found: "
                  "the stemmer lexicon is built from hunspell-id alone and is less accurate "
                  "(apt-get install apertium-ind-zlm)")
endif()
set(TELUSUR_LEXICON_SOURCE ${CMAKE_CURRENT_BINARY_DIR}/telusur_lexicon_data.cpp)
add_custom_command(
  OUTPUT ${TELUSUR_LEXICON_SOURCE}
  COMMAND Python3::Interpreter ${CMAKE_CURRENT_LIST_DIR}/gen_lexicon.py
          ${TELUSUR_HUNSPELL_DIC} ${TELUSUR_HUNSPELL_AFF} ${TELUSUR_LEXICON_SOURCE}
          ${TELUSUR_LEXICON_APERTIUM_ARGS}
  DEPENDS ${CMAKE_CURRENT_LIST_DIR}/gen_lexicon.py ${TELUSUR_HUNSPELL_DIC} ${TELUSUR_HUNSPELL_AFF}
          ${TELUSUR_LEXICON_APERTIUM_DEPENDS}
  COMMENT "Generating the stemmer lexicon from hunspell-id (and apertium-ind-zlm)"
  VERBATIM)
target_sources(telusur_common PRIVATE ${TELUSUR_LEXICON_SOURCE})
# The named target also makes the rule visible when this file is included
# from a directory other than telusur_common's.
add_custom_target(telusur_lexicon DEPENDS ${TELUSUR_LEXICON_SOURCE})
add_dependencies(telusur_common telusur_lexicon)
