/* global document, window, XMLHttpRequest, FormData */
// @module The upload form's progress while the files are sent (served from /static/, loaded only by
// /gegevensleveringen/uploaden; no inline script, the CSP stays strict). Without it the form posts normally.
// It sends the same multipart form with XMLHttpRequest, shows the percentage sent, and then shows what the
// server answered: the status page (after its 303) or the Dutch error page (413, 415 …).
(function () {
  'use strict';
  var form = document.querySelector('form[data-upload-form]');
  var box = document.querySelector('[data-upload-progress]');
  if (!form || !box || !window.XMLHttpRequest || !window.FormData) return;
  var bar = box.querySelector('progress');
  var text = box.querySelector('[data-sending]');
  var template = text.getAttribute('data-sending') || '{percent} %';
  var show = function (percent) {
    bar.value = percent;
    text.textContent = template.replace('{percent}', String(percent));
  };
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var button = form.querySelector('button[type=submit]');
    if (button) button.disabled = true;
    box.hidden = false;
    show(0);
    var request = new XMLHttpRequest();
    request.open('POST', form.getAttribute('action'));
    request.responseType = 'document';
    request.upload.addEventListener('progress', function (e) {
      if (e.lengthComputable) show(Math.floor((e.loaded / e.total) * 100));
    });
    request.addEventListener('load', function () {
      var url = request.responseURL || '';
      if (request.status === 200 && url.indexOf('/gegevensleveringen/uploaden/') >= 0) {
        window.location.assign(url);
        return;
      }
      // An error page (in the site layout): shown in place of the form, as a normal post would.
      var page = request.responseXML;
      if (page && page.documentElement) {
        document.replaceChild(document.importNode(page.documentElement, true), document.documentElement);
      } else {
        form.submit();
      }
    });
    request.addEventListener('error', function () {
      form.submit();
    });
    request.send(new FormData(form));
  });
})();
