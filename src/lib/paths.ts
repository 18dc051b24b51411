/** Every route of the app, in one place, so links between features cannot drift. German slugs. */
export const paths = {
  overview: '/',
  workArea: (id: string) => `/handlungsfelder/${encodeURIComponent(id)}`,
  measures: '/massnahmen',
  measure: (id: string) => `/massnahmen/${encodeURIComponent(id)}`,
  meetings: '/spitzengespraeche',
  presentation: '/praesentation',
  report: '/bericht',
  about: '/ueber',
  accessibility: '/barrierefreiheit',
  easyRead: '/leichte-sprache',
} as const;
