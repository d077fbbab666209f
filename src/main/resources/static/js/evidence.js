// The evidence upload widget (templates/evidence/fragments.html). Loaded as a file: the CSP allows no inline script.
// Listeners sit on the document, so widgets that htmx adds later work too.
(function () {
  'use strict';

  function widgetOf(element) {
    return element && element.closest ? element.closest('[data-evidence-upload]') : null;
  }

  function messageBox(widget) {
    return widget.querySelector('[data-evidence-message]');
  }

  function showRefusal(widget, text) {
    var box = messageBox(widget);
    var alert = document.createElement('div');
    alert.className = 'alert alert-danger py-2 mb-2';
    alert.setAttribute('role', 'alert');
    alert.setAttribute('data-evidence-refusal', '');
    alert.textContent = text;
    box.replaceChildren(alert);
  }

  // Send only the widget's own fields: htmx would add those of a form the widget sits in, and the hidden inputs of
  // files already linked. A missing or too large file is refused here, before megabytes travel for nothing; the
  // server checks again.
  document.addEventListener('htmx:configRequest', function (event) {
    var widget = widgetOf(event.detail.elt);
    if (!widget) {
      return;
    }
    var fileInput = widget.querySelector('input[type="file"][data-evidence-field]');
    var file = fileInput && fileInput.files.length > 0 ? fileInput.files[0] : null;
    if (!file) {
      showRefusal(widget, widget.getAttribute('data-no-file'));
      event.preventDefault();
      return;
    }
    if (file.size > Number(widget.getAttribute('data-max-bytes'))) {
      showRefusal(widget, widget.getAttribute('data-too-large'));
      event.preventDefault();
      return;
    }
    var data = new FormData();
    widget.querySelectorAll('[data-evidence-field]').forEach(function (field) {
      if (field.type === 'file') {
        data.append(field.name, field.files[0]);
      } else {
        data.append(field.name, field.value);
      }
    });
    event.detail.parameters = data;
  });

  // A refused upload answers 422 with the reasons: show them in the widget (htmx swaps no 4xx by default, and
  // app.js would show its generic error box).
  document.addEventListener('htmx:beforeSwap', function (event) {
    var widget = widgetOf(event.detail.requestConfig && event.detail.requestConfig.elt);
    if (!widget) {
      return;
    }
    var box = messageBox(widget);
    var status = event.detail.xhr.status;
    if (status === 422) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
      event.detail.target = box;
      event.detail.swapOverride = 'innerHTML';
    } else if (status < 300 && event.detail.target !== box) {
      box.replaceChildren();
    }
  });

  // After a stored upload the fields are emptied for the next file (the unit stays).
  document.addEventListener('htmx:afterRequest', function (event) {
    var widget = widgetOf(event.detail.elt);
    var status = event.detail.xhr ? event.detail.xhr.status : 0;
    if (!widget || status < 200 || status >= 300) {
      return;
    }
    widget.querySelectorAll('[data-evidence-field]').forEach(function (field) {
      if (field.type !== 'hidden') {
        field.value = '';
      }
    });
  });

  // The close button of a linked file unlinks it from the enclosing form; the file stays in the library.
  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('[data-evidence-remove]') : null;
    var item = button ? button.closest('[data-evidence-item]') : null;
    if (item) {
      item.remove();
    }
  });
})();
