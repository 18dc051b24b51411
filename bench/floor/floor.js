// The floor of the bench: a hand-written page without framework, router or validation that fetches
// the same JSON as the dashboard and draws the same figures (work-area cards with their counts and
// progress; the measures list's count and its first rows). The dashboard's "ready" against this
// page's is the ratio bench/run.mjs prints. It reuses the dashboard's test ids and class names only
// so that one "ready" check fits both pages.
const api = '/api/v1';
const main = document.getElementById('main');
const nf = new Intl.NumberFormat('de-DE');
const pf = new Intl.NumberFormat('de-DE', { style: 'percent', maximumFractionDigits: 0 });

const get = (path) => fetch(api + path, { headers: { Accept: 'application/json' } }).then((r) => r.json());

function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

async function overview() {
  const [, areas, measures] = await Promise.all([get('/plan'), get('/work-areas'), get('/measures'), get('/meetings')]);
  const stats = new Map(areas.map((a) => [a.id, { total: 0, progress: 0 }]));
  for (const m of measures) {
    const s = stats.get(m.workAreaId);
    if (s) {
      s.total += 1;
      s.progress += m.progress;
    }
  }
  const list = el('ul', { className: 'cards' });
  for (const area of [...areas].sort((a, b) => a.order - b.order)) {
    const s = stats.get(area.id);
    const figures = el(
      'p',
      { className: 'area-card__figures' },
      `${nf.format(s.total)} Maßnahmen · Fortschritt ${s.total ? pf.format(s.progress / s.total / 100) : '–'}`,
    );
    list.append(el('li', {}, el('article', { className: 'area-card' }, el('h3', {}, area.name), figures)));
    list.lastElementChild.firstElementChild.dataset.testid = 'area-card';
  }
  main.replaceChildren(el('h1', {}, 'Übersicht'), list);
}

async function measuresList() {
  const [measures, areas] = await Promise.all([get('/measures'), get('/work-areas'), get('/plan')]);
  const names = new Map(areas.map((a) => [a.id, a.name]));
  const sorted = [...measures].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const body = el('tbody');
  // Like the dashboard's virtualised table: only the rows near the first screen are in the DOM.
  for (const m of sorted.slice(0, 30)) {
    body.append(
      el(
        'tr',
        {},
        el('td', {}, m.id),
        el('th', { scope: 'row' }, m.title),
        el('td', {}, names.get(m.workAreaId) ?? m.workAreaId),
        el('td', {}, m.status),
        el('td', {}, pf.format(m.progress / 100)),
      ),
    );
  }
  const head = el(
    'thead',
    {},
    el('tr', {}, ...['Nr.', 'Titel', 'Handlungsfeld', 'Status', 'Fortschritt'].map((h) => el('th', { scope: 'col' }, h))),
  );
  const count = el(
    'p',
    { className: 'measures-toolbar__count' },
    `${nf.format(sorted.length)} von ${nf.format(sorted.length)} Maßnahmen`,
  );
  main.replaceChildren(el('h1', {}, 'Maßnahmen'), count, el('table', {}, head, body));
}

(location.pathname.startsWith('/massnahmen') ? measuresList() : overview()).catch((error) => {
  main.replaceChildren(el('p', { role: 'alert' }, `Fehler: ${error.message}`));
});
