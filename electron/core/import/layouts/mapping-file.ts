import { z } from 'zod';
import { LAYOUTS, type ColumnMapping, type LayoutName } from '../../../../shared/layouts.js';
import { ImportError } from '../errors.js';

/** Column -> canonical field or custom attribute name; null = ignore the column. */
export const ColumnMappingSchema = z.record(z.string(), z.string().trim().min(1).nullable());

/**
 * A mapping file (`--mapping file.json`): either the bare mapping, or any object with a `mapping`
 * member — so the output of `import --json` or of a mapping preview can be edited and fed back.
 */
export const MappingFileSchema = z.union([
  z.looseObject({ mapping: ColumnMappingSchema, layout: z.enum([...LAYOUTS, 'auto']).optional() }),
  ColumnMappingSchema,
]);

export function parseMappingFile(text: string, file: string): { mapping: ColumnMapping; layout?: LayoutName | 'auto' } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new ImportError({
      file,
      message: `not valid JSON (${(err as Error).message})`,
      expected: 'a JSON object {"column": "field" | null}',
    });
  }
  // Validate the part that holds the mapping, so an error names the column it is about.
  const wrapped = typeof json === 'object' && json !== null && !Array.isArray(json) && 'mapping' in json;
  const r = wrapped ? MappingFileSchema.safeParse(json) : ColumnMappingSchema.safeParse(json);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new ImportError({
      file,
      column: issue.path.length ? String(issue.path[issue.path.length - 1]) : undefined,
      message: `not a column mapping: ${issue.message}`,
      expected: 'a JSON object {"column": "field" | null}, or {"mapping": {...}}',
    });
  }
  const v = r.data as z.infer<typeof MappingFileSchema>;
  if (wrapped && 'mapping' in v && typeof v.mapping === 'object' && v.mapping !== null) {
    return { mapping: v.mapping as ColumnMapping, layout: v.layout as LayoutName | 'auto' | undefined };
  }
  return { mapping: v as ColumnMapping };
}
