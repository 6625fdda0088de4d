// Validates SARIF files against the SARIF 2.1.0 JSON schema (draft-04), then checks what the
// schema cannot: rule indexes point at their rules, help links go to the KB, results are located.
// usage: node validate-sarif.mjs SCHEMA FILE...
import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const [schemaPath, ...files] = process.argv.slice(2);
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
let failures = 0;
const fail = (file, message) => {
  console.error(`${file}: ${message}`);
  failures += 1;
};

function checkSemantics(file, log) {
  for (const run of log.runs) {
    const rules = run.tool.driver.rules;
    for (const rule of rules) {
      if (!/^https:\/\/support\.microsoft\.com\/kb\/\d+$/.test(rule.helpUri ?? '')) {
        fail(file, `rule ${rule.id} has no KB help link`);
      }
    }
    if (run.results.length === 0) fail(file, 'no results: the sample has findings');
    for (const result of run.results) {
      if (rules[result.ruleIndex]?.id !== result.ruleId) {
        fail(file, `result ${result.ruleId} has ruleIndex ${result.ruleIndex} pointing elsewhere`);
      }
      if (!result.partialFingerprints?.['upgradeRisk/v1']) fail(file, `result ${result.ruleId} has no fingerprint`);
      if (result.baselineState !== 'absent' && !result.locations?.[0]?.physicalLocation?.artifactLocation?.uri) {
        fail(file, `result ${result.ruleId} has no location`);
      }
    }
  }
}

for (const file of files) {
  const log = JSON.parse(readFileSync(file, 'utf8'));
  if (!validate(log)) {
    fail(file, `not valid SARIF 2.1.0:\n${ajv.errorsText(validate.errors, { separator: '\n' })}`);
    continue;
  }
  checkSemantics(file, log);
  // The validator itself must be able to say no: a log with a broken level is rejected.
  const broken = structuredClone(log);
  broken.runs[0].results[0].level = 'catastrophic';
  if (validate(broken)) fail(file, 'the schema accepted an invalid level: the check is not working');
  console.log(`${file}: valid SARIF 2.1.0, ${log.runs[0].results.length} results`);
}
process.exit(failures ? 1 : 0);
