/**
 * The page's one small script: it reads only the page's own DOM (never
 * strings from the article), builds the tooltip by cloning nodes, and sorts
 * the summary table. Plain ES2020 for any browser; no network.
 */
export const script = `
'use strict';
(function () {
  var tip = document.getElementById('tip');
  var activeFile = null;
  var activeNumber = null;

  function sectionOf(node) { return node.closest('section.article'); }
  function fileOf(section) { return section.getAttribute('data-file'); }
  function item(file, n) { return document.getElementById('i' + file + '-' + n); }

  function open(section) {
    var details = section.querySelector('details');
    if (details && !details.open) details.open = true;
  }

  function clearActive() {
    document.querySelectorAll('.active').forEach(function (node) { node.classList.remove('active'); });
    document.querySelectorAll('button.finding[aria-current]').forEach(function (node) { node.removeAttribute('aria-current'); });
  }

  // fromText: the reader chose a highlight, so bring its list entry into view; otherwise the reverse.
  function activate(section, n, fromText) {
    var file = fileOf(section);
    open(section);
    clearActive();
    activeFile = file;
    activeNumber = n;
    var segments = section.querySelectorAll('mark.hl[data-f~="' + n + '"]');
    segments.forEach(function (node) { node.classList.add('active'); });
    var entry = item(file, n);
    if (entry) {
      entry.classList.add('active');
      entry.setAttribute('aria-current', 'true');
    }
    if (fromText) {
      if (entry) entry.scrollIntoView({ block: 'nearest' });
      return;
    }
    var anchor = entry && document.getElementById(entry.getAttribute('data-anchor') || '');
    if (!anchor) return;
    anchor.scrollIntoView({ block: 'center' });
    segments.forEach(function (node) {
      node.classList.remove('flash');
      void node.offsetWidth;
      node.classList.add('flash');
    });
  }

  function showTip(mark) {
    var section = sectionOf(mark);
    if (!section || !tip) return;
    var file = fileOf(section);
    var parts = [];
    (mark.getAttribute('data-f') || '').split(' ').forEach(function (n) {
      var entry = item(file, n);
      if (!entry) return;
      var part = document.createElement('div');
      part.className = 'tip-item';
      // The entry's content, not the button itself: the tooltip is not a second control.
      part.append.apply(part, Array.prototype.slice.call(entry.cloneNode(true).childNodes));
      parts.push(part);
    });
    if (parts.length === 0) return;
    tip.replaceChildren.apply(tip, parts);
    tip.hidden = false;
    var box = mark.getBoundingClientRect();
    var width = tip.offsetWidth;
    var height = tip.offsetHeight;
    var left = Math.max(8, Math.min(box.left, window.innerWidth - width - 8));
    var top = box.bottom + 8;
    if (top + height > window.innerHeight - 8) top = Math.max(8, box.top - height - 8);
    tip.style.left = left + 'px';
    tip.style.top = top + 'px';
  }

  function hideTip() { if (tip) tip.hidden = true; }

  function markFrom(target) { return target instanceof Element ? target.closest('mark.hl') : null; }

  document.addEventListener('click', function (event) {
    var target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    var button = target.closest('button.finding');
    if (button) {
      activate(sectionOf(button), button.getAttribute('data-n'), false);
      return;
    }
    var mark = markFrom(target);
    if (mark) {
      activate(sectionOf(mark), (mark.getAttribute('data-f') || '').split(' ')[0], true);
      return;
    }
    var link = target.closest('a.file-link');
    if (link) {
      var section = document.getElementById((link.getAttribute('href') || '').slice(1));
      if (section) open(section);
      return;
    }
    var sort = target.closest('button.sort');
    if (sort) sortBy(sort);
    var toggle = target.closest('button[data-toggle]');
    if (toggle) {
      var expand = toggle.getAttribute('data-toggle') === 'open';
      document.querySelectorAll('section.article > details').forEach(function (details) { details.open = expand; });
    }
  });

  document.addEventListener('keydown', function (event) {
    var mark = markFrom(event.target);
    if (mark && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      activate(sectionOf(mark), (mark.getAttribute('data-f') || '').split(' ')[0], true);
      return;
    }
    if (event.key === 'Escape') { hideTip(); return; }
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'j' || event.key === 'k') {
      var buttons = Array.prototype.slice.call(document.querySelectorAll('button.finding'));
      if (buttons.length === 0) return;
      var current = buttons.indexOf(document.activeElement);
      if (current < 0 && activeFile !== null) current = buttons.indexOf(item(activeFile, activeNumber));
      var next = event.key === 'j' ? current + 1 : current - 1;
      if (current < 0) next = event.key === 'j' ? 0 : buttons.length - 1;
      var button = buttons[Math.max(0, Math.min(buttons.length - 1, next))];
      open(sectionOf(button));
      button.focus({ preventScroll: true });
      activate(sectionOf(button), button.getAttribute('data-n'), false);
    }
  });

  document.addEventListener('mouseover', function (event) {
    var mark = markFrom(event.target);
    if (mark) showTip(mark);
  });
  document.addEventListener('mouseout', function (event) {
    if (markFrom(event.target) && !markFrom(event.relatedTarget)) hideTip();
  });
  document.addEventListener('focusin', function (event) {
    var mark = markFrom(event.target);
    if (mark) showTip(mark);
    else hideTip();
  });
  window.addEventListener('scroll', hideTip, { passive: true });

  function sortBy(button) {
    var header = button.closest('th');
    var table = button.closest('table');
    var body = table.tBodies[0];
    var column = Array.prototype.indexOf.call(header.parentNode.children, header);
    var numeric = header.classList.contains('num');
    var descending = header.getAttribute('aria-sort') === 'descending' ? false
      : header.getAttribute('aria-sort') === 'ascending' ? true : numeric;
    table.querySelectorAll('th[aria-sort]').forEach(function (th) { th.removeAttribute('aria-sort'); });
    header.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
    var rows = Array.prototype.slice.call(body.rows);
    function key(row) {
      var cell = row.cells[column];
      var value = cell ? cell.getAttribute('data-sort') : null;
      return value === null ? (cell ? cell.textContent : '') : value;
    }
    rows.sort(function (a, b) {
      var x = key(a);
      var y = key(b);
      if (numeric) {
        // Cells without a number sort last either way.
        if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1;
        return descending ? Number(y) - Number(x) : Number(x) - Number(y);
      }
      var order = x.localeCompare(y);
      return descending ? -order : order;
    });
    body.replaceChildren.apply(body, rows);
  }

  // Printing shows every article, whatever was folded on screen.
  var folded = [];
  window.addEventListener('beforeprint', function () {
    folded = Array.prototype.filter.call(document.querySelectorAll('section.article > details'), function (d) { return !d.open; });
    folded.forEach(function (details) { details.open = true; });
  });
  window.addEventListener('afterprint', function () {
    folded.forEach(function (details) { details.open = false; });
    folded = [];
  });

  if (location.hash) {
    var target = document.getElementById(location.hash.slice(1));
    if (target && target.matches('section.article')) open(target);
  }
})();
`;
