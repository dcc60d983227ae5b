/**
 * More words for the other event types (event-other-words24.ts, event-notice-spells.ts, event-story-date.ts): an
 * assurance visit, "the visit took place in October", "revisited the area in July"; a call for someone's departure,
 * "when the calls began"; a director "who retired"; "placed under formal notice", "last year's improvement notice";
 * a bid for money turned down; a notice in force "since the 2014 inspection"; "expected within weeks". Each beside
 * near-misses with the same words that tell no such event. Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {article} from './article.js';
import {rows} from './pb4-rows.js';

const of = (type: string, published: string, ...text: string[]) => rows(published, ...text).filter((r) => r.startsWith(`${type} `));

test('an assurance visit, a visit that took place, and a revisit are visits', () => {
	expect(of('inspection-visit', '2020-11-21', 'Inspectors found no serious weaknesses in Bracknell Forest’s children’s services.', 'The assurance visit took place in October.')).toEqual(['inspection-visit 2020-10']);
	expect(of('inspection-visit', '2022-09-21', 'Ofsted and the CQC revisited Central Bedfordshire in July to check progress on SEND.')).toEqual(['inspection-visit 2022-07']);
});

test('a visit denied, asked about, conditional or only hoped for is none', () => {
	expect(of('inspection-visit', '2020-11-21', 'Bracknell Forest said the assurance visit never took place because of the pandemic.')).toEqual([]);
	expect(of('inspection-visit', '2020-11-21', 'When did the visit to Bracknell Forest’s children’s services take place?')).toEqual([]);
	expect(of('inspection-visit', '2020-11-21', 'If the visit took place in the spring, Bracknell Forest’s social workers would be ready.')).toEqual([]);
	expect(of('inspection-visit', '2020-11-21', 'The mayor of Bracknell Forest revisited the flooded streets in October.')).toEqual([]);
});

test('a call for someone’s departure or removal, and calls begun, are calls to go', () => {
	expect(of('resignation-call', '2016-10-14', 'Opposition councillors in Bromley called for her departure at a meeting on Monday after the inadequate rating of children’s services.')).toEqual(['resignation-call 2016-10-10']);
	expect(of('resignation-call', '2016-10-14', 'Bromley opposition members demanded the removal of the director of children’s services.')).toHaveLength(1);
	expect(of('resignation-call', '2008-12-02', 'Haringey’s leader had refused to stand down when the calls began last month.')).toEqual(['resignation-call 2008-11']);
});

test('a call for a road’s removal, a departure lounge, calls of another kind, or a call denied is none', () => {
	expect(of('resignation-call', '2016-10-14', 'Bromley residents called for the removal of the speed bumps outside the children’s centre.')).toEqual([]);
	expect(of('resignation-call', '2016-10-14', 'Bromley’s director of children’s services said no one had called for her departure.')).toEqual([]);
	expect(of('resignation-call', '2016-10-14', 'The calls began last month, Bromley’s children’s services helpline said, as referrals rose.')).toEqual([]);
	expect(of('resignation-call', '2016-10-14', 'Bromley Council asked for the departure of the coach to be delayed by an hour.')).toEqual([]);
});

test('a director who retired has gone', () => {
	expect(of('resignation', '2021-05-01', 'Helen Moss will lead Durham’s children’s services, replacing the previous director, who retired in the spring.')).toHaveLength(1);
});

test('a retired social worker, or one who never retired, has not gone', () => {
	expect(of('resignation', '2021-05-01', 'A retired social worker told Durham councillors that children’s services had improved.')).toEqual([]);
	expect(of('resignation', '2021-05-01', 'Durham’s foster carers, who retired from nursing, were praised by the director of children’s services.')).toEqual([]);
});

test('placed under formal notice, and a notice dated by its year, are notices', () => {
	expect(of('improvement-notice', '2011-12-02', 'Ministers have already placed Calderdale Council under formal notice to raise standards in children’s services.')).toHaveLength(1);
	expect(of('improvement-notice', '2025-05-08', 'Hertfordshire’s interim director led children’s services through last year’s improvement notice.')).toEqual(['improvement-notice 2024']);
	expect(of('improvement-notice', '2025-05-08', 'Hertfordshire’s children’s services have met every target of the 2022 improvement notice.')).toEqual(['improvement-notice 2022']);
});

test('a formal notice of another kind, or one never served, is none', () => {
	expect(of('improvement-notice', '2011-12-02', 'Calderdale Council has been served with formal notice of a tribunal claim by a former social worker.')).toEqual([]);
	expect(of('improvement-notice', '2011-12-02', 'Calderdale’s landlord was placed under formal notice of eviction.')).toEqual([]);
	expect(of('improvement-notice', '2011-12-02', 'Calderdale Council was never placed under formal notice, ministers said.')).toEqual([]);
});

test('a bid for money turned down is funding refused', () => {
	expect(rows('2023-08-08', 'The Department for Education has turned down North Somerset Council’s bid for emergency money to cover the children’s placements overspend.').filter((r) => r.startsWith('funding'))).toEqual(['funding 2023-08-08~']);
});

test('a bid of another kind turned down, or a question, is no funding', () => {
	expect(of('funding', '2023-08-08', 'Planners turned down North Somerset Council’s bid for a new car park.')).toEqual([]);
	expect(of('funding', '2023-08-08', 'Has the government turned down North Somerset’s bid for more money for children’s services?')).toEqual([]);
});

test('a notice in force since a dated inspection is dated by it', () => {
	expect(of('improvement-notice', '2020-01-01', 'Portsmouth City Council has been under an improvement notice since the 2014 inspection rated safeguarding inadequate.')).toEqual(['improvement-notice 2014~']);
});

test('a notice expected within weeks is planned for the weeks after the article', () => {
	expect(of('improvement-notice', '2015-07-08', 'A new improvement notice for Knowsley is expected to be issued within weeks.')).toEqual(['improvement-notice 2015-07~']);
});

test('a headline’s call to go, a chief clinging on, and “no one would resign” are read', () => {
	const told = rows('2024-09-12', 'Resign now, says opposition, as Oldham children’s chief clings on');
	expect(told.filter((r) => r.startsWith('resignation-'))).toEqual(['resignation-call 2024-09-12~', 'resignation-refused 2024-09-12~']);
	expect(of('resignation-refused', '2015-07-08', 'Knowsley’s leader, Cllr Owen Dale, said in the spring of 2015 that no one would resign over the children’s services report.')).toEqual(['resignation-refused 2015']);
});

test('a headline of another kind, a grip kept on hope, a question or a condition is no call or refusal', () => {
	expect(of('resignation-call', '2024-09-12', 'Go now, says Oldham Council, to families wanting a place at the children’s centre.')).toEqual([]);
	expect(of('resignation-refused', '2024-09-12', 'Oldham’s children’s chief clings on to hope that the rating will improve.')).toEqual([]);
	expect(of('resignation-refused', '2024-09-12', 'Asked if no one would resign over the Oldham children’s services report, the leader paused.')).toEqual([]);
	expect(of('resignation-refused', '2024-09-12', 'Oldham parents clung on to the railings outside the children’s centre.')).toEqual([]);
});

test('a notice kept in place, a direction added, a formal warning over children’s care and a notice taking a direction’s place are notices', () => {
	expect(of('improvement-notice', '2012-06-20', 'Dorset’s rating has gone up to adequate, though ministers have kept its improvement notice in place for now.')).toHaveLength(1);
	expect(of('improvement-notice', '2024-03-21', 'A statutory direction covering Poole’s SEND services has now been added to the one for children’s social care.')).toHaveLength(1);
	expect(of('improvement-notice', '2023-11-30', 'The government has issued a formal warning to Cornwall Council over care for vulnerable children.')).toHaveLength(1);
	expect(of('improvement-notice', '2023-08-04', 'The DfE has ended its direction over Hull City Council’s children’s services, and a non-statutory improvement notice will take its place.')).toHaveLength(1);
});

test('a warning to a driver, a school’s notice, a notice not kept, or a question is no notice', () => {
	expect(of('improvement-notice', '2023-11-30', 'Police issued a formal warning to a Cornwall driver over his care of the road.')).toEqual([]);
	expect(of('improvement-notice', '2023-11-30', 'Cornwall Council issued a formal warning to the restaurant over its care of food.')).toEqual([]);
	expect(of('improvement-notice', '2023-11-30', 'Ministers have not kept Cornwall’s improvement notice in place.')).toEqual([]);
	expect(of('improvement-notice', '2023-11-30', 'Will ministers keep Cornwall’s improvement notice in place?')).toEqual([]);
});

test('calls refused, a vow to stay on, the head demanded, an inspection braced for, a plan sent to Ofsted, money set aside or spending boosted are read', () => {
	expect(of('resignation-refused', '2022-03-10', 'Derby’s council leader has refused calls to sack the director of children’s services.')).toHaveLength(1);
	expect(of('resignation-refused', '2022-03-10', 'Derby’s cabinet member for children has insisted she will stay on to see the improvements through.')).toHaveLength(1);
	expect(of('resignation-call', '2022-03-10', 'Derby Conservatives have demanded the head of the director of children’s services.')).toHaveLength(1);
	expect(of('inspection-visit', '2022-03-10', 'Derby City Council is bracing itself for an Ofsted inspection of its children’s services.')).toHaveLength(1);
	expect(of('improvement-plan', '2022-03-10', 'Derby must send Ofsted a plan setting out how it will address the inspectors’ recommendations.')).toHaveLength(1);
	expect(of('funding', '2022-03-10', 'Derby City Council has set aside more money for children’s social work.')).toHaveLength(1);
	expect(of('funding', '2022-03-10', 'Derby City Council has boosted spending on children’s social care by 10 per cent.')).toHaveLength(1);
	expect(of('improvement-notice', '2022-03-10', 'Ministers issued Derby a warning notice over its children’s services.')).toHaveLength(1);
});

test('their near-misses: a notice period, a refusal of other calls, another head, a storm braced for, a plan sent elsewhere, money for roads', () => {
	expect(of('resignation-refused', '2022-03-10', 'Derby’s director of children’s services has resigned but insisted she will stay on until a successor is found.')).toEqual([]);
	expect(of('resignation-refused', '2022-03-10', 'Derby City Council has refused calls for a new road through the park.')).toEqual([]);
	expect(of('resignation-refused', '2022-03-10', 'Will Derby’s cabinet member for children insist she will stay on?')).toEqual([]);
	expect(of('resignation-call', '2022-03-10', 'Derby parents demanded to meet the head of the school their children attend.')).toEqual([]);
	expect(of('inspection-visit', '2022-03-10', 'Derby City Council is bracing itself for a storm of complaints about bin collections.')).toEqual([]);
	expect(of('improvement-plan', '2022-03-10', 'Derby City Council will send residents a plan of the new bus routes.')).toEqual([]);
	expect(of('funding', '2022-03-10', 'Derby City Council has set aside more money for pothole repairs.')).toEqual([]);
	expect(of('funding', '2022-03-10', 'Derby City Council has boosted spending on road maintenance by 10 per cent.')).toEqual([]);
	expect(of('funding', '2022-03-10', 'If Derby City Council boosted spending on children’s social care, fewer children would go into care.')).toEqual([]);
	expect(of('improvement-notice', '2022-03-10', 'Derby City Council issued a warning notice over litter to a takeaway owner.')).toEqual([]);
});

test('quit in a year, a petition demanding a resignation, “must take responsibility and resign”, a fortnight’s inspection, a government that intervened, a troubleshooter sent in, a commissioner’s verdict', () => {
	expect(of('resignation', '2022-03-10', 'Derby’s director of children’s services quit in 2014 after a critical report.')).toEqual(['resignation 2014']);
	const petition = rows('2022-03-10', 'Campaigners have launched a petition demanding the resignation of Derby’s director of children’s services.');
	expect(petition.filter((r) => r.startsWith('resignation'))).toEqual(['resignation-call 2022-03-10~']);
	expect(of('resignation-call', '2022-03-10', 'Derby Labour said the cabinet member for children must take responsibility and resign.')).toHaveLength(1);
	expect(of('inspection-visit', '2022-03-10', 'A team of six inspectors spent a fortnight in Derby in January.')).toEqual(['inspection-visit 2022-01']);
	expect(of('improvement-notice', '2022-03-10', 'The government has intervened in Derby’s children’s services.')).toHaveLength(1);
	expect(of('commissioner-appointed', '2022-03-10', 'A government troubleshooter has been sent in to Derby’s children’s services.')).toHaveLength(1);
	expect(of('commissioner-report', '2022-03-10', 'The commissioner’s verdict is that Derby can improve its children’s services on its own.')).toHaveLength(1);
});

test('their near-misses: a threat to quit, a petition for a crossing, advice to work harder, a fortnight’s holiday, a dispute, an IT troubleshooter, a police commissioner’s verdict', () => {
	expect(of('resignation', '2022-03-10', 'Derby’s director of children’s services threatened to quit in protest at the cuts.')).toEqual([]);
	expect(of('resignation-call', '2022-03-10', 'Derby parents launched a petition demanding a safe crossing outside the children’s centre.')).toEqual([]);
	expect(of('resignation-call', '2022-03-10', 'Derby’s social workers must take a break and rest, the director of children’s services said.')).toEqual([]);
	expect(of('inspection-visit', '2022-03-10', 'Derby’s director of children’s services spent a fortnight on holiday in January.')).toEqual([]);
	expect(of('improvement-notice', '2022-03-10', 'The government has intervened in the Derby bus drivers’ pay dispute.')).toEqual([]);
	expect(of('commissioner-appointed', '2022-03-10', 'Derby City Council has brought in an IT troubleshooter to fix its children’s services case system.')).toEqual([]);
	expect(of('commissioner-report', '2022-03-10', 'The police and crime commissioner’s verdict is that Derby’s streets are safer.')).toEqual([]);
});

test('a notice lifted by its council’s name, and a going expected, are read (the going planned)', () => {
	expect(of('improvement-notice-lifted', '2022-03-10', 'The DfE is set to lift Derby’s statutory direction in the spring.')).toHaveLength(1);
	expect(article('2022-03-10', 'Derby’s cabinet member for children is expected to step down.').events.filter((e) => e.type === 'resignation').map((e) => e.status)).toEqual(['planned']);
});

test('a lifting hoped for, a grade “lifted”, or a going not expected is none', () => {
	expect(of('improvement-notice-lifted', '2022-03-10', 'Derby hopes ministers will lift Derby’s improvement notice soon.')).toEqual([]);
	expect(of('improvement-notice-lifted', '2022-03-10', 'The new director wants to lift Derby’s Ofsted grade.')).toEqual([]);
	expect(of('resignation', '2022-03-10', 'Derby’s cabinet member for children is not expected to step down.')).toEqual([]);
	expect(of('resignation', '2022-03-10', 'Is Derby’s cabinet member for children expected to step down?')).toEqual([]);
});
