import { useStore } from '@nanostores/react';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { planQuery } from '../api/queries';
import type { Plan } from '../api/schemas';
import { QueryState } from './query-state';
import { stateMessages } from '../i18n/messages';

/**
 * A widget that needs the plan (for its data date). The header already names a plan error; here
 * the widget says what it cannot do and offers retry, instead of repeating the same error text
 * in every widget of the page.
 */
export function PlanGate({
  message,
  skeleton,
  children,
}: {
  message: string;
  skeleton?: ReactNode;
  children: (plan: Plan) => ReactNode;
}) {
  const t = useStore(stateMessages);
  const plan = useQuery(planQuery());
  if (plan.data === undefined && plan.isError) {
    return (
      <div className="state state--error" role="alert">
        <p>
          <span aria-hidden="true">⚠ </span>
          {message}
        </p>
        <button type="button" className="button" onClick={() => void plan.refetch()}>
          {t.retry}
        </button>
      </div>
    );
  }
  return (
    <QueryState query={plan} what="plan" skeleton={skeleton}>
      {children}
    </QueryState>
  );
}
