import { useStore } from '@nanostores/react';
import { AfterFirstScreen } from '../../components/after-first-screen';
import { PageHeading } from '../../components/page-heading';
import { OverviewAreaCards } from './overview-area-cards';
import { OverviewCharts } from './overview-charts';
import { OverviewHeadline } from './overview-headline';
import { overviewMessages } from './messages';
import './overview.css';

export function OverviewPage() {
  const t = useStore(overviewMessages);
  return (
    <div className="page overview">
      <PageHeading>{t.title}</PageHeading>
      <p className="overview__intro">{t.intro}</p>
      <OverviewHeadline />
      <OverviewAreaCards />
      <AfterFirstScreen>
        <OverviewCharts />
      </AfterFirstScreen>
    </div>
  );
}
