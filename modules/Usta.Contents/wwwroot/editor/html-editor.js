// The body editor: Jodit over every textarea[data-html-editor]. The textarea stays the form field
// (and is all there is without JavaScript); Jodit writes its HTML back into it. Labels come from
// the page (#html-editor-config, rendered from the module's strings), so they stay Vietnamese.
// Whatever is pasted or typed, the server sanitises the HTML on save.
(() => {
  'use strict';

  const config = document.getElementById('html-editor-config');
  if (!config || !window.Jodit) return;
  const labels = JSON.parse(config.dataset.labels);
  const joditLabels = JSON.parse(config.dataset.jodit);
  const browseUrl = config.dataset.browseUrl;
  const mediaPrefix = config.dataset.mediaPrefix;
  window.Jodit.lang.vi = joditLabels;

  function mediaUrl(path) {
    return mediaPrefix + '/' + path.split('/').map(encodeURIComponent).join('/');
  }

  // <figure><img src alt><figcaption>…</figcaption></figure>, built as elements so that texts stay texts.
  function figure(path, alt, caption) {
    const figureElement = document.createElement('figure');
    const img = document.createElement('img');
    img.setAttribute('src', mediaUrl(path));
    img.setAttribute('alt', alt);
    figureElement.append(img);
    if (caption) {
      const figcaption = document.createElement('figcaption');
      figcaption.textContent = caption;
      figureElement.append(figcaption);
    }
    return figureElement.outerHTML;
  }

  // One dialog for the page: the media library (the picker's Browse page), then alt text and caption.
  function mediaDialog() {
    let dialog = document.getElementById('html-editor-media');
    if (dialog) return dialog;
    dialog = document.createElement('dialog');
    dialog.id = 'html-editor-media';
    dialog.className = 'html-editor-media';
    dialog.setAttribute('aria-label', labels.library);
    dialog.innerHTML = `
      <div data-browse></div>
      <form method="dialog" data-figure hidden novalidate>
        <p><img data-preview alt="" width="160"> <span data-path></span></p>
        <p><label for="html-editor-alt"></label><br><input id="html-editor-alt" name="alt" required maxlength="1000" aria-describedby="html-editor-alt-error"></p>
        <p><label for="html-editor-caption"></label><br><input id="html-editor-caption" name="caption" maxlength="1000"></p>
        <p class="error" id="html-editor-alt-error" data-alt-error role="alert" hidden></p>
        <button type="submit" value="insert" data-insert></button>
        <button type="button" data-back></button>
      </form>
      <button type="button" data-close></button>`;
    dialog.querySelector('label[for=html-editor-alt]').textContent = labels.alt;
    dialog.querySelector('label[for=html-editor-caption]').textContent = labels.caption;
    dialog.querySelector('[data-insert]').textContent = labels.insert;
    dialog.querySelector('[data-back]').textContent = labels.back;
    dialog.querySelector('[data-close]').textContent = labels.close;
    dialog.querySelector('[data-alt-error]').textContent = labels.altRequired;
    document.body.append(dialog);
    return dialog;
  }

  // A figure cannot sit inside a paragraph or a heading (the HTML parser would split them): it goes
  // after the caret's block, or in place of an empty one; in a table cell or a list item, at the caret.
  function insertFigure(editor, html) {
    editor.s.restore();
    const current = editor.s.current();
    const element = current && (current.nodeType === Node.ELEMENT_NODE ? current : current.parentElement);
    const block = element && element.closest('p, h1, h2, h3, h4, h5, h6');
    if (block && editor.editor.contains(block)) {
      if (block.textContent.trim() === '' && !block.querySelector('img')) {
        block.insertAdjacentHTML('afterend', html);
        block.remove();
      } else {
        block.insertAdjacentHTML('afterend', html);
      }
    } else {
      editor.s.insertHTML(html);
    }
    editor.synchronizeValues();
  }

  function chooseImage(editor) {
    const dialog = mediaDialog();
    const browse = dialog.querySelector('[data-browse]');
    const form = dialog.querySelector('[data-figure]');
    const altError = dialog.querySelector('[data-alt-error]');
    const controller = new AbortController();
    const signal = controller.signal;
    editor.s.save();

    async function load(url) {
      const response = await fetch(url, { credentials: 'same-origin' });
      browse.innerHTML = response.ok ? await response.text() : '';
      browse.hidden = false;
      form.hidden = true;
    }

    function pick(path, thumbnail, alt) {
      form.dataset.path = path;
      form.querySelector('[data-path]').textContent = path;
      const preview = form.querySelector('[data-preview]');
      preview.hidden = !thumbnail;
      if (thumbnail) preview.src = thumbnail;
      form.elements.alt.value = alt || '';
      form.elements.caption.value = '';
      altError.hidden = true;
      browse.hidden = true;
      form.hidden = false;
      form.elements.alt.focus();
    }

    browse.addEventListener('click', event => {
      const link = event.target.closest('a[data-browse-link]');
      if (link) {
        event.preventDefault();
        load(link.href);
        return;
      }
      const choose = event.target.closest('button[data-choose]');
      if (choose && choose.dataset.image === 'true') pick(choose.dataset.path, choose.dataset.thumb, choose.dataset.alt);
    }, { signal });
    browse.addEventListener('submit', event => {
      const search = event.target.closest('form[data-browse-search]');
      if (!search) return;
      event.preventDefault();
      load(search.action + '?' + new URLSearchParams(new FormData(search)).toString());
    }, { signal });
    form.addEventListener('submit', event => {
      const alt = form.elements.alt.value.trim();
      if (!alt) {
        event.preventDefault();
        altError.hidden = false;
        form.elements.alt.focus();
        return;
      }
      insertFigure(editor, figure(form.dataset.path, alt, form.elements.caption.value.trim()));
    }, { signal });
    dialog.querySelector('[data-back]').addEventListener('click', () => load(browseUrl), { signal });
    dialog.querySelector('[data-close]').addEventListener('click', () => dialog.close(), { signal });
    dialog.addEventListener('close', () => controller.abort(), { once: true });

    dialog.showModal();
    load(browseUrl);
  }

  function enhance(textarea) {
    const editor = window.Jodit.make(textarea, {
      language: 'vi',
      i18n: { vi: joditLabels },
      theme: 'default',
      minHeight: 320,
      toolbarAdaptive: false,
      toolbarSticky: false,
      showCharsCounter: false,
      showWordsCounter: false,
      showXPathInStatusbar: false,
      // No external helpers (Ace, beautifiers from a CDN): the site's CSP allows scripts from itself only.
      sourceEditor: 'area',
      beautifyHTML: false,
      // Paste from Word or a web page: keep the structure, drop the styles; the server sanitises again.
      askBeforePasteFromWord: false,
      askBeforePasteHTML: false,
      defaultActionOnPasteFromWord: 'insert_clear_html',
      defaultActionOnPaste: 'insert_clear_html',
      uploader: { insertImageAsBase64URI: false },
      link: { noFollowCheckbox: false },
      controls: {
        paragraph: { list: { p: 'Normal', h2: 'Heading 2', h3: 'Heading 3', h4: 'Heading 4', blockquote: 'Quote' } },
        mediaImage: { icon: 'image', tooltip: labels.image, exec: chooseImage },
      },
      buttons: ['paragraph', '|', 'bold', 'italic', '|', 'ul', 'ol', '|', 'link', 'table', 'mediaImage', '|', 'undo', 'redo', '|', 'source'],
    });
    // The textarea is what the form posts: make sure it holds the last keystroke. Jodit's own
    // synchronizeValues() is debounced, so a quick click on Save could post the text without its
    // last characters; read the editor's value and write it now.
    textarea.form?.addEventListener('submit', () => { textarea.value = editor.value; });
    editor.container.dataset.test = 'html-editor';
    return editor;
  }

  document.addEventListener('DOMContentLoaded', () => document.querySelectorAll('textarea[data-html-editor]').forEach(enhance));
})();
