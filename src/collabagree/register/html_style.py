"""The inline style sheet of the HTML page: no external fonts or files, readable from a
390 px phone to a printed A4 page. Colours pass WCAG AA contrast on white; nothing depends on
colour alone (words and marker shapes say the same)."""

from __future__ import annotations

CSS = """
:root { color-scheme: light; --ink: #1b1f24; --muted: #555d66; --line: #c9ced4;
  --alert: #a4161a; --warn: #7a4b00; --band: #f3f5f7; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff;
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
main { max-width: 1400px; margin: 0 auto; padding: 16px; }
h1 { font-size: 1.5rem; margin: 0 0 4px; }
h2 { font-size: 1.2rem; margin: 28px 0 8px; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1rem; margin: 16px 0 6px; }
p.lead { margin: 0; color: var(--muted); }
.scroll { overflow-x: auto; -webkit-overflow-scrolling: touch; }
table { border-collapse: collapse; width: 100%; font-size: 0.85rem; }
caption { text-align: left; color: var(--muted); padding: 4px 0; caption-side: top; }
th, td { text-align: left; vertical-align: top; padding: 4px 6px;
  border-bottom: 1px solid var(--line); }
thead th { background: var(--band); border-bottom: 2px solid var(--ink); vertical-align: bottom; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.date, td.num { white-space: nowrap; }
tbody th { font-weight: 600; white-space: nowrap; }
.alert { color: var(--alert); font-weight: 700; }
.warn { color: var(--warn); font-weight: 700; }
figure { margin: 0; }
svg.timeline { display: block; width: 100%; height: auto; min-width: 800px; }
svg.timeline text { font-family: inherit; fill: var(--ink); }
svg.timeline .label { font-size: 14px; font-weight: 600; paint-order: stroke;
  stroke: #fff; stroke-width: 4px; stroke-linejoin: round; }
svg.timeline .year { font-size: 13px; fill: var(--muted); }
svg.timeline .today-label { font-size: 12px; font-weight: 700; }
.grid { stroke: var(--line); stroke-width: 1; }
.today { stroke: var(--ink); stroke-width: 1.5; stroke-dasharray: 5 4; }
.bar { fill: #b9d3ea; stroke: #2c5d8a; stroke-width: 1; }
.bar.open { fill: #dbe8f4; stroke-dasharray: 6 3; }
.bar.invalid { fill: #eceff1; stroke: var(--muted); stroke-dasharray: 2 2; }
.m-review { fill: #12355b; stroke: #fff; stroke-width: 1.5; }
.m-overdue { fill: #fff; stroke: var(--alert); stroke-width: 2.5; }
.m-cross { stroke: var(--alert); stroke-width: 2; }
.m-milestone { fill: #6a3d9a; stroke: #fff; stroke-width: 1.5; }
.m-instalment { fill: #1b7a3d; stroke: #fff; stroke-width: 1.5; }
.m-evaluation { fill: #fff; stroke: #0b6e75; stroke-width: 2.5; }
.m-notice { fill: #c45a00; stroke: #fff; stroke-width: 1.5; }
.notice-line { stroke: #c45a00; stroke-width: 2; stroke-dasharray: 3 2; }
.m-report { stroke: var(--muted); stroke-width: 2; }
ul.legend { list-style: none; padding: 0; margin: 8px 0; display: flex; flex-wrap: wrap;
  gap: 4px 18px; font-size: 0.9rem; }
ul.legend li { display: flex; align-items: center; gap: 6px; }
svg.symbol { flex: none; }
.in-words { font-size: 0.9rem; }
.in-words > li { margin-bottom: 8px; }
.in-words ul { padding-left: 18px; margin: 2px 0; }
p.note { color: var(--muted); font-size: 0.85rem; }
p.scroll-hint { display: none; color: var(--muted); font-size: 0.85rem; margin: 0 0 4px; }
footer { margin-top: 28px; color: var(--muted); font-size: 0.85rem; }
@media (max-width: 640px) {
  main { padding: 10px; }
  h1 { font-size: 1.3rem; }
  table.cards, table.cards tbody, table.cards caption { display: block; width: 100%; }
  table.cards tr { display: grid; grid-template-columns: 1fr 1fr; grid-auto-flow: row dense;
    gap: 0 10px; }
  table.cards th, table.cards td { display: block; min-width: 0; overflow-wrap: anywhere; }
  table.cards tbody th, table.cards td.wide { grid-column: 1 / -1; }
  table.cards tbody th { order: -1; }
  table.cards thead { position: absolute; width: 1px; height: 1px; overflow: hidden;
    clip: rect(0 0 0 0); white-space: nowrap; }
  table.cards tr { border: 1px solid var(--line); border-radius: 6px; margin: 0 0 10px;
    padding: 6px 8px; }
  table.cards th, table.cards td { border: 0; padding: 2px 0; white-space: normal;
    text-align: left; }
  table.cards tbody th { font-size: 1rem; }
  table.cards td.date, table.cards td.num { white-space: nowrap; }
  table.cards td::before { content: attr(data-label); display: block; font-size: 0.75rem;
    font-weight: 600; color: var(--muted); }
  table.cards td { padding: 3px 0; }
  p.scroll-hint { display: block; }
}
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body { font-size: 9.5pt; }
  main { max-width: none; padding: 0; }
  .scroll { overflow: visible; }
  svg.timeline { min-width: 0; }
  p.scroll-hint { display: none; }
  tr, li, figure { break-inside: avoid; }
  h2 { break-after: avoid; }
  thead { display: table-header-group; }
}
"""
