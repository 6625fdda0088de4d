#!/bin/sh
# Runs a command and passes only when it exits with the expected status: expect_exit.sh CODE CMD...
expected="$1"
shift
"$@"
status=$?
if [ "$status" -ne "$expected" ]; then
  echo "expected exit status $expected, got $status: $*" >&2
  exit 1
fi
