/**
 * Bench phases, one per child process so each phase's peak RSS is its own. Driven by
 * scripts/bench.mjs (`npm run bench`); bundled to out/node/bench.js by scripts/build-node.mjs.
 *
 *   node out/node/bench.js generate <count> <file.csv> [random-ids]
 *   node out/node/bench.js import <file.csv> <project.cdoc>
 *   node out/node/bench.js export <project.cdoc> <out.csv>
 *   node out/node/bench.js parse <file.csv> [tokenizer|csv-parse]
 *
 * Each prints one JSON line: {phase, rows, seconds, maxRssMb, ...}.
 */
// Each phase loads only its own modules (the build splits them into chunks): the import is timed
// from process start, and should not pay for loading the export's or the generator's code.

async function main(argv: string[]): Promise<Record<string, unknown>> {
  const [phase, a, b, c] = argv;
  const t0 = performance.now();
  switch (phase) {
    case 'generate': {
      const { writeCatalog } = await import('./bench/generate.js');
      const bytes = await writeCatalog(b!, Number(a), 42, c === 'random-ids' ? 'random' : 'sorted');
      return { phase, rows: Number(a), bytes, seconds: (performance.now() - t0) / 1000 };
    }
    case 'import': {
      // As the CLI's import command does: the import's worker starts first, while the rest loads.
      if (process.env.BENCH_INLINE !== '1') (await import('../electron/core/import/import-thread.js')).prestartImport();
      const { benchImport } = await import('./bench/import.js');
      return { phase, ...(await benchImport(a!, b!)) };
    }
    case 'export': {
      const { benchExport } = await import('./bench/export.js');
      return { phase, ...(await benchExport(a!, b!)) };
    }
    case 'parse': {
      const { benchParse } = await import('./bench/parse.js');
      return { phase, ...(await benchParse(a!, (b as 'tokenizer' | 'csv-parse' | undefined) ?? 'tokenizer')) };
    }
    default:
      throw new Error(`bench: unknown phase "${phase}" (generate | import | export | parse)`);
  }
}

main(process.argv.slice(2)).then(
  (result) => {
    // resourceUsage().maxRSS is in kilobytes: the whole process's peak, workers included.
    const maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
    // As the CLI does: exit once the line is written, without waiting for Node to wind down.
    process.stdout.write(JSON.stringify({ ...result, maxRssMb }) + '\n', () => process.exit(0));
  },
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
