// Report pages (templates/reporting/report.html). Loaded as a file: the CSP allows no inline script.
// Each entry form saves itself a moment after the user stops typing (htmx, event "autosave"), after a file is linked
// or unlinked, and on its save button. The server answers with the entry's new version (swapped in out of band), or
// with the reasons it refused, or with what someone else saved meanwhile: what this user typed stays in the form.
// A long report shows its entries a page at a time; going to another page first saves what waits to be saved.
(function () {
  'use strict';

  var DELAY = 1500;
  var timers = new WeakMap();
  var waiting = new Set();

  function entryForm(element) {
    return element && element.closest ? element.closest('[data-entry-form]') : null;
  }

  function ownField(element) {
    // The upload widget's fields and the picker's search belong to no entry value.
    return !(element.closest('[data-evidence-upload]') || element.closest('[data-evidence-options]'));
  }

  function save(form) {
    clearTimeout(timers.get(form));
    waiting.delete(form);
    if (window.htmx) {
      window.htmx.trigger(form, 'autosave');
    }
  }

  function saveSoon(form) {
    clearTimeout(timers.get(form));
    waiting.add(form);
    timers.set(form, setTimeout(function () { save(form); }, DELAY));
  }

  function showCompletionDate(form) {
    var status = form.querySelector('[data-entry-status]');
    var when = form.querySelector('[data-when-done]');
    if (status && when) {
      when.classList.toggle('d-none', status.value !== 'DONE');
    }
  }

  document.addEventListener('input', function (event) {
    var form = entryForm(event.target);
    if (form && ownField(event.target)) {
      saveSoon(form);
    }
  });

  document.addEventListener('change', function (event) {
    var form = entryForm(event.target);
    if (!form || !ownField(event.target)) {
      return;
    }
    if (event.target.matches('[data-entry-status]')) {
      showCompletionDate(form);
    }
    saveSoon(form);
  });

  function saving() {
    return document.querySelector('[data-entry-form].htmx-request') !== null;
  }

  // Another page of entries is another page load: what waits to be saved is saved first, and the link is followed once
  // every save has answered, unless one was refused (its reasons stay in view with what was typed). A second click
  // goes at once.
  var leaving = null;
  var refused = false;

  function leaveAfterSaving(link, event) {
    if (leaving === link.href || (waiting.size === 0 && !saving())) {
      return;
    }
    event.preventDefault();
    leaving = link.href;
    refused = false;
    Array.from(waiting).forEach(save);
  }

  document.addEventListener('htmx:afterRequest', function (event) {
    if (leaving === null || !event.detail.elt.matches('[data-entry-form]')) {
      return;
    }
    refused = refused || !event.detail.successful;
    // Looked at once htmx is done with this answer: a save queued behind it (hx-sync) has started by then.
    setTimeout(function () {
      if (leaving === null || saving() || waiting.size > 0) {
        return;
      }
      var target = leaving;
      leaving = null;
      if (!refused) {
        window.location.assign(target);
      }
    }, 0);
  });

  document.addEventListener('click', function (event) {
    var target = event.target.closest ? event.target : null;
    if (!target) {
      return;
    }
    var pageLink = target.closest('[data-entry-page-link]');
    if (pageLink) {
      leaveAfterSaving(pageLink, event);
      return;
    }
    // "Keep what I typed": save over the other person's version, which the conflict panel names.
    var overwrite = target.closest('[data-entry-overwrite]');
    if (overwrite) {
      var form = entryForm(overwrite);
      var version = form && form.querySelector('input[name="version"]');
      if (version) {
        version.value = overwrite.getAttribute('data-version');
      }
      return;
    }
    // A file chosen from those the unit already uploaded joins the entry's files.
    var pick = target.closest('[data-pick-evidence]');
    if (pick) {
      var pickForm = entryForm(pick);
      var list = pickForm && pickForm.querySelector('[data-evidence-files]');
      var template = pick.parentElement.querySelector('template[data-linked-item]');
      var id = pick.getAttribute('data-evidence-id');
      if (list && template && !list.querySelector('[data-evidence-id="' + id + '"]')) {
        list.appendChild(template.content.cloneNode(true));
        save(pickForm);
      }
      pick.disabled = true;
      return;
    }
    // A file unlinked (evidence.js removes it) is saved without it.
    var remove = target.closest('[data-evidence-remove]');
    var removeForm = remove && entryForm(remove);
    if (removeForm) {
      setTimeout(function () { save(removeForm); }, 0);
    }
  });

  // A file uploaded through the widget inside an entry is linked at once.
  document.addEventListener('htmx:afterSwap', function (event) {
    var target = event.detail.target;
    if (target && target.matches && target.matches('[data-evidence-files]')) {
      var form = entryForm(target);
      if (form) {
        save(form);
      }
    }
  });

  // A refused save (422) or a conflict (409) is shown in the entry's status area instead of the generic error box.
  document.addEventListener('htmx:beforeSwap', function (event) {
    var form = entryForm(event.detail.requestConfig && event.detail.requestConfig.elt);
    var status = event.detail.xhr.status;
    if (form && event.detail.requestConfig.elt === form && (status === 422 || status === 409)) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-entry-form]').forEach(showCompletionDate);
  });
})();
