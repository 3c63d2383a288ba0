// The library's uploads: each file dropped or chosen is sent on its own request with its own
// progress bar; images then ask for their alternative text. Without this script the same form
// posts all files at once to /Admin/Media/Add.
(() => {
  'use strict';

  function attach(form, onUploaded) {
    if (!form || form.dataset.attached) return;
    form.dataset.attached = 'true';
    const zone = form.querySelector('.drop-zone');
    const input = form.querySelector('input[type=file]');
    const list = form.parentElement.querySelector('.upload-list');
    const token = form.querySelector('input[name="__RequestVerificationToken"]').value;
    const max = Number(form.dataset.maxSize);
    const fill = (template, name) => template.replace('{name}', name);

    function item(file) {
      const li = document.createElement('li');
      li.dataset.test = 'upload-item';
      li.dataset.name = file.name;
      const name = document.createElement('span');
      name.className = 'upload-name';
      name.textContent = file.name;
      const bar = document.createElement('progress');
      bar.max = 100;
      bar.value = 0;
      const percent = document.createElement('span');
      percent.className = 'upload-percent';
      percent.textContent = '0 %';
      const message = document.createElement('span');
      message.className = 'upload-message';
      message.setAttribute('role', 'status');
      li.append(name, bar, percent, message);
      list.append(li);
      return { li, bar, percent, message };
    }

    function altForm(view, answer) {
      const alt = document.createElement('form');
      alt.className = 'upload-alt';
      const id = 'alt-' + Math.random().toString(36).slice(2);
      const label = document.createElement('label');
      label.htmlFor = id;
      label.textContent = form.dataset.altLabel;
      const text = document.createElement('input');
      text.id = id;
      text.name = 'Value';
      text.required = true;
      text.maxLength = 1000;
      text.dataset.test = 'alt-input';
      const save = document.createElement('button');
      save.type = 'submit';
      save.textContent = form.dataset.saveLabel;
      const saved = document.createElement('span');
      saved.setAttribute('role', 'status');
      alt.append(label, text, save, saved);
      alt.addEventListener('submit', async event => {
        event.preventDefault();
        const body = new URLSearchParams({ Value: text.value, __RequestVerificationToken: token });
        const response = await fetch(form.dataset.altUrl + '&path=' + encodeURIComponent(answer.path), { method: 'POST', body, credentials: 'same-origin' });
        saved.textContent = response.ok ? form.dataset.saved : fill(form.dataset.failed, answer.name);
        if (response.ok) view.li.dataset.altSaved = 'true';
      });
      view.li.append(alt);
    }

    function upload(file) {
      const view = item(file);
      const fail = text => {
        view.li.classList.add('failed');
        view.li.dataset.state = 'failed';
        view.message.textContent = text;
      };
      if (file.size > max) return fail(fill(form.dataset.tooLarge, file.name));
      const data = new FormData();
      data.append('file', file, file.name);
      const request = new XMLHttpRequest();
      request.open('POST', form.dataset.uploadUrl);
      request.setRequestHeader('RequestVerificationToken', token);
      request.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
      request.upload.addEventListener('progress', event => {
        if (!event.lengthComputable) return;
        const value = Math.round(event.loaded * 100 / event.total);
        view.bar.value = value;
        view.percent.textContent = value + ' %';
      });
      request.addEventListener('load', () => {
        let answer = null;
        try { answer = JSON.parse(request.responseText); } catch { answer = null; }
        if (request.status !== 200 || !answer || !answer.path) return fail((answer && answer.error) || fill(form.dataset.failed, file.name));
        view.bar.value = 100;
        view.percent.textContent = '100 %';
        view.li.dataset.state = 'done';
        view.li.dataset.path = answer.path;
        if (answer.isImage && !onUploaded) altForm(view, answer);
        if (onUploaded) onUploaded(answer);
      });
      request.addEventListener('error', () => fail(fill(form.dataset.failed, file.name)));
      request.send(data);
    }

    const uploadAll = files => Array.from(files).forEach(upload);
    zone.addEventListener('dragover', event => {
      event.preventDefault();
      zone.classList.add('dragging');
    });
    zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
    zone.addEventListener('drop', event => {
      event.preventDefault();
      zone.classList.remove('dragging');
      uploadAll(event.dataTransfer.files);
    });
    input.addEventListener('change', () => {
      uploadAll(input.files);
      input.value = '';
    });
    form.addEventListener('submit', event => event.preventDefault());
  }

  window.UstaMediaUpload = { attach };
  document.addEventListener('DOMContentLoaded', () => attach(document.getElementById('upload-form')));
})();
