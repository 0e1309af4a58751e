/** Text with some spans marked (search matches), built from nodes, never from HTML strings. */
export interface Span {
  start: number;
  end: number;
}

/** Renders `text` with each span wrapped in <mark>; overlapping spans are merged. */
export function Marked({ text, spans = [] }: { text: string; spans?: readonly Span[] }) {
  if (spans.length === 0) return <>{text}</>;
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  const parts: preact.ComponentChildren[] = [];
  let at = 0;
  for (const span of merged) {
    if (span.start > at) parts.push(text.slice(at, span.start));
    parts.push(<mark key={span.start}>{text.slice(span.start, span.end)}</mark>);
    at = span.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
