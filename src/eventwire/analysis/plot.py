"""Charts of a timeline: a PNG (matplotlib) or a self-contained HTML page with an inline SVG chart.

Both draw the same thing: cooperation stacked above the axis and conflict below it, per period
(verbal light, material dark), and under it the cooperation–conflict index as a line; with the
publication-date view, the index by publication date as a dashed grey line beside it.
"""

from __future__ import annotations

import html
import os
from typing import Optional

from ..errors import ConfigError, StoreError
from .timeline import Timeline

__all__ = ["write_plot", "COLOURS"]

COLOURS = {"verbal_coop": "#8fd19e", "material_coop": "#1e8449", "verbal_conflict": "#f5b7b1",
           "material_conflict": "#b03a2e", "index": "#1f3a93", "reported": "#7f8c8d"}
_LABELS = {"verbal_coop": "verbal cooperation", "material_coop": "material cooperation",
           "verbal_conflict": "verbal conflict", "material_conflict": "material conflict"}


def write_plot(tl: Timeline, path: str) -> str:
    """Write the timeline chart to `path` (.png or .html) and return the path."""
    ext = os.path.splitext(path)[1].lower()
    if not tl.rows:
        raise ConfigError(f"no events between {tl.a} and {tl.b} in that period: nothing to plot", code="E154")
    try:
        if ext == ".png":
            _png(tl, path)
        elif ext in {".html", ".htm"}:
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(_html(tl))
        else:
            raise ConfigError(f"--plot writes .png or .html files, not {path!r}", code="E150")
    except OSError as exc:
        raise StoreError(f"cannot write the plot {path}: {exc.strerror}", code="E408") from None
    return path


def _title(tl: Timeline) -> str:
    when = "by event date (solid) and by publication date (hatched)" if tl.by_published else "by event date"
    return f"{tl.a}–{tl.b} relations by {tl.by}, dated {when}"


def _subtitle(tl: Timeline) -> str:
    n = sum(r["events"] for r in tl.rows)
    note = f"{n} fused events; index = (cooperation − conflict) / (cooperation + conflict)"
    if tl.too_coarse:
        note += f"; {tl.too_coarse} events dated only more coarsely than a {tl.by} left out"
    return note


def _ticks(n: int, most: int = 16) -> list[int]:
    step = max(1, -(-n // most))
    return list(range(0, n, step))


def _png(tl: Timeline, path: str) -> None:
    try:
        import matplotlib
    except ImportError:
        raise ConfigError("PNG plots need matplotlib: pip install 'eventwire[plot]', or write an .html plot",
                          code="E150") from None
    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    from matplotlib.ticker import MaxNLocator

    rows = tl.rows
    x = list(range(len(rows)))
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(max(8.0, min(16.0, 0.35 * len(rows) + 4)), 6.8),
                                      sharex=True, gridspec_kw={"height_ratios": [3, 1.3]})
    # With the publication-date view, each period gets two bars: event date (left), publication date (right).
    width, shift = (0.4, 0.2) if tl.by_published else (0.8, 0.0)
    xs = [i - shift for i in x]
    vc, mc = [r["verbal_coop"] for r in rows], [r["material_coop"] for r in rows]
    vk, mk = [-r["verbal_conflict"] for r in rows], [-r["material_conflict"] for r in rows]
    top.bar(xs, vc, width, color=COLOURS["verbal_coop"], label=_LABELS["verbal_coop"])
    top.bar(xs, mc, width, bottom=vc, color=COLOURS["material_coop"], label=_LABELS["material_coop"])
    top.bar(xs, vk, width, color=COLOURS["verbal_conflict"], label=_LABELS["verbal_conflict"])
    top.bar(xs, mk, width, bottom=vk, color=COLOURS["material_conflict"], label=_LABELS["material_conflict"])
    if tl.by_published:
        xr = [i + shift for i in x]
        top.bar(xr, [r["reported_coop"] for r in rows], width, color="white", edgecolor=COLOURS["reported"],
                hatch="///", label="reported, by publication date")
        top.bar(xr, [-r["reported_conflict"] for r in rows], width, color="white", edgecolor=COLOURS["reported"],
                hatch="\\\\\\")
    top.axhline(0, color="black", linewidth=0.8)
    top.set_ylabel("events (conflict below 0)")
    top.yaxis.set_major_locator(MaxNLocator(integer=True))
    fig.suptitle(_title(tl), x=0.01, y=0.995, ha="left", fontsize=12, fontweight="bold")
    top.set_title(_subtitle(tl), loc="left", fontsize=8, color="#555555", pad=24)
    top.legend(fontsize=8, loc="lower left", bbox_to_anchor=(0, 1.0), frameon=False, ncol=5,
               handlelength=1.2, columnspacing=1.0)
    top.grid(axis="y", color="#dddddd", linewidth=0.6)
    top.set_axisbelow(True)
    bottom.axhline(0, color="black", linewidth=0.8)
    bottom.plot(x, [_nan(r["coop_conflict_index"]) for r in rows], marker="o", markersize=4,
                color=COLOURS["index"], label="index by event date")
    if tl.by_published:
        bottom.plot(x, [_nan(r["reported_index"]) for r in rows], marker="s", markersize=4, linestyle="--",
                    color=COLOURS["reported"], label="index by publication date")
    bottom.legend(fontsize=8, loc="lower left", bbox_to_anchor=(0, 1.0), frameon=False, ncol=2)
    bottom.set_ylim(-1.1, 1.1)
    bottom.set_yticks([-1, 0, 1])
    bottom.set_ylabel("coop–conflict\nindex")
    bottom.grid(axis="y", color="#dddddd", linewidth=0.6)
    ticks = _ticks(len(rows))
    bottom.set_xticks(ticks)
    bottom.set_xticklabels([rows[i]["period"] for i in ticks], rotation=45, ha="right", fontsize=8)
    bottom.set_xlim(-0.6, len(rows) - 0.4)
    for ax in (top, bottom):
        ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    fig.savefig(path, dpi=150)
    plt.close(fig)


def _nan(value: Optional[float]) -> float:
    return float("nan") if value is None else value


def _html(tl: Timeline) -> str:
    """A page that opens anywhere without a network: the chart as inline SVG, then the numbers as a table."""
    head = ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
            f"<title>{html.escape(_title(tl))}</title><style>"
            "body{font-family:system-ui,sans-serif;margin:2em;color:#222}"
            "h1{font-size:1.2em;margin-bottom:.2em} p.note{color:#555;font-size:.85em;margin-top:0}"
            "table{border-collapse:collapse;font-size:.8em;margin-top:1.5em}"
            "td,th{border-bottom:1px solid #ddd;padding:2px 8px;text-align:right}"
            "svg text{font-size:11px;fill:#333}</style></head><body>")
    columns = list(tl.rows[0])
    table = ("<table><thead><tr>" + "".join(f"<th>{html.escape(c)}</th>" for c in columns) + "</tr></thead><tbody>"
             + "".join("<tr>" + "".join(f"<td>{'' if r[c] is None else html.escape(str(r[c]))}</td>" for c in columns)
                       + "</tr>" for r in tl.rows) + "</tbody></table>")
    return (head + f"<h1>{html.escape(_title(tl))}</h1><p class='note'>{html.escape(_subtitle(tl))}</p>"
            + _svg(tl) + table + "</body></html>\n")


def _svg(tl: Timeline) -> str:
    rows, n = tl.rows, len(tl.rows)
    left, right, width = 60, 20, max(760, min(1400, 22 * n + 100))
    bar_top, bar_h, gap, idx_h = 50, 260, 40, 110
    plot_w = width - left - right
    step = plot_w / n
    coop = [r["verbal_coop"] + r["material_coop"] for r in rows]
    conf = [r["verbal_conflict"] + r["material_conflict"] for r in rows]
    if tl.by_published:
        coop += [r["reported_coop"] for r in rows]
        conf += [r["reported_conflict"] for r in rows]
    peak = max(1, max(coop), max(conf))
    zero = bar_top + bar_h / 2
    scale = (bar_h / 2) / peak
    out = [f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' "
           f"height='{bar_top + bar_h + gap + idx_h + 70}' role='img'>"]
    for frac in (-1, -0.5, 0, 0.5, 1):
        y = zero - frac * bar_h / 2
        out.append(f"<line x1='{left}' x2='{width - right}' y1='{y:.1f}' y2='{y:.1f}' stroke='#e5e5e5'/>"
                   f"<text x='{left - 6}' y='{y + 4:.1f}' text-anchor='end'>{frac * peak:g}</text>")
    out.append("<defs><pattern id='hatch' width='6' height='6' patternUnits='userSpaceOnUse' "
               f"patternTransform='rotate(45)'><line x1='0' y1='0' x2='0' y2='6' stroke='{COLOURS['reported']}' "
               "stroke-width='1.5'/></pattern></defs>")
    # With the publication-date view, each period gets two bars: event date (left), publication date (right).
    w = step * (0.4 if tl.by_published else 0.8)
    for i, r in enumerate(rows):
        x = left + i * step + step * 0.1
        y = zero
        for key in ("verbal_coop", "material_coop"):
            h = r[key] * scale
            if h:
                y -= h
                out.append(_rect(x, y, w, h, COLOURS[key], f"{r['period']}: {r[key]} {_LABELS[key]}"))
        y = zero
        for key in ("verbal_conflict", "material_conflict"):
            h = r[key] * scale
            if h:
                out.append(_rect(x, y, w, h, COLOURS[key], f"{r['period']}: {r[key]} {_LABELS[key]}"))
                y += h
        if tl.by_published:
            for key, label in (("reported_coop", "cooperation"), ("reported_conflict", "conflict")):
                h = r[key] * scale
                if h:
                    y = zero - h if key == "reported_coop" else zero
                    out.append(_rect(x + w, y, w, h, "url(#hatch)", f"{r['period']}: {r[key]} {label} reported "
                                     f"(by publication date)", stroke=COLOURS["reported"]))
    out.append(f"<line x1='{left}' x2='{width - right}' y1='{zero}' y2='{zero}' stroke='#000'/>"
               f"<text x='12' y='{zero}' transform='rotate(-90 12 {zero})' text-anchor='middle'>"
               f"events (conflict below 0)</text>")
    base = bar_top + bar_h + gap
    mid = base + idx_h / 2
    out.append(f"<line x1='{left}' x2='{width - right}' y1='{mid}' y2='{mid}' stroke='#000'/>")
    for v in (-1, 1):
        out.append(f"<text x='{left - 6}' y='{mid - v * idx_h / 2 + 4:.1f}' text-anchor='end'>{v:+d}</text>")
    out.append(f"<text x='12' y='{mid}' transform='rotate(-90 12 {mid})' text-anchor='middle'>index</text>")
    lines = [("coop_conflict_index", COLOURS["index"], "")]
    if tl.by_published:
        lines.append(("reported_index", COLOURS["reported"], " stroke-dasharray='4 3'"))
    for key, colour, dash in lines:
        # The line breaks where a period has no events: an index of nothing is not zero.
        segment: list = []
        for i, r in enumerate(rows + [None]):
            if r is not None and r[key] is not None:
                x, y = left + (i + 0.5) * step, mid - r[key] * idx_h / 2
                segment.append((x, y))
                out.append(f"<circle cx='{x:.1f}' cy='{y:.1f}' r='2.5' fill='{colour}'><title>"
                           f"{html.escape(r['period'])}: {r[key]}</title></circle>")
                continue
            if len(segment) > 1:
                out.append(f"<polyline points='{' '.join(f'{x:.1f},{y:.1f}' for x, y in segment)}' fill='none' "
                           f"stroke='{colour}' stroke-width='1.5'{dash}/>")
            segment = []
    label_y = base + idx_h + 16
    for i in _ticks(n):
        x = left + (i + 0.5) * step
        out.append(f"<text x='{x:.1f}' y='{label_y}' transform='rotate(45 {x:.1f} {label_y})'>"
                   f"{html.escape(rows[i]['period'])}</text>")
    legend = list(_LABELS.items()) + [("index", "index by event date")]
    if tl.by_published:
        legend.append(("reported", "by publication date (hatched bars, dashed index)"))
    x, y = left, 8
    for key, label in legend:
        span = 14 + 7 * len(label) + 16
        if x + span > width - right:
            x, y = left, y + 16
        out.append(f"<rect x='{x}' y='{y}' width='10' height='10' fill='{COLOURS[key]}'/>"
                   f"<text x='{x + 14}' y='{y + 9}'>{html.escape(label)}</text>")
        x += span
    out.append("</svg>")
    return "".join(out)


def _rect(x: float, y: float, w: float, h: float, colour: str, tip: str, stroke: Optional[str] = None) -> str:
    edge = f" stroke='{stroke}'" if stroke else ""
    return (f"<rect x='{x:.1f}' y='{y:.1f}' width='{w:.1f}' height='{h:.1f}' fill='{colour}'{edge}>"
            f"<title>{html.escape(tip)}</title></rect>")
