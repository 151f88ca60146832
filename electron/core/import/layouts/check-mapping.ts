import type { ColumnMapping } from '../../../../shared/layouts.js';
import { ImportError } from '../errors.js';
import { columnKeys } from './columns.js';

/** Every column a mapping names must be one of the file's columns: a typo must not be silently ignored. */
export function checkMapping(header: string[], mapping: ColumnMapping, file: string): void {
  const keys = new Set(columnKeys(header));
  for (const col of Object.keys(mapping)) {
    if (!keys.has(col)) {
      const known = [...keys]
        .slice(0, 12)
        .map((k) => `"${k}"`)
        .join(', ');
      throw new ImportError({
        file,
        column: col,
        message: 'the mapping names a column the file does not have',
        expected: `one of ${known}${keys.size > 12 ? ', ...' : ''}`,
      });
    }
  }
}
