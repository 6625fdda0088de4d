# Installation layout and the Debian package (cpack -G DEB).
#   bin/upgrade-risk
#   share/upgrade-risk/{templates,schema,examples}   copies for users to read and restyle
#   share/doc/upgrade-risk                            README, docs/ and the changelog
#   share/man/man1/upgrade-risk.1.gz
#   share/bash-completion/completions/upgrade-risk
# The executable embeds its templates, schema and starter inventory, so it runs from any prefix.

set(UPGRADE_RISK_DATADIR ${CMAKE_INSTALL_DATADIR}/upgrade-risk)
set(UPGRADE_RISK_DOCDIR ${CMAKE_INSTALL_DATADIR}/doc/upgrade-risk)

install(DIRECTORY ${PROJECT_SOURCE_DIR}/inventory/examples/
        DESTINATION ${UPGRADE_RISK_DATADIR}/examples FILES_MATCHING PATTERN "*.xml")
install(FILES ${PROJECT_SOURCE_DIR}/inventory/schema/inventory-1.xsd
        DESTINATION ${UPGRADE_RISK_DATADIR}/schema)
# The HTML templates, for users to copy and restyle (the executable has its own copy built in).
if(IS_DIRECTORY ${PROJECT_SOURCE_DIR}/templates)
  install(DIRECTORY ${PROJECT_SOURCE_DIR}/templates/ DESTINATION ${UPGRADE_RISK_DATADIR}/templates)
endif()
install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${UPGRADE_RISK_DOCDIR})
# docs/ beside the README as in the source tree, so the README's links (pages, screenshot)
# resolve in the installed copy too.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/ DESTINATION ${UPGRADE_RISK_DOCDIR}/docs
        FILES_MATCHING PATTERN "*.md" PATTERN "*.png")
install(FILES ${PROJECT_SOURCE_DIR}/completions/upgrade-risk.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME upgrade-risk)

# Debian wants manual pages compressed; -n keeps the archive reproducible.
find_program(GZIP_EXECUTABLE gzip REQUIRED)
set(MAN_PAGE_GZ ${PROJECT_BINARY_DIR}/upgrade-risk.1.gz)
add_custom_command(OUTPUT ${MAN_PAGE_GZ}
  COMMAND ${GZIP_EXECUTABLE} -9 -n -c ${PROJECT_SOURCE_DIR}/docs/upgrade-risk.1 > ${MAN_PAGE_GZ}
  DEPENDS ${PROJECT_SOURCE_DIR}/docs/upgrade-risk.1
  COMMENT "Compressing the manual page")
add_custom_target(man_page ALL DEPENDS ${MAN_PAGE_GZ})
install(FILES ${MAN_PAGE_GZ} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

set(UPGRADE_RISK_MAINTAINER "upgrade-risk maintainers <maintainers@users.noreply.r-seed-35561502.example>"
    CACHE STRING "Maintainer named in the Debian package")
# The release's date, as Debian's changelog writes it; with the version, the one place to
# change for a release.
set(UPGRADE_RISK_RELEASE_DATE "Thu, 03 Dec 2026 12:00:00 +0000")

# Debian policy: a native package's changelog as usr/share/doc/PACKAGE/changelog.gz.
configure_file(${PROJECT_SOURCE_DIR}/cmake/changelog.in ${PROJECT_BINARY_DIR}/debian-changelog @ONLY)
set(CHANGELOG_GZ ${PROJECT_BINARY_DIR}/changelog.gz)
add_custom_command(OUTPUT ${CHANGELOG_GZ}
  COMMAND ${GZIP_EXECUTABLE} -9 -n -c ${PROJECT_BINARY_DIR}/debian-changelog > ${CHANGELOG_GZ}
  DEPENDS ${PROJECT_BINARY_DIR}/debian-changelog
  COMMENT "Compressing the Debian changelog")
add_custom_target(debian_changelog ALL DEPENDS ${CHANGELOG_GZ})
install(FILES ${CHANGELOG_GZ} DESTINATION ${UPGRADE_RISK_DOCDIR})
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME upgrade-risk)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT ${UPGRADE_RISK_MAINTAINER})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "predicts Exchange 4.0/5.0 to 5.5 upgrade backout faults before a rollout")
# CPack puts the summary first and indents these lines as the extended description.
# Lines under 80 characters once indented (lintian: extended-description-line-too-long).
set(CPACK_PACKAGE_DESCRIPTION
    "upgrade-risk reads an XML inventory of an Exchange Server 4.0/5.0
organization and its planned 5.5 rollout, and predicts which servers' failed
upgrade and backout would break directory replication (Microsoft KB Q195908)
or cause related faults. It checks the backups, Authrest.exe and install kits
each recovery needs, and writes a risk report as HTML, JSON, SARIF, CSV,
Markdown or a terminal summary.")
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)  # Depends: from the libraries the binary links
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
include(CPack)
