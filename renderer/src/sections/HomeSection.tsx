import { EmptyState } from '../components/EmptyState';
import { SectionPage } from '../components/SectionPage';
import { hashFor } from '../sections';
import { NextMeetings } from './home/NextMeetings';
import { OverdueActions } from './home/OverdueActions';
import { OverdueFollowUps } from './home/OverdueFollowUps';
import { useDashboard } from './home/use-dashboard';
import './home/home.css';

/** The start page: what needs the committee officer's attention today. */
export function HomeSection() {
  const summary = useDashboard();
  return (
    <SectionPage title="Home" intro="The next meetings with their statutory timetable and missing papers, and what is overdue.">
      <HomeBody summary={summary} />
    </SectionPage>
  );
}

function HomeBody({ summary }: { summary: ReturnType<typeof useDashboard> }) {
  if (!summary.isOpen) {
    return (
      <EmptyState title="No workspace is open">
        <p>
          Open or create a workspace in <a href={hashFor('settings')}>Settings</a>; its next meetings and anything overdue will show here.
        </p>
      </EmptyState>
    );
  }
  if (summary.isLoading) return <p>Loading today’s summary…</p>;
  if (!summary.value) return <p>The summary could not be loaded.</p>;
  return (
    <>
      <NextMeetings meetings={summary.value.nextMeetings} />
      <div className="home-cards">
        <OverdueFollowUps followUps={summary.value.overdueFollowUps} />
        <OverdueActions plans={summary.value.overdueActions} />
      </div>
    </>
  );
}
