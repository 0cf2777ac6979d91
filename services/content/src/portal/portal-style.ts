// The portal's one stylesheet, inline in every page (a few KB: no second request, nothing to cache apart). Read
// on a 390 px phone and a 1440 px desktop alike: one column that widens into a grid, text at 17 px, nothing wider
// than the screen (long words and addresses wrap; tables and the picture strip scroll inside themselves).
export const portalStyle = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;font:17px/1.75 system-ui,-apple-system,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:#1f2328;background:#f6f7f9;overflow-wrap:anywhere;word-break:break-word}
a{color:#0b57d0;text-decoration:none}a:hover,a:focus{text-decoration:underline}
a:focus-visible,button:focus-visible,input:focus-visible{outline:3px solid #f4b400;outline-offset:2px}
img,video{max-width:100%;height:auto}
.wrap{max-width:1160px;margin:0 auto;padding:0 16px}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
header.top{background:#b3261e;color:#fff}
header.top .wrap{display:flex;flex-wrap:wrap;align-items:center;gap:8px 24px;padding-top:14px;padding-bottom:14px}
.site-name{color:#fff;font-size:1.45rem;font-weight:700;line-height:1.3}
.site-name:hover{text-decoration:none}
form.search{display:flex;flex:1 1 260px;max-width:420px;margin-left:auto}
form.search input{flex:1;min-width:0;font:inherit;font-size:16px;padding:6px 10px;border:1px solid #d0d7de;border-radius:6px 0 0 6px}
form.search button{font:inherit;font-size:16px;padding:6px 14px;border:0;border-radius:0 6px 6px 0;background:#1f2328;color:#fff;cursor:pointer}
nav.columns{background:#8c1d18}
nav.columns ul{display:flex;flex-wrap:wrap;gap:0 4px;list-style:none;margin:0 auto;padding:4px 12px;max-width:1160px}
nav.columns a{display:block;color:#fff;padding:6px 10px;border-radius:4px}
nav.columns a[aria-current]{background:rgba(255,255,255,.18)}
main.wrap{padding-top:12px;padding-bottom:32px}
.crumbs{font-size:15px;color:#57606a;margin-bottom:12px}
.crumbs ol{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap}
.crumbs li+li::before{content:"›";padding:0 6px;color:#8c959f}
h1{font-size:1.6rem;line-height:1.35;margin:.2em 0 .6em}
h2{font-size:1.2rem;margin:0 0 .5em}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,340px),1fr));gap:16px}
.card{background:#fff;border:1px solid #e5e7eb;border-radius:8px;padding:14px 16px}
.card h2{display:flex;justify-content:space-between;gap:8px;border-bottom:2px solid #b3261e;padding-bottom:6px}
.card h2 a.more{font-size:15px;font-weight:400}
ul.items{list-style:none;margin:0;padding:0}
ul.items li{display:flex;justify-content:space-between;gap:12px;padding:6px 0;border-bottom:1px dashed #e5e7eb}
ul.items li:last-child{border-bottom:0}
ul.items time,.meta{color:#57606a;font-size:15px;white-space:nowrap}
.meta{white-space:normal}
.meta span{margin-right:12px}
.empty{color:#57606a}
.strip{display:flex;gap:12px;overflow-x:auto;scroll-snap-type:x mandatory;padding-bottom:8px;margin-bottom:16px}
.strip figure{flex:0 0 min(85%,360px);margin:0;scroll-snap-align:start;background:#fff;border-radius:8px;overflow:hidden;border:1px solid #e5e7eb}
.strip img{display:block;width:100%;aspect-ratio:4/3;object-fit:cover;background:#e5e7eb}
.strip figcaption{padding:8px 12px;font-size:16px;line-height:1.5}
ol.list{list-style:none;margin:0;padding:0}
ol.list li{background:#fff;border:1px solid #e5e7eb;border-radius:8px;padding:12px 16px;margin-bottom:10px}
ol.list h2{font-size:1.1rem;margin:0 0 4px}
ol.list p{margin:4px 0 0}
mark{background:#fff3b0;color:inherit;padding:0 1px}
nav.pages{display:flex;justify-content:space-between;gap:12px;margin-top:16px}
article.doc{background:#fff;border:1px solid #e5e7eb;border-radius:8px;padding:16px 20px}
article.doc .cover{display:block;margin:0 auto 16px;border-radius:6px}
.body{font-size:18px}
.body table{display:block;overflow-x:auto;border-collapse:collapse}
.body td,.body th{border:1px solid #d0d7de;padding:4px 8px}
.body pre{overflow-x:auto}
.body blockquote{margin:1em 0;padding:0 1em;border-left:4px solid #d0d7de;color:#3d444d}
footer{background:#24292f;color:#d0d7de;font-size:15px;padding:20px 0}
footer a{color:#fff}
footer ul{list-style:none;margin:4px 0 12px;padding:0;display:flex;flex-wrap:wrap;gap:4px 16px}
ul.tree{list-style:none;padding-left:0}
ul.tree ul{list-style:none;padding-left:1.2em;border-left:1px solid #d0d7de;margin-left:.4em}
ul.tree li{margin:4px 0}
@media (min-width:900px){h1{font-size:1.9rem}.strip figure{flex-basis:31%}}
`
  .replace(/\n/g, '')
  .trim();
