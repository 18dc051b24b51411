// Runs in every bench page before its own scripts (Playwright init script), identical for the
// dashboard and the floor. "Ready" is the first frame after which every work-area card shows its
// count (overview) or the first table row is in the DOM (list), timed after that frame was
// painted: a requestAnimationFrame callback sees the DOM of the coming frame, and a message posted
// from it runs after the frame's paint.
(() => {
  const bench = { ready: 0, longTasks: [], samples: [] };
  window.__bench = bench;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });

  const afterPaint = (callback) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => callback(performance.now());
      channel.port2.postMessage(0);
    });

  const isReady = () => {
    if (location.pathname.startsWith('/massnahmen')) {
      return document.querySelector('table tbody tr:not([aria-hidden="true"])') !== null;
    }
    const cards = [...document.querySelectorAll('[data-testid="area-card"]')];
    return cards.length > 0 && cards.every((card) => card.querySelector('.area-card__figures, .area-card__empty'));
  };
  const tick = () => {
    if (isReady())
      afterPaint((now) => {
        bench.ready = now;
        // The bench waits for this message instead of polling the page (see open() in run.mjs).
        console.debug('bench:ready');
      });
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);

  /** Interaction timing: from the input event's time stamp to the painted change of the result count. */
  bench.watchCount = () => {
    const count = document.querySelector('.measures-toolbar__count');
    let start = 0;
    const mark = (event) => {
      if (event.isTrusted) start = event.timeStamp;
    };
    document.addEventListener('keydown', mark, true);
    document.addEventListener('pointerdown', mark, true);
    new MutationObserver(() => {
      if (start === 0) return;
      const from = start;
      start = 0;
      afterPaint((now) => bench.samples.push(now - from));
    }).observe(count, { childList: true, subtree: true, characterData: true });
  };
})();
