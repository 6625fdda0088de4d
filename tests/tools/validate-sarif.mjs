// Validates a SARIF log against the SARIF 2.1.0 JSON schema (draft-04), then checks it against
// the JSON report of the same run: one result per finding at the finding's inventory line and
// column, rules linked to their KB article, fingerprints and baseline states carried over. A
// log that left results out (--sarif-max-results, --sarif-min-severity) must say how many in a
// notification and keep the most severe.
// usage: node validate-sarif.mjs SCHEMA REPORT.json LOG.sarif
import { readFileSync } from 'node:fs';
import { checker } from './checker.mjs';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const [schemaPath, reportPath, sarifPath] = process.argv.slice(2);
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
const report = JSON.parse(readFileSync(reportPath, 'utf8'));
const log = JSON.parse(readFileSync(sarifPath, 'utf8'));
const { fail, expectEqual, finish } = checker(sarifPath);

if (!validate(log)) {
  fail(`not valid SARIF 2.1.0:\n${ajv.errorsText(validate.errors, { separator: '\n' })}`);
  finish('');
}
// The validator itself must be able to say no: a log with a broken level is rejected.
const broken = structuredClone(log);
broken.runs[0].results[0].level = 'catastrophic';
if (validate(broken)) fail('the schema accepted an invalid level: the check is not working');

const run = log.runs[0];
const rules = run.tool.driver.rules;
// The inventory's columns count characters; code scanning assumes UTF-16 units unless told.
expectEqual('columnKind', run.columnKind, 'unicodeCodePoints');
for (const rule of rules) {
  if (!/^https:\/\/support\.microsoft\.com\/kb\/\d+$/.test(rule.helpUri ?? '')) fail(`rule ${rule.id} has no KB help link`);
  if (!rule.help?.text || !rule.help?.markdown?.startsWith(`# ${rule.id}\n`)) fail(`rule ${rule.id} has no help from its page`);
}
// A move's findings sit on its <move-bridgehead> element.
const moveAt = new Set((report.rollout?.waves ?? []).flatMap((wave) => wave.moves.map((m) => `${m.line}:${m.column}`)));
report.findings.filter((finding) => finding.rule.startsWith('move-bridgehead-')).forEach((finding) => {
  if (!moveAt.has(`${finding.location.line}:${finding.location.column}`)) {
    fail(`${finding.rule} at ${finding.location.line}:${finding.location.column} is not at a <move-bridgehead>`);
  }
});
const allResolved = report.baseline?.resolved ?? [];
const notifications = run.invocations?.[0]?.toolExecutionNotifications ?? [];
const leftOut = notifications.reduce((sum, n) => sum + (n.properties?.resultsLeftOut ?? 0), 0);
expectEqual('results', run.results.length, report.findings.length + allResolved.length - leftOut);
// Both lists are sorted worst first, so what is kept is the start of each.
const keptCurrent = run.results.filter((result) => result.baselineState !== 'absent').length;
const findings = report.findings.slice(0, keptCurrent);
const resolved = allResolved.slice(0, run.results.length - keptCurrent);
if (leftOut > 0) {
  const text = notifications[0].message?.text ?? '';
  if (!text.includes(`holds ${run.results.length} of the ${report.findings.length + allResolved.length} results`)) {
    fail(`the notification does not count the results: ${text}`);
  }
  if (!text.includes('JSON and CSV reports')) fail(`the notification does not say where every finding is: ${text}`);
  const rank = { critical: 4, high: 3, medium: 2, low: 1, info: 0 };
  const kept = [...findings, ...resolved].map((f) => rank[f.severity]);
  const dropped = [...report.findings.slice(keptCurrent), ...allResolved.slice(resolved.length)].map((f) => rank[f.severity]);
  if (Math.max(...dropped) > Math.min(...kept)) fail('a result left out is more severe than one kept');
}
const levels = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' };
findings.forEach((finding, i) => {
  const result = run.results[i] ?? {};
  const where = `result ${i + 1} (${finding.rule})`;
  expectEqual(`${where} ruleId`, result.ruleId, finding.rule);
  expectEqual(`${where} rules[ruleIndex]`, rules[result.ruleIndex]?.id, finding.rule);
  expectEqual(`${where} level`, result.level, levels[finding.severity]);
  const location = result.locations?.[0]?.physicalLocation;
  expectEqual(`${where} uri`, decodeURI(location?.artifactLocation?.uri ?? ''), report.inventory.path);
  expectEqual(`${where} startLine`, location?.region?.startLine, finding.location.line);
  expectEqual(`${where} startColumn`, location?.region?.startColumn, finding.location.column);
  expectEqual(`${where} fingerprint`, result.partialFingerprints?.['upgradeRisk/v1'], finding.fingerprint);
  expectEqual(`${where} baselineState`, result.baselineState, finding.baseline_state);
  if (!result.message?.text?.startsWith(finding.title)) fail(`${where} message does not start with the title`);
});
resolved.forEach((finding, i) => {
  const result = run.results[findings.length + i] ?? {};
  expectEqual(`resolved ${i + 1} baselineState`, result.baselineState, 'absent');
  expectEqual(`resolved ${i + 1} fingerprint`, result.partialFingerprints?.['upgradeRisk/v1'], finding.fingerprint);
  expectEqual(`resolved ${i + 1} ruleId`, result.ruleId, finding.rule);
  // Code scanning needs a location on every result: a resolved one keeps its last known place.
  const location = result.locations?.[0]?.physicalLocation;
  expectEqual(`resolved ${i + 1} uri`, decodeURI(location?.artifactLocation?.uri ?? ''), report.inventory.path);
  if (!(location?.region?.startLine > 0)) fail(`resolved ${i + 1} has no line`);
});
if (report.findings.length === 0) fail('the report has no findings: nothing was checked');
finish(`valid SARIF 2.1.0, ${run.results.length} results match ${reportPath}`);
