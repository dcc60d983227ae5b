/**
 * Events a clause denies, and forms of the notice and the visit that newsrooms use beside the common ones: each
 * sentence written for this project after reading how real pages put them.
 */
import {expect, test} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';
import {article} from './article.js';

const published = '2024-03-14'; // a Thursday
const lede = 'Bury Council’s children’s services are under scrutiny.';
type Events = ReturnType<typeof extractArticle>['events'];
/** A date as the tests write it: `undated`, `~2024-03-14` (approximate) or `2024-03-14`. */
const when = (d: Events[number]['date']) => (d.value === null ? 'undated' : (d.approximate ? '~' : '') + d.value);
const brief = (...paragraphs: string[]) => article(published, lede, ...paragraphs).events.map((e) => `${e.type}${e.status ? ` ${e.status}` : ''} ${when(e.date)}`);
const types = (...paragraphs: string[]) => brief(...paragraphs).map((e) => e.split(' ')[0]);
/** The judgements of events as `grade date` (`ungraded` where the text gives none). */
const gradesOf = (events: Events) => events.filter((e) => e.type === 'inspection-judgement').map((e) => `${e.rating ?? 'ungraded'} ${when(e.date)}`);
const graded = (...paragraphs: string[]) => gradesOf(article(published, lede, ...paragraphs).events);
/** The events of a page that prints no date of its own. */
const onUndatedPage = (...paragraphs: string[]) => extractArticle(`title: Council minute\n\n${paragraphs.join('\n\n')}\n`, {today: new Date('2026-11-22T12:00:00Z')}).events;

test('"A commissioner was never appointed", "has not been lifted", "did not set up a board": no such event', () => {
	expect(types('A commissioner was never appointed in Bury, which avoided intervention.')).not.toContain('commissioner-appointed');
	expect(types('The improvement notice issued in 2021 has not been lifted.')).not.toContain('improvement-notice-lifted');
	expect(types('Ministers did not appoint a commissioner after the inspection.')).not.toContain('commissioner-appointed');
	// Still to come is not denied; nor is a refusal to resign.
	expect(types('Although the formal direction has not yet been issued, the council has been told that a commissioner will be appointed.')).toContain('commissioner-appointed');
	expect(types('The council leader said she would not resign.')).toContain('resignation-refused');
	// And an event told beside a denial of another stays.
	expect(types('A commissioner was appointed in January, though no board was set up.')).toContain('commissioner-appointed');
});

test('"could face a formal improvement notice": a notice still to come', () => {
	expect(brief('Bury could face a formal improvement notice if the next monitoring visit finds too little progress.')).toContain('improvement-notice planned ~2024-03-14');
});

test('"Bury’s improvement notice, dated May 2023, has been closed": the notice of that month', () => {
	expect(brief('Bury’s improvement notice, dated May 2023, has been moved to the list of closed notices.')).toContain('improvement-notice 2023-05');
});

test('"are expected to be visited again in the new year": a visit planned for the next year', () => {
	expect(brief('Its services, last inspected in 2022, are expected to be visited again in the new year.')).toContain('inspection-visit planned ~2025');
});

test('"ordering it to improve or face having its services removed": a direction given, not one lifted', () => {
	const got = types('The ruling led ministers to issue Bury with a statutory direction, ordering it to improve or face having its services removed.');
	expect(got).toContain('improvement-notice');
	expect(got).not.toContain('improvement-notice-lifted');
});

test('"Bury’s direction was closed on 4 March 2021": the direction lifted that day', () => {
	expect(brief('Bury’s direction was closed on 4 March 2021.')).toContain('improvement-notice-lifted 2021-03-04');
});

test('"ministers announced that Sam Okafor is to be Bury’s children’s services commissioner": an appointment', () => {
	expect(types('As the report came out, ministers announced that Sam Okafor is to be Bury’s children’s services commissioner.')).toContain('commissioner-appointed');
	// Not the commissioner's own words or work.
	expect(types('The report will be the commissioner’s first.')).not.toContain('commissioner-appointed');
});

test('"lifted the improvement notice imposed in 2013": the notice named after the lifting keeps its own date', () => {
	const got = brief('Ministers lifted the improvement notice imposed in 2013.');
	expect(got).toContain('improvement-notice 2013');
	expect(got).not.toContain('improvement-notice-lifted 2013');
	expect(brief('The improvement notice was lifted on 7 March.')).not.toContain('improvement-notice 2024-03-07');
});

test('"removed the director ... from her post", "terminated the contract of its interim director": departures; "is leaving children at risk" is none', () => {
	expect(brief('The minister today removed Bury’s director of children’s services, Pat Lin, from her post.')).toContain('resignation 2024-03-14');
	expect(brief('Last October Bury Council terminated the contract of its interim director, Jo Baird, for slow progress.')).toContain('resignation 2023-10');
	expect(types('Inspectors said weak support provided by Bury Council is leaving vulnerable children at risk.')).not.toContain('resignation');
	expect(types('The director is leaving to take up a post in Wales.')).toContain('resignation');
});

test('"an Ofsted report ... that rated it the lowest score possible": inadequate', () => {
	expect(brief('In February, Bury Council received an Ofsted report into its children’s services that rated it the lowest score possible.').map((e) => e.split(' ')[0])).toContain('inspection-judgement');
	expect(article(published, lede, 'In February, Bury Council received an Ofsted report into its children’s services that rated it the lowest score possible.').events.find((e) => e.type === 'inspection-judgement')?.rating).toBe('inadequate');
});

test('"Ofsted grades councils as outstanding, good, requires improvement or inadequate": the scale, nobody’s grade', () => {
	expect(types('Ofsted grades councils as outstanding, good, requires improvement or inadequate.')).toEqual([]);
	expect(types('Ofsted has four levels of ranking – Outstanding, Good, Requires Improvement and Inadequate.')).toEqual([]);
	expect(types('Bury was rated inadequate in 2018.')).toEqual(['inspection-judgement']);
});

test('"A TWO MILLION pound rescue package ... was agreed on Tuesday": money written in words', () => {
	expect(brief('A TWO MILLION pound rescue package for Bury’s children’s services was agreed on Tuesday.')).toContain('funding 2024-03-12');
	expect(types('The home costs two million pounds a week to run, say critics.')).not.toContain('funding');
});

test('boards: "An independent board will now be established" is planned; the Local Government Association’s board is not the council’s', () => {
	expect(brief('An independent board will now be established to oversee improvements in Bury.')).toEqual([expect.stringMatching(/^improvement-board planned /)]);
	expect(types('Jo Shaw, who chairs the Local Government Association improvement board, said councils needed support.')).not.toContain('improvement-board');
});

test('"The failings were uncovered during a visit in October": the visit', () => {
	expect(brief('The failings in Bury were uncovered during a visit in October.')).toContain('inspection-visit 2023-10');
});

test('on a page without a date, two named people who resigned are two departures', () => {
	const got = extractArticle('title: Directors\nauthority: Bury Council\n\nBury director Amy Roe resigned in 2012 after the council was rated inadequate.\n\nThe next director, Dev Patel, resigned in June after a critical monitoring visit.\n', {today: new Date('2025-06-01')}).events.filter((e) => e.type === 'resignation');
	expect(got.map((e) => e.participants?.[0]?.name).sort()).toEqual(['Amy Roe', 'Dev Patel']);
});

test('"with leadership judged outstanding": a part of the inspection, not a second overall grade', () => {
	const grades = (...p: string[]) => article(published, lede, ...p).events.filter((e) => e.type === 'inspection-judgement').map((e) => e.rating);
	expect(grades('Ofsted rated Bury’s children’s services good, with leadership judged outstanding.')).toEqual(['good']);
	expect(grades('Bury’s children’s services were rated good overall.', 'The leadership of the service was rated outstanding.')).toEqual(['good']);
	expect(grades('Bury’s children’s services were rated outstanding.')).toEqual(['outstanding']);
});

test('"judged less than good": a threshold, not a grade given', () => {
	expect(types('Bury’s fostering service was judged less than good.')).not.toContain('inspection-judgement');
	expect(types('Bury’s fostering service was judged good.')).toContain('inspection-judgement');
});

test('"have been told by Ofsted that they are failing": inadequate', () => {
	expect(article(published, lede, 'Bury’s children’s services have been told by Ofsted that they are failing.').events.find((e) => e.type === 'inspection-judgement')?.rating).toBe('inadequate');
});

test('"ministers took control of the council in March 2016", "government monitoring was put in place": intervention', () => {
	expect(brief('After the review, ministers took control of Bury council in March 2016.')).toContain('improvement-notice 2016-03');
	expect(brief('In 2011 Bury’s children’s services were rated ‘inadequate’ by inspectors and government monitoring was put in place.')).toContain('improvement-notice 2011');
	expect(types('The council took control of its budget in March.')).not.toContain('improvement-notice');
});

test('"A damning Ofsted report has found ...": a judgement without its grade, one line with the graded one the article gives', () => {
	const judgements = graded;
	expect(judgements('A damning Ofsted report has found serious failings in Bury’s children’s services.')).toEqual(['ungraded ~2024-03-14']);
	expect(judgements('A damning Ofsted report has found serious failings in Bury’s children’s services.', 'The service was rated inadequate.')).toEqual(['inadequate ~2024-03-14']);
	// Its date is a reading of which report is meant: never confident.
	expect(judgements('Ofsted published its report into Bury’s children’s services on Tuesday.')).toEqual(['ungraded ~2024-03-12']);
	expect(types('The council published its annual report on Tuesday.')).not.toContain('inspection-judgement');
});

test('"Inspectors were at Bury council between Monday 4 and Friday 8 March": a visit from its first day', () => {
	expect(brief('Inspectors were at Bury council between Monday 4 and Friday 8 March.')).toContain('inspection-visit 2024-03-04');
});

test('"must still improve to reach a good rating": an aim; "The notice stays until it is withdrawn": a condition; "is to retire next spring": a departure planned', () => {
	expect(types('Bury must still improve to reach a good rating, inspectors said.')).not.toContain('inspection-judgement');
	expect(types('The director pledged a ‘good’ grade by 2027.')).not.toContain('inspection-judgement');
	expect(types('Bury was issued with an improvement notice in 2022.', 'The notice stays until it is withdrawn by the minister.')).not.toContain('improvement-notice-lifted');
	expect(brief('Bury’s director of children’s services is to retire next spring.')).toEqual([expect.stringMatching(/^resignation planned /)]);
});

test('"The findings follow the October inspection": a visit in the month named', () => {
	expect(brief('Bury’s services were rated inadequate.', 'The findings follow the October inspection.')).toContain('inspection-visit 2023-10');
});

test('"after July’s inspection", "The previous inspection was in June 2012. The council was judged good.", the scale from the bottom', () => {
	expect(brief('Bury’s services were rated good after July’s inspection.')).toContain('inspection-visit ~2023-07');
	expect(brief('The previous inspection was in June 2012.', 'The council was judged good.')).toContain('inspection-judgement ~2012-06');
	expect(types('Ofsted grades are inadequate, requires improvement, good and outstanding.')).toEqual([]);
});

test('"Councillors will debate a motion calling on the cabinet member to resign on Thursday": a vote planned', () => {
	expect(article('2024-03-12', lede, 'Councillors will debate a motion calling on the cabinet member to resign on Thursday.').events.map((e) => `${e.type} ${e.status ?? ''} ${e.date.value}`)).toContain('no-confidence-vote planned 2024-03-14');
});

test('"since its previous inspection in 2015": that inspection’s judgement, its grade untold, on a line of its own', () => {
	const judgements = (...p: string[]) => article(published, lede, ...p).events.filter((e) => e.type.startsWith('inspection')).map((e) => `${e.type === 'inspection-visit' ? 'visit' : (e.rating ?? 'ungraded')} ${when(e.date)}`);
	expect(judgements('Bury had not acted on recommendations made after its previous inspection in 2015.')).toEqual(['ungraded ~2015']);
	// Beside a visit the clause names first, and "last full" (a "last inspection in May" may be the latest: a visit).
	expect(judgements('A focused visit to Bury on 20 and 21 February found work on the weaknesses identified at the previous inspection in March 2023.')).toEqual(['visit 2024-02-20', 'ungraded ~2023-03']);
	expect(judgements('Ofsted said there had been too little progress in Bury since its last full inspection in November 2019.')).toEqual(['ungraded ~2019-11']);
	expect(judgements('Bury’s last inspection in May found weaknesses in its front door.')).toEqual(['visit ~2023-05']);
	// Not the grade of today's news, nor a report of no date; the grade of its own year where the article gives one.
	expect(judgements('Bury’s services have been rated inadequate.', 'Inspectors said Bury had failed to act on the findings of its previous inspection in 2015.')).toEqual(['inadequate ~2024-03-14', 'ungraded ~2015']);
	expect(judgements('Inspectors said Bury had failed to act on the findings of its previous inspection in 2015.', 'In 2015 the council’s services were judged good.')).toEqual(['good 2015']);
});

test('"went from good to inadequate in 2017", "has jumped from inadequate to good": two grades, the later one the news when no date is given', () => {
	const judgements = graded;
	expect(judgements('The authority went from good to inadequate in 2017.')).toEqual(['good undated', 'inadequate 2017']);
	expect(judgements('Bury slipped from good to requires improvement.')).toEqual(['good undated', 'requires improvement undated']);
	expect(judgements('Bury has jumped from inadequate to good.')).toEqual(['inadequate undated', 'good ~2024-03-14']);
	expect(judgements('Bury has retained its good rating.')).toEqual(['good ~2024-03-14', 'good undated']);
	// A fall that is not a grade's.
	expect(judgements('Bury’s spending fell from £40m to £35m.')).toEqual([]);
});

test('"found no widespread or serious failures", "70 per cent have been judged inadequate or requiring improvement": no grade of this council', () => {
	expect(types('Inspectors found no widespread or serious failures in Bury’s children’s services.')).not.toContain('inspection-judgement');
	expect(brief('Inspectors found widespread and serious failures in Bury’s children’s services.')).toContain('inspection-judgement ~2024-03-14');
	expect(types('Of the 123 councils inspected so far, 70 per cent have been judged inadequate or requiring improvement.')).toEqual([]);
	expect(types('A third of councils are rated good.')).toEqual([]);
});

test('resignations, calls and plans in other words: "stepped aside as", "handed in her notice", "had left."; "for X to be sacked"; "approved a plan to overhaul"', () => {
	expect(types('Cllr Ann Hale has stepped aside as Bury’s lead member for children.')).toContain('resignation');
	expect(types('Bury’s cabinet member for children, Cllr Ann Hale, has handed in her notice.')).toContain('resignation');
	expect(types('Bury Council confirmed that its director of children’s services had left.')).toContain('resignation');
	expect(types('The inspectors had left the building by noon.')).not.toContain('resignation');
	expect(types('A petition calling for the Bury director to be sacked has gathered 2,000 signatures.')).toContain('resignation-call');
	expect(types('Councillors approved a plan to overhaul Bury’s children’s services.')).toContain('improvement-plan');
	expect(types('Bury Council is being inspected by Ofsted this week.')).toContain('inspection-visit');
});

test('visits told in other words: "Ofsted inspected Bury ... between 8 October and 2 November 2018", "The inspection of Bury ... took place", "The inspection, carried out in January and February", "followed an unannounced inspection"', () => {
	expect(brief('Ofsted inspected Bury Council’s children’s services between 8 October and 2 November 2018.')).toContain('inspection-visit ~2018-10-08');
	expect(brief('The inspection of Bury Council’s children’s services took place between 8 October and 2 November 2018.')).toContain('inspection-visit ~2018-10-08');
	expect(brief('Ofsted has rated Bury Council’s children’s services as good.', 'The inspection, carried out in January and February, looked at help and protection.')).toContain('inspection-visit ~2024');
	expect(brief('The report on Bury Council followed an unannounced inspection by Ofsted and the Care Quality Commission.')).toContain('inspection-visit ~2024-03-14');
	// Inspections in general are no visit.
	expect(types('Inspections of council children’s services took place every three years under the old framework.')).not.toContain('inspection-visit');
});

test('two visits each with a date of its own that cannot be placed stay two ("in May", "on 31 July and 1 August" on a page with no date); "in March" is not the visit of January 2020', () => {
	const visits = (...p: string[]) => onUndatedPage(...p).filter((e) => e.type === 'inspection-visit').map((e) => when(e.date));
	expect(visits('A full inspection of Bury Council’s children’s services in May found it had improved.', 'Ofsted also made a focused visit to Bury Council’s children’s services on 31 July and 1 August.')).toEqual(['undated', 'undated']);
	expect(visits('Ofsted visited Bury Council in March.', 'A monitoring visit to Bury Council in January 2020 found improvements.')).toEqual(['undated', '2020-01']);
	// One visit told twice, its month the same, is one.
	expect(visits('Ofsted visited Bury Council in March.', 'The March visit to Bury Council found improvements.')).toHaveLength(1);
});

test('"Ofsted inspected Bury in October 2023. The overall judgement was that services required improvement.": the grade of that inspection', () => {
	expect(brief('Ofsted inspected Bury Council’s children’s services in October 2023.', 'The overall judgement was that services required improvement.')).toContain('inspection-judgement ~2023-10');
	expect(brief('Ofsted inspected Bury Council’s children’s services in October 2023. It was judged to require improvement.')).toContain('inspection-judgement ~2023-10');
});

test('on a page with no date: "between 8 October and 2 November 2018" is from 8 October 2018; "rated outstanding again" is not the grade "in 2018"', () => {
	const events = (...p: string[]) => onUndatedPage(...p).map((e) => `${e.type} ${e.rating ?? ''} ${when(e.date)}`.replace('  ', ' '));
	expect(events('The inspection of Bury Council’s children’s services took place between 8 October and 2 November 2018.')).toEqual(['inspection-visit ~2018-10-08']);
	expect(events('Ofsted has rated Bury Council’s children’s services outstanding again.', 'Ofsted also rated them outstanding in 2018.')).toEqual(['inspection-judgement outstanding undated', 'inspection-judgement outstanding 2018']);
	expect(events('Inspectors concluded that Bury’s children’s services remain inadequate.', 'Bury Council has been judged inadequate since 2019.')).toEqual(['inspection-judgement inadequate undated', 'inspection-judgement inadequate 2019']);
});

test('a report quoted as finding "the overall effectiveness of services is inadequate": that grade', () => {
	expect(brief('The Ofsted report on Bury Council found “the overall effectiveness of services is inadequate”.')).toContain('inspection-judgement ~2024-03-14');
	expect(article(published, lede, 'The Ofsted report on Bury Council found “the overall effectiveness of services is inadequate”.').events.find((e) => e.type === 'inspection-judgement')?.rating).toBe('inadequate');
});

test('"judged inadequate, alongside those of Bolton, Stockport and Rutland": the same grade for each council named', () => {
	const judged = (s: string) => article(published, lede, s).events.filter((e) => e.type === 'inspection-judgement').map((e) => `${e.authority} ${e.rating}`);
	expect(judged('Ofsted judged Wigan Council’s children’s services inadequate, alongside those of Bolton, Stockport and Rutland.')).toEqual(['Wigan inadequate', 'Bolton inadequate', 'Stockport inadequate', 'Rutland inadequate']);
	// Another service alongside, or a council judged otherwise in the same sentence, is not the list's.
	expect(judged('Wigan’s children’s services were rated good, alongside its youth justice team, while Bolton was rated inadequate.')).toEqual(['Wigan good', 'Bolton inadequate']);
});

test('"In March 2016, Ofsted downgraded it from good to requires improvement": the new grade’s date; "to move services from requires improvement to good": an aim; "an adequate standard": no grade', () => {
	const judged = graded;
	expect(judged('In March 2016, Ofsted downgraded its judgement of Bury Council’s children’s services from good to requires improvement.')).toEqual(['good undated', 'requires improvement 2016-03']);
	expect(judged('Inspectors made recommendations to move Bury Council’s children’s services from requires improvement to good.')).not.toContainEqual(expect.stringMatching(/^good/));
	expect(judged('Inspectors said Bury Council’s children’s services were still not meeting an adequate standard in some areas.')).toEqual([]);
});

test('departures in other words ("decided to leave", "has walked out"); an intervention "stepped down", a salary and a commissioner’s remit are none of theirs', () => {
	expect(types('Bury Council’s director of children’s services decided to leave the council two days after the report was published.')).toContain('resignation');
	expect(types('Bury Council’s head of children’s services has walked out two days after a damning Ofsted report was published.')).toContain('resignation');
	expect(types('Opposition councillors walked out of the meeting at Bury Council.')).not.toContain('resignation');
	expect(types('The children’s services commissioner for Bury has recommended that the level of intervention could be stepped down.')).toEqual(['commissioner-report']);
	expect(types('Mrs Hart will leave her £150,000-a-year director role at Bury Council next month.')).toEqual(['resignation']);
	expect(brief('The government has appointed a commissioner to oversee improvements at Bury Council and recommend next steps.')).toContainEqual(expect.stringMatching(/^commissioner-report planned /));
});

test('a notice "still in place" (in force, undated); "led to a non-statutory improvement notice" (not on the date of what led to it); "developed a new plan to change ..."', () => {
	expect(brief('An improvement notice is still in place at Bury Council.')).toEqual(['improvement-notice undated']);
	const notice = brief('A High Court judgment in April 2021 led to a non-statutory improvement notice for Bury Council from the Department for Education.');
	expect(notice).toHaveLength(1);
	expect(notice[0]).toMatch(/^improvement-notice /);
	expect(notice[0]).not.toContain('2021-04');
	expect(types('Bury Council has developed a new plan to change how its children’s social care works.')).toContain('improvement-plan');
});

test('"an update to the cabinet tonight (March 3), responding to Ofsted’s monitoring visit": the meeting’s day, not the visit’s; "intervention by means of an improvement board": a board, no notice', () => {
	expect(brief('Councillor Ann Lee presented an update to Bury Council’s cabinet tonight (March 14), responding to Ofsted’s monitoring visit.')).toEqual(['inspection-visit ~2024-03-14']);
	expect(types('Bury Council’s children’s services were subject to government intervention by means of an improvement board.')).toEqual(['improvement-board']);
});

test('"The joint area review of Bury’s children’s services found serious failings": a judgement of the framework before 2009, its grade untold', () => {
	expect(article('2008-12-01', lede, 'The emergency joint area review of Bury Council’s children’s services last November found serious failings.').events.map((e) => `${e.type} ${e.rating ?? 'ungraded'} ${e.date.value}`)).toEqual(['inspection-judgement ungraded 2008-11']);
});

test('"the Good Ofsted report ... earlier in the year" is of the article’s year; "The requires improvement rating puts Bury in line with most councils" is the news', () => {
	expect(brief('This follows the “Good” Ofsted report for Bury Council’s children’s services earlier in the year.')).toEqual(['inspection-judgement 2024']);
	expect(brief('Bury Council says it must do better after an Ofsted inspection.', 'The “requires improvement” rating puts Bury in line with most councils.')).toContain('inspection-judgement ~2024-03-14');
});

test('"The inadequate rating comes five years after the last inspection, published in June 2016, rated Bury good": the earlier report’s date is not today’s grade’s', () => {
	const judged = gradesOf(article('2021-03-02', 'Children in Bury are at risk, says an Ofsted report which labelled the council inadequate.', 'The inadequate rating comes five years after the last inspection, published in June 2016, rated Bury’s services good.').events);
	// (The day the earlier report came out is its grade's own: no longer approximate.)
	expect(judged).toEqual(['inadequate ~2021-03-02', 'good 2016-06']);
});

test('the annual assessment’s words: "performed poorly in 2011, and rated them inadequate in 2016 and 2018" is three grades; "continue to perform well" is good', () => {
	const judged = graded;
	expect(judged('Ofsted said Bury’s children’s services performed poorly in 2011, and rated them inadequate in 2016 and 2018.')).toEqual(['inadequate 2011', 'inadequate 2016', 'inadequate 2018']);
	expect(judged('Ofsted said children’s services in Bury continue to perform well.')).toEqual(['good ~2024-03-14']);
	// A grade said twice with no year between is one.
	expect(judged('Ofsted rated Bury inadequate, and inspectors called it inadequate in every area.')).toHaveLength(1);
});

test('from the second blind measure: "slipped since the last inspection in 2019 and are now inadequate" is today’s grade; "leaving ‘too many’ children at risk", "none ... has gained an outstanding rating", "the challenge of achieving a good rating" are no events; "Her resignation comes amid" is one', () => {
	expect(brief('Children’s services in Bury have slipped since the last inspection in 2019 and are now inadequate, Ofsted said.')).toContain('inspection-judgement ~2024-03-14');
	expect(brief('Children’s services in Bury have slipped since the last inspection in 2019 and are now inadequate, Ofsted said.')).not.toContain('inspection-judgement 2019');
	expect(brief('Bury has improved since its last inspection in 2016, when it was judged inadequate.')).toContain('inspection-judgement 2016');
	expect(types('SERIOUS failings are leaving ‘too many’ children in Bury at risk of harm, a damning inspection report has revealed.')).not.toContain('resignation');
	expect(types('An Ofsted report in December found Bury Council’s “serious failures” had left “too many children at risk of harm”.')).not.toContain('resignation');
	expect(article(published, lede, 'None of the councils inspected this month has gained an outstanding rating. Bury was rated good.').events.map((e) => e.rating)).toEqual(['good']);
	expect(types('Bury’s improvement board said it faced the new challenge of achieving a ‘good’ Ofsted rating for children’s services.')).not.toContain('inspection-judgement');
	expect(types('Her resignation comes amid ongoing concerns about Bury Council’s support for children.')).toContain('resignation');
});

test('"Services for vulnerable children and their families in Bury are now good": the grade of now', () => {
	expect(graded('Services for vulnerable children and their families in Bury are now good.')).toEqual(['good ~2024-03-14']);
});

test('"following a review of its children’s services by Ofsted last December": a visit of that month', () => {
	expect(brief('Bury council has been served with an improvement notice following a review of its children’s services by Ofsted last December.')).toContain('inspection-visit 2023-12');
	expect(types('The council will review its plans with partners.')).not.toContain('inspection-visit');
});
