import { useStore } from '@nanostores/react';
import { useQuery } from '@tanstack/react-query';
import { planQuery } from '../api/queries';
import type { Plan } from '../api/schemas';
import { formatList } from './format';
import { useLanguage } from '../i18n/i18n';
import { appMessages } from '../i18n/messages';

export interface PlanWords {
  /** The plan's own title; a neutral product name until the plan has loaded (or if it fails). */
  title: string;
  /** "A, B und C" from the plan's partners, in the UI language; undefined until loaded. */
  partners: string | undefined;
  city: string | undefined;
  /** The first partner: who publishes the dashboard (accessibility statement, contact). */
  publisher: string | undefined;
  /** The first mailto: link of the plan, as the contact address. */
  contact: { label: string; address: string } | undefined;
  plan: Plan | undefined;
}

/**
 * The plan's own words (title, partners, city) for every place that names the plan, so a
 * dashboard built from another city's workbook never speaks of the sample plan's city.
 */
export function usePlanWords(): PlanWords {
  const t = useStore(appMessages);
  const lang = useLanguage();
  const plan = useQuery(planQuery()).data;
  const mail = plan?.links.find((link) => /^mailto:/i.test(link.url));
  return {
    title: plan?.title ?? t.title,
    partners:
      plan && plan.partners.length > 0
        ? formatList(
            plan.partners.map((p) => p.name),
            lang,
          )
        : undefined,
    city: plan?.city || undefined,
    publisher: plan?.partners[0]?.name,
    contact: mail ? { label: mail.label, address: mail.url.replace(/^mailto:/i, '').split('?')[0] ?? '' } : undefined,
    plan,
  };
}
