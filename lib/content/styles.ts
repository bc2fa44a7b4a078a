/** Styles of everything inside the overlay's shadow root; the page's CSS cannot reach them. */
export const OVERLAY_CSS = `
:host{all:initial}
*{box-sizing:border-box}
.layer{position:fixed;overflow:hidden;pointer-events:none;contain:strict}
.hint{position:absolute;left:0;top:0;outline:none}
.hint i{position:absolute;left:0;top:0;display:block;border-bottom:2px solid var(--c);border-radius:1px}
.hint:focus i,.hint.on i{background:color-mix(in srgb,var(--c) 18%,transparent)}
[data-severity=error]{--c:#d93025}
[data-severity=warning]{--c:#e37400}
[data-severity=info]{--c:#1a73e8}
.chip,.card,.panel{font:13px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1f1f1f}
.chip{position:fixed;transform:translateX(-100%);z-index:1;pointer-events:auto;border:1px solid #c4c7c5;border-radius:12px;background:#fff;padding:1px 8px;cursor:pointer;box-shadow:0 1px 3px rgba(0,0,0,.2);min-width:24px;height:22px;font-size:12px;font-weight:600}
.chip[data-count="0"]{color:#137333}
.chip.paused{color:#5f6368;font-weight:400}
.chip:focus-visible,.card button:focus-visible,.panel button:focus-visible,.panel select:focus-visible{outline:2px solid #0b57d0;outline-offset:1px}
.card,.panel{position:fixed;z-index:2;pointer-events:auto;background:#fff;border:1px solid #dadce0;border-radius:8px;box-shadow:0 4px 16px rgba(0,0,0,.2);padding:10px 12px;max-width:340px}
.card[hidden],.panel[hidden]{display:none}
.cat{font-size:11px;font-weight:600;text-transform:uppercase;letter-spacing:.04em;color:var(--c)}
.why{margin:4px 0}
.alt{margin:4px 0;color:#3c4043}
.alt b{color:#137333}
.actions{display:flex;flex-wrap:wrap;gap:6px;margin-top:8px}
button{font:inherit;cursor:pointer;border:1px solid #c4c7c5;background:#fff;color:#1f1f1f;border-radius:14px;padding:3px 10px}
button.primary{background:#0b57d0;border-color:#0b57d0;color:#fff}
.panel{width:340px;max-height:420px;overflow:auto}
.panel h2{font-size:13px;margin:0 0 6px}
.panel ul{list-style:none;margin:0 0 8px;padding:0}
.panel li{margin:2px 0}
.panel li button{border:0;border-left:3px solid var(--c);border-radius:0;text-align:left;width:100%;padding:3px 6px}
.check{padding:2px 0}
.check.ok{color:#137333}
.check.miss{color:#a50e0e}
.row{display:flex;gap:8px;align-items:center;margin:6px 0;flex-wrap:wrap}
.note{color:#5f6368;font-size:12px}
@media (prefers-color-scheme:dark){
.chip,.card,.panel,button{background:#202124;color:#e8eaed;border-color:#5f6368}
.alt{color:#bdc1c6}.note{color:#9aa0a6}
}
`;
