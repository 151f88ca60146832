// `npm start`: the desktop app where Electron's binary exists; otherwise browser mode on the bundled
// sample catalog, printing the address to open. Builds first when the build is missing.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = ['out/node/cli.js', 'out/renderer/index.html', 'out/main/index.js'].every((f) => existsSync(root + f));
if (!built) {
  console.log('Building Catalog Doctor first (npm run build)…');
  const r = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

/** The Electron binary's path, or null where it was never downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD). */
function electronBinary() {
  try {
    const path = createRequire(import.meta.url)('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const electron = electronBinary();
const child = electron
  ? spawn(electron, ['.'], { cwd: root, stdio: 'inherit' })
  : (console.log('Electron is not installed here: starting browser mode on the sample catalog.'),
    spawn(process.execPath, ['bin/catalog-doctor.js', 'serve', '--sample', ...process.argv.slice(2)], {
      cwd: root,
      stdio: 'inherit',
    }));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
