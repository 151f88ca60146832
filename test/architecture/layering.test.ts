import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { join } from 'node:path';
import { ROOT } from '../support/shared-data.js';

/** The layer rules are only worth having if they fire: lint small snippets as if they lived in each layer. */
const eslint = new ESLint({ cwd: ROOT });

async function ruleIds(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

describe('layering', () => {
  it('the engine may not import electron or the shells', async () => {
    expect(await ruleIds('electron/core/store/x.ts', `import { app } from 'electron';\nexport const a = app;\n`)).toContain('no-restricted-imports');
    expect(await ruleIds('electron/core/store/x.ts', `import { main } from '../../cli/main.js';\nexport const a = main;\n`)).toContain(
      'no-restricted-imports',
    );
  });

  it('shared/ may not import Node or the engine', async () => {
    expect(await ruleIds('shared/x.ts', `import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n`)).toContain('no-restricted-imports');
    expect(await ruleIds('shared/x.ts', `import { openProject } from '../electron/core/store/index.js';\nexport const a = openProject;\n`)).toContain(
      'no-restricted-imports',
    );
  });

  it('the renderer may not import the engine or Node', async () => {
    expect(await ruleIds('renderer/src/x.ts', `import { openProject } from '../../electron/core/store/index.js';\nexport const a = openProject;\n`)).toContain(
      'no-restricted-imports',
    );
    expect(await ruleIds('renderer/src/x.ts', `import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n`)).toContain('no-restricted-imports');
  });

  it('allows imports downward', async () => {
    expect(await ruleIds('electron/core/store/x.ts', `import { CANONICAL_FIELDS } from '../../../shared/fields.js';\nexport const a = CANONICAL_FIELDS;\n`)).toEqual(
      [],
    );
    expect(await ruleIds('electron/cli/x.ts', `import { openProject } from '../core/store/index.js';\nexport const a = openProject;\n`)).toEqual([]);
  });
});
