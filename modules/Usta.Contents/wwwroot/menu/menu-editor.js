// The menu editor's move buttons. Without this script an editor sets each row's level and position;
// with it, buttons move a row up or down, in or out, and the positions are renumbered to match.
(function () {
  'use strict';

  function rows(list) { return Array.prototype.slice.call(list.querySelectorAll(':scope > [data-menu-row]')); }

  function depthOf(row) { return parseInt(row.querySelector('[data-menu-depth]').value, 10) || 1; }

  function setDepth(row, depth) {
    row.querySelector('[data-menu-depth]').value = String(depth);
    row.dataset.depth = String(depth);
  }

  function renumber(list) {
    rows(list).forEach(function (row, index) {
      row.querySelector('[data-menu-position]').value = String((index + 1) * 10);
    });
  }

  function button(text, action) {
    var b = document.createElement('button');
    b.type = 'button';
    b.textContent = text;
    b.dataset.menuMove = action;
    return b;
  }

  function setUp(editor) {
    var list = editor.querySelector('.menu-rows');
    if (!list) return;
    var labels = { up: editor.dataset.labelUp, down: editor.dataset.labelDown, in: editor.dataset.labelIn, out: editor.dataset.labelOut };
    rows(list).forEach(function (row) {
      var moves = document.createElement('div');
      moves.className = 'menu-row-moves';
      ['up', 'down', 'in', 'out'].forEach(function (action) { moves.append(button(labels[action], action)); });
      row.querySelector('fieldset').append(moves);
      row.querySelector('[data-menu-depth]').addEventListener('change', function () { row.dataset.depth = this.value; });
    });
    list.addEventListener('click', function (event) {
      var target = event.target.closest('[data-menu-move]');
      if (!target) return;
      var row = target.closest('[data-menu-row]');
      var all = rows(list);
      var index = all.indexOf(row);
      var depth = depthOf(row);
      switch (target.dataset.menuMove) {
        case 'up':
          if (index > 0) list.insertBefore(row, all[index - 1]);
          break;
        case 'down':
          if (index < all.length - 1) list.insertBefore(all[index + 1], row);
          break;
        case 'in':
          if (index > 0 && depth < 3 && depth <= depthOf(all[index - 1])) setDepth(row, depth + 1);
          break;
        case 'out':
          if (depth > 1) setDepth(row, depth - 1);
          break;
      }
      renumber(list);
      target.focus();
    });
  }

  document.querySelectorAll('[data-menu-editor]').forEach(setUp);
})();
