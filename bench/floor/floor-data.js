// What the floor pages compute from the API's JSON, shared by the hand-written floor (floor.js) and
// its React twin (react-floor/): the same requests, the same figures and words, so that the two
// differ only in how they draw them.
const api = '/api/v1';
const nf = new Intl.NumberFormat('de-DE');
const pf = new Intl.NumberFormat('de-DE', { style: 'percent', maximumFractionDigits: 0 });

const get = (path) => fetch(api + path, { headers: { Accept: 'application/json' } }).then((r) => r.json());

export const onListPage = () => location.pathname.startsWith('/massnahmen');

/** The work areas in their order, each with its card's line "N Maßnahmen · Fortschritt P". */
export async function overviewData() {
  const [, areas, measures] = await Promise.all([get('/plan'), get('/work-areas'), get('/measures'), get('/meetings')]);
  const stats = new Map(areas.map((a) => [a.id, { total: 0, progress: 0 }]));
  for (const m of measures) {
    const s = stats.get(m.workAreaId);
    if (s) {
      s.total += 1;
      s.progress += m.progress;
    }
  }
  return [...areas]
    .sort((a, b) => a.order - b.order)
    .map((area) => {
      const s = stats.get(area.id);
      const progress = s.total ? pf.format(s.progress / s.total / 100) : '–';
      return { id: area.id, name: area.name, figures: `${nf.format(s.total)} Maßnahmen · Fortschritt ${progress}` };
    });
}

export const listHeadings = ['Nr.', 'Titel', 'Handlungsfeld', 'Status', 'Fortschritt'];

/** The list's count line and, like the dashboard's virtualised table, only the first 30 rows by id. */
export async function listData() {
  const [measures, areas] = await Promise.all([get('/measures'), get('/work-areas'), get('/plan')]);
  const names = new Map(areas.map((a) => [a.id, a.name]));
  const sorted = [...measures].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    count: `${nf.format(sorted.length)} von ${nf.format(sorted.length)} Maßnahmen`,
    rows: sorted
      .slice(0, 30)
      .map((m) => [m.id, m.title, names.get(m.workAreaId) ?? m.workAreaId, m.status, pf.format(m.progress / 100)]),
  };
}
