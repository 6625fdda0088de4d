// Failure reporting shared by the format checks: every problem is printed, then the exit
// status says whether there was any.
export function checker(file) {
  let failures = 0;
  const fail = (message) => {
    console.error(`${file}: ${message}`);
    failures += 1;
  };
  const expectEqual = (what, actual, expected) => {
    if (actual !== expected) fail(`${what}: ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
  };
  const finish = (summary) => {
    if (!failures) console.log(`${file}: ${summary}`);
    process.exit(failures ? 1 : 0);
  };
  return { fail, expectEqual, finish };
}
