/// The style and script of the page's fit finder, added only to pages of matrices that declare
/// profiles (so every other page, and its Content-Security-Policy, stays as it was). Both are
/// constants allowed by their SHA-256 hashes, like ``HTMLAssets``. The script is the ranking
/// rules (``RankingScript/source``) followed by the code that wires up the controls; it
/// builds every element with `textContent`, never with markup.
enum FitFinderAssets {
    static let style = """
        .tm-fit{margin:2rem 0}
        .tm-finder{border:1px solid var(--line);border-radius:6px;padding:.75rem 1rem;margin:1rem 0;background:var(--card)}
        .tm-finder[hidden]{display:none}
        .tm-finder h3{margin:.2rem 0 .6rem}
        .tm-fit-controls{display:grid;grid-template-columns:repeat(auto-fit,minmax(22rem,1fr));gap:1rem;align-items:start}
        .tm-fit fieldset{border:1px solid var(--line);border-radius:6px;margin:0;padding:.5rem .75rem}
        .tm-fit legend{font-weight:600;padding:0 .3rem}
        .tm-fit-start{margin:0 0 .8rem}
        .tm-fit-row{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.3rem .8rem;padding:.25rem 0;border-bottom:1px solid var(--line)}
        .tm-fit-row:last-child{border-bottom:0}
        .tm-fit-name{flex:1 1 12rem}
        .tm-fit-weight label{flex:1 1 12rem}
        .tm-fit-how{display:inline-flex;align-items:center;gap:.4rem;white-space:nowrap}
        .tm-fit select,.tm-fit input[type=number]{font:inherit;padding:.15rem .3rem;border:1px solid var(--line);border-radius:4px;background:var(--bg);color:var(--fg)}
        .tm-fit input[type=number]{width:6rem}
        .tm-fit input[type=number][aria-invalid=true]{border-color:var(--no-fg)}
        .tm-fit input[type=range]{accent-color:var(--accent);width:10rem}
        .tm-fit input[type=checkbox]{accent-color:var(--accent);width:1.1rem;height:1.1rem;vertical-align:middle;margin:0 .3rem 0 0}
        .tm-fit output{min-width:2.5rem;font-variant-numeric:tabular-nums}
        .tm-fit :focus-visible{outline:2px solid var(--accent);outline-offset:2px}
        .tm-fit-summary{font-weight:600;margin:1rem 0 .3rem}
        .tm-fit-wrap{overflow:auto}
        .tm-fit-table{border-collapse:collapse;margin:.5rem 0}
        .tm-fit-table caption{text-align:left;font-weight:600;padding:.3rem 0}
        .tm-fit-table th,.tm-fit-table td{border-bottom:1px solid var(--line);padding:.35rem .7rem;text-align:left;vertical-align:top;white-space:pre-wrap}
        .tm-fit-table thead th{background:var(--head)}
        .tm-fit-score{font-variant-numeric:tabular-nums;white-space:nowrap}
        .tm-fit-profile{border-top:1px solid var(--line);margin-top:1.5rem;padding-top:.5rem}
        .tm-fit-out li,.tm-fit-note{color:var(--muted)}
        .tm-fit-sensitivity.tm-fragile{border-left:4px solid var(--no-fg);padding-left:.6rem}
        @media print{.tm-fit-controls,.tm-fit-linkline{display:none}.tm-finder{border:0;background:none;padding:0}}
        """

    static let interface = #"""
        (function(){
        "use strict";
        var finder=document.querySelector(".tm-finder");
        var dataNode=document.querySelector("script.tm-fit-data");
        if(!finder||!dataNode||typeof TMRank==="undefined")return;
        var doc=JSON.parse(dataNode.textContent);
        var plain=finder.getAttribute("data-plain")==="true";
        var own=function(o,k){return Object.prototype.hasOwnProperty.call(o,k);};
        var each=function(list,f){Array.prototype.forEach.call(list,f);};
        var criteria={};doc.criteria.forEach(function(c){criteria[c.id]=c;});
        var names={};doc.tools.forEach(function(t){names[t.id]=t.name;});
        var start=finder.querySelector(".tm-fit-start select");
        var live=finder.querySelector(".tm-fit-result");
        var summary=finder.querySelector(".tm-fit-summary");
        var link=finder.querySelector(".tm-fit-linkline a");
        var musts=finder.querySelectorAll(".tm-fit-must");
        var sliders=finder.querySelectorAll(".tm-fit-weight");
        var state={require:{},weights:{}};
        function copy(o){var r={};for(var k in o)if(own(o,k))r[k]=o[k];return r;}
        function fromProfile(id){
          var p=null;doc.profiles.forEach(function(x){if(x.id===id)p=x;});
          return p?{require:copy(p.require||{}),weights:copy(p.weights||{})}:{require:{},weights:{}};
        }
        function num(s){if(s===null||s===undefined||String(s).trim()==="")return NaN;var n=Number(s);return isFinite(n)?n:NaN;}
        function scaleOf(c){return typeof c.scale==="number"?c.scale:5;}
        // The view in the URL: #fit?require=a:yes,b:atMost:5,c:3&weights=a:2,b:1
        function encode(s){
          var r=[],w=[];
          doc.criteria.forEach(function(c){
            if(own(s.require,c.id)){
              var q=s.require[c.id];
              if(typeof q!=="object")r.push(c.id+":"+q);
              else if(typeof q.atMost==="number")r.push(c.id+":atMost:"+q.atMost);
              else r.push(c.id+":atLeast:"+q.atLeast);
            }
            if(own(s.weights,c.id))w.push(c.id+":"+s.weights[c.id]);
          });
          return "#fit?require="+r.join(",")+"&weights="+w.join(",");
        }
        function decode(hash){
          if(hash.indexOf("#fit?")!==0)return null;
          var s={require:{},weights:{}};
          hash.slice(5).split("&").forEach(function(part){
            var eq=part.indexOf("=");if(eq<0)return;
            var key=part.slice(0,eq),value;
            try{value=decodeURIComponent(part.slice(eq+1));}catch(e){return;}
            value.split(",").forEach(function(item){
              var bits=item.split(":"),c=own(criteria,bits[0])?criteria[bits[0]]:null;
              if(!c)return;
              if(key==="require"){
                if(c.kind==="support"&&bits.length===2&&(bits[1]==="yes"||bits[1]==="partial"))s.require[c.id]=bits[1];
                else if(c.kind==="number"&&bits.length===3&&(bits[1]==="atMost"||bits[1]==="atLeast")&&!isNaN(num(bits[2]))){
                  var q={};q[bits[1]]=num(bits[2]);s.require[c.id]=q;
                }else if(c.kind==="rating"&&bits.length===2&&String(parseInt(bits[1],10))===bits[1]&&Number(bits[1])<=scaleOf(c))s.require[c.id]=Number(bits[1]);
              }else if(key==="weights"&&bits.length===2){
                var w=num(bits[1]);if(w>=0&&w<=10)s.weights[c.id]=w;
              }
            });
          });
          return s;
        }
        // Words, as the Swift renderer writes them.
        function fixed2(x){var h=Math.floor(x*100+0.5),f=h%100;return Math.floor(h/100)+"."+(f<10?"0":"")+f;}
        function percent(share){var t=Math.round(share*1000);return Math.floor(t/10)+(t%10===0?"":"."+t%10)+" %";}
        function scoreText(s){if(s===null)return "\u2014";return s[0]===s[1]?fixed2(s[0]):"["+fixed2(s[0])+", "+fixed2(s[1])+"]";}
        function withUnit(c,n){var u=c.unit;return typeof u==="string"&&u!==""?(u.charAt(0)==="%"?n+u:n+" "+u):String(n);}
        function requirementText(c,q){
          if(c.kind==="support")return q==="yes"?"yes":"yes, partial or preview";
          if(c.kind==="rating")return "at least "+q+"/"+scaleOf(c);
          return typeof q.atMost==="number"?"at most "+withUnit(c,q.atMost):"at least "+withUnit(c,q.atLeast);
        }
        var labels={yes:"Yes",partial:"Partial",preview:"Preview",no:"No"};
        function valueText(c,v){
          if(c.kind==="support")return labels[v];
          if(c.kind==="rating")return v+"/"+scaleOf(c);
          var cell=v!==null&&typeof v==="object"?v:{value:v};
          var shown=String(cell.value);
          if(typeof cell.max==="number")shown+=(plain?" to ":"\u2013")+cell.max;
          shown=withUnit(c,shown);
          var prefix={"about":plain?"about ":"\u2248 ","at-most":plain?"up to ":"\u2264 ","at-least":plain?"at least ":"\u2265 "}[cell.qualifier];
          return (prefix||"")+shown;
        }
        function reason(check){
          var c=criteria[check.criterion],needs=requirementText(c,check.requirement);
          if(!own(check,"value"))return c.name+" not assessed (needs "+needs+")";
          var value=valueText(c,check.value);
          return check.outcome==="straddles"?c.name+" is "+value+": may or may not be "+needs:c.name+" is "+value+", needs "+needs;
        }
        function el(tag,text,cls){var e=document.createElement(tag);if(text!==undefined&&text!==null)e.textContent=text;if(cls)e.className=cls;return e;}
        function paragraph(label,text){var p=el("p");p.appendChild(el("strong",label));p.appendChild(document.createTextNode(" "+text));return p;}
        function sensitivityText(r){
          if(!r.sensitivity)return null;
          var leaders=r.ranked.filter(function(x){return x.place===1;}).map(function(x){return x.name;});
          var who=leaders.length===1?leaders[0]:leaders.join(", ")+" together";
          return "First place ("+who+") holds in "+percent(r.sensitivity.firstPlaceHolds)+" of "+r.sensitivity.perturbations+
            " perturbations of the weights (each weight multiplied by a factor from 0.5 to 1.5): "+(r.sensitivity.fragile?"fragile.":"not fragile.");
        }
        function render(r){
          while(live.firstChild)live.removeChild(live.firstChild);
          var musts=doc.criteria.filter(function(c){return own(r.profile.require,c.id);}).map(function(c){return c.name+": "+requirementText(c,r.profile.require[c.id]);});
          if(musts.length)live.appendChild(paragraph("Must have:",musts.join("; ")));
          if(r.weighted.length)live.appendChild(paragraph("Weights:",r.weighted.map(function(w){return criteria[w.criterion].name+" "+w.weight;}).join(", ")));
          if(r.ranked.length){
            var wrap=el("div",null,"tm-fit-wrap"),table=el("table",null,"tm-fit-table");
            table.appendChild(el("caption","Ranking for your choices"));
            var head=el("tr");
            ["Place","Tool","Score","First in","Cannot be told apart from"].forEach(function(h){var th=el("th",h);th.scope="col";head.appendChild(th);});
            table.appendChild(el("thead")).appendChild(head);
            var body=table.appendChild(el("tbody"));
            r.ranked.forEach(function(x){
              var tr=el("tr");tr.setAttribute("data-tool",x.tool);
              tr.appendChild(el("td",String(x.place)));
              var th=el("th",x.name);th.scope="row";tr.appendChild(th);
              tr.appendChild(el("td",scoreText(x.score),"tm-fit-score"));
              tr.appendChild(el("td",x.first===null?"\u2014":percent(x.first)));
              tr.appendChild(el("td",x.apart.length?x.apart.map(function(id){return names[id];}).join(", "):"\u2014"));
              body.appendChild(tr);
            });
            wrap.appendChild(table);live.appendChild(wrap);
          }
          [["Unknown, not ranked",r.unknown,"tm-fit-unknown"],["Out",r.out,"tm-fit-out"]].forEach(function(group){
            if(!group[1].length)return;
            live.appendChild(el("h4",group[0]));
            var ul=live.appendChild(el("ul",null,group[2]));
            group[1].forEach(function(x){
              var li=el("li");li.setAttribute("data-tool",x.tool);
              li.appendChild(el("strong",x.name));
              var unknown=group[2]==="tm-fit-unknown";
              li.appendChild(document.createTextNode(": "+(unknown?x.unknown:x.failed).map(reason).join("; ")+(unknown?"; score "+scoreText(x.score):"")));
              ul.appendChild(li);
            });
          });
          var sentence=sensitivityText(r);
          if(sentence)live.appendChild(el("p",sentence,"tm-fit-sensitivity"+(r.sensitivity.fragile?" tm-fragile":"")));
          var notes=r.ignored.map(function(w){return "The weight on "+criteria[w.criterion].name+" is left out: the criterion does not say whether lower or higher is better, so it cannot be weighted.";});
          if(!r.weighted.length)notes.push("Nothing is weighted: the tools that pass are listed in matrix order, not ranked.");
          if(!r.ranked.length)notes.push("No tool is known to pass every requirement.");
          notes.forEach(function(n){live.appendChild(el("p",n,"tm-fit-note"));});
          var order=r.ranked.map(function(x){return x.place+" "+x.name+" "+scoreText(x.score);}).join(", ");
          summary.textContent=(r.ranked.length?"Ranking: "+order+".":"No tool is known to pass every must-have.")+
            " "+r.unknown.length+" unknown, "+r.out.length+" out."+(r.sensitivity?(r.sensitivity.fragile?" Fragile.":" Not fragile."):"");
        }
        function apply(){
          each(musts,function(row){
            var id=row.getAttribute("data-criterion"),c=criteria[id];
            var on=row.querySelector(".tm-fit-on"),op=row.querySelector(".tm-fit-op"),limit=row.querySelector(".tm-fit-limit");
            on.checked=own(state.require,id);
            if(limit)limit.removeAttribute("aria-invalid");
            if(!on.checked)return;
            var q=state.require[id];
            if(c.kind==="support")op.value=q;
            else if(c.kind==="rating")limit.value=String(q);
            else{op.value=typeof q.atMost==="number"?"atMost":"atLeast";limit.value=String(typeof q.atMost==="number"?q.atMost:q.atLeast);}
          });
          each(sliders,function(row){
            var id=row.getAttribute("data-criterion"),input=row.querySelector("input"),out=row.querySelector("output");
            var w=own(state.weights,id)?state.weights[id]:0;
            input.value=String(w);out.textContent=String(w);input.setAttribute("aria-valuetext",String(w));
          });
        }
        function readRow(row){
          var id=row.getAttribute("data-criterion"),c=criteria[id];
          var on=row.querySelector(".tm-fit-on"),op=row.querySelector(".tm-fit-op"),limit=row.querySelector(".tm-fit-limit");
          delete state.require[id];
          if(limit)limit.removeAttribute("aria-invalid");
          if(!on.checked)return;
          if(c.kind==="support"){state.require[id]=op.value;return;}
          var n=num(limit.value);
          if(c.kind==="rating"){
            if(isNaN(n)||n<0||n>scaleOf(c)||Math.floor(n)!==n){limit.setAttribute("aria-invalid","true");return;}
            state.require[id]=n;return;
          }
          if(isNaN(n)){limit.setAttribute("aria-invalid","true");return;}
          var q={};q[op.value]=n;state.require[id]=q;
        }
        var written="";
        function update(){
          render(TMRank.rank(doc,{id:"your-choices",name:"Your choices",require:state.require,weights:state.weights}));
          written=encode(state);
          link.setAttribute("href",written);
          if(location.hash!==written){try{history.replaceState(null,"",written);}catch(e){}}
        }
        each(musts,function(row){
          each(row.querySelectorAll("input,select"),function(control){
            control.addEventListener(control.type==="number"?"input":"change",function(){readRow(row);update();});
          });
        });
        each(sliders,function(row){
          var id=row.getAttribute("data-criterion"),input=row.querySelector("input"),out=row.querySelector("output");
          input.addEventListener("input",function(){
            var w=Number(input.value);
            if(w>0)state.weights[id]=w;else delete state.weights[id];
            out.textContent=String(w);input.setAttribute("aria-valuetext",String(w));
            update();
          });
        });
        start.addEventListener("change",function(){state=fromProfile(start.value);apply();update();});
        window.addEventListener("hashchange",function(){
          var s=decode(location.hash);
          if(s&&location.hash!==written){state=s;apply();update();}
        });
        var initial=decode(location.hash);
        if(initial){state=initial;start.value="";}else if(doc.profiles.length){state=fromProfile(doc.profiles[0].id);start.value=doc.profiles[0].id;}
        finder.hidden=false;
        apply();
        if(initial)update();
        else{render(TMRank.rank(doc,{id:"your-choices",name:"Your choices",require:state.require,weights:state.weights}));link.setAttribute("href",encode(state));}
        })();
        """#

    /// The whole script: the rules, then the interface.
    static let script = RankingScript.source + "\n" + interface

    /// The policy of a page with the fit finder: the page's own style and script and these,
    /// each allowed by its hash, and nothing else.
    static let contentSecurityPolicy =
        "default-src 'none'; style-src \(SHA256.cspSource(for: HTMLAssets.style)) \(SHA256.cspSource(for: style)); script-src \(SHA256.cspSource(for: HTMLAssets.script)) \(SHA256.cspSource(for: HTMLAssets.freshnessScript)) \(SHA256.cspSource(for: script)); img-src data:; base-uri 'none'; form-action 'none'"
}
