/**
 * The popup's "on this site" switch as settings changes. Pure. Site rules cover subdomains
 * (`example.com` covers `news.example.com`), as `isSiteEnabled` reads them.
 */
import * as v from 'valibot';
import { HostSchema, isSiteEnabled, ruleCovers, type Settings } from '../../settings/schema';

/** The host as a site rule stores it, or undefined when it cannot be one (file pages, IPv6). */
export function siteRuleFor(host: string): string | undefined {
  const parsed = v.safeParse(HostSchema, host);
  return parsed.success ? parsed.output : undefined;
}

/** Whether the switch shows "on": the site's rules let the extension run (the global pause aside). */
export function siteSwitchOn(settings: Settings, host: string): boolean {
  return isSiteEnabled({ ...settings, enabled: true }, host);
}

/**
 * The settings change that turns the extension on or off for `host`. Off adds the host to the
 * denied sites. On removes every denied rule that covers it — also a parent domain's rule, since a
 * rule cannot except a subdomain — and, in "only listed sites" mode, lists the host.
 */
export function siteSwitchPatch(settings: Settings, host: string, on: boolean): Partial<Settings> {
  const rule = siteRuleFor(host);
  if (!rule || siteSwitchOn(settings, rule) === on) return {};
  if (!on) return { deniedSites: [...settings.deniedSites, rule] };
  const patch: Partial<Settings> = { deniedSites: settings.deniedSites.filter((r) => !ruleCovers(r, rule)) };
  if (settings.onlySites && !settings.allowedSites.some((r) => ruleCovers(r, rule))) {
    patch.allowedSites = [...settings.allowedSites, rule];
  }
  return patch;
}
