/* Claim Tracker page enhancements. Every page works without this file; it adds selection-to-quote on the
   reader, shortcuts in the review queue, citation copying and conflict lines on topic timelines. */
(function () {
  'use strict';

  var SKIPPED = '.sr-only, .claim-note';

  function codePoints(text) {
    return Array.from(text).length;
  }

  function countedTextNodes(root) {
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        return node.parentElement && node.parentElement.closest(SKIPPED) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
      }
    });
    var nodes = [];
    while (walker.nextNode()) {
      nodes.push(walker.currentNode);
    }
    return nodes;
  }

  function offsetOf(root, container, offset) {
    var boundary = document.createRange();
    boundary.setStart(container, offset);
    var total = 0;
    var nodes = countedTextNodes(root);
    for (var i = 0; i < nodes.length; i++) {
      var node = nodes[i];
      if (node === container) {
        return total + codePoints(node.data.slice(0, offset));
      }
      if (boundary.comparePoint(node, 0) > 0) {
        return total;
      }
      total += codePoints(node.data);
    }
    return total;
  }

  /** The selection inside the article body as code-point offsets and the exact words, or null. */
  function selectedQuote(root) {
    var selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
      return null;
    }
    var range = selection.getRangeAt(0);
    if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) {
      return null;
    }
    var text = Array.from(countedTextNodes(root).map(function (node) { return node.data; }).join(''));
    var start = offsetOf(root, range.startContainer, range.startOffset);
    var end = offsetOf(root, range.endContainer, range.endOffset);
    while (start < end && /\s/.test(text[start])) { start++; }
    while (end > start && /\s/.test(text[end - 1])) { end--; }
    if (start >= end) {
      return null;
    }
    return { start: start, end: end, exact: text.slice(start, end).join('') };
  }

  function enhanceReader() {
    var root = document.getElementById('article-body');
    var form = document.getElementById('claim-form');
    var button = document.getElementById('attach-selection');
    if (!root || !form || !button) {
      return;
    }
    var status = document.getElementById('attach-status');
    button.hidden = false;
    status.textContent = 'Select words in the text, then press Attach claim to quote them in the form below.';
    button.addEventListener('click', function () {
      var quote = selectedQuote(root);
      if (!quote) {
        status.textContent = 'Select words in the article text first, then press Attach claim.';
        return;
      }
      form.querySelector('[name=exact]').value = quote.exact;
      form.querySelector('[name=start]').value = quote.start;
      form.querySelector('[name=end]').value = quote.end;
      status.textContent = 'Quote filled in from your selection (' + quote.exact.length + ' characters). Add the speaker and statement.';
      var speaker = form.querySelector('[name=speaker]');
      speaker.scrollIntoView({ block: 'center' });
      speaker.focus();
    });
    form.querySelector('[name=exact]').addEventListener('input', function () {
      form.querySelector('[name=start]').value = '';
      form.querySelector('[name=end]').value = '';
    });
  }

  function typing(target) {
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  function enhanceQueue() {
    var list = document.querySelector('ol.flags');
    if (!list) {
      return;
    }
    var help = document.getElementById('shortcut-help');
    if (help) {
      help.hidden = false;
    }
    function flags() {
      return Array.from(list.querySelectorAll('li.flag'));
    }
    function current() {
      var active = document.activeElement && document.activeElement.closest('li.flag');
      return active || list.querySelector('li.flag.current') || flags()[0];
    }
    function select(flag) {
      if (!flag) {
        return;
      }
      flags().forEach(function (each) { each.classList.remove('current'); });
      flag.classList.add('current');
      flag.setAttribute('tabindex', '-1');
      flag.focus();
      flag.scrollIntoView({ block: 'nearest' });
    }
    function step(direction) {
      var all = flags();
      var at = all.indexOf(current());
      select(all[Math.min(all.length - 1, Math.max(0, at + direction))]);
    }
    document.addEventListener('keydown', function (event) {
      var target = event.target;
      if (event.key === 'Enter' && target && target.matches && target.matches('li.flag select[name=reason]')) {
        var dismiss = target.form && target.form.querySelector('button[value=DISMISS]');
        if (dismiss) {
          event.preventDefault();
          dismiss.click();
        }
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) {
        return;
      }
      var flag = current();
      var handled = true;
      switch (event.key) {
        case 'j': case 'n': step(1); break;
        case 'k': case 'p': step(-1); break;
        case 'c': {
          var confirm = flag && flag.querySelector('button[value=CONFIRM]');
          if (confirm) { confirm.click(); } else { handled = false; }
          break;
        }
        case 'd': {
          var reason = flag && flag.querySelector('select[name=reason]');
          if (reason) { reason.focus(); } else { handled = false; }
          break;
        }
        case 'r': {
          var note = flag && flag.querySelector('input[id^=resolve-note]');
          if (note) { note.focus(); } else { handled = false; }
          break;
        }
        case 'o': {
          var reopen = flag && flag.querySelector('button[value=REOPEN]');
          if (reopen) { reopen.click(); } else { handled = false; }
          break;
        }
        default: handled = false;
      }
      if (handled) {
        event.preventDefault();
      }
    });
    document.body.addEventListener('htmx:afterSwap', function (event) {
      var swapped = event.detail && event.detail.elt;
      var flag = swapped && swapped.id ? document.getElementById(swapped.id) : null;
      if (flag && flag.matches('li.flag')) {
        select(flag);
      }
    });
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    var scratch = document.createElement('textarea');
    scratch.value = text;
    scratch.setAttribute('readonly', '');
    scratch.className = 'sr-only';
    document.body.appendChild(scratch);
    scratch.select();
    var copied = document.execCommand('copy');
    document.body.removeChild(scratch);
    return copied ? Promise.resolve() : Promise.reject(new Error('copy refused'));
  }

  function enhanceCopyButtons() {
    document.addEventListener('click', function (event) {
      var button = event.target.closest && event.target.closest('button[data-copy]');
      if (!button) {
        return;
      }
      var source = document.getElementById(button.getAttribute('data-copy'));
      var status = button.nextElementSibling;
      var text = source ? (source.value !== undefined ? source.value : source.textContent) : '';
      copyText(text).then(function () {
        status.textContent = 'Citation copied.';
      }, function () {
        status.textContent = 'Copying was refused by the browser; select the text and copy it.';
      });
    });
    Array.from(document.querySelectorAll('button[data-copy]')).forEach(function (button) { button.hidden = false; });
    document.body.addEventListener('htmx:afterSwap', function () {
      Array.from(document.querySelectorAll('button[data-copy]')).forEach(function (button) { button.hidden = false; });
    });
  }

  function drawConflictLines() {
    var board = document.querySelector('.timeline-board');
    if (!board) {
      return;
    }
    var svgNs = 'http://www.w3.org/2000/svg';
    var svg = document.createElementNS(svgNs, 'svg');
    svg.setAttribute('class', 'conflict-lines');
    svg.setAttribute('aria-hidden', 'true');
    board.insertBefore(svg, board.firstChild);
    function centre(element, origin) {
      var box = element.getBoundingClientRect();
      return { x: box.left + box.width / 2 - origin.left + board.scrollLeft,
               y: box.top + box.height / 2 - origin.top + board.scrollTop };
    }
    function draw() {
      while (svg.firstChild) {
        svg.removeChild(svg.firstChild);
      }
      var origin = board.getBoundingClientRect();
      svg.setAttribute('width', board.scrollWidth);
      svg.setAttribute('height', board.scrollHeight);
      var drawn = {};
      Array.from(board.querySelectorAll('a.link-out[data-from][data-to]')).forEach(function (link) {
        var from = link.getAttribute('data-from');
        var to = link.getAttribute('data-to');
        var key = [from, to].sort().join('-');
        var a = document.getElementById('claim-' + from);
        var b = document.getElementById('claim-' + to);
        if (drawn[key] || !a || !b) {
          return;
        }
        drawn[key] = true;
        var p = centre(a, origin);
        var q = centre(b, origin);
        var line = document.createElementNS(svgNs, 'line');
        line.setAttribute('x1', p.x);
        line.setAttribute('y1', p.y);
        line.setAttribute('x2', q.x);
        line.setAttribute('y2', q.y);
        line.setAttribute('class', 'conflict-line ' + (link.getAttribute('data-state') || 'open'));
        svg.appendChild(line);
      });
    }
    draw();
    window.addEventListener('resize', draw);
  }

  document.addEventListener('DOMContentLoaded', function () {
    enhanceReader();
    enhanceQueue();
    enhanceCopyButtons();
    drawConflictLines();
  });
}());
