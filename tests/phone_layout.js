// Phone layout, evaluated in the page by test_browser.py: words broken inside a heading,
// and content wider than the screen.
// A word is broken when its characters lie on more than one line. Words are runs between
// spaces, dashes and slashes, so a break after a hyphen, en dash or slash is allowed.
// Content sticks out when an element's right edge is past the viewport and no ancestor
// scrolls or clips it (a table in its own scrolling region is fine).
(() => {
  const broken = [];
  for (const heading of document.querySelectorAll(".md-content :is(h1, h2, h3, h4, h5, h6)")) {
    const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement.closest(".headerlink")) continue;
      for (const match of node.data.matchAll(/[^\s\-\u2010-\u2015\/]+/gu)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
        if (lines.size > 1) broken.push(`${heading.tagName} "${heading.textContent.trim().slice(0, 60)}": ${match[0]}`);
      }
    }
  }
  const width = document.documentElement.clientWidth;
  const outside = [];
  for (const element of document.querySelectorAll(".md-container *")) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.right <= width + 0.5) continue;
    let contained = false;
    for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
      if (/(auto|scroll|hidden|clip)/.test(getComputedStyle(parent).overflowX)) { contained = true; break; }
    }
    if (!contained) outside.push(`${element.tagName.toLowerCase()}.${String(element.className).trim().split(/\s+/).join(".")} right=${Math.round(box.right)}`);
  }
  return {broken, outside: outside.slice(0, 5), scrollWidth: document.documentElement.scrollWidth, width};
})()
