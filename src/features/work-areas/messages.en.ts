import type { BaseOf, EnglishOf } from '../../i18n/i18n';
import type { workAreaMessages } from './messages';

export const en: { workArea: EnglishOf<BaseOf<typeof workAreaMessages>> } = {
  workArea: {
    loadingTitle: 'Field of action',
    kicker: 'Field of action',
    notFoundTitle: 'Field of action not found',
    notFoundText: 'There is no field of action “{id}” in this plan. The link may be out of date.',
    backToOverview: 'Back to the overview',
    statusLabel: 'Measures by status',
    progress: 'Average progress: {percent}',
    openList: 'Open in the measures list (filter, sort, export)',
    measuresHeading: 'Measures by status',
    measuresEmpty: 'No measures have been assigned to this field of action yet.',
    progressOf: '{percent} done',
    indicatorsHeading: 'Indicators',
    indicatorsEmpty: 'No indicators are recorded for this field of action.',
    milestonesHeading: 'Milestones',
    milestonesIntro: 'Open milestones relative to the data date {date}.',
    overdueHeading: 'Overdue',
    overdueEmpty: 'No overdue milestones.',
    upcomingHeading: 'Due soon (next six months)',
    upcomingEmpty: 'No milestone is due in the next six months.',
    dueOn: 'due {date}',
    overdueBy: { one: 'overdue by {count} day', other: 'overdue by {count} days' },
    dueIn: { one: 'in {count} day', other: 'in {count} days' },
    dueToday: 'due on the data date',
    needsPlan: 'Without the plan (data date) it cannot be said what is overdue. The error is shown at the top of the page.',
  },
};
