/**
 * Spreadsheet formula injection guard (OWASP "CSV Injection"): a cell starting with = + - @ tab
 * or CR is prefixed with a single quote so Excel/Sheets show it as text. A plain number such as
 * -5 or +3.2 is data, not a formula, and is left alone.
 */
const TRIGGER = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+([.,]\d+)?|[.,]\d+)([eE][+-]?\d+)?$/;

export function guardFormula(cell: string): string {
  if (!TRIGGER.test(cell) || PLAIN_NUMBER.test(cell)) return cell;
  return `'${cell}`;
}
