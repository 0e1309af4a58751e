import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isSiteEnabled, type Settings } from '../../settings/schema';
import { siteRuleFor, siteSwitchOn, siteSwitchPatch } from './site-switch';

const base: Settings = { ...DEFAULT_SETTINGS };
const apply = (s: Settings, patch: Partial<Settings>): Settings => ({ ...s, ...patch });

describe('site switch', () => {
  it('turning a site off denies it, and on again removes the rule', () => {
    const off = apply(base, siteSwitchPatch(base, 'news.example.com', false));
    expect(off.deniedSites).toEqual(['news.example.com']);
    expect(isSiteEnabled(off, 'news.example.com')).toBe(false);
    expect(isSiteEnabled(off, 'example.com')).toBe(true);
    expect(siteSwitchOn(off, 'news.example.com')).toBe(false);
    const on = apply(off, siteSwitchPatch(off, 'news.example.com', true));
    expect(on.deniedSites).toEqual([]);
    expect(siteSwitchOn(on, 'news.example.com')).toBe(true);
  });

  it("turning a subdomain on removes the parent domain's rule that covers it, and only that", () => {
    const s = { ...base, deniedSites: ['example.com', 'other.org'] };
    expect(siteSwitchOn(s, 'news.example.com')).toBe(false);
    expect(siteSwitchPatch(s, 'news.example.com', true)).toEqual({ deniedSites: ['other.org'] });
  });

  it('lists the site when only listed sites are on', () => {
    const s = { ...base, onlySites: true, allowedSites: ['a.org'] };
    expect(siteSwitchOn(s, 'example.com')).toBe(false);
    const on = apply(s, siteSwitchPatch(s, 'example.com', true));
    expect(on.allowedSites).toEqual(['a.org', 'example.com']);
    expect(isSiteEnabled(on, 'example.com')).toBe(true);
  });

  it('ignores the global pause: the switch is about this site', () => {
    const paused = { ...base, enabled: false };
    expect(siteSwitchOn(paused, 'example.com')).toBe(true);
    expect(siteSwitchPatch(paused, 'example.com', false)).toEqual({ deniedSites: ['example.com'] });
  });

  it('changes nothing when the switch already shows that state', () => {
    expect(siteSwitchPatch(base, 'example.com', true)).toEqual({});
    const off = { ...base, deniedSites: ['example.com'] };
    expect(siteSwitchPatch(off, 'example.com', false)).toEqual({});
  });

  it('stores the host as a rule: lower case; nothing for hosts a rule cannot name', () => {
    expect(siteRuleFor('News.Example.COM')).toBe('news.example.com');
    expect(siteRuleFor('127.0.0.1')).toBe('127.0.0.1');
    expect(siteRuleFor('')).toBeUndefined();
    expect(siteRuleFor('[::1]')).toBeUndefined();
    expect(siteSwitchPatch(base, '', false)).toEqual({});
  });
});
