// ReformTrack planning forms. Loaded as a file: the Content-Security-Policy allows no inline script.
(function () {
  'use strict';

  function valueOf(form, name) {
    var checked = form.querySelector('input[name="' + name + '"]:checked');
    if (checked) {
      return checked.value;
    }
    var field = form.querySelector('[name="' + name + '"]');
    return field ? field.value : '';
  }

  // Parts of a form shown only for some answers: data-when-<field>="VALUE" shows, data-unless-<field> hides.
  var RULES = [
    { attribute: 'data-when-deadline', field: 'deadlineKind', show: true },
    { attribute: 'data-when-comparison', field: 'comparison', show: true },
    { attribute: 'data-when-metric', field: 'metric', show: true },
    { attribute: 'data-unless-metric', field: 'metric', show: false }
  ];

  function refresh(form) {
    RULES.forEach(function (rule) {
      form.querySelectorAll('[' + rule.attribute + ']').forEach(function (part) {
        var matches = valueOf(form, rule.field) === part.getAttribute(rule.attribute);
        part.classList.toggle('d-none', rule.show ? !matches : matches);
      });
    });
    // TOP_N has no comparison, hence no range either.
    var metric = valueOf(form, 'metric');
    var range = form.querySelector('[data-when-comparison]');
    if (range && metric === 'TOP_N') {
      range.classList.add('d-none');
    }
  }

  document.querySelectorAll('[data-task-form], [data-target-form]').forEach(function (form) {
    refresh(form);
    form.addEventListener('change', function () {
      refresh(form);
    });
  });

  // A search box above a long multi-select hides the options that do not contain its words (without diacritics).
  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
      .toLowerCase().replace(/\s+/g, ' ').trim();
  }

  document.querySelectorAll('[data-filter-for]').forEach(function (box) {
    var select = document.getElementById(box.getAttribute('data-filter-for'));
    if (!select) {
      return;
    }
    box.addEventListener('input', function () {
      var words = fold(box.value);
      select.querySelectorAll('option').forEach(function (option) {
        option.hidden = words !== '' && !option.selected && fold(option.textContent).indexOf(words) < 0;
      });
    });
  });
})();
