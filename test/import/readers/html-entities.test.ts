import { describe, expect, it } from 'vitest';
import { loadEntityTable, withHtmlEntities } from '../../../electron/core/import/readers/html-entities.js';

describe('HTML named references in XML feeds', async () => {
  const table = await loadEntityTable();

  it('become the numeric references XML reads, one per code point', () => {
    expect(withHtmlEntities('<t>Caf&eacute;&nbsp;&hellip; &fjlig;</t>', table)).toBe(
      '<t>Caf&#233;&#160;&#8230; &#102;&#106;</t>',
    );
  });

  it("leaves XML's own, numeric ones, unknown names, CDATA and text without references as they are", () => {
    const same = [
      '<t>AT&amp;T &lt;b&gt; &quot;x&quot; &apos;</t>',
      '<t>&#233; &#xE9;</t>',
      '<t>&notanentity; & &eacute</t>',
      '<t><![CDATA[Caf&eacute;]]></t>',
      '<t>plain</t>',
    ];
    for (const xml of same) expect(withHtmlEntities(xml, table)).toBe(xml);
    expect(withHtmlEntities('<t>&eacute;<![CDATA[&eacute;]]>&egrave;<![CDATA[&egrave;', table)).toBe(
      '<t>&#233;<![CDATA[&eacute;]]>&#232;<![CDATA[&egrave;',
    );
  });
});
