/**
 * `npm run bench`: every benchmark of the project in one run, printed as tables (also written to
 * .output/bench/results.json). Benchmarks report; they do not pass or fail CI.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { OUT_DIR } from '../tests/harness/extension';
import { benchClaimsSearch } from './claims-search';
import { benchDetection } from './detection';
import { benchPopover } from './popover';

const f = (n: number, digits = 1) => n.toFixed(digits);
const results: Record<string, unknown> = {};

console.log('\n## Detection (Chromium, median of 3)\n');
const detection = await benchDetection((line) => console.log(line));
results.detection = detection;
console.log(
  '\n| page | mentions | floor ms | mark.js ms (× floor) | engine ms (× floor) | engine vs mark.js | first highlight ms | longest task ms |',
);
console.log('|---|---|---|---|---|---|---|---|');
for (const r of detection.rows) {
  console.log(
    `| ${r.size} | ${r.mentions} | ${f(r.floorMs)} | ${f(r.markJsMs, 0)} (${f(r.markJsMs / r.floorMs)}×) | ${f(r.engineMs)} (${f(r.engineMs / r.floorMs, 2)}×) | ${f(r.markJsMs / r.engineMs)}× faster | ${f(r.firstHighlightMs)} | ${f(r.longestTaskMs)} |`,
  );
}
const m = detection.fiveMb;
console.log('\n| 5 MB page | value |\n|---|---|');
console.log(`| page's own 3,000 edits, no highlights | ${f(m.editsWithoutMs)} ms |`);
console.log(
  `| same edits, every highlight registered | ${f(m.editsWithMs)} ms (${f(m.editsWithMs / m.editsWithoutMs, 2)}×) |`,
);
console.log(`| added paragraph: highlighted after | ${f(m.paragraphLatencyMs)} ms |`);
console.log(`| added paragraph: main-thread cost | ${f(m.paragraphCostMs, 2)} ms |`);
console.log(
  `| built extension: longest task on the page | ${m.extensionLongestTaskMs ? `${f(m.extensionLongestTaskMs)} ms` : 'none of 50 ms or more (Long Tasks API)'} |`,
);
console.log(
  `| JS heap without / with the extension | ${f(m.heapWithoutMb)} / ${f(m.heapWithMb)} MB (+${f(m.heapWithMb - m.heapWithoutMb)} MB) |`,
);

console.log('\n## Hover card (Chromium, built extension)\n');
const popover = await benchPopover();
results.popover = popover;
console.log('| card opens after the hover delay | runs | p50 ms | p95 ms |\n|---|---|---|---|');
console.log(
  `| warm (viewpoints cached in the page) | ${popover.warm.runs} | ${f(popover.warm.p50)} | ${f(popover.warm.p95)} |`,
);
console.log(
  `| cold (service worker stopped, new page) | ${popover.cold.runs} | ${f(popover.cold.p50)} | ${f(popover.cold.p95)} (max ${f(popover.cold.max)}) |`,
);

console.log('\n## Claim search (10,000 synthetic viewpoints, Node)\n');
const search = await benchClaimsSearch();
results.search = search;
console.log(`Index build: ${f(search.build_ms)} ms\n`);
console.log('| query | p50 ms | p95 ms |\n|---|---|---|');
for (const row of search.rows) console.log(`| ${row.query} | ${f(row.p50_ms, 2)} | ${f(row.p95_ms, 2)} |`);

mkdirSync(resolve(OUT_DIR, 'bench'), { recursive: true });
writeFileSync(resolve(OUT_DIR, 'bench/results.json'), JSON.stringify(results, null, 2));
