// Title suggestions under the header's search box: the ARIA 1.2 combobox pattern over the plain
// GET form, which keeps working when this script does not run. Shown words come from the form's
// data-* attributes (rendered from the strings table), never from this file.
(function () {
  'use strict';
  var form = document.querySelector('form.search-box[data-suggest-url]');
  if (!form || !window.fetch || !window.AbortController) return;
  var input = form.querySelector('input[name="q"]');
  if (!input) return;

  var listId = input.id + '-suggestions';
  var list = document.createElement('ul');
  list.id = listId;
  list.className = 'search-suggestions';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', form.getAttribute('data-suggest-label') || '');
  list.setAttribute('data-test', 'search-suggestions');
  list.hidden = true;
  var live = document.createElement('div');
  live.className = 'visually-hidden';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  live.setAttribute('data-test', 'search-suggestions-status');
  form.appendChild(list);
  form.appendChild(live);

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listId);

  var url = form.getAttribute('data-suggest-url');
  var items = [];
  var active = -1;
  var timer = 0;
  var request = null;
  var shownFor = null;

  function announce(count) {
    live.textContent = count > 0
      ? (form.getAttribute('data-suggest-count') || '{0}').replace('{0}', String(count))
      : form.getAttribute('data-suggest-none') || '';
  }

  function isOpen() { return !list.hidden; }

  function open() {
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    setActive(-1);
  }

  function setActive(index) {
    active = index;
    var options = list.children;
    for (var i = 0; i < options.length; i++) options[i].setAttribute('aria-selected', i === index ? 'true' : 'false');
    if (index < 0) { input.removeAttribute('aria-activedescendant'); return; }
    input.setAttribute('aria-activedescendant', options[index].id);
    if (options[index].scrollIntoView) options[index].scrollIntoView({ block: 'nearest' });
  }

  // Only the site's own paths: a suggestion never sends the reader elsewhere.
  function go(target) {
    if (typeof target === 'string' && target.charAt(0) === '/' && target.charAt(1) !== '/') window.location.assign(target);
  }

  function render(suggestions) {
    items = Array.isArray(suggestions) ? suggestions : [];
    list.textContent = '';
    items.forEach(function (item, index) {
      var option = document.createElement('li');
      option.id = listId + '-' + index;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      var title = document.createElement('span');
      title.textContent = item.title;
      option.appendChild(title);
      if (item.date) {
        var date = document.createElement('span');
        date.className = 'search-suggestion-date';
        date.textContent = item.date;
        option.appendChild(date);
      }
      // Keep the focus in the box while the pointer is down, so the click lands.
      option.addEventListener('mousedown', function (event) { event.preventDefault(); });
      option.addEventListener('click', function () { go(item.url); });
      list.appendChild(option);
    });
    active = -1;
    input.removeAttribute('aria-activedescendant');
    if (items.length > 0) open(); else close();
    announce(items.length);
  }

  function load() {
    var typed = input.value.trim();
    if (typed === shownFor) return;
    if (request) request.abort();
    if (typed.length < 2 || typed.length > 100) {
      request = null;
      shownFor = null;
      items = [];
      list.textContent = '';
      close();
      return;
    }
    var current = new AbortController();
    request = current;
    fetch(url + '?q=' + encodeURIComponent(typed), { signal: current.signal, headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (suggestions) {
        if (request !== current) return; // a newer request answers instead
        request = null;
        shownFor = typed;
        render(suggestions);
      })
      .catch(function () { /* aborted or offline: the plain form still works */ });
  }

  input.addEventListener('input', function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(load, 150);
  });

  input.addEventListener('keydown', function (event) {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        if (items.length === 0) return;
        event.preventDefault();
        if (!isOpen()) { open(); setActive(event.key === 'ArrowDown' ? 0 : items.length - 1); return; }
        var step = event.key === 'ArrowDown' ? 1 : -1;
        setActive(active < 0 ? (step > 0 ? 0 : items.length - 1) : (active + step + items.length) % items.length);
        return;
      case 'Enter':
        if (isOpen() && active >= 0) {
          event.preventDefault();
          go(items[active].url);
        }
        return; // without a chosen option, the form submits as usual
      case 'Escape':
        event.preventDefault();
        if (isOpen()) { close(); return; }
        input.value = '';
        shownFor = null;
        items = [];
        list.textContent = '';
        return;
    }
  });

  input.addEventListener('blur', function () { if (isOpen()) close(); });
})();
