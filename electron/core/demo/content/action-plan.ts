// The demo improvement plan: one entry per point for improvement, each with
// measures, actions and about a year of progress updates (September 2025 to
// November 2026). Written for the demo; every name is invented.

import type { ActionStatus as Status } from '../../../../shared/api/methods/action-plans';
import type { Rag } from '../../../../shared/api/schema';

export type DemoUpdate = { date: string; rag: Rag; status: Status; note: string };
export type DemoAction = { description: string; owner: string; timescale: string; updates: readonly DemoUpdate[] };
export type DemoEntry = {
  strategicLead: string;
  performanceFramework: string;
  partnershipFocus: string;
  linkPlans: string;
  governance: string;
  impactStatement: string;
  measures: readonly { description: string; target: string; currentValue: string }[];
  actions: readonly DemoAction[];
};

export const PLAN = {
  title: 'Children’s Services Improvement Plan 2025–2027',
  owner: 'Ruth Calloway, Strategic Director of Children and Families',
  /** Agreed after the report was published in August 2025; the first action falls due in November 2025. */
  startDate: '2025-09-01',
} as const;

const u = (date: string, rag: Rag, status: Status, note: string): DemoUpdate => ({ date, rag, status, note });

export const ENTRIES: readonly DemoEntry[] = [
  {
    strategicLead: 'Daniel Ormerod, Director of Children’s Social Care',
    performanceFramework: 'Monthly assessment timeliness report; quarterly practice audit',
    partnershipFocus: 'Early help partners share chronologies at the point of referral',
    linkPlans: 'Early Help Strategy 2025–2028',
    governance: 'Improvement Board (monthly)',
    impactStatement: 'Children in need have an assessment that understands their history and their own views, completed in time to make a difference.',
    measures: [
      { description: 'Assessments completed within 45 working days', target: '90%', currentValue: '86%' },
      { description: 'Audited assessments rated good or better', target: '70%', currentValue: '61%' },
    ],
    actions: [
      { description: 'Introduce a revised assessment template that prompts for family history and the views of fathers', owner: 'Laura Pennick', timescale: 'December 2025', updates: [
        u('2025-09-22', 'amber', 'in_progress', 'Template drafted with practitioners from three teams; testing starts in October.'),
        u('2025-12-15', 'green', 'complete', 'The revised template went live on 1 December after training for all assessment teams.'),
      ] },
      { description: 'Weekly timeliness huddles in each assessment team', owner: 'Team managers, Assessment Service', timescale: 'From October 2025', updates: [
        u('2025-10-20', 'amber', 'in_progress', 'Huddles running in two of four teams. Timeliness rose from 74% to 79% in September.'),
        u('2026-02-16', 'amber', 'in_progress', 'All four teams hold huddles. Timeliness is 83%; the target of 90% is not yet met because of vacancies in the east team.'),
        u('2026-06-15', 'green', 'in_progress', 'Timeliness has stayed above 85% for three months, reaching 88% in May.'),
        u('2026-10-19', 'green', 'in_progress', 'Timeliness 86% in September after the summer peak in referrals; quality audits show steady improvement.'),
      ] },
      { description: 'Quarterly audit of assessment quality with findings reported to the Improvement Board', owner: 'Laura Pennick', timescale: 'Quarterly', updates: [
        u('2026-01-19', 'amber', 'in_progress', 'First audit: 52% of assessments rated good or better. Themes fed back to team managers.'),
        u('2026-04-20', 'amber', 'in_progress', 'Second audit: 58% good or better. Children’s views are now recorded in most assessments.'),
        u('2026-07-20', 'green', 'in_progress', 'Third audit: 61% good or better, the best result so far.'),
      ] },
    ],
  },
  {
    strategicLead: 'Daniel Ormerod, Director of Children’s Social Care',
    performanceFramework: 'Supervision compliance report; audit of management decisions',
    partnershipFocus: 'Not applicable',
    linkPlans: 'Workforce Strategy 2025–2027',
    governance: 'Improvement Board (monthly)',
    impactStatement: 'Every child’s record shows who decided what and why, and practitioners have regular reflective supervision.',
    measures: [
      { description: 'Supervision held within timescale', target: '95%', currentValue: '91%' },
    ],
    actions: [
      { description: 'Relaunch the supervision policy with a recording template for key decisions', owner: 'Laura Pennick', timescale: 'November 2025', updates: [
        u('2025-10-06', 'amber', 'in_progress', 'Policy revised and agreed by the Practice Standards Group.'),
        u('2025-11-24', 'green', 'complete', 'Policy relaunched at the all-staff event on 18 November; template available in the case record system.'),
      ] },
      { description: 'Management development programme for all team managers', owner: 'Head of Workforce Development', timescale: 'September 2026', updates: [
        u('2025-12-08', 'amber', 'not_started', 'Provider appointed; the first cohort starts in January.'),
        u('2026-04-13', 'amber', 'in_progress', 'First cohort of twelve managers has completed four of six modules.'),
        u('2026-09-28', 'green', 'complete', 'Both cohorts completed. Feedback was positive; audit shows clearer recording of decisions.'),
      ] },
    ],
  },
  {
    strategicLead: 'Kwame Osei, Head of Service, Children in Care and Care Leavers',
    performanceFramework: 'Missing episodes dashboard; return home interview take-up',
    partnershipFocus: 'Police, schools and the commissioned return home interview service',
    linkPlans: 'Exploitation Strategy 2024–2027',
    governance: 'Safeguarding Partnership Exploitation Subgroup',
    impactStatement: 'Children who go missing are seen quickly, and what they tell us changes their plans and keeps them safer.',
    measures: [
      { description: 'Return home interviews offered within 72 hours', target: '95%', currentValue: '88%' },
      { description: 'Interviews accepted by the child', target: '75%', currentValue: '64%' },
    ],
    actions: [
      { description: 'Recommission the return home interview service with a stronger link to children’s plans', owner: 'Fiona Whitlock', timescale: 'April 2026', updates: [
        u('2025-10-13', 'amber', 'in_progress', 'Young people helped to write the service specification.'),
        u('2026-01-26', 'red', 'in_progress', 'The tender attracted one bid, which did not meet the quality threshold. Re-tender planned for February.'),
        u('2026-05-11', 'amber', 'in_progress', 'New provider appointed; mobilisation running one month late, so the existing contract has been extended to July.'),
        u('2026-08-17', 'green', 'complete', 'New service started on 1 August.'),
      ] },
      { description: 'Monthly multi-agency review of children missing three or more times', owner: 'Kwame Osei', timescale: 'From November 2025', updates: [
        u('2025-11-24', 'green', 'in_progress', 'First review held with police and schools; eleven children discussed.'),
        u('2026-03-23', 'green', 'in_progress', 'Reviews held every month. Four children have safety plans changed as a result.'),
      ] },
    ],
  },
  {
    strategicLead: 'Daniel Ormerod, Director of Children’s Social Care',
    performanceFramework: 'Strategy meeting attendance by agency',
    partnershipFocus: 'Health designated professionals, police and education',
    linkPlans: 'Safeguarding Partnership Business Plan',
    governance: 'Castlemere Safeguarding Children Partnership',
    impactStatement: 'Decisions about children at risk of significant harm are made with every agency that knows the child.',
    measures: [
      { description: 'Strategy meetings with health attendance', target: '90%', currentValue: '72%' },
    ],
    actions: [
      { description: 'Agree a protocol with health partners for attendance at strategy meetings, including virtual attendance', owner: 'Designated Nurse for Safeguarding', timescale: 'January 2026', updates: [
        u('2025-11-10', 'amber', 'in_progress', 'Draft protocol shared with the hospital trust and the community health provider.'),
        u('2026-02-09', 'red', 'in_progress', 'Protocol not yet signed by the hospital trust; escalated to the Safeguarding Partnership executive.'),
        u('2026-05-18', 'amber', 'complete', 'Protocol signed in April. Attendance has improved but is not yet at target.'),
        u('2026-10-12', 'amber', 'complete', 'Health attendance at 72% in September, up from 49% at inspection.'),
      ] },
    ],
  },
  {
    strategicLead: 'Fiona Whitlock, Head of Commissioning (Children)',
    performanceFramework: 'Placement sufficiency report (quarterly)',
    partnershipFocus: 'Independent fostering agencies and neighbouring authorities',
    linkPlans: 'Placement Sufficiency Strategy 2025–2030',
    governance: 'Corporate Parenting Board',
    impactStatement: 'More children in care live within twenty miles of home, with carers who meet their needs.',
    measures: [
      { description: 'Children in care placed within twenty miles', target: '80%', currentValue: '71%' },
      { description: 'Newly approved foster households (year to date)', target: '25', currentValue: '17' },
    ],
    actions: [
      { description: 'Open two new council-run children’s homes', owner: 'Fiona Whitlock', timescale: 'September 2026', updates: [
        u('2025-10-27', 'amber', 'in_progress', 'Two properties identified; planning applications submitted.'),
        u('2026-03-09', 'amber', 'in_progress', 'Building works started on the first home; registration application being prepared.'),
        u('2026-09-14', 'red', 'in_progress', 'The first home is registered. The second is delayed to early 2027 because of a contractor dispute.'),
      ] },
      { description: 'Foster carer recruitment campaign with improved allowances', owner: 'Fostering Service Manager', timescale: 'March 2026', updates: [
        u('2025-12-01', 'green', 'in_progress', 'Campaign launched; 46 enquiries in the first month.'),
        u('2026-04-06', 'amber', 'complete', 'Campaign complete. 17 households approved or in assessment against a target of 25.'),
      ] },
    ],
  },
  {
    strategicLead: 'Kwame Osei, Head of Service, Children in Care and Care Leavers',
    performanceFramework: 'Pathway plans reviewed in time; audit of young people’s involvement',
    partnershipFocus: 'Children in Care Council and the care leavers’ forum',
    linkPlans: 'Care Leavers’ Local Offer',
    governance: 'Corporate Parenting Board',
    impactStatement: 'Care leavers own their pathway plans, which are up to date and written in their words.',
    measures: [
      { description: 'Pathway plans reviewed within six months', target: '95%', currentValue: '93%' },
    ],
    actions: [
      { description: 'Co-design a new pathway plan format with care leavers', owner: 'Kwame Osei', timescale: 'February 2026', updates: [
        u('2025-10-20', 'green', 'in_progress', 'Four workshops held with the care leavers’ forum.'),
        u('2026-02-23', 'green', 'complete', 'New format in use from 1 February; young people chose its name, “My Plan”.'),
      ] },
      { description: 'Audit pathway plans every quarter with a care leaver on the audit panel', owner: 'Laura Pennick', timescale: 'Quarterly', updates: [
        u('2026-05-11', 'amber', 'in_progress', 'First audit found most plans up to date but a third still written in professional language.'),
        u('2026-08-24', 'green', 'in_progress', 'Second audit: plans much improved; the panel’s care leaver member presented the findings to the Corporate Parenting Board.'),
      ] },
    ],
  },
  {
    strategicLead: 'Fiona Whitlock, Head of Commissioning (Children)',
    performanceFramework: 'Care leavers in suitable accommodation (monthly)',
    partnershipFocus: 'Housing Options, registered providers and supported housing',
    linkPlans: 'Homelessness and Rough Sleeping Strategy',
    governance: 'Corporate Parenting Board',
    impactStatement: 'No care leaver lives in bed and breakfast, and every young person has a planned move to a home they chose.',
    measures: [
      { description: 'Care leavers aged 18–21 in suitable accommodation', target: '95%', currentValue: '90%' },
    ],
    actions: [
      { description: 'Ring-fence twenty council tenancies a year for care leavers', owner: 'Head of Housing Options', timescale: 'April 2026', updates: [
        u('2025-12-15', 'amber', 'in_progress', 'Cabinet report approved in principle; allocation policy change out for consultation.'),
        u('2026-05-04', 'green', 'complete', 'Policy change adopted from April. Six tenancies let so far.'),
      ] },
      { description: 'Commission a supported lodgings scheme for young people with complex needs', owner: 'Fiona Whitlock', timescale: 'October 2026', updates: [
        u('2026-02-02', 'amber', 'not_started', 'Market engagement event held; three providers interested.'),
        u('2026-07-06', 'amber', 'in_progress', 'Contract awarded; recruitment of hosts under way.'),
        u('2026-11-09', 'red', 'in_progress', 'Only three hosts approved against twelve planned. Recovery plan agreed with the provider.'),
      ] },
    ],
  },
  {
    strategicLead: 'Ruth Calloway, Strategic Director of Children and Families',
    performanceFramework: 'Monthly workforce report: vacancies, agency use, caseloads',
    partnershipFocus: 'Regional memorandum of understanding on agency pay rates',
    linkPlans: 'Workforce Strategy 2025–2027',
    governance: 'Improvement Board (monthly)',
    impactStatement: 'Children keep the same social worker, who has a manageable caseload and wants to stay.',
    measures: [
      { description: 'Agency social workers as a share of posts', target: '10%', currentValue: '17%' },
      { description: 'Average caseload', target: '18', currentValue: '20' },
    ],
    actions: [
      { description: 'Recruit an international cohort of experienced social workers', owner: 'Head of Workforce Development', timescale: 'June 2026', updates: [
        u('2025-11-03', 'amber', 'in_progress', 'Partner agency appointed; interviews in December.'),
        u('2026-03-16', 'amber', 'in_progress', 'Fourteen offers made; visas in progress.'),
        u('2026-07-13', 'green', 'complete', 'Twelve social workers started in June with a six-month induction and mentoring.'),
      ] },
      { description: 'Introduce a retention payment and protected caseloads for newly qualified workers', owner: 'Ruth Calloway', timescale: 'January 2026', updates: [
        u('2026-01-12', 'green', 'complete', 'Both in place from January.'),
      ] },
    ],
  },
  {
    strategicLead: 'Laura Pennick, Head of Quality Assurance and Improvement',
    performanceFramework: 'Quality assurance framework; quarterly learning report',
    partnershipFocus: 'Safeguarding Partnership multi-agency audits',
    linkPlans: 'Quality Assurance Framework 2025',
    governance: 'Improvement Board (monthly)',
    impactStatement: 'Leaders know what children’s lives are like because of our help, and act on it.',
    measures: [
      { description: 'Audit actions completed within timescale', target: '90%', currentValue: '84%' },
    ],
    actions: [
      { description: 'Launch a performance dashboard that links measures to audit findings for each service', owner: 'Head of Business Intelligence', timescale: 'March 2026', updates: [
        u('2025-12-08', 'amber', 'in_progress', 'Dashboard prototype reviewed by the senior leadership team.'),
        u('2026-04-20', 'amber', 'in_progress', 'Live for three services; the remaining two follow in May.'),
        u('2026-06-29', 'green', 'complete', 'Live for every service and used at monthly performance meetings.'),
      ] },
      { description: 'Senior leaders each spend a day a month with frontline teams', owner: 'Ruth Calloway', timescale: 'From October 2025', updates: [
        u('2025-10-27', 'green', 'in_progress', 'Programme of practice weeks agreed; first visits held.'),
      ] },
    ],
  },
  {
    strategicLead: 'Kwame Osei, Head of Service, Children in Care and Care Leavers',
    performanceFramework: 'Strengths and difficulties questionnaire completion; waiting times',
    partnershipFocus: 'Child and adolescent mental health services and the integrated care board',
    linkPlans: 'Local Transformation Plan for children’s mental health',
    governance: 'Corporate Parenting Board',
    impactStatement: 'Children in care get help with their emotional well-being when they need it, without waiting lists.',
    measures: [
      { description: 'Children in care waiting more than 12 weeks for support', target: '0', currentValue: '9' },
    ],
    actions: [
      { description: 'Fund a dedicated children in care team within the mental health service', owner: 'Integrated Care Board Commissioner', timescale: 'July 2026', updates: [
        u('2026-01-19', 'red', 'not_started', 'Funding not agreed in the integrated care board’s budget round; escalated to the Health and Wellbeing Board.'),
        u('2026-05-26', 'amber', 'in_progress', 'Joint funding agreed for two years. Recruitment under way.'),
        u('2026-10-05', 'amber', 'in_progress', 'Three of five posts filled. Waiting list down from 31 to 9 children.'),
      ] },
      { description: 'Train foster carers in therapeutic parenting', owner: 'Fostering Service Manager', timescale: 'December 2026', updates: [
        u('2026-03-02', 'green', 'in_progress', 'Two courses run; 38 carers trained.'),
        u('2026-09-07', 'green', 'in_progress', 'Five courses run; 92 carers trained. Carers report feeling better able to help children settle.'),
      ] },
    ],
  },
];

/** One update corrected after the event, to show revision history: entry 4, action 1, the February update. */
export const REVISION = {
  entryIndex: 3,
  actionIndex: 0,
  updateIndex: 1,
  note: 'Protocol not yet signed by the hospital trust; escalated to the Safeguarding Partnership executive on 4 February. The community health provider signed in January.',
} as const;
