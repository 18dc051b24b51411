import type { BaseOf, EnglishOf } from '../../i18n/i18n';
import type { a11yMessages, aboutMessages, easyReadMessages } from './messages';

export const en: {
  about: EnglishOf<BaseOf<typeof aboutMessages>>;
  a11y: EnglishOf<BaseOf<typeof a11yMessages>>;
  easyRead: EnglishOf<BaseOf<typeof easyReadMessages>>;
} = {
  easyRead: {
    title: 'Easy Read',
    intro: 'Here we explain this website in easy words.',
    whatTitle: 'What is the Masterplan Handwerk?',
    what1: '{city} is a city.',
    what2: 'There are many craft businesses in {city}.',
    what2NoCity: 'There are many craft businesses in our city.',
    what3: 'For example: bakers, painters and electricians.',
    what4: 'The city wants to help these businesses.',
    what5: 'There is a plan for this. The plan is called: Masterplan Handwerk.',
    what6: 'The plan has many tasks. Here a task is called: measure.',
    pageTitle: 'What does this website show?',
    page1: 'This website shows: Which measures are finished?',
    page2: 'Which measures are running now?',
    page3: 'Which measures take longer than planned?',
    page4: 'Once a year the partners of the plan meet. The meeting is called: summit meeting.',
    page5: 'This website also shows: What has changed since the last meeting?',
    dataTitle: 'Important',
    data1: 'The numbers on this website are examples.',
    data2: 'The real numbers will come later.',
    helpTitle: 'Help',
    help1: 'You can also use this website with the keyboard.',
    help2: 'Every picture with numbers has a button: Show as table. Then you see the numbers as a list.',
    help3: 'Do you have questions? Then write us an e-mail.',
    mail: 'E-mail to: {name}',
  },
  about: {
    title: 'About the data',
    intro: 'Where the figures come from, who stands behind the plan and what the data refers to.',
    planIntro:
      '“{title}” was adopted on {adopted} and signed on {signed} by {partners}. Once a year the partners review progress in a summit meeting.',
    facts: 'Key facts',
    planTitle: 'Plan',
    city: 'City',
    adopted: 'Council decision',
    signed: 'Signed',
    dataDate: 'Data as of',
    partners: 'Partners',
    illustrativeTitle: 'Sample data',
    links: 'Further links',
    freshness: '“Overdue”, “since the last summit meeting” and “stale” are computed against the data date, not today’s date.',
  },
  a11y: {
    title: 'Accessibility statement',
    scopeTitle: 'Scope',
    scope:
      'This statement applies to the dashboard “{title} – implementation status”. Public bodies in North Rhine-Westphalia must make their websites accessible under the state’s disability equality act (BGG NRW, §§ 10–10e) and ordinance (BITVNRW). The standard is EN 301 549, which refers to WCAG 2.1 level AA; we build to WCAG 2.2 level AA.',
    statusTitle: 'Compliance status',
    status:
      'By our own assessment the dashboard is largely compliant. It is tested automatically with axe-core in Chromium (light and dark scheme, German and English, widths of 390, 1280 and 1920 pixels) and by hand with the keyboard.',
    limitsTitle: 'Content that is not fully accessible',
    limits1:
      'Charts are of limited use to people who cannot see them. Alternative: every chart has a short text summary and a “Show as table” switch with the same numbers.',
    limits2:
      'A first explanation in Easy Language (Leichte Sprache) exists (page “Easy Read”). It has not yet been checked by readers of the target group; texts for the individual views will follow.',
    limits3: 'The content is supplied by the partner offices; texts in the data may contain technical terms.',
    feedbackTitle: 'Feedback and contact',
    feedback: 'Have you found a barrier? Please write to us. Responsible: {publisher}.',
    feedbackNoPublisher: 'Have you found a barrier? Please write to us.',
    enforcementTitle: 'Conciliation procedure',
    enforcement:
      'If you do not receive a satisfactory answer, you can turn to the ombuds office for accessible information technology of the State of North Rhine-Westphalia at the State Commissioner for People with Disabilities.',
    enforcementLink: 'Ombuds office for accessible IT NRW',
    dateTitle: 'Date of this statement',
    date: 'This statement was prepared on 23 November 2026 and is based on a self-assessment.',
  },
};
