/*
 * HTML's named character references (`&eacute;`, `&nbsp;`, `&hellip;`) in an XML feed. Feeds written
 * from HTML templates carry them, but XML defines only five (`&amp;` `&lt;` `&gt;` `&quot;` `&apos;`),
 * so saxes rejects such an item and fast-xml-parser keeps most of them as written: a title came in
 * as `Caf&eacute; mug`. Each is rewritten as the numeric reference XML reads (`&#233;`) before the
 * item is parsed, with the names from the character-entities package (all 2,125 of HTML's, as the
 * WHATWG HTML standard lists them). Text inside CDATA sections is the seller's as written (often
 * HTML on purpose) and is left alone, as are names HTML does not know either.
 */

/** Entity name -> the characters it stands for. */
export type EntityTable = Readonly<Record<string, string>>;

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);
const NAMED_REFERENCE = /&([A-Za-z][A-Za-z0-9]{1,31});/g;

/** The table, loaded once and only by XML imports. */
export async function loadEntityTable(): Promise<EntityTable> {
  const { characterEntities } = await import('character-entities');
  return characterEntities;
}

function rewrite(text: string, table: EntityTable): string {
  return text.replace(NAMED_REFERENCE, (ref, name: string) => {
    if (XML_ENTITIES.has(name) || !Object.hasOwn(table, name)) return ref;
    let out = '';
    for (const ch of table[name]!) out += `&#${ch.codePointAt(0)};`;
    return out;
  });
}

/** `xml` with HTML's named references outside CDATA sections written as numeric ones. */
export function withHtmlEntities(xml: string, table: EntityTable): string {
  const amp = xml.indexOf('&');
  if (amp === -1) return xml;
  // Most feeds' only references are XML's own (`&amp;`): nothing to rewrite, no copy.
  NAMED_REFERENCE.lastIndex = amp;
  let needed = false;
  for (let m = NAMED_REFERENCE.exec(xml); m; m = NAMED_REFERENCE.exec(xml)) {
    if (!XML_ENTITIES.has(m[1]!) && Object.hasOwn(table, m[1]!)) {
      needed = true;
      break;
    }
  }
  NAMED_REFERENCE.lastIndex = 0;
  if (!needed) return xml;
  let out = '';
  let from = 0;
  for (let open = xml.indexOf('<![CDATA['); open !== -1; open = xml.indexOf('<![CDATA[', from)) {
    const close = xml.indexOf(']]>', open + 9);
    const end = close === -1 ? xml.length : close + 3;
    out += rewrite(xml.slice(from, open), table) + xml.slice(open, end);
    from = end;
  }
  return out + rewrite(xml.slice(from), table);
}
