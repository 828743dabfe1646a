/// The ranking rules in JavaScript, for the page's fit finder: the same rules as ``Ranking``,
/// the same ``Mulberry32`` stream and seed, the same order of arithmetic, and the same result
/// shape as ``Ranking/jsonValue``. A test runs both on generated matrices and compares them.
///
/// `TMRank.rank(doc, profile)` takes a `techmatrix/v2` document (or the page's reduced copy of
/// one: criteria, tools and their values) and a profile written as the format writes it.
/// The script touches no DOM, so Node runs it as it is.
enum RankingScript {
    static let source = """
        var TMRank=(function(){
        "use strict";
        var PERTURBATIONS=200,SEED=13,FRAGILE_BELOW=0.7,TOLERANCE=1e-9;
        function has(o,k){return o!==null&&typeof o==="object"&&Object.prototype.hasOwnProperty.call(o,k);}
        function mulberry32(seed){
          var a=seed>>>0;
          return function(){
            a=(a+0x6D2B79F5)>>>0;
            var t=Math.imul(a^(a>>>15),a|1);
            t^=t+Math.imul(t^(t>>>7),t|61);
            return ((t^(t>>>14))>>>0)/4294967296;
          };
        }
        function cellOf(tool,id){
          if(!has(tool.values,id))return null;
          var v=tool.values[id];
          return v!==null&&typeof v==="object"?v:{value:v};
        }
        function cellJSON(cell){
          if(typeof cell.value==="number"&&(typeof cell.qualifier==="string"||typeof cell.max==="number")){
            var o={value:cell.value};
            if(typeof cell.qualifier==="string")o.qualifier=cell.qualifier;
            if(typeof cell.max==="number")o.max=cell.max;
            return o;
          }
          return cell.value;
        }
        function better(c){return c.better==="lower"||c.better==="higher"?c.better:null;}
        function scaleOf(c){return typeof c.scale==="number"?c.scale:5;}
        function weightable(c){return c.kind==="support"||((c.kind==="number"||c.kind==="rating")&&better(c)!==null);}
        function requirable(c){return c.kind==="support"||c.kind==="number"||c.kind==="rating";}
        function interval(c,cell){
          var v=cell.value;
          if(c.kind==="rating")return [v,v];
          if(cell.qualifier==="at-most")return [-Infinity,v];
          if(cell.qualifier==="at-least")return [v,Infinity];
          if(typeof cell.max==="number"&&cell.max>=v)return [v,cell.max];
          return [v,v];
        }
        function check(c,req,cell){
          var fits=(c.kind==="support"&&typeof req==="string")||(c.kind==="rating"&&typeof req==="number")||
            (c.kind==="number"&&req!==null&&typeof req==="object"&&(typeof req.atMost==="number"||typeof req.atLeast==="number"));
          if(!fits)return null;
          if(!cell)return "not-assessed";
          if(c.kind==="support")return (req==="yes"?cell.value==="yes":cell.value!=="no")?"pass":"fail";
          if(c.kind==="rating")return cell.value>=req?"pass":"fail";
          var iv=interval(c,cell);
          if(typeof req.atMost==="number"){
            if(iv[1]<=req.atMost)return "pass";
            if(iv[0]>req.atMost)return "fail";
            return "straddles";
          }
          if(iv[0]>=req.atLeast)return "pass";
          if(iv[1]<req.atLeast)return "fail";
          return "straddles";
        }
        function bounds(doc,c){
          if(c.kind!=="number")return null;
          var lo=Infinity,hi=-Infinity;
          doc.tools.forEach(function(t){
            var cell=cellOf(t,c.id);if(!cell)return;
            interval(c,cell).forEach(function(e){if(isFinite(e)){lo=Math.min(lo,e);hi=Math.max(hi,e);}});
          });
          return lo<=hi?[lo,hi]:null;
        }
        function normalised(c,cell,b){
          if(!cell)return [0,1];
          if(c.kind==="support"){var s=cell.value==="yes"?1:cell.value==="no"?0:0.5;return [s,s];}
          if(c.kind==="rating"){var k=scaleOf(c),r=better(c)==="lower"?(k-cell.value)/k:cell.value/k;return [r,r];}
          if(c.kind==="number"&&better(c)!==null){
            if(b===null)return [0,1];
            var iv=interval(c,cell),lo=b[0],hi=b[1],lower=better(c)==="lower";
            var place=function(x){
              if(hi>lo)return Math.min(1,Math.max(0,lower?(hi-x)/(hi-lo):(x-lo)/(hi-lo)));
              return (lower?x<=lo:x>=lo)?1:0;
            };
            return lower?[place(iv[1]),place(iv[0])]:[place(iv[0]),place(iv[1])];
          }
          return [0,1];
        }
        function score(values,weights){
          var total=0,lo=0,hi=0;
          for(var k=0;k<weights.length;k++){total+=weights[k];lo+=weights[k]*values[k][0];hi+=weights[k]*values[k][1];}
          return total>0?[lo/total,hi/total]:null;
        }
        function above(a,b){return a!==null&&b!==null&&a[0]>b[1]+TOLERANCE;}
        function places(scores){
          return scores.map(function(s){var n=1;scores.forEach(function(o){if(above(o,s))n++;});return n;});
        }
        function rank(doc,profile){
          var req=profile.require||{},w=profile.weights||{};
          var weighted=[],ignored=[];
          doc.criteria.forEach(function(c){
            if(!has(w,c.id)||!(w[c.id]>0))return;
            if(weightable(c))weighted.push({criterion:c.id,weight:w[c.id],c:c});
            else ignored.push({criterion:c.id,weight:w[c.id],reason:"no-better"});
          });
          var limits=weighted.map(function(x){return bounds(doc,x.c);});
          var rows=doc.tools.map(function(t){return weighted.map(function(x,k){return normalised(x.c,cellOf(t,x.c.id),limits[k]);});});
          var base=weighted.map(function(x){return x.weight;});
          var required=doc.criteria.filter(function(c){return has(req,c.id);});
          var passing=[],unknown=[],out=[];
          doc.tools.forEach(function(t,i){
            var checks=[];
            required.forEach(function(c){
              var cell=cellOf(t,c.id),o=check(c,req[c.id],cell);
              if(o===null)return;
              var item={criterion:c.id,requirement:req[c.id],outcome:o};
              if(cell)item.value=cellJSON(cell);
              checks.push(item);
            });
            var failed=checks.filter(function(x){return x.outcome==="fail";});
            var unsure=checks.filter(function(x){return x.outcome==="not-assessed"||x.outcome==="straddles";});
            if(failed.length){out.push({tool:t.id,name:t.name,failed:failed,unknown:unsure});return;}
            var s=score(rows[i],base);
            if(unsure.length)unknown.push({tool:t.id,name:t.name,score:s,unknown:unsure});
            else passing.push({index:i,tool:t.id,name:t.name,score:s});
          });
          var p0=places(passing.map(function(x){return x.score;}));
          passing.forEach(function(x,k){x.place=p0[k];});
          passing.sort(function(a,b){
            if(a.place!==b.place)return a.place-b.place;
            if(a.score!==null&&b.score!==null){
              if(a.score[0]!==b.score[0])return b.score[0]>a.score[0]?1:-1;
              if(a.score[1]!==b.score[1])return b.score[1]>a.score[1]?1:-1;
            }
            return a.index-b.index;
          });
          var total=base.reduce(function(a,b){return a+b;},0);
          var sensitivity=null,firsts=passing.map(function(){return 0;});
          if(passing.length&&total>0){
            var rng=mulberry32(SEED),holds=0;
            var prows=passing.map(function(x){return rows[x.index];});
            for(var n=0;n<PERTURBATIONS;n++){
              var pw=base.map(function(x){return x*(0.5+rng());});
              var pl=places(prows.map(function(r){return score(r,pw);}));
              var same=true;
              for(var k=0;k<pl.length;k++){
                var first=pl[k]===1;
                if(first)firsts[k]++;
                if(first!==(passing[k].place===1))same=false;
              }
              if(same)holds++;
            }
            sensitivity={perturbations:PERTURBATIONS,seed:SEED,factors:[0.5,1.5],firstPlaceHolds:holds/PERTURBATIONS,
              threshold:FRAGILE_BELOW,fragile:holds/PERTURBATIONS<FRAGILE_BELOW};
          }
          var ranked=passing.map(function(x,k){
            var apart=[];
            passing.forEach(function(y,j){if(j!==k&&!above(x.score,y.score)&&!above(y.score,x.score))apart.push(y.tool);});
            return {tool:x.tool,name:x.name,place:x.place,score:x.score,apart:apart,first:sensitivity?firsts[k]/PERTURBATIONS:null};
          });
          var shown={id:profile.id,name:profile.name,require:req,weights:w};
          if(typeof profile.description==="string")shown.description=profile.description;
          return {profile:shown,weighted:weighted.map(function(x){return {criterion:x.criterion,weight:x.weight};}),
            ignored:ignored,ranked:ranked,unknown:unknown,out:out,sensitivity:sensitivity};
        }
        return {rank:rank,mulberry32:mulberry32,weightable:weightable,requirable:requirable,interval:interval,
          PERTURBATIONS:PERTURBATIONS,SEED:SEED,FRAGILE_BELOW:FRAGILE_BELOW};
        })();
        if(typeof module!=="undefined"&&module.exports)module.exports=TMRank;
        """
}
