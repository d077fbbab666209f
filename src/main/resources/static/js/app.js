// ReformTrack page behaviour. Loaded as a file: the Content-Security-Policy allows no inline script.
(function () {
  'use strict';

  function csrf() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    return token && header ? { header: header.content, token: token.content } : null;
  }

  // htmx requests carry the CSRF token like every form does.
  document.addEventListener('htmx:configRequest', function (event) {
    var c = csrf();
    if (c) {
      event.detail.headers[c.header] = c.token;
    }
  });

  // An htmx request that fails shows a visible message instead of silently doing nothing.
  document.addEventListener('htmx:responseError', function () {
    var box = document.getElementById('htmx-error');
    if (box) {
      box.classList.remove('d-none');
    }
  });

  // Forms and buttons with data-confirm ask before they act.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var message = form.getAttribute('data-confirm');
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  });

  // Selects with data-autosubmit submit their form when changed (filters).
  document.addEventListener('change', function (event) {
    var target = event.target;
    if (target.matches && target.matches('[data-autosubmit]') && target.form) {
      target.form.requestSubmit ? target.form.requestSubmit() : target.form.submit();
    }
  });
})();
