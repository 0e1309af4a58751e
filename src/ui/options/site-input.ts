/**
 * Site rules as a reader types them: a host name, a pasted address, `*.example.com`, upper case.
 * Pure; the stored form is the lower-case (punycode) host that `isSiteEnabled` compares with
 * `location.hostname`.
 */
import * as v from 'valibot';
import { HostSchema, MAX_SITES } from '../../settings/schema';

export type SiteInputResult = { ok: true; host: string } | { ok: false; reason: 'empty' | 'invalid' };

/** The host name in what a reader typed or pasted, or why there is none. */
export function parseSiteInput(input: string): SiteInputResult {
  let text = input.trim();
  if (text === '') return { ok: false, reason: 'empty' };
  // A rule already covers subdomains, so a leading wildcard means the same as the bare name.
  text = text.replace(/^\*\./, '');
  let host: string;
  try {
    // The URL parser lower-cases, drops ports, paths and credentials, and turns 例子.中国 into punycode.
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`).hostname;
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  host = host.replace(/\.$/, '');
  const parsed = v.safeParse(HostSchema, host);
  return parsed.success ? { ok: true, host: parsed.output } : { ok: false, reason: 'invalid' };
}

export type AddSiteResult = { ok: true; sites: string[] } | { ok: false; reason: 'duplicate' | 'full' };

/** `sites` with `host` added at the end, unless it is there already or the list is full. */
export function addSite(sites: readonly string[], host: string): AddSiteResult {
  if (sites.includes(host)) return { ok: false, reason: 'duplicate' };
  if (sites.length >= MAX_SITES) return { ok: false, reason: 'full' };
  return { ok: true, sites: [...sites, host] };
}
