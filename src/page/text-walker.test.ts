// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { setBody } from './set-body.test-helper';
import { blockContainerOf, createSkipTest, SEPARATOR, TextWalk } from './text-walker';

function walkAll(html: string, includeCode = false, only?: (body: HTMLElement) => Element) {
  setBody(html);
  const root = only ? only(document.body) : document.body;
  const walk = new TextWalk(root, createSkipTest({ includeCode }), () => {}, only ? root : undefined);
  const blocks = walk.all();
  expect(walk.done).toBe(true);
  return blocks.map((b) => b.text);
}

describe('TextWalk', () => {
  it('groups inline text into its block and splits blocks', () => {
    expect(walkAll('<p>Deep<b>Seek</b> and <i>Open</i>AI</p><p>second</p>').sort()).toEqual([
      'DeepSeek and OpenAI',
      'second',
    ]);
  });
  it('separates text around line breaks and nested blocks', () => {
    const texts = walkAll('<div>DeepSeek<br>OpenAI<p>inner</p>tail</div>');
    expect(texts).toContain(`DeepSeek${SEPARATOR}OpenAI${SEPARATOR}tail`);
    expect(texts).toContain('inner');
  });
  it('skips scripts, styles, form fields, editable regions and the extension UI', () => {
    const texts = walkAll(
      '<p>ok</p><script>DeepSeek</script><style>.a{}</style><textarea>OpenAI</textarea>' +
        '<div contenteditable="true">Nvidia</div><div contenteditable="false">kept</div>' +
        '<viewpoint-lens-ui>ui</viewpoint-lens-ui><noscript>x</noscript><template>t</template>',
    );
    expect(texts.sort()).toEqual(['kept', 'ok']);
  });
  it('skips code unless asked', () => {
    expect(walkAll('<p>a <code>DeepSeek</code> b</p><pre>OpenAI</pre>')).toEqual([`a ${SEPARATOR} b`]);
    expect(walkAll('<p>a <code>DeepSeek</code> b</p><pre>OpenAI</pre>', true).sort()).toEqual([
      'OpenAI',
      'a DeepSeek b',
    ]);
  });
  it('records where each text node starts in the block', () => {
    setBody('<p>ab<b>cd</b><br>ef</p>');
    const [block] = new TextWalk(document.body, createSkipTest({ includeCode: false })).all();
    expect(block?.text).toBe(`abcd${SEPARATOR}ef`);
    expect(block?.starts).toEqual([0, 2, 5]);
    expect(block?.nodes.map((n) => n.data)).toEqual(['ab', 'cd', 'ef']);
  });
  it('re-reads only one block’s own text', () => {
    const texts = walkAll(
      '<div id="d">x<span>y</span><p>nested</p>z</div>',
      false,
      (b) => b.querySelector('#d') as Element,
    );
    expect(texts).toEqual([`xy${SEPARATOR}z`]);
  });
  it('stops at the deadline and resumes where it stopped', () => {
    setBody(Array.from({ length: 2000 }, (_, i) => `<p>p${i}</p>`).join(''));
    const walk = new TextWalk(document.body, createSkipTest({ includeCode: false }));
    const first: string[] = [];
    walk.step(0, (b) => first.push(b.text)); // already past the deadline: stops at the first clock check
    expect(walk.done).toBe(false);
    expect(first.length).toBeGreaterThan(0); // blocks left behind are handed over at once
    expect(first.length).toBeLessThan(2000);
    const all = [...first, ...walk.all().map((b) => b.text)];
    expect(all.length).toBe(2000);
    expect(new Set(all).size).toBe(2000);
  });
  it('hands shadow roots to the caller', () => {
    setBody('<div id="host"></div>');
    const host = document.getElementById('host') as HTMLElement;
    const shadow = host.attachShadow({ mode: 'open' });
    const found: ShadowRoot[] = [];
    new TextWalk(document.body, createSkipTest({ includeCode: false }), (r) => found.push(r)).all();
    expect(found).toEqual([shadow]);
  });
});

describe('blockContainerOf', () => {
  it('finds the nearest block ancestor', () => {
    setBody('<div><p><b><i id="t">x</i></b></p></div>');
    expect((blockContainerOf(document.getElementById('t') as Element) as Element).tagName).toBe('P');
  });
});

describe('TextWalk across page changes between slices', () => {
  it('goes on when the node it was about to visit was removed', () => {
    setBody(`<main>${Array.from({ length: 600 }, (_, i) => `<p>p${i}</p>`).join('')}</main>`);
    const walk = new TextWalk(document.body, createSkipTest({ includeCode: false }));
    const seen: string[] = [];
    walk.step(0, (b) => seen.push(b.text));
    expect(walk.done).toBe(false);
    // Remove the paragraph the walk stands before, and a few around it.
    const main = document.querySelector('main') as HTMLElement;
    const index = seen.length;
    for (const i of [index, index + 1, index - 1]) main.children[i]?.remove();
    walk.step(Number.POSITIVE_INFINITY, (b) => seen.push(b.text));
    expect(walk.done).toBe(true);
    const remaining = [...main.querySelectorAll('p')].map((p) => p.textContent);
    // Every paragraph still on the page was handed over (some twice: the caller skips those).
    for (const text of remaining) expect(seen).toContain(text);
  });
});
