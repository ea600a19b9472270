// Measures the laid-out page and writes what it found into attributes of <body>, for a test to read from the DOM
// dump: data-broken lists words drawn on more than one line, data-overflow words drawn outside their own cell or
// box (over a neighbour or beyond the page), data-svg-outside chart texts drawn outside their chart, data-checked
// how many words were measured (so that a page with no text cannot pass).
(function () {
 try {
  var broken = [], overflow = [], outside = [], checked = 0;
  // a word may end at a slash or hyphen: a line may break after those, as the CSS line breaking rules allow
  var word = /[^\s\/\-\u2010\u2011\u2013]+[\/\-\u2010\u2011\u2013]?/g;
  var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  var node;
  while ((node = walker.nextNode())) {
    var parent = node.parentElement;
    if (!parent || parent.closest('script, style, title') || parent.closest('svg')) {
      continue;
    }
    var holder = parent.closest('td, th, p, li, h1, h2, footer, div, section');
    if (!holder || !node.data.trim()) {
      continue;
    }
    var box = holder.getBoundingClientRect();
    var m;
    word.lastIndex = 0;
    while ((m = word.exec(node.data))) {
      var range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      var tops = [];
      var rects = range.getClientRects();
      for (var i = 0; i < rects.length; i++) {
        if (rects[i].width < 0.5) continue;
        var top = Math.round(rects[i].top);
        if (tops.indexOf(top) < 0) tops.push(top);
        if (rects[i].left < box.left - 1.5 || rects[i].right > box.right + 1.5) {
          overflow.push(m[0] + ' ' + Math.round(Math.max(box.left - rects[i].left, rects[i].right - box.right)));
        }
      }
      checked++;
      if (tops.length > 1) broken.push(m[0]);
    }
  }
  document.querySelectorAll('svg text').forEach(function (t) {
    var chart = t.closest('svg').getBoundingClientRect();
    var r = t.getBoundingClientRect();
    if (r.width > 0 && (r.left < chart.left - 1.5 || r.right > chart.right + 1.5)) {
      outside.push(t.textContent + ' ' + Math.round(r.left - chart.left) + '..' + Math.round(r.right - chart.right));
    }
  });
  var fits = document.documentElement.scrollWidth <= window.innerWidth;
  document.body.setAttribute('data-broken', broken.join('|'));
  document.body.setAttribute('data-overflow', overflow.join('|'));
  document.body.setAttribute('data-svg-outside', outside.join('|'));
  document.body.setAttribute('data-checked', String(checked));
  document.body.setAttribute('data-fits', String(fits));
 } catch (e) {
  document.body.setAttribute('data-error', String(e));
 }
})();
