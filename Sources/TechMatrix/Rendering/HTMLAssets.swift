/// The inline style and script of the HTML page. They are constants, so the page's
/// Content-Security-Policy can allow exactly them by hash and nothing else.
enum HTMLAssets {
    /// The colours, by custom property name (`--bg`): light, then dark.
    static let colours: [(name: String, light: String, dark: String)] = [
        ("bg", "#fff", "#0d1117"),
        ("fg", "#1f2328", "#e6edf3"),
        ("muted", "#59636e", "#9198a1"),
        ("line", "#d1d9e0", "#3d444d"),
        ("zebra", "#f6f8fa", "#151b23"),
        ("head", "#eef1f5", "#212830"),
        ("yes-bg", "#dafbe1", "#12361f"),
        ("yes-fg", "#116329", "#7ee2a0"),
        ("partial-bg", "#fff8c5", "#3b2e05"),
        ("partial-fg", "#7a4b00", "#f2cc60"),
        ("no-bg", "#ffebe9", "#42141a"),
        ("no-fg", "#a40e26", "#ffa198"),
        ("preview-bg", "#fbefff", "#2e1a47"),
        ("preview-fg", "#6639ba", "#d2a8ff"),
        ("best", "#ddf4ff", "#0c2d4a"),
        ("accent", "#0969da", "#4493f8"),
        ("card", "#f6f8fa", "#151b23"),
        ("stale", "#bc4c00", "#f0883e"),
    ]

    /// The page's colours as custom properties on `:root`, dark ones when the reader's system
    /// prefers a dark scheme (the page declares `color-scheme: light dark`).
    static let palette =
        ":root{" + colours.map { "--\($0.name):\($0.light)" }.joined(separator: ";") + "}\n"
        + "@media (prefers-color-scheme:dark){:root{" + colours.map { "--\($0.name):\($0.dark)" }.joined(separator: ";") + "}}"

    /// A fragment's colours: `light-dark()`, which follows the host page's colour scheme, so a
    /// fragment turns dark only in a host that declares it supports dark (`color-scheme: light
    /// dark`) and never shows a dark box in a light-only page.
    static let fragmentPalette = ".tm-fragment{" + colours.map { "--\($0.name):light-dark(\($0.light),\($0.dark))" }.joined(separator: ";") + "}"

    /// The rules of the table, the key, the charts, the cards and the notes, scoped by class,
    /// shared by the page and a fragment's stylesheet.
    static let components = """
    .tm-prose,.tm-matrix th,.tm-matrix td,.tm-card li,.tm-notes li{white-space:pre-wrap}
    .tm-meta{color:var(--muted)}
    .tm-controls{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;margin:1rem 0 .5rem}
    .tm-controls[hidden]{display:none}
    .tm-controls input[type=search]{font:inherit;padding:.25rem .5rem;border:1px solid var(--line);border-radius:6px;background:var(--bg);color:var(--fg)}
    .tm-wrap{overflow:auto;max-height:85vh;border:1px solid var(--line);border-radius:6px}
    .tm-matrix{border-collapse:separate;border-spacing:0;min-width:100%}
    .tm-matrix caption{caption-side:top;text-align:left;padding:.5rem .6rem;font-weight:600}
    .tm-matrix th,.tm-matrix td{padding:.45rem .7rem;border-bottom:1px solid var(--line);text-align:left;vertical-align:top;min-width:8rem}
    .tm-matrix thead th{position:sticky;top:0;z-index:2;background:var(--head)}
    .tm-matrix tbody th{position:sticky;left:0;z-index:1;background:var(--bg);font-weight:600}
    .tm-matrix thead th:first-child{left:0;z-index:3}
    .tm-matrix tbody tr:nth-child(even) td{background:var(--zebra)}
    .tm-matrix tr.tm-group th{background:var(--head);text-transform:uppercase;letter-spacing:.04em;font-size:.8rem;color:var(--muted)}
    .tm-matrix tbody tr td.tm-yes{background:var(--yes-bg);color:var(--yes-fg)}
    .tm-matrix tbody tr td.tm-partial{background:var(--partial-bg);color:var(--partial-fg)}
    .tm-matrix tbody tr td.tm-no{background:var(--no-bg);color:var(--no-fg)}
    .tm-matrix tbody tr td.tm-preview{background:var(--preview-bg);color:var(--preview-fg)}
    .tm-matrix tbody tr td.tm-na{color:var(--muted);text-align:center}
    .tm-matrix tbody tr td.tm-best{background:var(--best)}
    .tm-stars{color:#bf8700;letter-spacing:.05em}
    .tm-sort{font:inherit;font-weight:600;color:inherit;background:none;border:0;padding:0;cursor:pointer;text-align:left;white-space:pre-wrap}
    .tm-sort::after{content:"↕";color:var(--muted);display:inline-block;margin-left:.3em}
    .tm-matrix sup a,.tm-card sup a{text-decoration:none}
    .tm-notes{list-style:none;padding-left:0}
    .tm-note-label{font-weight:600;font-variant-numeric:tabular-nums}
    .tm-key{color:var(--muted);font-size:.9rem}
    .tm-charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(22rem,1fr));gap:1rem;margin:1.5rem 0}
    .tm-chart{margin:0;padding:.75rem;border:1px solid var(--line);border-radius:6px}
    .tm-chart figcaption{font-weight:600;margin-bottom:.4rem;white-space:pre-wrap}
    .tm-chart svg{width:100%;height:auto}
    .tm-chart text{fill:var(--fg);font-size:12px}
    .tm-chart .tm-bar{fill:var(--accent)}
    .tm-cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(18rem,1fr));gap:1rem}
    .tm-card{background:var(--card);border:1px solid var(--line);border-radius:6px;padding:.75rem 1rem}
    .tm-card h3{margin:.2rem 0 .4rem}
    .tm-card h4{margin:.6rem 0 .2rem;font-size:.95rem}
    .tm-card ul{margin:0;padding-left:1.2rem}
    .tm-pros li::marker{content:"+ ";color:var(--yes-fg)}
    .tm-cons li::marker{content:"− ";color:var(--no-fg)}
    .tm-hidden{display:none}
    .tm-matrix tbody tr td.tm-stale{outline:2px dashed var(--stale);outline-offset:-4px}
    .tm-stale-sample{outline:2px dashed var(--stale);outline-offset:1px;padding:0 .2rem;margin-right:.25rem}
    .tm-visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
    .tm-mark svg{width:1em;height:1em;vertical-align:-.15em}
    .tm-matrix th[aria-describedby],.tm-matrix th[aria-describedby] .tm-sort{text-decoration:underline dotted var(--muted)}
    .tm-descriptions{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:1rem 0 .75rem;font-size:.9rem}
    .tm-descriptions dt{font-weight:600;white-space:pre-wrap}
    .tm-descriptions dd{margin:0;color:var(--muted);white-space:pre-wrap}
    .tm-heading{margin:1rem 0 .5rem}
    """

    /// The page's own rules: the body, links, the title.
    static let pageRules = """
    body{margin:0 auto;max-width:90rem;padding:1.5rem;font:16px/1.5 system-ui,-apple-system,"Segoe UI","Noto Sans",sans-serif;background:var(--bg);color:var(--fg)}
    a{color:var(--accent)}
    h1{margin:.2rem 0 .5rem;font-size:1.8rem}
    """

    /// The print rules, last so that they win.
    static let printRules = """
    @media print{.tm-controls{display:none}.tm-wrap{overflow:visible;max-height:none;border:0}.tm-matrix thead th,.tm-matrix tbody th{position:static}body{max-width:none;padding:0}a{color:inherit}}
    """

    /// The page's stylesheet: the palette, the page's own rules, the components and print.
    static let style = palette + "\n" + pageRules + "\n" + components + "\n" + printRules

    /// A fragment's stylesheet (`--style`): the palette and the components scoped to the
    /// fragment's `div.tm-fragment`, nothing that styles the host page.
    static let fragmentStyle =
        fragmentPalette + "\n"
        + ".tm-fragment{font:16px/1.5 system-ui,-apple-system,\"Segoe UI\",\"Noto Sans\",sans-serif;background:var(--bg);color:var(--fg)}\n"
        + ".tm-fragment a{color:var(--accent)}\n" + components

    static let script = """
    (function(){
    "use strict";
    var table=document.querySelector("table.tm-matrix");
    var controls=document.querySelector(".tm-controls");
    if(!table||!controls)return;
    controls.hidden=false;
    var byRows=table.getAttribute("data-orientation")==="rows";
    var filter=controls.querySelector(".tm-filter");
    var differ=controls.querySelector(".tm-differ");
    var bodyRows=function(){return Array.prototype.slice.call(table.tBodies[0].rows);};
    var dataRows=function(){return bodyRows().filter(function(r){return !r.classList.contains("tm-group");});};
    var key=function(cell){
      if(!cell||cell.classList.contains("tm-na"))return null;
      var v=cell.getAttribute("data-sort");
      if(v!==null)return v;
      var t=cell.firstChild;return t&&t.nodeType===3?t.nodeValue.toLowerCase():cell.textContent.toLowerCase();
    };
    function compare(a,b,numeric,direction){
      if(a===null&&b===null)return 0;if(a===null)return 1;if(b===null)return -1;
      var r=numeric?Number(a)-Number(b):a.localeCompare(b);
      return r*direction;
    }
    var directions={};
    function sortBy(index,button){
      var numeric=button.getAttribute("data-numeric")==="true";
      var better=button.getAttribute("data-better");
      var id=button.getAttribute("data-key");
      var d=directions[id]!==undefined?-directions[id]:(better==="lower"||!numeric?1:-1);
      directions={};directions[id]=d;
      Array.prototype.forEach.call(table.querySelectorAll("[aria-sort]"),function(th){th.removeAttribute("aria-sort");});
      button.parentNode.setAttribute("aria-sort",d>0?"ascending":"descending");
      if(byRows){
        var rows=dataRows();
        rows.sort(function(x,y){return compare(key(x.cells[index]),key(y.cells[index]),numeric,d);});
        rows.forEach(function(r){table.tBodies[0].appendChild(r);});
      }else{
        var source=button.closest("tr");
        var order=[];for(var i=1;i<source.cells.length;i++)order.push(i);
        order.sort(function(x,y){return compare(key(source.cells[x]),key(source.cells[y]),numeric,d);});
        Array.prototype.forEach.call(table.rows,function(row){
          if(row.classList.contains("tm-group"))return;
          var cells=Array.prototype.slice.call(row.cells);
          order.forEach(function(i){row.appendChild(cells[i]);});
        });
      }
      update();
    }
    Array.prototype.forEach.call(table.querySelectorAll("button.tm-sort"),function(button){
      button.addEventListener("click",function(){
        var cell=button.parentNode;
        sortBy(byRows?cell.cellIndex:0,button);
      });
    });
    function toolVisible(name){var q=filter.value.trim().toLowerCase();return q===""||name.toLowerCase().indexOf(q)!==-1;}
    function update(){
      var only=differ.checked;
      if(byRows){
        var rows=dataRows();
        rows.forEach(function(r){r.classList.toggle("tm-hidden",!toolVisible(r.getAttribute("data-name")));});
        var visible=rows.filter(function(r){return !r.classList.contains("tm-hidden");});
        var width=table.tHead.rows[table.tHead.rows.length-1].cells.length;
        for(var c=1;c<width;c++){
          var values=visible.map(function(r){return r.cells[c]?key(r.cells[c]):null;});
          var same=values.every(function(v){return v===values[0];});
          Array.prototype.forEach.call(table.rows,function(row){
            if(row.classList.contains("tm-group"))return;
            var cell=row.cells[c];if(cell)cell.classList.toggle("tm-hidden",only&&same&&visible.length>0);
          });
        }
      }else{
        var head=table.tHead.rows[0].cells;
        var show=[];for(var i=1;i<head.length;i++)show[i]=toolVisible(head[i].getAttribute("data-name"));
        Array.prototype.forEach.call(table.rows,function(row){
          if(row.classList.contains("tm-group"))return;
          for(var i=1;i<row.cells.length;i++)row.cells[i].classList.toggle("tm-hidden",!show[i]);
        });
        var groupHasRow={};var current=null;
        bodyRows().forEach(function(row){
          if(row.classList.contains("tm-group")){current=row;groupHasRow[row.rowIndex]=false;return;}
          var values=[];for(var i=1;i<row.cells.length;i++)if(show[i])values.push(key(row.cells[i]));
          var same=values.every(function(v){return v===values[0];});
          var hide=only&&same;
          row.classList.toggle("tm-hidden",hide);
          if(!hide&&current)groupHasRow[current.rowIndex]=true;
        });
        bodyRows().forEach(function(row){if(row.classList.contains("tm-group"))row.classList.toggle("tm-hidden",only&&!groupHasRow[row.rowIndex]);});
      }
    }
    filter.addEventListener("input",update);
    differ.addEventListener("change",update);
    update();
    })();
    """

    /// Marks, in the reader's browser, the cells whose verified date (the cell's or its tool's
    /// `data-verified`, else the table's `data-as-of`) is more than `data-stale-after` days
    /// before the reader's today, and reveals the legend. The page is complete without it:
    /// renderings never depend on the day they are made.
    static let freshnessScript = """
    (function(){
    "use strict";
    var table=document.querySelector("table.tm-matrix");
    var key=document.querySelector(".tm-stale-key");
    if(!table||!key)return;
    var limit=parseInt(table.getAttribute("data-stale-after"),10);
    if(!(limit>0))return;
    function day(text){var m=/^(\\d{4})-(\\d{2})-(\\d{2})$/.exec(text||"");return m?Date.UTC(+m[1],+m[2]-1,+m[3])/864e5:null;}
    var now=new Date();
    var today=Date.UTC(now.getFullYear(),now.getMonth(),now.getDate())/864e5;
    var asOf=table.getAttribute("data-as-of");
    var count=0;
    Array.prototype.forEach.call(table.tBodies[0].querySelectorAll("td"),function(cell){
      if(cell.classList.contains("tm-na"))return;
      var verified=cell.getAttribute("data-verified")||asOf;
      var d=day(verified);
      if(d===null||today-d<=limit)return;
      count++;
      cell.classList.add("tm-stale");
      cell.title="Verified "+verified+": possibly out of date";
      var mark=document.createElement("span");
      mark.className="tm-visually-hidden";
      mark.textContent=" (verified "+verified+", possibly out of date)";
      cell.appendChild(mark);
    });
    if(count>0){key.querySelector(".tm-stale-count").textContent=String(count);key.hidden=false;}
    })();
    """

    /// The page's Content-Security-Policy: nothing may load, and only this style and script
    /// may run, allowed by their SHA-256 hashes.
    /// The index page's policy: the same style, and no script at all.
    static let catalogPolicy = "default-src 'none'; style-src \(SHA256.cspSource(for: style)); base-uri 'none'; form-action 'none'"

    static let contentSecurityPolicy =
        "default-src 'none'; style-src \(SHA256.cspSource(for: style)); "
        + "script-src \(SHA256.cspSource(for: script)) \(SHA256.cspSource(for: freshnessScript)); "
        + "img-src data:; base-uri 'none'; form-action 'none'"
}
