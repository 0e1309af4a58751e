import { describe, expect, it } from 'vitest';
import { MAX_SITES } from '../../settings/schema';
import { addSite, parseSiteInput } from './site-input';

describe('parseSiteInput', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  News.Example.COM ', 'news.example.com'],
    ['https://news.example.com/world/story?id=1#top', 'news.example.com'],
    ['http://user:pw@example.org:8080/', 'example.org'],
    ['example.com/path', 'example.com'],
    ['*.example.com', 'example.com'],
    ['example.com.', 'example.com'],
    ['localhost', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
    ['例子.中国', 'xn--fsqu00a.xn--fiqs8s'],
  ])('reads %j as %j', (input, host) => {
    expect(parseSiteInput(input)).toEqual({ ok: true, host });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['not a host', 'invalid'],
    ['exa_mple.com', 'invalid'],
    ['file:///home/me/page.html', 'invalid'],
    ['http://', 'invalid'],
  ])('rejects %j as %s', (input, reason) => {
    expect(parseSiteInput(input)).toEqual({ ok: false, reason });
  });
});

describe('addSite', () => {
  it('adds at the end, refuses a duplicate and a full list', () => {
    expect(addSite(['a.com'], 'b.com')).toEqual({ ok: true, sites: ['a.com', 'b.com'] });
    expect(addSite(['a.com', 'b.com'], 'a.com')).toEqual({ ok: false, reason: 'duplicate' });
    const full = Array.from({ length: MAX_SITES }, (_, i) => `s${i}.com`);
    expect(addSite(full, 'new.com')).toEqual({ ok: false, reason: 'full' });
  });
});
