@echo off
rem Starts a FlixTube stage without Docker: flixtube.cmd up [stage]; flixtube.cmd stages lists them.
rem The logic is the Java launcher in launcher\; this script builds it when its jar is missing
rem and runs it with the java of JAVA_HOME, or the one on the PATH, which must be 21 or newer.
setlocal
set "ROOT=%~dp0"
set "ROOT=%ROOT:~0,-1%"
set "LAUNCHER_JAR=%ROOT%\launcher\target\flixtube-launcher.jar"
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java.exe"

if not exist "%LAUNCHER_JAR%" (
    echo flixtube ^| building the launcher: mvn -B -q -DskipTests -pl launcher package
    pushd "%ROOT%"
    call mvn -B -q -DskipTests -pl launcher package
    if errorlevel 1 (
        popd
        exit /b 1
    )
    popd
)

"%JAVA%" -Dflixtube.root="%ROOT%" -jar "%LAUNCHER_JAR%" %*
exit /b %ERRORLEVEL%
