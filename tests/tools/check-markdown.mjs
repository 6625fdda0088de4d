// Renders a Markdown report with `marked` (as a ticket system would) and checks it against the
// JSON report of the same run: the findings table keeps its shape and shows inventory names
// literally, whatever characters they hold; with a baseline, the changes are shown; each wave
// that moves bridgehead roles has its line, with the names of every move.
// usage: node check-markdown.mjs REPORT.json REPORT.md
import { readFileSync } from 'node:fs';
import { marked } from 'marked';
import { checker } from './checker.mjs';

const [reportPath, file] = process.argv.slice(2);
const report = JSON.parse(readFileSync(reportPath, 'utf8'));
const expected = report.findings;
const { fail, finish } = checker(file);

const decode = (html) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();

const cellsOf = (rowHtml, tag) => [...rowHtml.matchAll(new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => decode(m[1]));

const html = marked.parse(readFileSync(file, 'utf8'));
const tables = [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((m) => m[1]);
const findings = tables.find((table) => table.includes('>Severity<'));
if (!findings) {
  fail('no findings table after rendering');
  finish('');
}
const [headRow, ...bodyRows] = [...findings.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => m[1]);
const header = cellsOf(headRow, 'th');
if (bodyRows.length !== expected.length) fail(`${bodyRows.length} table rows, expected ${expected.length}`);
bodyRows.forEach((rowHtml, i) => {
  const cells = cellsOf(rowHtml, 'td');
  if (cells.length !== header.length) fail(`row ${i + 1} has ${cells.length} cells, header has ${header.length}`);
  const cell = (name) => cells[header.indexOf(name)];
  const want = expected[i] ?? {};
  const shown = (text) => (text === '' ? '—' : text);
  const columns = [['Severity', 'severity'], ['Rule', 'rule'], ['Wave', 'wave'], ['Site', 'site'],
    ['Server', 'server'], ['Finding', 'title']];
  if (report.baseline) columns.push(['Change', 'baseline_state']);
  for (const [column, field] of columns) {
    if (cell(column) !== shown(want[field] ?? '')) {
      fail(`row ${i + 1} ${column}: rendered ${JSON.stringify(cell(column))}, expected ${JSON.stringify(want[field])}`);
    }
  }
});
if (/<night>|<b>|<script/i.test(html)) fail('inventory text became HTML');
for (const heading of ['Findings', 'Next steps']) {
  if (!html.includes(`>${heading}</h2>`)) fail(`no "${heading}" section`);
}
const changes = html.includes('>Changes since the last review</h2>');
if (changes !== Boolean(report.baseline)) fail(`"Changes since the last review" ${changes ? 'without' : 'missing with'} a baseline`);
for (const finding of report.baseline?.resolved ?? []) {
  if (!decode(html).includes(`Resolved: ${finding.title}`)) fail(`resolved finding not listed: ${finding.title}`);
}
// Each wave's bridgehead moves on one line of their own section, names shown literally.
const movingWaves = (report.rollout?.waves ?? []).filter((wave) => wave.moves.length > 0);
const movesSection = html.split('>Bridgehead moves</h2>')[1]?.split('<h2')[0];
if ((movesSection !== undefined) !== (movingWaves.length > 0)) {
  fail(`"Bridgehead moves" section ${movesSection === undefined ? 'missing with' : 'without'} moves`);
}
const moveLines = [...(movesSection ?? '').matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => decode(m[1]));
movingWaves.forEach((wave, i) => {
  const line = moveLines[i] ?? '';
  if (!line.startsWith(`Before ${wave.name}'s upgrades: move the bridgehead role`)) {
    fail(`moves line ${i + 1} does not start with wave ${JSON.stringify(wave.name)}: ${JSON.stringify(line)}`);
  }
  for (const move of wave.moves) {
    const phrase = `of ${move.connector} in site ${move.site} from ${move.from} to ${move.to}`;
    if (!line.includes(phrase)) fail(`moves line ${i + 1} lacks ${JSON.stringify(phrase)}`);
  }
});
finish(`renders, ${bodyRows.length} findings rows match ${reportPath}`);
