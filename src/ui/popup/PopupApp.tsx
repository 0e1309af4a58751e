import { LookupApp } from './LookupApp';

/** The toolbar popup: the lookup, describing the active tab (or the tab `?tab=<id>` names). */
export function PopupApp() {
  return <LookupApp surface="popup" params={new URLSearchParams(location.search)} />;
}
