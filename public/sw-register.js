// Offline reading: registers /sw.js (scripts/service-worker.ts) and sets <html data-offline> (the notice) while offline.
(function (n, h) {
  var w = n.serviceWorker;
  if (!w) return;
  function mark(e) {
    if (!n.onLine) h.setAttribute('data-offline', '');
    else if (e) h.removeAttribute('data-offline');
  }
  addEventListener('online', mark);
  addEventListener('offline', mark);
  mark();
  // The worker's first take-over: it keeps what the page loaded before.
  w.addEventListener('controllerchange', function () {
    var urls = performance.getEntriesByType('resource').map(function (r) {
      return r.name;
    });
    if (w.controller) w.controller.postMessage({ keep: urls.concat(location.href) });
  });
  addEventListener('load', function () {
    w.register('/sw.js').catch(function () {});
  });
})(navigator, document.documentElement);
