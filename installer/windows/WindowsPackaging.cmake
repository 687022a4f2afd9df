# Windows installer: NSIS through CPack, with Qt's deployment script (windeployqt) copying the Qt
# libraries, the SQLite driver plugin, the platform plugin and Qt's translations beside the
# executables. Built on a Windows machine with Qt 6 (MSVC), NSIS and CMake; see README.

qt_generate_deploy_app_script(
    TARGET kindzicht
    FILENAME_VARIABLE kindzicht_deploy_script
    NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${kindzicht_deploy_script})

set(CPACK_GENERATOR "NSIS")
set(CPACK_NSIS_PACKAGE_NAME "Kindzicht")
set(CPACK_NSIS_DISPLAY_NAME "Kindzicht ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_LIST_DIR}/kindzicht.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\kindzicht.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# The installer asks whether to install for this user only or for everyone on the computer.
set(CPACK_NSIS_MULTIUSER ON)
set(CPACK_NSIS_CREATE_ICONS_EXTRA
    "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\Kindzicht.lnk' '$INSTDIR\\\\bin\\\\kindzicht.exe'")
set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$SMPROGRAMS\\\\$START_MENU\\\\Kindzicht.lnk'")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "dev@kindzicht.example.org")
