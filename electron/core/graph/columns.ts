import { isCanonicalField } from '../../../shared/fields.js';

/** SQL expression reading a field: its own column for canonical fields, else the custom attribute. */
export function fieldSql(field: string, alias = ''): string {
  const p = alias ? `${alias}.` : '';
  return isCanonicalField(field)
    ? `${p}"${field}"`
    : `json_extract(${p}attrs, '$."${field.replace(/"/g, '\\"').replace(/'/g, "''")}"')`;
}
