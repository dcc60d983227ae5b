/**
 * Session 21's rule families, brought back behind the shared context check (event-context.ts): each over-reach a review
 * found (funding, goings and refusals, SEND outcome words, fieldwork visits, other inspections' findings, next
 * visits, governance boards, "climbs to", other commissioners) told of other bodies in several ordinary sentences, with
 * dates that would mislead, and the council's own kind beside them. Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';
import type {ExtractedEvent} from '../../source/ingest/events.js';

const today = new Date('2026-11-22T12:00:00Z');
const events = (text: string, title = 'Council news'): ExtractedEvent[] =>
	extractArticle(`title: ${title}\ndate: 2024-03-14\nauthority: Stockport\n\n${text}\n`, {today}).events;
const ofType = (text: string, type: string, title?: string) => events(text, title).filter((e) => e.type === type);
/** Judgements that would count as the council's children's services (no other service named). */
const councilsJudgements = (text: string, title?: string) => events(text, title).filter((e) => e.type === 'inspection-judgement' && (e.service === undefined || e.service === "children's services"));
const brief = (e: ExtractedEvent) => `${e.type}${e.rating ? ` ${e.rating}` : ''} ${e.date.value ?? 'undated'}${e.date.approximate ? '~' : ''}${e.status ? ` ${e.status}` : ''}`;

test('funding pledged by the NHS, a club, a charity, the police, a school or housing is none of the council’s', () => {
	for (const s of [
		'The NHS trust has pledged extra money for children with mental health needs.',
		'The hospital pledged more funding for its children’s wards in 2023.',
		'Stockport County FC has pledged extra money for children in the town.',
		'The football club promised more cash for families in the area.',
		'A local charity has pledged extra money for children in care.',
		'The NSPCC has committed more funding for families across the region.',
		'Police in the county have pledged more money for child protection.',
		'The academy trust has earmarked extra money for pupils with special educational needs.',
		'The housing association pledged additional money for families in temporary homes.',
		'The integrated care board has pledged extra money for children’s mental health services.',
		'The school’s governors approved a 5 per cent increase in its SEND budget.',
		'The council approved a 4 per cent increase in its adult social care budget.',
	]) expect(ofType(s, 'funding'), s).toEqual([]);
});

test('the council’s own money for children is funding', () => {
	expect(ofType('Stockport Council has pledged extra money for social work.', 'funding').length).toBe(1);
	expect(ofType('The council promised more funding for children in care.', 'funding').length).toBe(1);
	expect(ofType('Stockport Council has approved a 12 per cent increase in its children’s services budget.', 'funding').length).toBe(1);
});

test('anyone else’s departure, or refusal to go, is no event of the council’s, whatever year an aside names', () => {
	for (const s of [
		'Northtown’s MP has announced he will quit Parliament.\n\nHis departure comes days after a row over expenses.',
		'The United manager left the club on Monday.\n\nHis departure comes after a run of six defeats.',
		'The hospital’s chief executive has resigned.\n\nHer departure comes weeks after the CQC rated the trust inadequate.',
		'The police chief constable has announced her exit.\n\nHer exit comes on Tuesday after a review of the force.',
		'The charity’s chief executive stood down in 2021.\n\nHer departure came after a funding row.',
	]) expect(ofType(s, 'resignation').map(brief), s).toEqual([]);
	for (const s of [
		'The MP did not step down after the 2019 scandal.',
		'Sir John, the MP for Northtown since 2010, did not resign and said he would fight on.',
		'The club’s manager has not resigned, despite calls from fans in 2021.',
		'The minister did not step down, unlike in 2019 when she resigned.',
		'Calls for the MP to resign were rejected by the local party.',
		'Calls for the manager to quit, first made in 2022, were dismissed by the club’s board.',
		'Demands that the hospital chief executive resign were rejected by the trust board last week.',
		'A motion calling for the police and crime commissioner to resign was voted down in 2022.',
		'Calls for the headteacher to step down were rejected by governors.',
	]) {
		const got = events(s);
		expect(got.filter((e) => e.type.startsWith('resignation') || e.type === 'no-confidence-vote').map(brief), s).toEqual([]);
	}
});

test('the council’s goings and refusals are told, and a refusal keeps the story’s day, not an aside’s year', () => {
	expect(ofType('The director of Stockport’s children’s services has resigned.\n\nHis departure today comes days after an Ofsted monitoring letter.', 'resignation').map(brief)).toEqual(['resignation 2024-03-14']);
	expect(ofType('The cabinet member for children said her focus was on the changes needed, and did not step down.', 'resignation-refused').length).toBe(1);
	for (const s of [
		'The cabinet member for children did not step down, despite the critical report in 2019.',
		'Councillor Jane Smith, the lead member for children since 2019, did not resign.',
		'The council leader did not step down, unlike in 2019 when her predecessor resigned.',
		'Calls for the director of children’s services to resign, first made in 2021, were rejected by the council.',
	]) {
		const refused = ofType(s, 'resignation-refused');
		expect(refused.length, s).toBe(1);
		expect(refused[0]!.date.value === '2024-03-14' || refused[0]!.date.approximate || refused[0]!.date.value === null, s).toBe(true);
		expect(refused[0]!.date.value?.startsWith('2019') || refused[0]!.date.value?.startsWith('2021'), s).toBe(false);
	}
	expect(ofType('Calls for senior councillors to resign over failings in Stockport’s children’s services were rejected at a council meeting last night.', 'resignation-refused').map(brief)).toEqual(['resignation-refused 2024-03-13~']);
});

test('the SEND outcome words of a school’s, a nursery’s or a hospital’s report are no area judgement', () => {
	for (const s of [
		'Pupils with SEND at Oak Lane Academy typically have positive experiences, inspectors said.',
		'Children with special educational needs at the school have inconsistent experiences, according to the Ofsted report.',
		'The academy received the highest of three possible outcomes for its pupils with SEND.',
		'Children with SEND at St Mary’s Primary School have positive experiences, its report said in 2023.',
		'The nursery received the highest of three possible outcomes for children with disabilities.',
		'Patients with learning disabilities typically have positive experiences at the hospital, the CQC said.',
	]) expect(events(s).filter((e) => e.type === 'inspection-judgement' && e.service !== 'school' && e.service !== 'other').map(brief), s).toEqual([]);
	expect(ofType('Children and young people with special educational needs in Stockport typically have positive experiences, inspectors have said.', 'inspection-judgement').map((e) => `${e.rating} ${e.service}`)).toEqual(['good send']);
	expect(ofType('Children with special educational needs in Stockport have inconsistent experiences, according to a report by Ofsted and the Care Quality Commission published on Monday.', 'inspection-judgement').map((e) => `${e.rating} ${e.service}`)).toEqual(['requires improvement send']);
});

test('a minister’s or a prince’s visit, and other inspectorates’ fieldwork, are no inspection visit', () => {
	for (const s of [
		'The children’s minister spent most of October in the city.',
		'Prince Edward praised the council’s children’s services after visiting in March.',
		'The education secretary praised the council’s plans after visiting in March.',
		'The mayor returned in July to open the new family centre.',
		'CQC inspectors spent most of October at the hospital.',
		'Inspectors from the police watchdog spent the first half of May in the county.',
		'HMICFRS inspectors returned in July to check on the force’s progress.',
		'CQC inspectors returned to the hospital in September.',
		'Inspectors returned to the prison in June and found conditions had worsened.',
		'The inspection of the hospital, which took place in March, found poor care.',
		'The inspection of the care home, which was carried out in May, found residents at risk.',
		'Ofsted inspectors, who visited the academy in April, found pupils safe.',
		'The police watchdog rated the force good after visiting in March.',
	]) expect(ofType(s, 'inspection-visit').map(brief), s).toEqual([]);
});

test('inspectors’ fieldwork in the council’s services is a visit', () => {
	expect(ofType('Inspectors, who spent most of October in the borough, judged leadership to be good.', 'inspection-visit').map(brief)).toEqual(['inspection-visit 2023-10']);
	expect(ofType('Ofsted first inspected the council’s children’s home in May and returned in July and September.', 'inspection-visit').map(brief)).toEqual(['inspection-visit 2023-05~', 'inspection-visit 2023-07~']);
	expect(ofType('Inspectors have rated Stockport Council’s children’s services good after visiting in March.', 'inspection-visit').map(brief)).toEqual(['inspection-visit 2024-03']);
});

test('police, CQC, prison and school inspections’ findings are not the council’s judgements', () => {
	for (const s of [
		'The core case inspection by HM Inspectorate of Prisons found that the prison was unsafe.',
		'The findings of the inspection of the police force’s child protection work have been published.',
		'A joint inspection of the hospital trust by the CQC has found poor leadership.',
		'The SEND inspection of Oak Lane Academy found pupils were well supported.',
		'The findings of the CQC inspection of the hospital have been published.',
		'The findings of a re-inspection of the young offender institution were published in May.',
		'The school’s SEND inspection found strong leadership.',
		'The police watchdog rated the force good after visiting in March.',
	]) expect(councilsJudgements(s).map(brief), s).toEqual([]);
	expect(ofType('A joint targeted area inspection of how agencies in Stockport respond to child sexual exploitation has found strong partnership working.', 'inspection-judgement').length).toBe(1);
	expect(ofType('Inspectors have found that Stockport has made progress in some of the weaknesses identified in its 2019 SEND inspection.', 'inspection-judgement').map((e) => `${e.date.value} ${e.service}`)).toEqual(['2019 send']);
});

test('a school’s, a hospital’s or a prison’s next visit is none; the council’s is planned', () => {
	for (const s of [
		'The school hopes to be rated good when Ofsted next visits, which is expected in 2025.',
		'The hospital hopes for good when the CQC next visits, which is due in 2025.',
		'Oak Lane Academy expects to be judged outstanding when inspectors next visit, which is scheduled for the autumn.',
		'The care home hopes to improve when inspectors next call, which is due by June.',
	]) expect(ofType(s, 'inspection-visit').map(brief), s).toEqual([]);
	expect(ofType('Stockport hopes its children’s services will be judged good when Ofsted next visits, which is expected in 2025.', 'inspection-visit').map(brief)).toEqual(['inspection-visit 2025 planned']);
	expect(ofType('The council hopes for good when Ofsted next calls, which is likely to be in the spring.', 'inspection-visit').map((e) => e.status)).toEqual(['planned']);
});

test('hospitals’, housing’s and the police’s governance or oversight boards are none of the council’s', () => {
	for (const s of [
		'The hospital trust has set up a quality improvement governance board.',
		'The housing improvement oversight board met for the first time in March.',
		'The NHS trust’s improvement governance board met in May 2023.',
		'The housing association’s improvement and oversight board was set up in 2022.',
		'The police force set up an improvement oversight board in January.',
		'The integrated care board set up an improvement and assurance board in 2023.',
	]) expect(ofType(s, 'improvement-board').map(brief), s).toEqual([]);
	expect(ofType('Stockport Council has set up a children’s social care improvement governance board.', 'improvement-board').length).toBe(1);
	expect(ofType('The council is also seeking an independent chair for its improvement governance board.', 'improvement-board').length).toBe(1);
});

test('adult social care that climbs to good is no children’s services judgement', () => {
	for (const s of [
		'Bury’s adult social care climbs to good.',
		'Adult social care in the borough climbs to good.',
		'Social care for older people climbs to good.',
		'Adult social care climbs to good in latest CQC rating.',
		'The council’s adult social care climbs to good, the CQC said.',
		'Social care for adults climbs to good, inspectors said.',
	]) expect(councilsJudgements(s).map(brief), s).toEqual([]);
	expect(councilsJudgements('The CQC has rated the council’s adult social care services good.', 'Adult social care climbs to good').map(brief)).toEqual([]);
	expect(ofType('Stockport’s children’s social care climbs to good.', 'inspection-judgement').map((e) => e.rating)).toEqual(['good']);
});

test('other commissioners’ reports and directions are none of the council’s', () => {
	for (const s of [
		'The police and crime commissioner has launched a review of the force.\n\nShe will report back in March.',
		'The Children’s Commissioner for England visited the borough.\n\nShe will report back by 9 September.',
		'The domestic abuse commissioner has begun an inquiry into support for victims.\n\nHe will report by the end of June.',
		'The information commissioner is investigating the data breach.\n\nHe will report back in the summer.',
		'The Metropolitan Police commissioner has ordered a review.\n\nHe will report to the mayor in May.',
		'The victims’ commissioner visited the court.\n\nShe will report by 9 September.',
		'The police and crime commissioner appointed a new chief constable.\n\nThe direction was issued on Friday.',
	]) expect(events(s).filter((e) => e.type.startsWith('commissioner') || e.type === 'improvement-notice').map(brief), s).toEqual([]);
	expect(ofType('A commissioner has been appointed to oversee Stockport’s children’s services.\n\nShe will decide whether the council should keep control and report by 9 September.', 'commissioner-report').map(brief)).toEqual(['commissioner-report 2024-09-09~ planned']);
	expect(ofType('The Department for Education has appointed a commissioner to review Stockport’s children’s social care.\n\nThe direction was issued on Friday.', 'commissioner-appointed').map(brief)).toEqual(['commissioner-appointed 2024-03-08']);
});

test('more ways of telling other bodies’ money, goings, visits, findings, boards and commissioners: none is the council’s', () => {
	const none: [string, (e: ExtractedEvent) => boolean][] = [
		['The health board has promised more money for children’s mental health.', (e) => e.type === 'funding'],
		['Northtown Rovers pledged extra cash for children in the community.', (e) => e.type === 'funding'],
		['A foundation has committed additional funding for families in the city.', (e) => e.type === 'funding'],
		['The ICB has earmarked further investment for children’s therapies.', (e) => e.type === 'funding'],
		['The police approved a 10 per cent increase in its youth justice budget.', (e) => e.type === 'funding'],
		['The academy chain promised more funding for SEND pupils in 2022.', (e) => e.type === 'funding'],
		['The church has pledged extra money for families in need.', (e) => e.type === 'funding'],
		['The striker’s departure comes as a blow to the club.', (e) => e.type.startsWith('resignation')],
		['The vicar’s resignation came after a row with the diocese.', (e) => e.type.startsWith('resignation')],
		['The chairman of the hospital trust resigned on Monday.\n\nHis departure comes a week after the CQC report.', (e) => e.type.startsWith('resignation')],
		['The head teacher quit in March.\n\nHer resignation comes after an Ofsted inspection rated the school inadequate.', (e) => e.type.startsWith('resignation')],
		['Her exit came after 12 years as chief constable.', (e) => e.type.startsWith('resignation')],
		['The MP has not resigned despite the 2023 scandal.', (e) => e.type.startsWith('resignation')],
		['The police chief did not step down after the 2020 report.', (e) => e.type.startsWith('resignation')],
		['The club’s chairman has not stood down, despite a fans’ protest in 2021.', (e) => e.type.startsWith('resignation')],
		['Calls for the chief constable to resign were rejected by the police and crime panel in 2022.', (e) => e.type.startsWith('resignation')],
		['Demands that the vice-chancellor quit were dismissed by the university in May.', (e) => e.type.startsWith('resignation')],
		['A motion calling on the MP to resign was voted down by the constituency party.', (e) => e.type.startsWith('resignation') || e.type === 'no-confidence-vote'],
		['The minister’s departure comes days after the reshuffle.', (e) => e.type.startsWith('resignation')],
		['His resignation comes after the hospital was rated inadequate in 2019.', (e) => e.type.startsWith('resignation')],
		['Pupils with special educational needs at the college typically have positive experiences, the report said.', (e) => e.type === 'inspection-judgement'],
		['Students with SEND at Northtown College have inconsistent experiences.', (e) => e.type === 'inspection-judgement'],
		['The special school was given the highest of three possible outcomes.', (e) => e.type === 'inspection-judgement' && e.service !== 'school'],
		['Children with SEND at the nursery typically have positive experiences, according to Ofsted.', (e) => e.type === 'inspection-judgement'],
		['The academy’s pupils with SEND have inconsistent experiences, inspectors found in 2023.', (e) => e.type === 'inspection-judgement' && e.service !== 'school'],
		['The Duke of Kent spent the first half of May in the county.', (e) => e.type === 'inspection-visit'],
		['The Princess Royal returned in July to open the new children’s centre.', (e) => e.type === 'inspection-visit'],
		['The health secretary returned to the hospital in March.', (e) => e.type === 'inspection-visit'],
		['Inspectors from the CQC spent most of March at the care home.', (e) => e.type === 'inspection-visit'],
		['Police inspectors returned to the force in October.', (e) => e.type === 'inspection-visit'],
		['Prison inspectors spent two weeks in the jail in June.', (e) => e.type === 'inspection-visit'],
		['The inspection of the police force, which took place in May, found failings.', (e) => e.type === 'inspection-visit'],
		['The inspection of the school, which took place in March, found weak teaching.', (e) => e.type === 'inspection-visit'],
		['The CQC’s inspection of the ward, which was carried out in June, found staff shortages.', (e) => e.type === 'inspection-visit'],
		['The CQC inspectors, who visited in April, found the hospital unsafe.', (e) => e.type === 'inspection-visit'],
		['Police watchdog inspectors, who visited in May, found the force’s custody suites dirty.', (e) => e.type === 'inspection-visit'],
		['The minister rated the council’s work good after visiting in April.', (e) => e.type === 'inspection-visit'],
		['Inspectors rated the hospital good after visiting in March.', (e) => e.type === 'inspection-visit' || (e.type === 'inspection-judgement' && e.service !== 'other')],
		['The CQC next visits the hospital, which is due in 2025.', (e) => e.type === 'inspection-visit'],
		['The prison hopes for better when inspectors next visit, which is expected in 2025.', (e) => e.type === 'inspection-visit'],
		['The joint inspection of the hospital by the CQC found failings.', (e) => e.type === 'inspection-judgement' && e.service !== 'other'],
		['The inspection of the prison’s youth wing has found poor conditions.', (e) => e.type === 'inspection-judgement' && e.service !== 'other'],
		['The findings of the inspection of Northtown Hospital have been published.', (e) => e.type === 'inspection-judgement' && e.service !== 'other'],
		['The findings of the HMICFRS inspection of the force have been published.', (e) => e.type === 'inspection-judgement' && e.service !== 'other'],
		['The findings of an inspection of the academy’s SEND provision were published in May.', (e) => e.type === 'inspection-judgement' && e.service !== 'school' && e.service !== 'other'],
		['The SEND inspection by the CQC of the hospital trust found weaknesses.', (e) => e.type === 'inspection-judgement' && e.service !== 'other'],
		['The trust’s quality and safety improvement board met in July.', (e) => e.type === 'improvement-board'],
		['The hospital’s improvement oversight board was set up in May.', (e) => e.type === 'improvement-board'],
		['The ICB’s improvement and assurance board met in March.', (e) => e.type === 'improvement-board'],
		['The club’s improvement board met on Monday.', (e) => e.type === 'improvement-board'],
		['The school’s improvement board met in March.', (e) => e.type === 'improvement-board'],
		['The police improvement board met in June.', (e) => e.type === 'improvement-board'],
		['The fire service’s improvement board met in January.', (e) => e.type === 'improvement-board'],
		['The hospital’s maternity services climb to good.', (e) => e.type === 'inspection-judgement' && e.service !== 'other'],
		['Adult social care services climb to good in Stockport.', (e) => e.type === 'inspection-judgement' && e.service !== 'other'],
		['Stockport’s adult social care climbs out of inadequate.', (e) => e.type === 'inspection-judgement' && e.service !== 'other'],
		['The police and crime commissioner appointed a deputy.\n\nShe will report to the panel in March.', (e) => e.type.startsWith('commissioner')],
		['The Commissioner for Older People visited the home.\n\nHe will report back by June.', (e) => e.type.startsWith('commissioner')],
		['The Children’s Commissioner for England launched an inquiry.\n\nShe will give her findings by 9 September.', (e) => e.type.startsWith('commissioner')],
		['A commissioner from the Met was appointed to lead the inquiry.\n\nHe will report by the end of the year.', (e) => e.type.startsWith('commissioner')],
	];
	for (const [s, wrong] of none) expect(events(s).filter(wrong).map(brief), s).toEqual([]);
});
