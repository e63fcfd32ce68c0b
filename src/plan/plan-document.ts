/**
 * Reading a plan from its document's text (the PDF's text, as a city publishes its 行政経営プラン /
 * 行政改革大綱): 基本理念, 取組姿勢 with their numbers, 課題, 方針 N with its title, (N) areas with
 * their descriptions, ● initiatives and ・ measures. Page headers repeated on every page
 * (`3. 行政経営プラン`) name the plan and are otherwise skipped; PDF artefacts are undone: letters
 * spaced out (`M a a S`), half-width brackets, list marks and bold marks a converter added, a 方針
 * number on its own line. Every line not placed is handed back with its line number.
 */
import { DEFAULT_PLAN } from './default-plan';
import type { Area, Attitude, Initiative, Plan, PlanPeriod, Policy } from './types';

export type ImportProblemCode =
  | 'no-policy'
  | 'measure-before-initiative'
  | 'initiative-before-area'
  | 'area-before-policy'
  | 'policy-without-title'
  | 'policy-without-area'
  | 'area-without-initiative'
  | 'duplicate-area'
  | 'challenge-groups';

export interface ImportProblem {
  /** 1-based line of the document; 0 for the document as a whole. */
  line: number;
  code: ImportProblemCode;
  /** The line's text or the number the problem is about. */
  detail?: string;
  /** For challenge-groups: how many groups and policies were found. */
  counts?: { groups: number; policies: number };
}

export interface UnplacedLine {
  line: number;
  text: string;
}

export interface PlanImport {
  /** The plan, when the document gave one without errors. */
  plan?: Plan;
  /** Errors: the plan could not be built as the document says. */
  problems: ImportProblem[];
  /** Lines read but not placed anywhere in the plan. */
  unplaced: UnplacedLine[];
  /** Where the period came from: the document's 計画期間, the caller, or the default assumption. */
  periodSource: 'document' | 'given' | 'assumed';
}

export interface ImportOptions {
  /** The plan's period when the document states none (a stated one wins). */
  period?: { startYear: number; endYear: number };
}

const FULL_WIDTH_ALNUM = /[０-９Ａ-Ｚａ-ｚ]/g;
/** Full-width digits and letters as half-width, half-width brackets as full-width, spaces folded. */
function cleanText(raw: string): string {
  return collapseSpacedLetters(
    raw
      .replace(FULL_WIDTH_ALNUM, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
      .replace(/\(/g, '（')
      .replace(/\)/g, '）')
      .replace(/[\s\u3000]+/g, ' ')
      .replace(/ ?（ ?/g, '（')
      .replace(/ ?） ?/g, '）')
      .trim(),
  );
}

/** `金沢M a a S` → `金沢MaaS`, `基 本 理 念` → `基本理念`: single letters split by spaces, joined. */
function collapseSpacedLetters(text: string): string {
  return text
    .replace(/(?<![A-Za-z])[A-Za-z](?: [A-Za-z](?![A-Za-z]))+/g, (run) => run.replace(/ /g, ''))
    .replace(/(?<=^| )[\u3040-\u30ff\u4e00-\u9fff](?: [\u3040-\u30ff\u4e00-\u9fff]){2,}(?= |$)/g, (run) => run.replace(/ /g, ''));
}

/** A line with the list marks a PDF converter puts in front (`- `, `**…**`) taken off. */
interface Line {
  number: number;
  text: string;
  /** The converter marked it bold (`**…**`): headings and initiatives. */
  bold: boolean;
  /** Started with a list mark (`-`, `*`). */
  listed: boolean;
}

function readLine(raw: string, number: number): Line {
  let text = raw.replace(/^\uFEFF/, '').trim();
  let listed = false;
  const listMark = /^[-*+]\s+/;
  while (listMark.test(text)) {
    text = text.replace(listMark, '');
    listed = true;
  }
  let bold = false;
  const boldMatch = /^\*\*(.+)\*\*$/.exec(text);
  if (boldMatch) {
    text = boldMatch[1];
    bold = true;
  }
  return { number, text: cleanText(text), bold, listed };
}

const PAGE_HEADER = /^\d{1,2}[.．] ?(.+)$/;
const SECTION = /^（\d{1,2}）\s?(.+)$/;
const POLICY = /^方針 ?(\d{1,2})(?: (.+)| ?$)/;
const POLICY_WORD = /^方針$/;
const NUMBER_ALONE = /^(\d{1,2})$/;
const NUMBER_AND_TEXT = /^(\d{1,2}) (.+)$/;
const INITIATIVE_MARK = /^[●○◆◇■] ?(.+)$/;
const MEASURE_MARK = /^[・･•] ?(.+)$/;
const ETC = / ?など$/;
const PERIOD = /(?:計画期間|期間)[:： ]*(.+?)[〜～~－\-ー―から]+(.+?)(?:年度|まで|$)/;

/** An initiative is a sentence (…ます): measures are noun phrases. */
const isSentence = (text: string) => /ます。?$/.test(text);

/** Fiscal year from `2023年度`, `令和5年度`, `R5`. */
function fiscalYear(text: string): number | null {
  const t = text.replace(/年度?$/, '').trim();
  const western = /^(\d{4})$/.exec(t);
  if (western) return Number(western[1]);
  const era = /^(?:令和|R)(\d{1,2}|元)$/i.exec(t);
  if (era) return 2018 + (era[1] === '元' ? 1 : Number(era[1]));
  const heisei = /^(?:平成|H)(\d{1,2}|元)$/i.exec(t);
  if (heisei) return 1988 + (heisei[1] === '元' ? 1 : Number(heisei[1]));
  return null;
}

type Section = 'none' | 'philosophy' | 'attitudes' | 'basic' | 'challenges' | 'policies';

export function importPlanDocument(source: string, options: ImportOptions = {}): PlanImport {
  const lines = source.split(/\r\n|\r|\n/).map((raw, i) => readLine(raw, i + 1));
  const problems: ImportProblem[] = [];
  const unplaced: UnplacedLine[] = [];
  const unplace = (line: Line) => unplaced.push({ line: line.number, text: line.text });

  let name = '';
  let pageHeader = '';
  const philosophy = { title: '', text: '' };
  const attitudes: Attitude[] = [];
  const challengeGroups: string[][] = [];
  let challengeGroupOpen = false;
  const policies: Policy[] = [];
  let period: { startYear: number; endYear: number } | undefined;

  let section: Section = 'none';
  let policy: Policy | undefined;
  let area: Area | undefined;
  let initiative: Initiative | undefined;
  /** The policy heading waits for its number (`方針` alone) or its title (`方針 1` alone). */
  let awaiting: 'policy-number' | 'policy-title' | null = null;
  let awaitingLine = 0;
  let pendingAttitude: { code: string; name?: string } | undefined;
  /** Areas announced in the overview (`- (1) …`) are met again on their own page. */
  const policyByCode = new Map<string, Policy>();

  const openPolicy = (code: string, line: Line) => {
    const known = policyByCode.get(code);
    if (known) {
      policy = known;
    } else {
      policy = { code, title: '', challenges: [], areas: [] };
      policies.push(policy);
      policyByCode.set(code, policy);
    }
    area = undefined;
    initiative = undefined;
    awaitingLine = line.number;
  };
  const setPolicyTitle = (title: string) => {
    // The detailed pages write the title with the brackets of the document; the first one stays.
    if (policy && !policy.title) policy.title = title;
  };

  for (const line of lines) {
    const { text } = line;
    if (text === '') {
      if (section === 'challenges') challengeGroupOpen = false;
      continue;
    }
    const header = PAGE_HEADER.exec(text);
    if (header && !/^\d+[.．]\d/.test(text)) {
      if (!pageHeader) {
        pageHeader = text;
        name = header[1].trim();
      }
      if (text === pageHeader) continue;
    }
    const stated = PERIOD.exec(text);
    if (stated && !period) {
      const startYear = fiscalYear(stated[1].trim());
      const endYear = fiscalYear(stated[2].trim());
      if (startYear && endYear) {
        period = { startYear, endYear };
        continue;
      }
    }

    if (awaiting === 'policy-number') {
      const numberOnly = NUMBER_ALONE.exec(text);
      const numberTitle = NUMBER_AND_TEXT.exec(text);
      if (numberOnly) {
        openPolicy(numberOnly[1], line);
        awaiting = 'policy-title';
        continue;
      }
      if (numberTitle) {
        openPolicy(numberTitle[1], line);
        setPolicyTitle(numberTitle[2]);
        awaiting = null;
        continue;
      }
      problems.push({ line: awaitingLine, code: 'policy-without-title', detail: '方針' });
      awaiting = null;
    } else if (awaiting === 'policy-title') {
      awaiting = null;
      if (!SECTION.test(text) && !INITIATIVE_MARK.test(text) && !MEASURE_MARK.test(text)) {
        setPolicyTitle(text);
        continue;
      }
      if (!policy?.title) problems.push({ line: awaitingLine, code: 'policy-without-title', detail: policy?.code });
    }

    const policyHeading = POLICY.exec(text);
    if (policyHeading || POLICY_WORD.test(text)) {
      section = 'policies';
      if (policyHeading) {
        openPolicy(policyHeading[1], line);
        if (policyHeading[2]) setPolicyTitle(policyHeading[2].trim());
        else awaiting = 'policy-title';
      } else {
        awaiting = 'policy-number';
        awaitingLine = line.number;
      }
      continue;
    }

    const sectionHeading = SECTION.exec(text);
    if (sectionHeading && section !== 'policies') {
      const title = sectionHeading[1].replace(/ /g, '');
      if (title.startsWith('基本理念')) section = 'philosophy';
      else if (title.startsWith('取組姿勢')) section = 'attitudes';
      else if (title.startsWith('基本方針')) section = 'basic';
      else unplace(line);
      continue;
    }
    if (section !== 'policies' && text.replace(/ /g, '') === '課題') {
      section = 'challenges';
      challengeGroupOpen = false;
      continue;
    }

    switch (section) {
      case 'philosophy':
        if (!philosophy.title) philosophy.title = text;
        else philosophy.text += text;
        continue;
      case 'attitudes': {
        const numberOnly = NUMBER_ALONE.exec(text);
        const numberName = NUMBER_AND_TEXT.exec(text);
        if (numberOnly) pendingAttitude = { code: numberOnly[1] };
        else if (numberName && !pendingAttitude) pendingAttitude = { code: numberName[1], name: numberName[2] };
        else if (pendingAttitude && !pendingAttitude.name) pendingAttitude.name = text;
        else if (pendingAttitude?.name) {
          attitudes.push({ code: String(attitudes.length + 1), name: pendingAttitude.name, description: text });
          pendingAttitude = undefined;
        } else unplace(line);
        continue;
      }
      case 'challenges':
        if (!challengeGroupOpen) {
          challengeGroups.push([]);
          challengeGroupOpen = true;
        }
        challengeGroups[challengeGroups.length - 1].push(text);
        continue;
      case 'policies':
        break;
      default:
        unplace(line);
        continue;
    }

    // Inside the policies: areas, descriptions, initiatives, measures.
    if (sectionHeading) {
      if (!policy) {
        problems.push({ line: line.number, code: 'area-before-policy', detail: text });
        continue;
      }
      const number = Number(/\d+/.exec(text)![0]);
      const code = `${policy.code}-${number}`;
      const title = sectionHeading[1].trim();
      area = policy.areas.find((a) => a.code === code);
      if (!area) {
        area = { code, title, initiatives: [] };
        policy.areas.push(area);
      } else if (area.initiatives.length > 0 && !line.listed) {
        problems.push({ line: line.number, code: 'duplicate-area', detail: `${policy.code} ${text}` });
      }
      initiative = undefined;
      continue;
    }
    const initiativeMark = INITIATIVE_MARK.exec(text);
    const measureMark = MEASURE_MARK.exec(text);
    const isInitiative = Boolean(initiativeMark) || (!measureMark && (line.bold || (line.listed && (isSentence(text) || !initiative))));
    if (isInitiative) {
      if (!area) {
        problems.push({ line: line.number, code: 'initiative-before-area', detail: initiativeMark ? initiativeMark[1] : text });
        continue;
      }
      const title = (initiativeMark ? initiativeMark[1] : text).trim();
      initiative = { code: `${area.code}-${area.initiatives.length + 1}`, title, measures: [] };
      area.initiatives.push(initiative);
      continue;
    }
    if (measureMark || line.listed) {
      if (!initiative) {
        problems.push({ line: line.number, code: 'measure-before-initiative', detail: measureMark ? measureMark[1] : text });
        continue;
      }
      const title = (measureMark ? measureMark[1] : text).replace(ETC, '').trim();
      if (title) initiative.measures.push({ code: `${initiative.code}-${initiative.measures.length + 1}`, title });
      continue;
    }
    // A plain line after an area heading and before its first initiative is the area's description.
    if (area && area.initiatives.length === 0) {
      area.description = (area.description ?? '') + text;
      continue;
    }
    unplace(line);
  }

  if (policies.length === 0) problems.push({ line: 0, code: 'no-policy' });
  for (const p of policies) {
    if (!p.title) problems.push({ line: 0, code: 'policy-without-title', detail: p.code });
    if (p.areas.length === 0) problems.push({ line: 0, code: 'policy-without-area', detail: p.code });
    for (const a of p.areas)
      if (a.initiatives.length === 0) problems.push({ line: 0, code: 'area-without-initiative', detail: `${a.code} ${a.title}` });
  }
  // Areas are numbered from 1 in each policy; a gap would make codes that are not positions.
  for (const p of policies) p.areas.sort((a, b) => Number(a.code.split('-')[1]) - Number(b.code.split('-')[1]));
  if (challengeGroups.length > 0) {
    if (challengeGroups.length === policies.length) policies.forEach((p, i) => (p.challenges = challengeGroups[i]));
    else problems.push({ line: 0, code: 'challenge-groups', counts: { groups: challengeGroups.length, policies: policies.length } });
  }
  policies.sort((a, b) => Number(a.code) - Number(b.code));
  const gaps =
    policies.some((p, i) => p.code !== String(i + 1)) || policies.some((p) => p.areas.some((a, i) => a.code !== `${p.code}-${i + 1}`));
  if (gaps)
    problems.push({
      line: 0,
      code: 'policy-without-area',
      detail: policies.map((p) => `${p.code}(${p.areas.map((a) => a.code).join(',')})`).join(' '),
    });

  const periodSource: PlanImport['periodSource'] = period ? 'document' : options.period ? 'given' : 'assumed';
  const planPeriod: PlanPeriod = period
    ? { ...period, assumed: false }
    : options.period
      ? { ...options.period, assumed: false }
      : { ...DEFAULT_PLAN.period, assumed: true };
  if (problems.length > 0) return { problems, unplaced, periodSource };
  const plan: Plan = {
    name: name || DEFAULT_PLAN.name,
    philosophy,
    attitudes,
    period: planPeriod,
    policies: policies.map((p) => ({
      code: p.code,
      title: p.title,
      challenges: p.challenges,
      areas: p.areas.map((a) =>
        a.description === undefined
          ? { code: a.code, title: a.title, initiatives: a.initiatives }
          : { code: a.code, title: a.title, description: a.description, initiatives: a.initiatives },
      ),
    })),
  };
  return { plan, problems, unplaced, periodSource };
}
