// Parses a CSV report with csv-parse (strict RFC 4180, as a spreadsheet import would) and checks
// it row by row against the JSON report of the same run, formula guards included.
// usage: node check-csv.mjs REPORT.json REPORT.csv
import { readFileSync } from 'node:fs';
import { checker } from './checker.mjs';
import { parse } from 'csv-parse/sync';

const [reportPath, csvPath] = process.argv.slice(2);
const report = JSON.parse(readFileSync(reportPath, 'utf8'));
const text = readFileSync(csvPath, 'utf8');
const { fail, expectEqual, finish } = checker(csvPath);

if (!text.endsWith('\r\n')) fail('records do not end with CRLF');
const rows = parse(text, { columns: true, record_delimiter: '\r\n', relax_quotes: false, relax_column_count: false });
// A spreadsheet shows text that starts with = + - @ after the guarding quote; nothing else.
const shown = (value) => (value ?? '').replace(/^'(?=[=+\-@\t\r])/, '');
const guarded = (cell) => !/^[=+\-@\t\r]/.test(cell);
const resolved = report.baseline?.resolved ?? [];
expectEqual('rows', rows.length, report.findings.length + resolved.length);
rows.forEach((row, i) => {
  for (const [column, cell] of Object.entries(row)) {
    if (!guarded(cell)) fail(`row ${i + 1} ${column} starts like a formula: ${JSON.stringify(cell)}`);
  }
});
report.findings.forEach((finding, i) => {
  const row = rows[i] ?? {};
  const where = `row ${i + 1} (${finding.rule})`;
  expectEqual(`${where} baseline_state`, row.baseline_state, finding.baseline_state ?? '');
  for (const field of ['severity', 'confidence', 'rule', 'title', 'fingerprint']) {
    expectEqual(`${where} ${field}`, shown(row[field]), finding[field]);
  }
  for (const field of ['wave', 'site', 'server']) expectEqual(`${where} ${field}`, shown(row[field]), finding[field] ?? '');
  expectEqual(`${where} kb`, row.kb, finding.kb.join('; '));
  expectEqual(`${where} line`, row.line, String(finding.location.line));
  expectEqual(`${where} evidence`, shown(row.evidence), finding.evidence.join('\n'));
  expectEqual(`${where} sites_cut_off`, shown(row.sites_cut_off), (finding.impact?.sites_cut_off ?? []).join('; '));
  expectEqual(`${where} sites_cut_off_count`, row.sites_cut_off_count, finding.impact ? String(finding.impact.sites_cut_off_count) : '');
});
resolved.forEach((finding, i) => {
  const row = rows[report.findings.length + i] ?? {};
  expectEqual(`resolved ${i + 1} baseline_state`, row.baseline_state, 'resolved');
  expectEqual(`resolved ${i + 1} fingerprint`, row.fingerprint, finding.fingerprint);
  expectEqual(`resolved ${i + 1} title`, shown(row.title), finding.title);
});
finish(`${rows.length} rows parse and match ${reportPath}`);
