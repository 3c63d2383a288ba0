// Live search for the content picker. Without this script the typed title is resolved on save;
// with it, matches appear while typing and a click adds the item to the list (as a hidden id).
(function () {
  if (window.ustaContentPicker) return;
  window.ustaContentPicker = true;

  function setUp(box) {
    var query = box.querySelector('[data-picker-query]');
    var results = box.querySelector('[data-picker-results]');
    var list = box.querySelector('ul.picked');
    var name = query.name.replace(/\.Add$/, '.ContentItemIds');
    var timer = null;

    function add(id, title) {
      if (box.dataset.pickerMultiple !== 'true') list.innerHTML = '';
      if (list.querySelector('li[data-id="' + CSS.escape(id) + '"]')) return;
      var li = document.createElement('li');
      li.dataset.id = id;
      var hidden = document.createElement('input');
      hidden.type = 'hidden';
      hidden.name = name;
      hidden.value = id;
      var span = document.createElement('span');
      span.className = 'picked-title';
      span.textContent = title;
      li.append(hidden, span);
      list.append(li);
      query.value = '';
      results.innerHTML = '';
    }

    function search() {
      var q = query.value.trim();
      if (q.length < 2) { results.innerHTML = ''; return; }
      var url = box.dataset.pickerUrl + '?fragment=true&q=' + encodeURIComponent(q) + '&types=' + encodeURIComponent(box.dataset.pickerTypes || '');
      fetch(url, { credentials: 'same-origin' })
        .then(function (r) { return r.ok ? r.text() : ''; })
        .then(function (html) {
          results.innerHTML = html;
          results.querySelectorAll('button[data-id]').forEach(function (button) {
            button.type = 'button';
            button.addEventListener('click', function () { add(button.dataset.id, button.dataset.title); query.focus(); });
          });
        });
    }

    query.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(search, 250); });
  }

  function start() { document.querySelectorAll('[data-content-picker]').forEach(setUp); }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
})();
