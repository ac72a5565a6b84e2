"""The web page: one self-contained HTML file (no CDN, no build step) that talks to the JSON API."""

from __future__ import annotations

__all__ = ["PAGE"]

PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>eventwire</title>
<style>
  body { font: 14px/1.45 system-ui, sans-serif; margin: 0; color: #1d2330; background: #f6f7f9; }
  header { background: #1d2330; color: #fff; padding: 10px 20px; display: flex; gap: 16px; align-items: baseline; }
  header h1 { font-size: 18px; margin: 0; } header span { color: #aab; font-size: 13px; }
  main { padding: 16px 20px; display: grid; gap: 16px; }
  section { background: #fff; border: 1px solid #dde1e7; border-radius: 6px; padding: 12px 14px; }
  h2 { font-size: 15px; margin: 0 0 8px; }
  form { display: flex; flex-wrap: wrap; gap: 8px; align-items: end; }
  label { display: flex; flex-direction: column; font-size: 12px; color: #556; }
  input, textarea, button, select { font: inherit; padding: 4px 6px; border: 1px solid #c5cad3; border-radius: 4px; }
  textarea { width: 100%; min-height: 90px; }
  button { background: #2b5fd9; color: #fff; border-color: #2b5fd9; cursor: pointer; }
  table { border-collapse: collapse; width: 100%; margin-top: 10px; font-size: 13px; }
  th, td { text-align: left; padding: 4px 6px; border-bottom: 1px solid #eceff3; vertical-align: top; }
  th { background: #f0f2f5; font-weight: 600; }
  td.num { text-align: right; font-variant-numeric: tabular-nums; }
  .q1, .q2 { color: #17803d; } .q3, .q4 { color: #b42318; }
  .evidence { color: #445; } .evidence mark { background: #fde68a; padding: 0 1px; }
  .error { color: #b42318; margin-top: 8px; }
  .muted { color: #889; }
</style>
</head>
<body>
<header><h1>eventwire</h1><span id="counts">political event data, with the sentence that says so</span></header>
<main>
<section>
  <h2>Events in the database</h2>
  <form id="search">
    <label>actor <input name="actor" placeholder="RUSGOV" size="8"></label>
    <label>dyad <input name="dyad" placeholder="RUS,GEO" size="8"></label>
    <label>CAMEO <input name="code" placeholder="19" size="4"></label>
    <label>since <input name="since" placeholder="2008-01-01" size="10"></label>
    <label>until <input name="until" placeholder="2008-12-31" size="10"></label>
    <label><span><input type="checkbox" name="current_only" value="1"> current only</span></label>
    <label><span><input type="checkbox" name="mentions" value="1"> every mention</span></label>
    <button>Search</button>
  </form>
  <div id="search-error" class="error"></div>
  <div id="results"></div>
</section>
<section>
  <h2>Relations over time</h2>
  <form id="timeline">
    <label>country A <input name="a" value="RUS" size="5"></label>
    <label>country B <input name="b" value="GEO" size="5"></label>
    <label>by <select name="by"><option>year</option><option>quarter</option><option>month</option></select></label>
    <label>since <input name="since" placeholder="2000" size="10"></label>
    <label>until <input name="until" placeholder="2025" size="10"></label>
    <button>Show</button>
  </form>
  <div id="timeline-error" class="error"></div>
  <div id="chart"></div>
</section>
<section>
  <h2>Extract from text</h2>
  <form id="extract">
    <label style="flex:1 1 100%">article text <textarea name="text"
      placeholder="On September 2, 2008, Georgia severed diplomatic ties with Russia."></textarea></label>
    <label>published <input name="published" placeholder="2021-08-13" size="10"></label>
    <button>Extract</button>
  </form>
  <div id="extract-error" class="error"></div>
  <div id="extracted"></div>
</section>
</main>
<script>
const esc = s => String(s ?? "").replace(/[&<>"']/g, c => ({"&": "&amp;", "<": "&lt;", ">": "&gt;",
  '"': "&quot;", "'": "&#39;"}[c]));
async function api(url, options) {
  const res = await fetch(url, options);
  const body = await res.json();
  if (!res.ok) throw new Error(body.error ? `${body.error.code}: ${body.error.message}` : res.statusText);
  return body;
}
function evidence(e) {
  const s = e.sentence || {}, t = e.trigger || {};
  if (!s.text) return "";
  const a = t.start - s.start, b = t.end - s.start;
  if (!(a >= 0 && b <= s.text.length)) return esc(s.text);
  return esc(s.text.slice(0, a)) + "<mark>" + esc(s.text.slice(a, b)) + "</mark>" + esc(s.text.slice(b));
}
function flags(e) {
  return [e.negated ? "not" : "", e.modality && e.modality !== "asserted" ? e.modality : "",
          e.background ? "background" : ""].filter(Boolean).join(", ");
}
function mentionTable(events) {
  if (!events.length) return '<p class="muted">No events.</p>';
  const rows = events.map(e => `<tr><td>${esc(e.date && e.date.value)}</td>
    <td>${esc(e.source && e.source.code)}</td><td class="q${e.cameo.quad_class}">${esc(e.cameo.code)}
    ${esc(e.cameo.name)}</td><td>${esc(e.target && e.target.code)}</td><td>${esc(flags(e))}</td>
    <td class="evidence">${evidence(e)}</td></tr>`).join("");
  return `<table><tr><th>date</th><th>source</th><th>event</th><th>target</th><th>flags</th>
    <th>evidence</th></tr>${rows}</table>`;
}
function fusedTable(events) {
  if (!events.length) return '<p class="muted">No events.</p>';
  const rows = events.map(e => `<tr><td>${esc(e.date_value)}</td><td>${esc(e.source_code)}</td>
    <td class="q${e.quad_class}">${esc(e.cameo_code)}</td><td>${esc(e.target_code)}</td>
    <td class="num">${esc(e.goldstein)}</td><td class="num">${esc(e.num_mentions)}</td>
    <td class="num">${esc(e.num_sources)}</td><td>${esc(e.first_reported)}</td>
    <td>${e.background ? "background" : ""}</td></tr>`).join("");
  return `<table><tr><th>date</th><th>source</th><th>CAMEO</th><th>target</th><th>Goldstein</th>
    <th>mentions</th><th>outlets</th><th>first reported</th><th></th></tr>${rows}</table>`;
}
document.getElementById("search").addEventListener("submit", async ev => {
  ev.preventDefault();
  const params = new URLSearchParams();
  for (const [k, v] of new FormData(ev.target)) if (v) params.set(k, v);
  document.getElementById("search-error").textContent = "";
  try {
    const body = await api("/api/events?" + params);
    document.getElementById("results").innerHTML =
      `<p class="muted">${body.count} events</p>` +
      (params.get("mentions") ? mentionTable(body.events) : fusedTable(body.events));
  } catch (err) { document.getElementById("search-error").textContent = err.message; }
});
function chart(periods) {
  // Cooperation above the axis, conflict below, by event date: one bar pair per period.
  const rows = periods.filter(p => p.events > 0 || periods.length <= 40);
  if (!rows.length) return '<p class="muted">No events between them.</p>';
  const w = Math.max(24, Math.min(60, 900 / rows.length)), h = 90, pad = 30, left = 90;
  const max = Math.max(1, ...rows.map(p => Math.max(p.verbal_coop + p.material_coop,
                                                    p.verbal_conflict + p.material_conflict)));
  const y = n => n / max * h;
  let bars = "";
  rows.forEach((p, i) => {
    const x = left + i * w, coop = p.verbal_coop + p.material_coop, conf = p.verbal_conflict + p.material_conflict;
    bars += `<rect x="${x + 2}" y="${pad + h - y(coop)}" width="${w - 4}" height="${y(coop)}" fill="#17803d">
      <title>${esc(p.period)}: ${coop} cooperative</title></rect>
      <rect x="${x + 2}" y="${pad + h}" width="${w - 4}" height="${y(conf)}" fill="#b42318">
      <title>${esc(p.period)}: ${conf} conflictual</title></rect>
      <text x="${x + w / 2}" y="${pad + 2 * h + 16}" font-size="10" text-anchor="middle">${esc(p.period)}</text>`;
  });
  const width = left + pad + rows.length * w;
  return `<svg width="${width}" height="${2 * h + pad * 2 + 10}" role="img" aria-label="events per period">
    <line x1="${left}" x2="${width - pad}" y1="${pad + h}" y2="${pad + h}" stroke="#889"/>
    <text x="4" y="${pad + 10}" font-size="11" fill="#17803d">cooperation</text>
    <text x="4" y="${pad + 2 * h}" font-size="11" fill="#b42318">conflict</text>${bars}</svg>
    <table><tr><th>period</th><th>events</th><th>cooperation</th><th>conflict</th><th>Goldstein</th>
    <th>index</th></tr>${rows.map(p => `<tr><td>${esc(p.period)}</td><td class="num">${p.events}</td>
    <td class="num">${p.verbal_coop + p.material_coop}</td><td class="num">${p.verbal_conflict +
    p.material_conflict}</td><td class="num">${esc(p.goldstein_sum)}</td>
    <td class="num">${esc(p.coop_conflict_index)}</td></tr>`).join("")}</table>`;
}
document.getElementById("timeline").addEventListener("submit", async ev => {
  ev.preventDefault();
  const params = new URLSearchParams();
  for (const [k, v] of new FormData(ev.target)) if (v) params.set(k, v);
  document.getElementById("timeline-error").textContent = "";
  try {
    const body = await api("/api/timeline?" + params);
    document.getElementById("chart").innerHTML = chart(body.periods);
  } catch (err) { document.getElementById("timeline-error").textContent = err.message; }
});
document.getElementById("extract").addEventListener("submit", async ev => {
  ev.preventDefault();
  const form = new FormData(ev.target);
  document.getElementById("extract-error").textContent = "";
  try {
    const body = await api("/api/extract", {method: "POST", headers: {"Content-Type": "application/json"},
      body: JSON.stringify({text: form.get("text"), published: form.get("published") || null})});
    document.getElementById("extracted").innerHTML = mentionTable(body.events);
  } catch (err) { document.getElementById("extract-error").textContent = err.message; }
});
api("/api/counts").then(b => {
  document.getElementById("counts").textContent =
    `${b.counts.articles} articles, ${b.counts.event_mentions ?? b.counts.events} event mentions, ` +
    `${b.counts.events} events`;
}).catch(() => {});
</script>
</body>
</html>
"""
