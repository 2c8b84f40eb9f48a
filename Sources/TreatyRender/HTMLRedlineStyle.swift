/// The redline's inline stylesheet and its few lines of script: no fonts or files from the network, readable with
/// scripts off, printable (navigation and the filter hidden, provisions kept whole on a page where they fit).
enum HTMLRedlineStyle {
  static let css = """
    :root { --ins: #0a6b2a; --ins-bg: #e3f6e8; --del: #a1121d; --del-bg: #fbe4e6; --muted: #6b6f76; --line: #d8dbe0; }
    * { box-sizing: border-box; }
    body { font: 15px/1.5 "Times New Roman", "Liberation Serif", serif; margin: 0 auto; max-width: 1200px;
      padding: 0 24px 48px; color: #1d1f22; }
    h1 { font-size: 22px; margin: 24px 0 8px; }
    h2 { font-size: 18px; border-bottom: 1px solid var(--line); padding-bottom: 4px; margin-top: 28px; }
    h3 { font-size: 16px; margin: 18px 0 6px; }
    table { border-collapse: collapse; width: 100%; margin: 8px 0; }
    th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
    th { background: #f3f4f6; font-weight: 600; }
    table.counts { width: auto; min-width: 16em; }
    .counts td.n { text-align: right; font-variant-numeric: tabular-nums; width: 6em; }
    .summary ol { padding-left: 24px; }
    .toc ol { columns: 3; column-gap: 24px; padding-left: 20px; }
    .filter { position: sticky; top: 0; background: #fff; padding: 8px 0; border-bottom: 1px solid var(--line); z-index: 1; }
    .pair { border: 1px solid var(--line); border-radius: 4px; margin: 10px 0; padding: 8px 10px; }
    .pair.part { margin-left: 24px; }
    .pair.substantive { border-left: 4px solid #c98a00; }
    .pair-head { font-family: system-ui, sans-serif; font-size: 13px; color: var(--muted); margin-bottom: 4px; }
    .pair-head .cite { color: #1d1f22; font-weight: 600; }
    .kind { display: inline-block; padding: 0 6px; border-radius: 3px; background: #eef0f3; margin-right: 6px; }
    .kind-inserted .kind { background: var(--ins-bg); color: var(--ins); }
    .kind-deleted .kind { background: var(--del-bg); color: var(--del); }
    .kind-moved .kind, .kind-split .kind, .kind-merged .kind { background: #fff3d6; color: #7a5200; }
    .sides { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
    .side { white-space: pre-wrap; }
    .side.left::before, .side.right::before { display: block; font: 11px system-ui, sans-serif; color: var(--muted); }
    .side.left::before { content: "было"; }
    .side.right::before { content: "стало"; }
    del { background: var(--del-bg); color: var(--del); text-decoration: line-through; }
    ins { background: var(--ins-bg); color: var(--ins); text-decoration: underline; }
    del.editorial, ins.editorial { background: none; color: var(--muted); text-decoration-style: dotted; }
    del.counterparty, ins.counterparty, del.renumbering, ins.renumbering { background: #e8eefc; color: #24427a; }
    .moved-note { font-family: system-ui, sans-serif; font-size: 13px; color: #7a5200; }
    .moved-placeholder { border: 1px dashed #c98a00; border-radius: 4px; padding: 6px 10px; margin: 10px 0; }
    .only-substantive .pair:not(.substantive), .only-substantive .moved-placeholder { display: none; }
    @media print {
      .toc, .filter { display: none; }
      body { max-width: none; padding: 0; }
      .pair { break-inside: avoid; }
      .pair.provision { break-before: auto; }
      a { color: inherit; text-decoration: none; }
    }
    """

  /// Shows the filter and wires it; without scripts the page shows every unit.
  static let script = """
    (function () {
      var box = document.getElementById('only-substantive');
      var bar = document.getElementById('filter');
      if (!box || !bar) { return; }
      bar.hidden = false;
      box.addEventListener('change', function () {
        document.body.classList.toggle('only-substantive', box.checked);
      });
    })();
    """
}
