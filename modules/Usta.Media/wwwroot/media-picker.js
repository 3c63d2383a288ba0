// The media field picker: the library in a <dialog> (browse, search, upload in place); a chosen
// file becomes a row of the field's inputs, named as the server binds them.
(() => {
  'use strict';

  function setUp(picker) {
    // A form with several media fields includes this script once per field.
    if (picker.dataset.ready) return;
    picker.dataset.ready = 'true';
    const prefix = picker.dataset.prefix;
    const list = picker.querySelector('.media-picker-items');
    const dialog = picker.querySelector('dialog[data-dialog]');
    const content = dialog.querySelector('[data-browse]');
    // The dialog holds forms (search, upload): it cannot sit inside the editor's form.
    document.body.append(dialog);

    function renumber() {
      Array.from(list.children).forEach((row, i) => {
        row.querySelectorAll('input[data-role]').forEach(input => {
          const names = { path: 'Paths', alt: 'MediaTexts', caption: 'Captions' };
          input.name = `${prefix}.${names[input.dataset.role]}[${i}]`;
        });
      });
    }

    function input(role, label, value) {
      const wrap = document.createElement('label');
      wrap.append(label + ' ');
      const field = document.createElement('input');
      field.dataset.role = role;
      field.value = value || '';
      field.maxLength = role === 'path' ? 1024 : 1000;
      wrap.append(field);
      return { wrap, field };
    }

    function removable(row) {
      const button = row.querySelector('[data-remove]');
      if (!button) return;
      button.hidden = false;
      button.addEventListener('click', () => { row.remove(); renumber(); });
    }

    function add(file) {
      const row = document.createElement('li');
      row.className = 'media-picker-item';
      row.dataset.path = file.path;
      if (file.thumbnail) {
        const img = document.createElement('img');
        img.src = file.thumbnail;
        img.alt = '';
        img.width = 80;
        row.append(img);
      }
      const path = input('path', picker.dataset.pathLabel, file.path);
      path.field.readOnly = true;
      const alt = input('alt', picker.dataset.altLabel, file.alt);
      alt.field.required = file.isImage;
      const caption = input('caption', picker.dataset.captionLabel, '');
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.dataset.remove = '';
      remove.textContent = picker.dataset.removeLabel;
      row.append(path.wrap, alt.wrap, caption.wrap, remove);
      const empty = list.querySelector('[data-empty]');
      list.insertBefore(row, empty);
      removable(row);
      renumber();
      alt.field.focus();
    }

    async function load(url) {
      const response = await fetch(url, { credentials: 'same-origin' });
      content.innerHTML = response.ok ? await response.text() : '';
      const upload = content.querySelector('form.media-browse-upload');
      if (upload && window.UstaMediaUpload) {
        window.UstaMediaUpload.attach(upload, answer => {
          add({ path: answer.path, thumbnail: answer.isImage ? answer.thumbnail : null, isImage: answer.isImage, alt: '' });
          dialog.close();
        });
      }
    }

    content.addEventListener('click', event => {
      const link = event.target.closest('a[data-browse-link]');
      if (link) {
        event.preventDefault();
        load(link.href);
        return;
      }
      const choose = event.target.closest('button[data-choose]');
      if (choose) {
        add({ path: choose.dataset.path, thumbnail: choose.dataset.thumb || null, isImage: choose.dataset.image === 'true', alt: choose.dataset.alt });
        dialog.close();
      }
    });
    content.addEventListener('submit', event => {
      const search = event.target.closest('form[data-browse-search]');
      if (!search) return;
      event.preventDefault();
      load(search.action + '?' + new URLSearchParams(new FormData(search)).toString());
    });

    // With the dialog, the empty row for typing a path is not needed.
    const empty = list.querySelector('[data-empty]');
    if (empty) empty.hidden = true;
    list.querySelectorAll('.media-picker-item').forEach(removable);
    const open = picker.querySelector('[data-open]');
    open.hidden = false;
    open.addEventListener('click', () => {
      dialog.showModal();
      load(picker.dataset.browseUrl);
    });
    dialog.querySelector('[data-close]').addEventListener('click', () => dialog.close());
  }

  document.addEventListener('DOMContentLoaded', () => document.querySelectorAll('[data-media-picker]').forEach(setUp));
})();
