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
		['3y04', '"I want to let everyone know that the children\'s services commissioner was appointed on Monday," he said.', 'commissioner-appointed'],
		['3y05', '"I want to pay tribute to our social workers, who kept going while Ofsted inspectors were in the building in March," the director of children\'s services said.', 'inspection-visit'],
		['dev', '"I want to pay tribute to my predecessor, Councillor Ken Hewlett, who chaired our improvement board through the most difficult period," she said.', 'improvement-board'],
	])('%s: still a %s', (_id, text, type) => {
		expect(ofType('Leeds', text, type)).not.toEqual([]);
	});
});
