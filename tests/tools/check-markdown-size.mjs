// Checks that the Markdown report of a large organization fits a change ticket: at most 60,000
// characters (code points; GitHub refuses an issue or pull-request body over 65,536), with the
// verdict and the counts of the JSON report of the same run, and, since it cannot list every
// finding, the pointer to the full reports and the command that writes them.
// usage: node check-markdown-size.mjs REPORT.json REPORT.md
import { readFileSync } from 'node:fs';
import { marked } from 'marked';
import { checker } from './checker.mjs';

const [reportPath, file] = process.argv.slice(2);
const report = JSON.parse(readFileSync(reportPath, 'utf8'));
const markdown = readFileSync(file, 'utf8');
const { fail, finish } = checker(file);

const characters = [...markdown].length;
if (characters > 60000) fail(`${characters} characters, more than 60,000`);
if (report.summary.total <= 50) fail(`only ${report.summary.total} findings: not a large organization`);

if (!markdown.includes(`**Verdict: ${report.verdict}**`)) fail(`no "**Verdict: ${report.verdict}**"`);
const severities = ['critical', 'high', 'medium', 'low', 'info'];
const counts = severities.map((severity) => report.summary[severity].toLocaleString('en-US')).join(' | ');
if (!markdown.includes(`| ${severities.join(' | ')} |\n|---:|---:|---:|---:|---:|\n| ${counts} |\n`)) {
  fail(`no counts row "| ${counts} |"`);
}

const html = marked.parse(markdown);
const fullReports = html.split('>Full reports</h2>')[1];
if (fullReports === undefined) fail('no "Full reports" section');
const command = `upgrade-risk analyze ${report.inventory.path} --html upgrade-risk-report.html --json upgrade-risk-report.json -o csv=upgrade-risk-report.csv`;
if (!(fullReports ?? '').includes(`<code>${command}</code>`)) fail(`"Full reports" lacks the command ${command}`);
finish(`${characters.toLocaleString('en-US')} characters, verdict, counts and the pointer to the full reports`);
