// The large workspace of the issue-3 figures: 20 committees × 10 municipal
// years × 8 meetings × 10 agenda items, 5,000 documents, and an action-plan
// layer of 20,000 actions and 30,000 progress updates. Written through the
// real services (their checks, audit rows and search triggers all run), from a
// seeded PRNG and a fixed clock, so every run builds the same file. The file
// is cached under tests/.tmp/bench/ by GENERATOR_VERSION.
import fs from 'node:fs';
import path from 'node:path';
import type { RichText } from '../../shared/api/schema';
import type { Statement } from 'better-sqlite3';
import { openWorkspaceDatabase, type WorkspaceDatabase } from '../../electron/core/db/connection';
import { silentLogger } from '../../electron/core/logger';
import { createPlan } from '../../electron/core/services/action-plans';
import { createAction } from '../../electron/core/services/actions';
import { createAgendaItem } from '../../electron/core/services/agenda-items';
import { createCommittee } from '../../electron/core/services/committees';
import { createDocument } from '../../electron/core/services/documents';
import { createInspection } from '../../electron/core/services/inspections';
import { createMeasure } from '../../electron/core/services/measures';
import { createMeeting, setMeetingStatus } from '../../electron/core/services/meetings';
import { addPaper } from '../../electron/core/services/papers';
import { createPerson } from '../../electron/core/services/people';
import { createEntry, updateEntryService } from '../../electron/core/services/plan-entries';
import { addProgressUpdate } from '../../electron/core/services/progress-updates';
import { updateSettingsService } from '../../electron/core/services/settings';
import type { ServiceContext } from '../../electron/core/services/unit-of-work';

/** Bump when what is generated changes: the cached file is then rebuilt. */
export const GENERATOR_VERSION = 1;

/** Progress updates are not listed: each action has 0–3, 1.5 on average, so 30,000 in all. */
export const SCALE = { committees: 20, years: 10, itemsPerMeeting: 10, documents: 5_000, inspections: 10, actions: 20_000 };

/** "Today" in the generated workspace; every date written is on or before it, except meetings still to come. */
export const TODAY = '2025-01-15';
const FIRST_YEAR = 2015;
/** Eight meetings a municipal year (May to April), none in August, December or April. */
const MEETING_MONTHS = [6, 7, 9, 10, 11, 1, 2, 3] as const;

export type LargeWorkspace = { file: string; sizeMb: number; generationMs: number | null };

/** The cached large workspace, generated first when it is missing or from an older generator. */
export function ensureLargeWorkspace(root: string): LargeWorkspace {
  const folder = path.join(root, 'tests/.tmp/bench');
  const file = path.join(folder, `large-workspace-v${GENERATOR_VERSION}.scrutiny`);
  let generationMs: number | null = null;
  if (!fs.existsSync(file)) {
    fs.mkdirSync(folder, { recursive: true });
    for (const old of fs.readdirSync(folder).filter((name) => name.startsWith('large-workspace-'))) fs.rmSync(path.join(folder, old), { force: true });
    const partial = `${file}.partial`;
    const started = performance.now();
    generateLargeWorkspace(partial);
    fs.renameSync(partial, file);
    generationMs = Math.round(performance.now() - started);
    console.log(`Generated the large workspace in ${(generationMs / 1000).toFixed(1)} s: ${file}`);
  }
  return { file, sizeMb: Math.round((fs.statSync(file).size / 1024 / 1024) * 10) / 10, generationMs };
}

/** Writes the large workspace into a new file at `file`. */
export function generateLargeWorkspace(file: string): void {
  let moment = new Date(`${TODAY}T10:00:00Z`);
  const db = openWorkspaceDatabase(file, { isNew: true, log: silentLogger, now: () => moment });
  compileOnce(db);
  const clock: Clock = (isoDay) => { moment = new Date(`${isoDay < TODAY ? isoDay : TODAY}T10:00:00Z`); };
  const builder: Builder = { ctx: { db, now: () => moment }, clock, random: createRandom(20250115), documentCount: 0, updateCounts: [] };
  try {
    // The file is not anyone's until it is complete, so skip the per-commit flush while building.
    db.pragma('synchronous = OFF');
    const people = db.transaction(() => buildAuthority(builder))();
    for (let committee = 0; committee < SCALE.committees; committee += 1) db.transaction(() => { buildCommittee(builder, committee, people); })();
    for (let inspection = 0; inspection < SCALE.inspections; inspection += 1) db.transaction(() => { buildPlan(builder, inspection, people); })();
    db.transaction(() => { buildRemainingDocuments(builder); })();
    db.pragma('synchronous = FULL');
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}

/**
 * Compiles each SQL text once on the generator's connection. The repositories
 * call db.prepare() on every use; over ~85,000 service calls that compiling
 * was more than half the build time, and the dropped statements are only
 * finalized once the event loop turns, which this synchronous build never
 * lets happen (RSS reached 4.5 GB). Same SQL, same rows: the file is identical
 * with and without this. The mode a caller set (pluck, raw) is reset first.
 */
function compileOnce(db: WorkspaceDatabase): void {
  const prepare = db.prepare.bind(db);
  const statements = new Map<string, Statement>();
  db.prepare = ((sql: string) => {
    const known = statements.get(sql);
    if (known) return known.reader ? known.pluck(false).raw(false) : known;
    const statement = prepare(sql);
    statements.set(sql, statement);
    return statement;
  }) as typeof db.prepare;
}

type Clock = (isoDay: string) => void;
type Builder = { ctx: ServiceContext; clock: Clock; random: Random; documentCount: number; updateCounts: readonly number[] };
type People = { names: string[]; ids: number[] };

function buildAuthority({ ctx, clock, random }: Builder): People {
  clock(`${FIRST_YEAR}-04-01`);
  updateSettingsService(ctx, { name: 'Northbridge Borough Council', address: 'Town Hall, Market Square, Northbridge NB1 1AA', authorName: 'Scrutiny Officer' });
  const people: People = { names: [], ids: [] };
  for (let index = 0; index < 80; index += 1) {
    const fullName = `${pickOf(TEXT.firstNames, index)} ${pickOf(TEXT.lastNames, index * 7 + 3)}`;
    const person = createPerson(ctx, { honorific: index % 3 === 0 ? 'Cllr' : '', fullName, jobTitle: random.pick(TEXT.jobTitles), organisation: 'Northbridge Borough Council' });
    people.names.push(fullName);
    people.ids.push(person.id);
  }
  return people;
}

function buildCommittee(builder: Builder, index: number, people: People): void {
  const { ctx, clock, random } = builder;
  const [name, minutePrefix] = pickOf(TEXT.committees, index);
  clock(`${FIRST_YEAR}-04-15`);
  const committee = createCommittee(ctx, {
    name,
    minutePrefix,
    contactOfficerId: pickOf(people.ids, index * 3),
    torOperation: random.paragraph(3),
    defaultVenue: random.pick(TEXT.venues),
    defaultStartTime: index % 2 === 0 ? '10:00' : '14:00',
  });
  createDoc(builder, { kind: 'terms_of_reference', title: `${name}: terms of reference`, status: 'final', committeeId: committee.id, body: random.document(4) });
  let previousMinutesId: number | null = null;
  for (let year = FIRST_YEAR; year < FIRST_YEAR + SCALE.years; year += 1) {
    clock(`${year}-05-20`);
    createDoc(builder, { kind: 'work_programme', title: `${name}: work programme ${year}/${String(year + 1).slice(2)}`, status: 'final', committeeId: committee.id, body: random.document(2) });
    for (const month of MEETING_MONTHS) {
      const meetingDate = nthWeekday(month >= 6 ? year : year + 1, month, 1 + (index % 5), 1 + (Math.floor(index / 5) % 4));
      previousMinutesId = buildMeeting(builder, { id: committee.id, name }, meetingDate, previousMinutesId, people);
    }
  }
}

/** One meeting with its ten items and papers, moved on as far as its date allows; returns its minutes document, once minuted. */
function buildMeeting(builder: Builder, committee: { id: number; name: string }, meetingDate: string, previousMinutesId: number | null, people: People): number | null {
  const { ctx, clock, random } = builder;
  clock(addDays(meetingDate, -42));
  const meeting = createMeeting(ctx, { committeeId: committee.id, meetingDate });
  const reportItems: number[] = [];
  for (let position = 1; position <= SCALE.itemsPerMeeting; position += 1) {
    const isReport = position >= 3 && position <= 8;
    const topic = random.zipf(TEXT.topics);
    const isExempt = isReport && random.chance(0.02);
    const item = createAgendaItem(ctx, {
      meetingId: meeting.id,
      title: isReport ? `${topic}${random.pick(TEXT.titleSuffixes)}` : pickOf(TEXT.standingItems, position === 1 ? 0 : position === 2 ? 1 : position - 7),
      kind: position === 2 ? 'minutes' : position === 9 ? 'terms_and_work_programme' : isReport ? 'report' : 'other',
      reportOf: isReport ? random.pick(TEXT.jobTitles) : '',
      summary: isReport ? random.paragraph(2) : '',
      isExempt,
      exemptGround: isExempt ? 'Paragraph 1 of Part 1 of Schedule 12A to the Local Government Act 1972' : '',
    });
    if (position === 2 && previousMinutesId !== null) addPaper(ctx, { agendaItemId: item.id, documentId: previousMinutesId });
    if (isReport) reportItems.push(item.id);
  }
  clock(addDays(meetingDate, -14));
  for (const agendaItemId of random.sample(reportItems, 2)) {
    const subject = `${random.zipf(TEXT.topics)}${random.pick(TEXT.titleSuffixes)}`;
    const reportOf = random.pick(TEXT.jobTitles);
    const report = createDoc(builder, {
      kind: 'report',
      title: subject,
      status: 'final',
      committeeId: committee.id,
      author: pickOf(people.names, random.int(people.names.length)),
      coverSheet: { reportTo: committee.name, meetingDate, subject, reportOf, reportType: random.chance(0.7) ? 'for_information' : 'for_resolution', summary: random.paragraph(2), recommendations: [random.sentence(), random.sentence()] },
      body: random.document(3 + random.int(3)),
    });
    addPaper(ctx, { agendaItemId, documentId: report });
  }
  return moveOn(builder, meeting.id, meetingDate, committee);
}

/** Issues, holds and minutes a meeting as far as today allows; a minuted meeting gets its minutes document. */
function moveOn(builder: Builder, meetingId: number, meetingDate: string, committee: { id: number; name: string }): number | null {
  const { ctx, clock, random } = builder;
  const steps = [
    { status: 'issued', on: addDays(meetingDate, -7) },
    { status: 'held', on: meetingDate },
    { status: 'minuted', on: addDays(meetingDate, 28) },
  ] as const;
  for (const step of steps) {
    if (step.on > TODAY) return null;
    clock(step.on);
    setMeetingStatus(ctx, meetingId, step.status);
  }
  return createDoc(builder, { kind: 'minutes', title: `Minutes of ${committee.name}, ${meetingDate}`, status: 'final', committeeId: committee.id, body: random.document(4 + random.int(4)) });
}

const GRADES = ['outstanding', 'good', 'requires_improvement', 'inadequate'] as const;
const RAGS = ['green', 'green', 'green', 'amber', 'amber', 'red'] as const;

/** Inspection `index` (one a year), its plan, and that plan's share of the actions and progress updates. */
function buildPlan(builder: Builder, index: number, people: People): void {
  const { ctx, clock, random } = builder;
  const year = FIRST_YEAR + index;
  const framework = year < 2018 ? 'SIF' : 'ILACS';
  const start = `${year}-03-${String(2 + index).padStart(2, '0')}`;
  const published = addDays(start, 45);
  clock(published);
  const inspection = createInspection(ctx, {
    framework,
    title: `${framework === 'SIF' ? 'Inspection of services for children in need of help and protection, children looked after and care leavers' : 'Inspection of local authority children’s services'} (${year})`,
    localAuthority: 'Northbridge Borough Council',
    inspectionStart: start,
    inspectionEnd: addDays(start, 18),
    publicationDate: published,
    leadInspector: pickOf(people.names, index * 5 + 1),
    overallGrade: pickOf(GRADES, 1 + (index % 3)),
    judgements: TEXT.judgementAreas.map((area) => ({ area, grade: random.pick(GRADES) })),
    recommendations: Array.from({ length: 10 }, () => ({ text: `${random.pick(TEXT.recommendationVerbs)} ${random.zipf(TEXT.objects)} ${random.zipf(TEXT.qualifiers)}.` })),
    evidence: Array.from({ length: 10 }, (_unused, number) => ({ text: random.paragraph(3), recommendationNumber: number + 1 })),
  });
  const plan = createPlan(ctx, { title: `Improvement plan ${year}/${String(year + 1).slice(2)}: response to the ${framework} inspection`, owner: 'Director of Children’s Services', inspectionId: inspection.id });
  const entryIds = plan.entries.map((entry) => entry.id);
  for (const entryId of entryIds) {
    updateEntryService(ctx, { id: entryId, strategicLead: random.pick(TEXT.jobTitles), governance: random.sentence(), impactStatement: random.sentence() });
  }
  for (let extra = 0; extra < 5; extra += 1) {
    entryIds.push(createEntry(ctx, { planId: plan.id, heading: random.zipf(TEXT.topics), strategicLead: random.pick(TEXT.jobTitles), impactStatement: random.sentence() }).id);
  }
  for (const entryId of entryIds) {
    for (let measure = 0; measure < 2; measure += 1) createMeasure(ctx, { entryId, description: random.sentence(), target: `${50 + random.int(50)}%`, currentValue: `${30 + random.int(60)}%` });
  }
  createDoc(builder, { kind: 'action_plan', title: plan.title, status: 'final', actionPlanId: plan.id, body: random.document(3) });

  // Later plans are bigger: plan i takes (i + 1) / 55 of the actions, the last one the rest.
  const before = Math.round((SCALE.actions * index * (index + 1)) / 2 / 55);
  const upTo = Math.round((SCALE.actions * (index + 1) * (index + 2)) / 2 / 55);
  for (let action = before; action < upTo; action += 1) buildAction(builder, pickOf(entryIds, action), published, action, people);
}

/** An action and its progress: each block of four actions has 0, 1, 2 and 3 updates in some order, so 20,000 actions get 30,000 updates. */
function buildAction(builder: Builder, entryId: number, published: string, serial: number, people: People): void {
  const { ctx, clock, random } = builder;
  clock(addDays(published, 10 + random.int(30)));
  const dueMonth = addDays(published, 90 + random.int(640)).slice(0, 7);
  const ownerIndex = random.int(people.names.length);
  const action = createAction(ctx, {
    entryId,
    description: random.sentence(),
    owner: random.pick(TEXT.jobTitles),
    ownerPersonId: random.chance(0.5) ? pickOf(people.ids, ownerIndex) : null,
    timescaleLabel: `${pickOf(TEXT.monthNames, Number(dueMonth.slice(5, 7)) - 1)} ${dueMonth.slice(0, 4)}`,
  });
  if (serial % 4 === 0) builder.updateCounts = random.sample([0, 1, 2, 3], 4);
  const updates = pickOf(builder.updateCounts, serial % 4);
  const from = addDays(published, 30);
  const span = Math.max(1, Math.min(720, daysBetween(from, TODAY)));
  const days = Array.from({ length: updates }, () => random.int(span)).sort((a, b) => a - b);
  days.forEach((offset, number) => {
    const updateDate = addDays(from, offset);
    const isLast = number === updates - 1;
    clock(updateDate);
    addProgressUpdate(ctx, {
      actionId: action.id,
      updateDate,
      note: random.document(1, 1 + random.int(2)),
      author: pickOf(people.names, ownerIndex),
      rag: random.pick(RAGS),
      status: isLast && action.dueDate !== null && updateDate > action.dueDate && random.chance(0.7) ? 'complete' : 'in_progress',
    });
  });
}

/** Briefing notes until there are exactly SCALE.documents documents. */
function buildRemainingDocuments(builder: Builder): void {
  const { clock, random } = builder;
  clock(TODAY);
  while (builder.documentCount < SCALE.documents) {
    createDoc(builder, { kind: 'other', title: `Briefing note: ${random.zipf(TEXT.topics)}`, status: random.chance(0.8) ? 'final' : 'draft', body: random.document(2 + random.int(3)) });
  }
}

function createDoc(builder: Builder, input: Parameters<typeof createDocument>[1]): number {
  builder.documentCount += 1;
  return createDocument(builder.ctx, input).id;
}

/** The nth (1-based) weekday (1 = Monday) of a month, as YYYY-MM-DD. */
function nthWeekday(year: number, month: number, weekday: number, nth: number): string {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const day = 1 + ((weekday - first + 7) % 7) + (nth - 1) * 7;
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

function addDays(isoDay: string, days: number): string {
  return new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

// ---- Text: sentences from a vocabulary of children's services, committees
// and inspections. Picks are Zipf-weighted (earlier in a list = more common),
// so common words hit thousands of rows and the rare words a handful.

const list = (text: string): readonly string[] => text.split('|');

const TEXT = {
  openers: list('The report confirmed that|Members heard that|Officers explained that|Inspectors found that|The chair noted that|It was reported that|Performance data shows that|In addition,|However,|As a result,|Overall,|The director advised that'),
  subjects: list('children|young people|families|the service|social workers|managers|the local authority|partners|the committee|members|foster carers|the partnership|leaders|practitioners|schools|health colleagues|the independent reviewing service|the front door team|the virtual school|personal advisers|team managers|the safeguarding partnership|residential staff|the corporate parenting panel|elected members|the director|inspectors|care leavers|the multi-agency team|the police|early help workers|the fostering service|the adoption agency|commissioners|the youth justice service|health visitors|school nurses|the designated officer|the principal social worker|the performance team'),
  verbs: list('reviewed|considered|noted|agreed|improved|strengthened|monitored|challenged|welcomed|discussed|scrutinised|tracked|audited|completed|delivered|prioritised|escalated|updated|developed|embedded|evaluated|reported on|commissioned|recruited|supported|questioned|examined|endorsed|requested|highlighted|identified|reduced|increased|sustained|introduced|refreshed|published|tested|measured|shared'),
  objects: list('the quality of practice|assessments|care plans|placements|caseloads|supervision|the action plan|performance data|the improvement plan|the timeliness of visits|pathway plans|return home interviews|child protection plans|the quality assurance framework|audit findings|the workforce strategy|the recruitment of foster carers|placement stability|education outcomes|health assessments|the sufficiency strategy|the budget position|agency staffing|permanence planning|the voice of the child|management oversight|strategy discussions|referrals|thresholds|the local offer|emotional wellbeing support|missing episodes|exploitation risks|the accommodation offer|personal education plans|court proceedings|pre-proceedings work|early help assessments|the risk register|the training programme|case records|life story work|independent visitors|advocacy|complaints|feedback from children|the annual report|the self-evaluation|the business plan|the transformation programme'),
  qualifiers: list('for children in care|across the partnership|in line with the action plan|since the last inspection|for care leavers|in the north locality|in the south locality|at the front door|for disabled children|within statutory timescales|for children on child protection plans|in residential homes|through the corporate parenting board|with health and police partners|at the monthly performance meeting|against the national average|compared with statistical neighbours|in every team|for older adolescents|at the point of referral|before the next meeting|in the quarterly report|for young carers|for children with special educational needs'),
  times: list('this quarter|last month|during the year|by the end of March|over the summer|since April|in the autumn term|each week|within six months|ahead of the review'),
  rareClauses: list('including kinship arrangements|with support from the ombudsman|to promote reunification|through a peripatetic team|using family mediation|through a new apprenticeship scheme|with bereavement counselling|for sanctuary seekers|with orthodontic appointments|through telehealth clinics|with an interpreter present|including wheelchair access|through peer mentoring|with a homework club|including broadband for care leavers|with a vaccination catch-up|through a university bursary|including a tenancy sustainment officer'),
  topics: list('Children in care|Child protection|Care leavers|Fostering recruitment|Placement sufficiency|Early help|Quality assurance|Workforce|Youth justice|Special educational needs|Adoption|Exploitation and missing children|Virtual school|Corporate parenting|Front door and MASH|Budget monitoring|Ofsted action plan|Independent reviewing officers|Private fostering|Complaints and compliments|Emotional wellbeing|Short breaks for disabled children|Elective home education|Unaccompanied children'),
  titleSuffixes: list(' update| performance report|: annual report|: progress against the action plan|: quarterly report|: audit findings|: briefing for members'),
  standingItems: list('Apologies for absence and declarations of interest|Minutes of the previous meeting|Work programme|Any other urgent business'),
  jobTitles: list('Director of Children’s Services|Head of Service, Children in Care|Head of Safeguarding|Principal Social Worker|Service Manager, Fostering|Head of Early Help|Virtual School Headteacher|Head of Youth Justice|Service Manager, Care Leavers|Head of Quality Assurance|Assistant Director, Education|Strategic Lead for SEND|Head of Commissioning|Designated Nurse for Safeguarding|Detective Inspector, Public Protection'),
  venues: list('Committee Room 1, Town Hall|Council Chamber, Town Hall|Meeting Room 3, Civic Centre|Online (Microsoft Teams)'),
  judgementAreas: list('The impact of leaders on social work practice with children and families|The experiences and progress of children who need help and protection|The experiences and progress of children in care and care leavers|Overall effectiveness'),
  recommendationVerbs: list('Improve|Strengthen|Ensure consistency in|Increase management oversight of|Reduce delay in|Improve the quality of'),
  firstNames: list('Amelia|Oliver|Priya|Jack|Sophie|Mohammed|Grace|Thomas|Aisha|Daniel|Hannah|Samuel|Chloe|Ravi|Emily|James|Fatima|Lewis|Megan|Kwame|Laura|Owen|Zara|Patrick'),
  lastNames: list('Patel|Smith|Hughes|Okafor|Jones|Khan|Williams|Taylor|Davies|Evans|Brown|Wilson|Thomas|Roberts|Ahmed|Walker|Wright|Robinson|Thompson|White|Edwards|Green|Hall|Wood|Clarke|Lewis|Jackson|Harris|Martin|Cooper|Ward|Morris|Moore'),
  monthNames: list('January|February|March|April|May|June|July|August|September|October|November|December'),
  committees: [
    ['Children and Young People Overview and Scrutiny Committee', 'CYP/OSC'],
    ['Corporate Parenting Panel', 'CPP'],
    ['Ofsted Improvement Subgroup', 'CYP/OSG'],
    ['Health and Wellbeing Board', 'HWB'],
    ['Safeguarding Children Partnership Executive', 'SCP/EX'],
    ['Education and Skills Scrutiny Panel', 'ESSP'],
    ['Fostering Panel', 'FP'],
    ['Adoption Panel', 'AP'],
    ['Youth Justice Management Board', 'YJMB'],
    ['SEND Improvement Board', 'SEND/IB'],
    ['Schools Forum', 'SF'],
    ['Audit and Governance Committee', 'AGC'],
    ['Cabinet Member Decisions: Children', 'CMD/C'],
    ['Care Leavers Forum', 'CLF'],
    ['Early Help Partnership Board', 'EHPB'],
    ['Children in Care Council Liaison Group', 'CICC'],
    ['Quality Assurance Subgroup', 'QA/SG'],
    ['Workforce Development Board', 'WDB'],
    ['Placement Sufficiency Task Group', 'PSTG'],
    ['Exploitation and Missing Subgroup', 'EMS'],
  ] as const,
};

/** The item at `index`, wrapping round. */
function pickOf<T>(items: readonly T[], index: number): T {
  const item = items[((index % items.length) + items.length) % items.length];
  if (item === undefined) throw new Error('pickOf: empty list');
  return item;
}

type Random = {
  int: (below: number) => number;
  chance: (probability: number) => boolean;
  pick: <T>(items: readonly T[]) => T;
  zipf: <T>(items: readonly T[]) => T;
  sample: <T>(items: readonly T[], count: number) => T[];
  sentence: () => string;
  paragraph: (sentences: number) => string;
  document: (paragraphs: number, sentences?: number) => RichText;
};

/** mulberry32: small, fast and the same on every machine. */
function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (below: number) => Math.floor(next() * below);
  const chance = (probability: number) => next() < probability;
  const pick = <T>(items: readonly T[]): T => pickOf(items, int(items.length));
  const cumulative = new Map<readonly unknown[], number[]>();
  const zipf = <T>(items: readonly T[]): T => {
    let sums = cumulative.get(items);
    if (!sums) {
      let total = 0;
      sums = items.map((_item, rank) => (total += 1 / (rank + 1)));
      cumulative.set(items, sums);
    }
    const target = next() * (sums.at(-1) ?? 0);
    let low = 0;
    let high = sums.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((sums[middle] ?? 0) < target) low = middle + 1;
      else high = middle;
    }
    return pickOf(items, low);
  };
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const copy = [...items];
    for (let index = 0; index < Math.min(count, copy.length); index += 1) {
      const other = index + int(copy.length - index);
      [copy[index], copy[other]] = [pickOf(copy, other), pickOf(copy, index)];
    }
    return copy.slice(0, count);
  };
  const sentence = (): string => {
    const words = [chance(0.3) ? zipf(TEXT.openers) : '', zipf(TEXT.subjects), zipf(TEXT.verbs), zipf(TEXT.objects)];
    if (chance(0.6)) words.push(zipf(TEXT.qualifiers));
    if (chance(0.3)) words.push(zipf(TEXT.times));
    if (chance(1 / 400)) words.push(pick(TEXT.rareClauses));
    const text = words.filter((word) => word !== '').join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = (sentences: number) => Array.from({ length: sentences }, sentence).join(' ');
  const document = (paragraphs: number, sentences?: number): RichText => ({
    type: 'doc',
    content: Array.from({ length: paragraphs }, () => ({ type: 'paragraph', content: [{ type: 'text', text: paragraph(sentences ?? 3 + int(3)) }] })),
  });
  return { int, chance, pick, zipf, sample, sentence, paragraph, document };
}
