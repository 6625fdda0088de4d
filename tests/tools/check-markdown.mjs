// Renders Markdown reports with `marked` (as a ticket system would) and checks that the findings
// table keeps its shape and shows inventory names literally, whatever characters they hold.
// usage: node check-markdown.mjs EXPECTED_ROWS.json FILE...
import { readFileSync } from 'node:fs';
import { marked } from 'marked';

const [rowsPath, ...files] = process.argv.slice(2);
const expected = JSON.parse(readFileSync(rowsPath, 'utf8'));
let failures = 0;
const fail = (file, message) => {
  console.error(`${file}: ${message}`);
  failures += 1;
};

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

for (const file of files) {
  const html = marked.parse(readFileSync(file, 'utf8'));
  const tables = [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((m) => m[1]);
  const findings = tables.find((table) => table.includes('>Severity<'));
  if (!findings) {
    fail(file, 'no findings table after rendering');
    continue;
  }
  const [headRow, ...bodyRows] = [...findings.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => m[1]);
  const header = cellsOf(headRow, 'th');
  if (bodyRows.length !== expected.length) fail(file, `${bodyRows.length} table rows, expected ${expected.length}`);
  bodyRows.forEach((rowHtml, i) => {
    const cells = cellsOf(rowHtml, 'td');
    if (cells.length !== header.length) fail(file, `row ${i + 1} has ${cells.length} cells, header has ${header.length}`);
    const cell = (name) => cells[header.indexOf(name)];
    const want = expected[i] ?? {};
    const shown = (text) => (text === '' ? '—' : text);
    for (const [column, field] of [['Severity', 'severity'], ['Rule', 'rule'], ['Wave', 'wave'], ['Site', 'site'],
      ['Server', 'server'], ['Finding', 'title']]) {
      if (cell(column) !== shown(want[field])) {
        fail(file, `row ${i + 1} ${column}: rendered ${JSON.stringify(cell(column))}, expected ${JSON.stringify(want[field])}`);
      }
    }
  });
  if (/<night>|<b>|<script/i.test(html)) fail(file, 'inventory text became HTML');
  for (const heading of ['Findings', 'Next steps']) {
    if (!html.includes(`>${heading}</h2>`)) fail(file, `no "${heading}" section`);
  }
  console.log(`${file}: renders, ${bodyRows.length} findings rows`);
}
process.exit(failures ? 1 : 0);
