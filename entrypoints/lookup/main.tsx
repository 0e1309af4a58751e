import { render } from 'preact';
import { LookupApp } from '@/src/ui/popup/LookupApp';

// The lookup full-size in a tab: `?q=` a query, `?topic=` a topic, `?tab=` the page it came from.
render(
  <LookupApp surface="page" params={new URLSearchParams(location.search)} />,
  document.getElementById('app') as HTMLElement,
);
