# Desktop integration, documentation and packages. Included from the top-level CMakeLists.txt.

set(KINDZICHT_APP_ID "org.kindzicht.Kindzicht")
set(KINDZICHT_RELEASE_DATE "2026-11-22" CACHE STRING "Date of this release, for the AppStream metadata")

if(UNIX AND NOT APPLE)
    configure_file(${CMAKE_CURRENT_LIST_DIR}/linux/${KINDZICHT_APP_ID}.metainfo.xml.in
                   ${CMAKE_BINARY_DIR}/installer/${KINDZICHT_APP_ID}.metainfo.xml @ONLY)
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/${KINDZICHT_APP_ID}.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${CMAKE_BINARY_DIR}/installer/${KINDZICHT_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/kindzicht.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${KINDZICHT_APP_ID}.svg)
    foreach(size 16 32 48 64 128 256)
        install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/kindzicht-${size}.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
                RENAME ${KINDZICHT_APP_ID}.png)
    endforeach()

    # Man pages and the Debian changelog are installed compressed, reproducibly (gzip -n).
    find_program(GZIP_EXECUTABLE gzip REQUIRED)
    set(compressed)
    foreach(source linux/kindzicht.1 linux/kindzicht-cli.1 debian/changelog)
        get_filename_component(name ${source} NAME)
        set(output ${CMAKE_BINARY_DIR}/installer/${name}.gz)
        add_custom_command(OUTPUT ${output}
            COMMAND ${GZIP_EXECUTABLE} -9 -n -c ${CMAKE_CURRENT_LIST_DIR}/${source} > ${output}
            DEPENDS ${CMAKE_CURRENT_LIST_DIR}/${source}
            VERBATIM)
        list(APPEND compressed ${output})
    endforeach()
    add_custom_target(kindzicht_docs ALL DEPENDS ${compressed})
    install(FILES ${CMAKE_BINARY_DIR}/installer/kindzicht.1.gz ${CMAKE_BINARY_DIR}/installer/kindzicht-cli.1.gz
            DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/debian/copyright ${CMAKE_BINARY_DIR}/installer/changelog.gz
            DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/kindzicht)
endif()

set(CPACK_PACKAGE_NAME "kindzicht")
set(CPACK_PACKAGE_VENDOR "Kindzicht developers")
set(CPACK_PACKAGE_CONTACT "Kindzicht developers <dev@kindzicht.example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "support needs, observations and social map for inclusive childcare")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Kindzicht")
set(CPACK_PACKAGE_EXECUTABLES "kindzicht;Kindzicht")
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

if(UNIX AND NOT APPLE)
    set(CPACK_GENERATOR "DEB")
    set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # Runtime pieces that shlibdeps cannot see: the SQLite driver plugin, Qt's own Dutch strings,
    # and a font (without one, printed documents come out without text). Printing needs nothing
    # here: shlibdeps finds libqt6printsupport6, which also holds the CUPS print plugin.
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-translations-l10n, fonts-dejavu-core")
    # The organisation's server is reached through Qt's PostgreSQL driver.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql")
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)
    # CPack puts CPACK_PACKAGE_DESCRIPTION_SUMMARY on the first line; this is the extended part.
    set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
        "Kindzicht helps Dutch childcare locations keep children with a little extra\n"
        "support need in the regular group: observations, support needs with their\n"
        "history, and the social map of the neighbourhood, in Dutch and English.\n"
        "Includes the desktop application and the kindzicht-cli command line.")
    string(REPLACE ";" "" CPACK_DEBIAN_PACKAGE_DESCRIPTION "${CPACK_DEBIAN_PACKAGE_DESCRIPTION}")
elseif(WIN32)
    include(${CMAKE_CURRENT_LIST_DIR}/windows/WindowsPackaging.cmake)
endif()

include(CPack)
