/**
 * Bench phases, one per child process so each phase's peak RSS is its own. Driven by
 * scripts/bench.mjs (`npm run bench`); bundled to out/node/bench.js by scripts/build-node.mjs.
 *
 *   node out/node/bench.js generate <count> <file.csv>
 *   node out/node/bench.js import <file.csv> <project.cdoc>
 *   node out/node/bench.js export <project.cdoc> <out.csv>
 *   node out/node/bench.js parse <file.csv> [tokenizer|csv-parse]
 *
 * Each prints one JSON line: {phase, rows, seconds, maxRssMb, ...}.
 */
import { writeCatalog } from './bench/generate.js';
import { benchImport } from './bench/import.js';
import { benchExport } from './bench/export.js';
import { benchParse } from './bench/parse.js';

async function main(argv: string[]): Promise<Record<string, unknown>> {
  const [phase, a, b] = argv;
  const t0 = performance.now();
  switch (phase) {
    case 'generate': {
      const bytes = await writeCatalog(b!, Number(a));
      return { phase, rows: Number(a), bytes, seconds: (performance.now() - t0) / 1000 };
    }
    case 'import':
      return { phase, ...(await benchImport(a!, b!)) };
    case 'export':
      return { phase, ...(await benchExport(a!, b!)) };
    case 'parse':
      return { phase, ...(await benchParse(a!, (b as 'tokenizer' | 'csv-parse' | undefined) ?? 'tokenizer')) };
    default:
      throw new Error(`bench: unknown phase "${phase}" (generate | import | export | parse)`);
  }
}

main(process.argv.slice(2)).then(
  (result) => {
    // resourceUsage().maxRSS is in kilobytes: the whole process's peak, workers included.
    const maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
    process.stdout.write(JSON.stringify({ ...result, maxRssMb }) + '\n');
  },
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
