// The demo authority: Castlemere City Council, its people and its scrutiny
// subgroup. Everyone here is invented; e-mail addresses use the reserved
// .example domain and telephone numbers Ofcom's range kept for drama.

export const AUTHORITY = {
  name: 'Castlemere City Council',
  address: 'Town Hall\nMarket Square\nCastlemere',
  authorName: 'Aisha Rahman',
  accentColour: '#1D4F6E',
} as const;

export type DemoPerson = {
  key: string;
  honorific: string;
  fullName: string;
  jobTitle?: string;
  organisation?: string;
  email?: string;
  phone?: string;
};

const council = 'Castlemere City Council';

export const PEOPLE: readonly DemoPerson[] = [
  { key: 'chair', honorific: 'Councillor', fullName: 'Priya Ashworth', organisation: council, email: 'priya.ashworth@castlemere.example' },
  { key: 'haverley', honorific: 'Councillor', fullName: 'Tom Haverley', organisation: council },
  { key: 'mbeki', honorific: 'Councillor', fullName: 'Joan Mbeki-Roberts', organisation: council },
  { key: 'pritchard', honorific: 'Councillor', fullName: 'Owen Pritchard', organisation: council },
  { key: 'qadir', honorific: 'Councillor', fullName: 'Saira Qadir', organisation: council },
  { key: 'lowther', honorific: 'Councillor', fullName: 'Gareth Lowther', organisation: council },
  { key: 'dunmore', honorific: 'Mrs', fullName: 'Helen Dunmore', jobTitle: 'Parent governor representative', organisation: 'Castlemere schools' },
  { key: 'coleman', honorific: 'Mr', fullName: 'Idris Coleman', jobTitle: 'Diocesan representative', organisation: 'Diocese of Castlemere' },
  { key: 'fairbairn', honorific: 'Councillor', fullName: 'Martin Fairbairn', jobTitle: 'Executive Member for Children and Families', organisation: council },
  { key: 'calloway', honorific: 'Ms', fullName: 'Ruth Calloway', jobTitle: 'Strategic Director of Children and Families', organisation: council, email: 'ruth.calloway@castlemere.example', phone: '0113 496 0412' },
  { key: 'ormerod', honorific: 'Mr', fullName: 'Daniel Ormerod', jobTitle: 'Director of Children’s Social Care', organisation: council, email: 'daniel.ormerod@castlemere.example', phone: '0113 496 0437' },
  { key: 'pennick', honorific: 'Ms', fullName: 'Laura Pennick', jobTitle: 'Head of Quality Assurance and Improvement', organisation: council, email: 'laura.pennick@castlemere.example', phone: '0113 496 0455' },
  { key: 'osei', honorific: 'Mr', fullName: 'Kwame Osei', jobTitle: 'Head of Service, Children in Care and Care Leavers', organisation: council, email: 'kwame.osei@castlemere.example', phone: '0113 496 0468' },
  { key: 'whitlock', honorific: 'Dr', fullName: 'Fiona Whitlock', jobTitle: 'Head of Commissioning (Children)', organisation: council, email: 'fiona.whitlock@castlemere.example', phone: '0113 496 0471' },
  { key: 'rahman', honorific: 'Ms', fullName: 'Aisha Rahman', jobTitle: 'Scrutiny Support Officer', organisation: council, email: 'aisha.rahman@castlemere.example', phone: '0113 496 0489' },
];

export const PARENT_COMMITTEE = {
  name: 'Children and Young People Scrutiny Committee',
  minutePrefix: 'CYP',
  defaultVenue: 'Council Chamber, Town Hall, Castlemere',
  defaultStartTime: '14:00',
} as const;

export const SUBGROUP = {
  name: 'Improvement Subgroup',
  minutePrefix: 'CYP/IMP',
  defaultVenue: 'Committee Room 2, Town Hall, Castlemere',
  defaultStartTime: '10:00',
  torOperation:
    'The subgroup meets five times in each municipal year. Its membership is drawn from the Children and Young People Scrutiny Committee, with the two co-opted members of that committee. The subgroup reports its findings and recommendations to the parent committee after each meeting.',
  torAccessToInformation:
    'Meetings are open to the public except where the subgroup resolves to exclude the public because exempt information is likely to be disclosed, as defined in Schedule 12A to the Local Government Act 1972.',
  rationale: [
    'To track the council’s progress against every point for improvement raised by the inspection of children’s social care services.',
    'To give members sight of the evidence behind each rating in the improvement plan, not only the rating itself.',
    'To hear directly from the practitioners, young people and partners whose work the plan depends on.',
    'To escalate to the parent committee any action that is off track for two meetings in a row.',
  ],
} as const;

export type DemoMembership = { person: string; role: 'chair' | 'vice_chair' | 'member' | 'co_opted_member' | 'lead_executive_member' | 'strategic_director' | 'lead_officer'; capacity?: string };

/** The subgroup in 2025/26; 2026/27 is copied from it with one change. */
export const MEMBERSHIP_2025: readonly DemoMembership[] = [
  { person: 'chair', role: 'chair' },
  { person: 'haverley', role: 'vice_chair' },
  { person: 'mbeki', role: 'member' },
  { person: 'pritchard', role: 'member' },
  { person: 'lowther', role: 'member' },
  { person: 'dunmore', role: 'co_opted_member', capacity: 'Parent governor representative' },
  { person: 'coleman', role: 'co_opted_member', capacity: 'Diocesan representative' },
  { person: 'fairbairn', role: 'lead_executive_member', capacity: 'Executive Member for Children and Families' },
  { person: 'calloway', role: 'strategic_director' },
  { person: 'ormerod', role: 'lead_officer' },
  { person: 'pennick', role: 'lead_officer' },
];

/** Councillor Lowther left the subgroup at the annual meeting in May 2026; Councillor Qadir joined. */
export const MEMBERSHIP_CHANGES_2026 = { leaves: 'lowther', joins: 'qadir' } as const;
