# Runs `npm ci` in WEB_DIR when node_modules is missing or older than
# package-lock.json, then touches STAMP; otherwise leaves both alone, so the
# web build reruns only when its dependencies changed.
# Usage: cmake -DNPM=npm -DWEB_DIR=web -DSTAMP=file -P npm_ci.cmake
set(installed ${WEB_DIR}/node_modules/.package-lock.json)
set(lock ${WEB_DIR}/package-lock.json)
if(NOT EXISTS ${installed} OR ${lock} IS_NEWER_THAN ${installed} OR NOT EXISTS ${STAMP})
  if(NOT EXISTS ${installed} OR ${lock} IS_NEWER_THAN ${installed})
    execute_process(COMMAND ${NPM} ci --no-audit --no-fund --loglevel=error
                    WORKING_DIRECTORY ${WEB_DIR} RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
      message(FATAL_ERROR "npm ci failed in ${WEB_DIR} (${rc}); is the npm registry reachable?")
    endif()
  endif()
  file(TOUCH ${STAMP})
endif()
