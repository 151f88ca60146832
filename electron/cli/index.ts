import { main } from './main.js';

const code = await main(process.argv.slice(2));
process.exitCode = code;
// Exit once what was written has drained, rather than wait for Node to wind down every thread and
// handle on its own (30-50 ms at the end of an import, measured).
process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
