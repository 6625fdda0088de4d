// Renders HTML risk reports in Debian's headless Chromium and checks what a reader gets:
// no console errors, no network requests of any kind, no axe-core accessibility violations,
// no Nu Html Checker errors, drawings' text at least 9 px tall on a 1,000 px page and printed; prints A4 and
// Letter PDFs and checks them with poppler-utils (pages within the budget, the checklist in the
// text); saves screenshots and the PDFs for a human to look at.
// Usage: node check-html-report.mjs UPGRADE_RISK OUT_DIR INVENTORY...
// An INVENTORY written plan:FILE checks the report of `upgrade-risk plan FILE` instead; one
// written print:FILE (a very large organization) is only printed and its PDFs checked.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import vnuJar from 'vnu-jar';
import { checker } from './checker.mjs';

const require = createRequire(import.meta.url);
const [exe, outDir, ...inventories] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
// The printed report's page budget (README, "It prints on A4 and Letter"): the KB example on 3
// pages, Contoso on 10, and any organization, however large, on 30 at most.
const printedPagesAtMost = { q195908: 3, contoso: 10 };
const anyPrintedPagesAtMost = 30;
// Printed whatever the size: the checklist's heading and sign-off line; and for an example,
// the boxes of its critical servers.
const printedChecklist = ['Checklist to tick by hand, per wave', 'Checked by:'];
const printedExampleBox = 'That backup restored once on a test server, successfully';
const poppler = (tool, pdf) => execFileSync(tool, tool === 'pdftotext' ? [pdf, '-'] : [pdf], { encoding: 'utf8' });
let failed = false;
for (const argument of inventories) {
  const [, mode = '', inventory] = argument.match(/^(?:(plan|print):)?(.*)$/);
  const planned = mode === 'plan';
  const printOnly = mode === 'print';
  const name = (planned ? 'plan-' : '') + basename(inventory, '.xml');
  const report = resolve(join(outDir, `${name}.html`));
  const { fail, expectEqual } = checker(report);
  let failures = 0;
  const count = (f) => (...args) => { failures += 1; f(...args); };
  const problem = count(fail);
  try {
    const command = planned
      ? ['plan', inventory, '-o', join(outDir, `${name}-planned.xml`), '--html', report]
      : ['analyze', inventory, '--html', report];
    execFileSync(exe, command, {
      env: { ...process.env, SOURCE_DATE_EPOCH: '924652800' }, stdio: 'ignore',
    });
  } catch (error) {
    if (error.status !== 1) problem(`upgrade-risk exited with ${error.status}`);
  }

  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  page.on('console', (message) => {
    if (message.type() === 'error') problem(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problem(`page error: ${error.message}`));
  const reportUrl = pathToFileURL(report).href;
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === reportUrl) return route.continue();
    problem(`network request: ${url}`);
    return route.abort();
  });
  await page.goto(reportUrl, { waitUntil: 'load', timeout: 120000 });
  if (!printOnly) await checkOnScreen(page, name, problem);
  for (const format of ['A4', 'Letter']) {
    const pdf = join(outDir, `${name}-${format}.pdf`);
    await page.pdf({ path: pdf, format, printBackground: true, timeout: 120000 });
    const pages = Number(poppler('pdfinfo', pdf).match(/^Pages:\s+(\d+)/m)[1]);
    const budget = printedPagesAtMost[name] ?? anyPrintedPagesAtMost;
    console.log(`${name}: ${pages} ${format} pages (${budget} at most)`);
    if (pages > budget) problem(`${name} prints on ${pages} ${format} pages, more than ${budget}`);
    const text = poppler('pdftotext', pdf).replace(/\s+/g, ' ');
    const wanted = name in printedPagesAtMost ? [...printedChecklist, printedExampleBox] : printedChecklist;
    for (const words of wanted) {
      if (!text.includes(words)) problem(`${name}-${format}.pdf does not have "${words}"`);
    }
  }
  await page.close();
  if (!printOnly) checkMarkup(report, problem);
  expectEqual('problems', failures, 0);
  if (failures) failed = true;
  else console.log(`${report}: ${printOnly ? 'printed' : 'no console errors, no requests, axe-core and vnu clean'}; ` +
                   `${printOnly ? '' : `${name}.png, `}${name}-A4.pdf and ${name}-Letter.pdf written`);
}
await browser.close();
process.exit(failed ? 1 : 0);

// What a reader on screen gets: no accessibility violation, readable timeline text, and
// screenshots for a human to look at.
async function checkOnScreen(page, name, problem) {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => (await window.axe.run(document)).violations);
  for (const violation of violations) {
    const where = violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join('; ');
    problem(`axe-core ${violation.id} (${violation.impact}): ${violation.help} at ${where}`);
  }

  // Text drawn in the waves timeline, the topology diagram and the critical cards' pictures
  // stays readable: 9 px at least on a 1,000 px wide page, and printed, at the width of an A4
  // page's text (186 mm, 703 px) where the print shows them.
  const where = [{ media: 'screen', width: 1000, page: 'a 1,000 px page width' },
                 { media: 'print', width: 703, page: 'the printed page' }];
  for (const { media, width, page: described } of where) {
    await page.emulateMedia({ media });
    await page.setViewportSize({ width, height: 900 });
    for (const drawing of ['timeline', 'topology', 'local-diagram']) {
      const smallest = await page.evaluate((selector) => {
        let least = Infinity;
        for (const text of document.querySelectorAll(selector)) {
          const scale = text.getClientRects().length ? text.ownerSVGElement.getScreenCTM()?.a : undefined;
          if (scale) least = Math.min(least, parseFloat(getComputedStyle(text).fontSize) * scale);
        }
        return least;
      }, `svg.${drawing} text`);
      if (smallest < 9) problem(`${drawing} text ${smallest.toFixed(1)} px tall on ${described} (9 px at least)`);
    }
  }
  await page.emulateMedia({ media: null });  // back to the browser's own: page.pdf prints
  await page.setViewportSize({ width: 1200, height: 900 });

  await page.screenshot({ path: join(outDir, `${name}.png`) });
  // A whole large organization's page is too tall to photograph in one piece; its PDFs show it.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  if (height <= 30000) await page.screenshot({ path: join(outDir, `${name}-full.png`), fullPage: true });
}

// The Nu Html Checker's errors in the report file.
function checkMarkup(report, problem) {
  const vnu = (() => {
    try {
      return execFileSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', report],
        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      return error.stderr || error.stdout || String(error);
    }
  })();
  const messages = vnu.trim() ? JSON.parse(vnu).messages : [];
  for (const message of messages) {
    problem(`Nu Html Checker ${message.type} at line ${message.lastLine}: ${message.message}`);
  }
}
