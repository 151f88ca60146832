import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { Engine } from '../../core/api/index.js';
import { appRoot, appVersion, rendererDir, sampleCatalog, startBridge } from '../../bridge/index.js';
import { parse, type CommandRun } from '../command.js';
import { UsageError } from '../errors.js';

/** Where browser mode keeps its own files (recent list, sample and unnamed projects, uploads). */
export function workspaceDir(): string {
  return process.env.CATALOG_DOCTOR_HOME || join(homedir(), '.catalog-doctor');
}

/** Opens the address in the seller's browser; failing to do so is not an error (the URL is printed). */
function openBrowser(url: string): void {
  const cmd = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'cmd' : 'xdg-open';
  const args = process.platform === 'win32' ? ['/c', 'start', '', url] : [url];
  try {
    spawn(cmd, args, { stdio: 'ignore', detached: true })
      .on('error', () => undefined)
      .unref();
  } catch {
    // no browser opener on this machine: the printed line is enough
  }
}

export const serveCommand: CommandRun = {
  async run(args) {
    const { values, positionals } = parse(args, {
      sample: { type: 'boolean' },
      port: { type: 'string' },
      'no-open': { type: 'boolean' },
    });
    const project = positionals[0];
    if (project && values.sample) throw new UsageError('serve: give a project or --sample, not both');
    if (positionals.length > 1) throw new UsageError('serve: give at most one project');
    const port = values.port === undefined ? 0 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UsageError(`serve: --port must be a number from 0 to 65535, not "${values.port}"`);
    if (project && !project.endsWith('.cdoc'))
      throw new UsageError(`serve: ${project} is not a project (.cdoc); import a catalog from the app instead`);
    if (project && !existsSync(project)) throw new UsageError(`serve: ${project}: no such project file`);

    const root = appRoot();
    const workspace = workspaceDir();
    const engine = new Engine({ workspace, sampleCatalog: sampleCatalog(root), version: appVersion(root) });
    if (project) engine.open(project);
    else if (values.sample) await engine.call('project.openSample', {});
    const bridge = await startBridge({ engine, rendererDir: rendererDir(root), workspace, port });
    if (!existsSync(join(rendererDir(root), 'index.html'))) {
      process.stderr.write(
        `catalog-doctor: warning: the app's screens are not built (${rendererDir(root)}); run "npm run build"\n`,
      );
    }
    process.stdout.write(`Catalog Doctor is running at ${bridge.url}\n`);
    if (!values['no-open']) openBrowser(bridge.url);

    // Stop cleanly: no new requests, running jobs cancelled, the project checkpointed into one file.
    await new Promise<void>((resolvePromise) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        resolvePromise();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    await bridge.close();
    await engine.shutdown();
    process.stderr.write('catalog-doctor: stopped; the project is saved\n');
    return 0;
  },
};
