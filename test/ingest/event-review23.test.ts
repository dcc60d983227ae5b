/**
 * The review of session 23's rules: sentences that looked like their shapes but told another body's business, a
 * denial or a condition, and must give none of the rule's events; and a few the narrowed rules still read.
 */
import {describe, expect, test} from 'vitest';
import {ofType} from './review23-probe.js';

describe('DfE advisers: the government\'s, for the council, and appointed', () => {
	test.each([
		['5n02', "The Local Government Association's improvement adviser has been appointed to help the council balance its books."],
		['5n03', 'A DfE adviser will be appointed if the council fails its next inspection, the minister warned.'],
		['5n04', 'A government adviser began work on the new national strategy for special educational needs in March.'],
		['5n05', "The council denied reports that a DfE adviser had been appointed to oversee its children's services."],
		['5n06', 'An improvement adviser appointed by the government will chair the adult social care improvement board.'],
		['5n08', "A DfE adviser was appointed to St Mary's Primary in March after inspectors found pupils' reading was weak."],
		['5n09', 'A government improvement adviser was appointed to neighbouring Wokingham last year, but Reading has avoided intervention.'],
		['5n10', 'An improvement adviser has been appointed to help the parish council sort out its planning committee.'],
		['5n11', "A government adviser started work with the council's housing department in March to tackle rough sleeping."],
		['5n12', 'No DfE adviser has been appointed, and the council said none was needed.'],
		['5n14', 'A government adviser has been appointed to look at the future of the Reading Festival site.'],
		['5n16', 'An improvement adviser will be appointed to Reading Buses after a string of complaints.'],
	])('%s: no appointment', (_id, text) => {
		expect(ofType('Reading', text, 'commissioner-appointed')).toEqual([]);
	});
	test.each([
		['7n04', "An improvement adviser appointed by the Department of Health will work with the council's adult social care team."],
		['7n05', "A government adviser began work with the council's adult social care department in March."],
	])('%s: adult care\'s adviser, no appointment', (_id, text) => {
		expect(ofType('Norfolk', text, 'commissioner-appointed')).toEqual([]);
	});
	test.each([
		['5y01', "A Department for Education adviser has been appointed to oversee improvements in children's services."],
		['5y05', "Ministers have ordered the council to work with a government improvement adviser after children's services were rated inadequate."],
		['dev', 'A DfE adviser began work with the council in March.'],
		['5y02', "An adviser from the Department for Education has been sent in to help the council's children's services."],
	])('%s: still an appointment', (_id, text) => {
		expect(ofType('Reading', text, 'commissioner-appointed')).not.toEqual([]);
	});
});

describe('quoted facts after a speech act: a fact must follow it, and no denial', () => {
	test.each([
		['3n02', '"I want to make clear that no commissioner has been appointed and none is on the way," the council leader said.', 'commissioner-appointed'],
		['3n09', '"I want to tell parents that Ofsted were in the building at Oakfield Primary on Tuesday," the head teacher wrote.', 'inspection-visit'],
		['3n10', '"I want to stress that the commissioner\'s report, when it comes, will not decide the future of the service," the leader said.', 'commissioner-report'],
		['3n17', '"I want to recognise the work of Oldham\'s improvement board," the minister said.', 'improvement-board'],
	])('%s: no %s', (_id, text, type) => {
		expect(ofType('Leeds', text, type)).toEqual([]);
	});
	test.each([
		['3y01', '"I want to put on record that I will be chairing the children\'s services improvement board from September," the former director said.', 'improvement-board'],
		['3y03', '"I wanted to say that I will be chairing the improvement board for children\'s services," she told councillors.', 'improvement-board'],
		['3y04', '"I want to let everyone know that the children\'s services commissioner was appointed on Monday," he said.', 'commissioner-appointed'],
		['3y05', '"I want to pay tribute to our social workers, who kept going while Ofsted inspectors were in the building in March," the director of children\'s services said.', 'inspection-visit'],
		['dev', '"I want to pay tribute to my predecessor, Councillor Ken Hewlett, who chaired our improvement board through the most difficult period," she said.', 'improvement-board'],
	])('%s: still a %s', (_id, text, type) => {
		expect(ofType('Leeds', text, type)).not.toEqual([]);
	});
});

describe('background visits: the inspectors\' visit to children\'s services, not another body\'s', () => {
	test.each([
		['1n04', "Councillors on the corporate parenting panel said they had seen real progress since their last visit to the children's home, though Ofsted has yet to return."],
		['1n12', "Children's services were rated good in 2018, and a short inspection of the council's fire service the previous year found no problems."],
		['1n13', "The youth offending team was rated good in 2019, with a full inspection of the county's prisons the year before finding serious problems."],
		['1n22', "Ofsted rated the council's children's services good in 2019. At the Beeches children's home, managers said inspectors had found improvements since their last visit."],
		['7n03', "Inspectors said the council's adult safeguarding team had made progress since their previous visit."],
		['x1', "Children's services were rated good in 2018, and a short inspection of the council's fire service in 2017 found no problems."],
	])('%s: no visit', (_id, text) => {
		expect(ofType('Norfolk', text, 'inspection-visit')).toEqual([]);
	});
	test.each([
		['dev', 'Inspectors said practice had "slipped badly" since an earlier visit and that managers had not grasped how often warning signs were missed.'],
		['1y06', 'Leaders have strengthened management oversight since the last Ofsted visit, the monitoring letter says.'],
		['1y10', "Children's services were rated requires improvement in 2019, with an unannounced inspection the year before finding serious gaps in care planning."],
	])('%s: still a visit', (_id, text) => {
		expect(ofType('Norfolk', text, 'inspection-visit')).not.toEqual([]);
	});
	test('1y13: "the autumn before" steps back a year', () => {
		expect(ofType('Norfolk', "Children's services were rated good in 2018, after an unannounced inspection the autumn before.", 'inspection-visit')).toEqual(['inspection-visit 2017~ [Norfolk]']);
	});
});

describe('an inspection dated "last month" beside a grade: the grade\'s own, in its clause, for the councils it grades', () => {
	test.each([
		['4n01', "Ofsted has rated Derbyshire's children's services good, although a police inspection last month raised concerns about how officers respond to missing children."],
		['4n02', "Derbyshire's children's services have been rated good, while the hospital trust's inspection this summer left it requiring improvement."],
		['4n07', "Derbyshire's children's services have been judged good, and the county's adult care homes are awaiting the results of a CQC inspection carried out last month."],
	])('%s: no visit', (_id, text) => {
		expect(ofType('Derbyshire', text, 'inspection-visit')).toEqual([]);
	});
	test('4n16: no visit for the councils that share an agency but were not graded', () => {
		const visits = ofType('Barnet', 'Barnet, Enfield and Haringey share an adoption agency, and Barnet was rated good after an inspection last month.', 'inspection-visit');
		expect(visits.filter((e) => /Enfield|Haringey/.test(e))).toEqual([]);
	});
	test.each([
		['4y01', "Children's services were rated good after an inspection this spring.", 'Derbyshire', 1],
		['4y04', 'Suffolk, Bury and Torbay have all been rated good after inspections by Ofsted this summer.', 'Derbyshire', 3],
		['4y06', 'Barnet and Enfield were both rated good after inspections last month.', 'Derbyshire', 2],
	])('%s: still a visit for each council graded', (_id, text, council, n) => {
		expect(ofType(council, text, 'inspection-visit')).toHaveLength(n);
	});
});

describe("rules23's later rules, probed the same way: other bodies, denials, conditions", () => {
	test.each([
		['No joint inspection has found that Halton\'s children\'s services are failing, the council said.', 'Halton', 'inspection-judgement'],
		['If a joint inspection had found problems, Halton Council said, it would have acted.', 'Halton', 'inspection-judgement'],
		['A joint inspection of the hospital\'s children\'s ward has found serious failings.', 'Halton', 'inspection-judgement'],
		['Ofsted inspectors were at Oakfield Primary in March.', 'Leeds', 'inspection-visit'],
		['Fire inspectors were in the city in June to check the tower blocks.', 'Leeds', 'inspection-visit'],
		['Ofsted has not inspected the town\'s secondary schools since 2015.', 'Norfolk', 'inspection-visit'],
	])('%s: none', (text, council, type) => {
		expect(ofType(council, text, type)).toEqual([]);
	});
	test.each([
		["A commissioner was appointed to Somerset's children's services in May. The appointment was announced of a new chair for the hospital trust on Wednesday."],
		["The council denied that a commissioner had been appointed. The appointment was announced on Wednesday, opposition councillors claimed."],
	])('%s: no appointment dated by another\'s announcement', (text) => {
		expect(ofType('Somerset', text, 'commissioner-appointed').filter((e) => e.includes('2021-06-09'))).toEqual([]);
	});
	test('"has not inspected children\'s services since 2012": the last inspection, then', () => {
		expect(ofType('Norfolk', "Ofsted has not inspected children's services in the county since 2012.", 'inspection-visit')).toEqual(['inspection-visit 2012 [Norfolk]']);
	});
});
