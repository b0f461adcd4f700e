// The subgroup's year in the demo: a minuted meeting in July 2026 and an
// agenda issued for December 2026, with the work programme behind them (items
// for the new year still to be scheduled). Keys tie agenda items to work
// programme items.

export const EXEMPT_GROUND =
  'Paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972: information relating to the financial or business affairs of any particular person (including the authority holding that information).';

export const ACCESS_NOTE =
  'There is step-free access to Committee Room 2 from the Market Square entrance. A hearing loop is available; please ask at reception.';

export const PUBLIC_NOTICE =
  'Members of the public are welcome to attend. Part of this meeting may be held in private, as the agenda shows.';

export type DemoWorkItem = {
  key: string;
  meeting: 'july' | 'december' | null;
  item: string;
  purpose: string;
  leadOfficer: string;
  executiveMember: string;
  comments?: string;
};

export const WORK_PROGRAMME: readonly DemoWorkItem[] = [
  { key: 'progress-july', meeting: 'july', item: 'Improvement plan: progress report', purpose: 'To monitor progress against each point for improvement', leadOfficer: 'Ruth Calloway', executiveMember: 'Councillor Fairbairn' },
  { key: 'progress-december', meeting: 'december', item: 'Improvement plan: progress report', purpose: 'To monitor progress against each point for improvement', leadOfficer: 'Ruth Calloway', executiveMember: 'Councillor Fairbairn' },
  { key: 'care-leavers', meeting: 'december', item: 'Care leavers’ accommodation', purpose: 'To examine the range of homes available to care leavers aged 18 to 21', leadOfficer: 'Fiona Whitlock', executiveMember: 'Councillor Fairbairn', comments: 'Added at the July meeting (minute CYP/IMP/26/5)' },
  { key: 'sufficiency', meeting: 'december', item: 'Placement sufficiency: commissioning update', purpose: 'To review the commissioning of new children’s homes', leadOfficer: 'Fiona Whitlock', executiveMember: 'Councillor Fairbairn', comments: 'Contains exempt information' },
  { key: 'progress-february', meeting: null, item: 'Improvement plan: progress report', purpose: 'To monitor progress against each point for improvement', leadOfficer: 'Ruth Calloway', executiveMember: 'Councillor Fairbairn' },
  { key: 'wellbeing', meeting: null, item: 'Emotional well-being support for children in care', purpose: 'To hear how the new children in care mental health team is working', leadOfficer: 'Kwame Osei', executiveMember: 'Councillor Fairbairn' },
  { key: 'voice', meeting: null, item: 'Voice of the child: feedback from the Children in Care Council', purpose: 'To hear directly from children in care about the changes they have noticed', leadOfficer: 'Kwame Osei', executiveMember: 'Councillor Fairbairn', comments: 'Date to be agreed with the Children in Care Council' },
  { key: 'iro', meeting: null, item: 'Annual report of the Independent Reviewing Officer service', purpose: 'To consider the annual report', leadOfficer: 'Laura Pennick', executiveMember: 'Councillor Fairbairn' },
];

export const MEETINGS = {
  july: { meetingDate: '2026-07-14', startTime: '10:00', agendaIssueDate: '2026-07-03' },
  december: { meetingDate: '2026-12-01', startTime: '10:00', agendaIssueDate: '2026-11-23' },
} as const;

/** What the July meeting decided, as minuted. */
export const JULY_MINUTES = {
  present: ['chair', 'haverley', 'mbeki', 'pritchard', 'qadir', 'coleman'],
  apologies: ['dunmore'],
  alsoAttending: [
    { person: 'fairbairn', capacity: 'Executive Member for Children and Families' },
    { person: 'calloway', capacity: 'Strategic Director of Children and Families' },
    { person: 'ormerod', capacity: 'Director of Children’s Social Care' },
    { person: 'pennick', capacity: 'Head of Quality Assurance and Improvement' },
    { person: 'rahman', capacity: 'Scrutiny Support Officer' },
  ],
  /** Councillor Pritchard left after the third item. */
  partial: { person: 'pritchard', fromEntry: 0, toEntry: 2 },
  entries: [
    {
      heading: 'Apologies for absence',
      agendaKey: 'apologies',
      discussion: ['Apologies for absence were received from Mrs Dunmore.'],
      decisions: [] as string[],
    },
    {
      heading: 'Declarations of interest',
      agendaKey: 'declarations',
      discussion: ['Councillor Qadir declared a personal interest in the item on the improvement plan as an approved foster carer for the council.'],
      decisions: [],
    },
    {
      heading: 'Minutes',
      agendaKey: 'minutes',
      discussion: [],
      decisions: ['That the minutes of the meeting held on 17 March 2026 be approved as a correct record.'],
    },
    {
      heading: 'Improvement plan: progress report',
      agendaKey: 'progress',
      discussion: [
        'The Strategic Director of Children and Families introduced the report, which set out progress against each of the ten points for improvement. Seven were rated green or amber and improving.',
        'Members asked why health attendance at strategy meetings remained below target despite the protocol signed in April. The Director of Children’s Social Care explained that attendance had risen from 49% to 68% and that the hospital trust had appointed a named lead.',
        'Members welcomed the opening of the first new children’s home but were concerned about the delay to the second, and asked for a fuller report on placement sufficiency.',
      ],
      decisions: [
        'That the progress made against the improvement plan be noted.',
        'That a report on placement sufficiency, including the commissioning of the second children’s home, be brought to the next meeting.',
        'That the Chair write to the chief executive of the hospital trust to ask for health attendance at strategy meetings to be monitored by the trust’s board.',
      ],
    },
    {
      heading: 'Terms of reference and work programme',
      agendaKey: 'programme',
      discussion: ['Members considered the work programme for the rest of the municipal year.'],
      decisions: ['That the work programme be agreed, with an item on care leavers’ accommodation added for December.'],
    },
  ],
} as const;

/** Follow-ups raised by the July decisions: [entry index, decision index]. */
export const JULY_FOLLOW_UPS = [
  { entry: 3, decision: 1, description: 'Prepare a report on placement sufficiency for the December meeting', ownerKey: 'whitlock', dueDate: '2026-11-17', status: 'done', completedOn: '2026-11-16', reportedTo: 'december' },
  { entry: 3, decision: 2, description: 'Send the Chair’s letter to the hospital trust chief executive', ownerKey: 'rahman', dueDate: '2026-08-14', status: 'open' },
  { entry: 4, decision: 0, description: 'Add care leavers’ accommodation to the December agenda', ownerKey: 'rahman', dueDate: '2026-07-31', status: 'done', completedOn: '2026-07-20' },
] as const;
